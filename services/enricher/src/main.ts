import { createLogger, runService } from '@newsflow/observability';
import { startEnricher } from './app.js';
import { loadConfig } from './config.js';

const config = loadConfig();
const logger = createLogger({ service: 'enricher', level: config.LOG_LEVEL });
await runService({ logger, start: () => startEnricher(config, logger) });
