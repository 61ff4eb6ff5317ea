export { runCli, helpText, COMMANDS } from './cli.js';
export type { CliIo, Command } from './command.js';
export {
  push,
  runPush,
  parsePushArgs,
  pushUsage,
  DEFAULT_INGESTER_URL,
  type PushOptions,
} from './commands/push.js';
export {
  deliver,
  backoffDelay,
  mapConcurrent,
  DEFAULT_RETRY_POLICY,
  type ItemResult,
  type RetryPolicy,
  type Sleep,
} from './deliver.js';
export {
  CliError,
  UsageError,
  InputError,
  TransportError,
  ResponseError,
  CLI_ERROR_CODES,
  type CliErrorCode,
} from './errors.js';
export {
  expandInputs,
  detectFormat,
  INPUT_FORMATS,
  STDIN,
  type PushItem,
  type InputFormat,
  type Expansion,
} from './files.js';
export {
  IngesterClient,
  parseRetryAfter,
  type Problem,
  type SendResult,
  type Sendable,
} from './http-client.js';
export { Progress, formatProgress } from './progress.js';
export { summarize, formatSummary, formatSummaryJson, exitCodeOf, type PushSummary } from './summary.js';
export { feeds, runFeeds, feedsUsage, DEFAULT_FEEDS_FILE } from './commands/feeds.js';
export { resolveFeedKey, DEMO_KEY_FILE, type FeedKeySources } from './feed-key.js';
