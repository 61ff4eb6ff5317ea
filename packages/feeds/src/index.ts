export { FeedsError, FEEDS_ERROR_CODES, type FeedsErrorCode } from './errors.js';
export { generateKey, hashKey, hashesEqual, bearerKey, KEY_PREFIX } from './keys.js';
export { FeedRegistry, mayWriteSource, type Authentication } from './registry.js';
export {
  readFeedsFile,
  writeFeedsFile,
  addFeed,
  feedIdFromName,
  ensureDemoFeed,
  DEMO_FEED_ID,
  type NewFeed,
  type DemoFeed,
} from './feeds-file.js';
export { RateLimiter, type RateDecision, type RateLimiterOptions } from './rate-limiter.js';
export {
  IdempotencyCache,
  requestFingerprint,
  type IdempotencyBegin,
  type IdempotencyCacheOptions,
  type StoredResponse,
} from './idempotency.js';
export { parseUntrustedJson, jsonDepth, DEFAULT_MAX_DEPTH, type JsonParse } from './json.js';
export { parseBatch, type BatchFormat, type BatchEntry, type BatchParse, type BatchLimits } from './batch.js';
export { parseFeedDocument, type FeedItem, type FeedDocument } from './rss.js';
export { itemToSubmission, type ItemSubmission } from './item-submission.js';
export { FeedPoller, type PollerOptions, type PollOutcome, type PollLogger } from './poller.js';
