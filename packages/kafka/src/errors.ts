export const KAFKA_ERROR_CODES = [
  'NEWSFLOW_KAFKA_UNAVAILABLE',
  'NEWSFLOW_KAFKA_PUBLISH_TIMEOUT',
  /** Too many messages already wait for Kafka's acknowledgement: refused at once, retry later. */
  'NEWSFLOW_KAFKA_BACKPRESSURE',
] as const;
export type KafkaErrorCode = (typeof KAFKA_ERROR_CODES)[number];

/** Kafka did not take a message: the caller must not report it as accepted. */
export class KafkaUnavailableError extends Error {
  override readonly name = 'KafkaUnavailableError';
  constructor(
    readonly code: KafkaErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
