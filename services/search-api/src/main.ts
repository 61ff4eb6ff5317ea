import { createLogger, runService } from '@newsflow/observability';
import { startSearchApi } from './app.js';
import { loadConfig } from './config.js';

const config = loadConfig();
const logger = createLogger({ service: 'search-api', level: config.LOG_LEVEL });
await runService({ logger, start: () => startSearchApi(config, logger) });
