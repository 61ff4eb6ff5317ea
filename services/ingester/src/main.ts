import { createLogger, runService } from '@newsflow/observability';
import { startIngester } from './app.js';
import { loadConfig } from './config.js';

const config = loadConfig();
const logger = createLogger({ service: 'ingester', level: config.LOG_LEVEL });
await runService({ logger, start: () => startIngester(config, logger) });
