export {
  createLogger,
  articleLogger,
  type Logger,
  type LoggerOptions,
  type ArticleContext,
} from './logger.js';
export { createMetricsRegistry, consumerLagGauge, Counter, Histogram, Gauge, Registry } from './metrics.js';
export { registerOpsRoutes, type OpsRoutesOptions, type ReadinessCheck } from './health.js';
export { runService, type RunningService, type RunOptions } from './lifecycle.js';
