export { topicNames, DEFAULT_PREFIX, HEADERS, type TopicNames } from './topics.js';
export {
  SCHEMA_VERSION,
  ACCEPTED_SCHEMA_VERSIONS,
  LanguageCode,
  IsoDateTime,
  ArticleInput,
  RawContent,
  RawArticle,
} from './raw-article.js';
export {
  ENTITY_TYPES,
  EntityType,
  TextField,
  Mention,
  Entity,
  Keyword,
  Fingerprint,
  NEAR_DUPLICATE_BITS,
  hammingDistance,
  Language,
  Enrichment,
  EnrichedArticle,
} from './enriched-article.js';
export { DeadLetter } from './dead-letter.js';
export { articleId, type ArticleIdentity } from './ids.js';
export { ContractError, CONTRACT_ERROR_CODES, type ContractErrorCode, type FieldIssue } from './errors.js';
export { parseWith, decodeMessage, encodeMessage, fieldIssues, toPointer } from './decode.js';
export { parseEnv, ConfigError, COMMON_ENV, KAFKA_ENV, ELASTICSEARCH_ENV, portVariable } from './env.js';
export {
  PageSubmissionParams,
  toRawArticle,
  toEnrichedArticle,
  type EnrichmentStamp,
  type Submission,
  type SubmissionContext,
} from './submission.js';
export {
  FeedId,
  KeyHash,
  FeedRateLimit,
  FeedPull,
  FeedConfig,
  FeedsFile,
  Problem,
  ProblemFieldIssue,
  AcceptedArticle,
  BatchItemResult,
  BatchResult,
} from './feeds.js';
