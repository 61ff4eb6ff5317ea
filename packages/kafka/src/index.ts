export { createKafka, type KafkaClientOptions } from './client.js';
export {
  topicSpecs,
  ensureTopics,
  type EnsureTopicsOptions,
  MAX_MESSAGE_BYTES,
  DEFAULT_TOPIC_LAYOUT,
  type TopicSpec,
  type TopicLayout,
} from './topics.js';
export { decodeHeaders } from './headers.js';
export {
  createPublisher,
  DEFAULT_MAX_IN_FLIGHT,
  type Publisher,
  type PublisherOptions,
  type OutgoingMessage,
} from './publisher.js';
export { InFlightLimit } from './in-flight.js';
export {
  startConsumerRunner,
  AbandonedBatch,
  type ConsumedMessage,
  type BatchContext,
  type BatchHandler,
  type BatchProgress,
  type ConsumerRunner,
  type ConsumerRunnerOptions,
} from './consumer-runner.js';
export { deadLetterFor, deadLetterMessage, type FailureReason, type FailureHistory } from './dead-letter.js';
export { kafkaReadinessCheck } from './readiness.js';
export { KafkaUnavailableError, KAFKA_ERROR_CODES, type KafkaErrorCode } from './errors.js';
export { retryWhileActive, waitWhileActive, backoffDelay, type BackoffOptions } from './retry.js';
export { readTopic, type ReadTopicOptions, type TopicSnapshot } from './read-topic.js';
