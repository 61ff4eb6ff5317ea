export { createKafka, type KafkaClientOptions } from './client.js';
export { topicSpecs, ensureTopics, DEFAULT_TOPIC_LAYOUT, type TopicSpec, type TopicLayout } from './topics.js';
export { decodeHeaders } from './headers.js';
export { createPublisher, type Publisher, type PublisherOptions, type OutgoingMessage } from './publisher.js';
export {
  startConsumerRunner,
  AbandonedBatch,
  type ConsumedMessage,
  type BatchContext,
  type BatchHandler,
  type ConsumerRunner,
  type ConsumerRunnerOptions,
} from './consumer-runner.js';
export { deadLetterFor, deadLetterMessage, type FailureReason, type FailureHistory } from './dead-letter.js';
export { kafkaReadinessCheck } from './readiness.js';
export { KafkaUnavailableError, KAFKA_ERROR_CODES, type KafkaErrorCode } from './errors.js';
export { retryWhileActive, waitWhileActive, backoffDelay, type BackoffOptions } from './retry.js';
