import { createLogger, runService } from '@newsflow/observability';
import { startIndexer } from './app.js';
import { loadConfig } from './config.js';

const config = loadConfig();
const logger = createLogger({ service: 'indexer', level: config.LOG_LEVEL });
await runService({ logger, start: () => startIndexer(config, logger) });
