import { CompressionTypes, Partitioners, type Kafka, type Producer } from 'kafkajs';
import { KafkaUnavailableError } from './errors.js';

export interface OutgoingMessage {
  readonly key: string | null;
  readonly value: Buffer;
  readonly headers: Readonly<Record<string, string>>;
}

export interface PublisherOptions {
  /** A publish that is not acknowledged within this time fails, so callers can answer instead of hanging. */
  readonly ackTimeoutMs?: number;
}

export interface Publisher {
  /** Resolves once every in-sync replica has the messages (acks=all); rejects with KafkaUnavailableError otherwise. */
  publish(topic: string, messages: readonly OutgoingMessage[]): Promise<void>;
  /** Publishes to several topics in one request, atomically acknowledged per partition. */
  publishMany(batches: ReadonlyArray<{ topic: string; messages: readonly OutgoingMessage[] }>): Promise<void>;
  disconnect(): Promise<void>;
}

/**
 * An idempotent producer: the broker drops retried duplicates, so a retry after a lost
 * acknowledgement does not write an article twice.
 */
export async function createPublisher(kafka: Kafka, options: PublisherOptions = {}): Promise<Publisher> {
  const ackTimeoutMs = options.ackTimeoutMs ?? 10_000;
  const producer: Producer = kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    allowAutoTopicCreation: false,
    // Murmur2 on the key, as the Java client does: one article's revisions stay in one partition, in order.
    createPartitioner: Partitioners.DefaultPartitioner,
    // Bounded, so a publish fails while Kafka is down instead of waiting forever.
    retry: { retries: 5, initialRetryTime: 100, maxRetryTime: 2_000 },
  });
  await producer.connect();

  const send = async (
    batches: ReadonlyArray<{ topic: string; messages: readonly OutgoingMessage[] }>,
  ): Promise<void> => {
    const topicMessages = batches
      .filter((batch) => batch.messages.length > 0)
      .map((batch) => ({
        topic: batch.topic,
        messages: batch.messages.map((m) => ({ key: m.key, value: m.value, headers: { ...m.headers } })),
      }));
    if (topicMessages.length === 0) return;
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        producer.sendBatch({ topicMessages, acks: -1, compression: CompressionTypes.None }),
        new Promise<never>((_, reject) => {
          timer = setTimeout(
            () =>
              reject(
                new KafkaUnavailableError(
                  'NEWSFLOW_KAFKA_PUBLISH_TIMEOUT',
                  `Kafka did not acknowledge within ${ackTimeoutMs} ms`,
                ),
              ),
            ackTimeoutMs,
          );
        }),
      ]);
    } catch (error) {
      if (error instanceof KafkaUnavailableError) throw error;
      throw new KafkaUnavailableError('NEWSFLOW_KAFKA_UNAVAILABLE', `Kafka did not take the messages`, {
        cause: error,
      });
    } finally {
      clearTimeout(timer);
    }
  };

  return {
    publish: (topic, messages) => send([{ topic, messages }]),
    publishMany: send,
    disconnect: () => producer.disconnect(),
  };
}
