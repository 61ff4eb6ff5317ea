import { CompressionTypes, Partitioners, type Kafka, type Message, type Producer } from 'kafkajs';
import { KafkaUnavailableError } from './errors.js';
import { InFlightLimit } from './in-flight.js';
import { SendCoalescer } from './coalescer.js';

export interface OutgoingMessage {
  readonly key: string | null;
  readonly value: Buffer;
  readonly headers: Readonly<Record<string, string>>;
}

export interface PublisherOptions {
  /** A publish that is not acknowledged within this time fails, so callers can answer instead of hanging. */
  readonly ackTimeoutMs?: number;
  /**
   * Most messages waiting for Kafka's acknowledgement at once (default 1000). A publish that would pass
   * it fails at once with KafkaUnavailableError NEWSFLOW_KAFKA_BACKPRESSURE: the ingester answers 503.
   */
  readonly maxInFlight?: number;
  /**
   * Bytes of messages sent together in one request when publishes overlap (default 512 KiB, below
   * the topics' message size limit): concurrent publishes share one acknowledged round trip.
   */
  readonly maxRequestBytes?: number;
}

export interface Publisher {
  /** Resolves once every in-sync replica has the messages (acks=all); rejects with KafkaUnavailableError otherwise. */
  publish(topic: string, messages: readonly OutgoingMessage[]): Promise<void>;
  /** Publishes to several topics in one request, atomically acknowledged per partition. */
  publishMany(batches: ReadonlyArray<{ topic: string; messages: readonly OutgoingMessage[] }>): Promise<void>;
  disconnect(): Promise<void>;
}

export const DEFAULT_MAX_IN_FLIGHT = 1_000;

/**
 * A producer with acks=all and one request in flight (a partition keeps its order through retries). Not kafkajs'
 * idempotent mode: after a broker restart its sequence numbers fall out of step with the broker's ("out of order
 * sequence number"), and a new message can then be acknowledged as the duplicate of an old one and never written
 * (tulios/kafkajs#598; our kafka-down fault test lost an accepted article so). A retry after a lost acknowledgement
 * may write a message twice instead, which the pipeline absorbs: ids are stable and the index keeps one copy.
 */
export async function createPublisher(kafka: Kafka, options: PublisherOptions = {}): Promise<Publisher> {
  const ackTimeoutMs = options.ackTimeoutMs ?? 10_000;
  const limit = new InFlightLimit(options.maxInFlight ?? DEFAULT_MAX_IN_FLIGHT);
  const producer: Producer = kafka.producer({
    idempotent: false,
    maxInFlightRequests: 1,
    allowAutoTopicCreation: false,
    // Murmur2 on the key, as the Java client does: one article's revisions stay in one partition, in order.
    createPartitioner: Partitioners.DefaultPartitioner,
    // Bounded, so a publish fails while Kafka is down instead of waiting forever.
    retry: { retries: 5, initialRetryTime: 100, maxRetryTime: 2_000 },
  });
  await producer.connect();
  const coalescer = new SendCoalescer<Message>(
    (batches) =>
      producer.sendBatch({
        topicMessages: batches.map((batch) => ({ topic: batch.topic, messages: [...batch.messages] })),
        acks: -1,
        compression: CompressionTypes.None,
      }),
    (message) => (message.value?.length ?? 0) + (message.key?.length ?? 0),
    options.maxRequestBytes ?? 512 * 1024,
  );

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
    const count = topicMessages.reduce((sum, batch) => sum + batch.messages.length, 0);
    if (!limit.tryAcquire(count)) {
      throw new KafkaUnavailableError(
        'NEWSFLOW_KAFKA_BACKPRESSURE',
        `${limit.inFlight} messages already wait for Kafka's acknowledgement (limit ${limit.max})`,
      );
    }
    // The slots are held until Kafka answers, even past the ack timeout: what counts is what kafkajs still holds.
    const sending = coalescer.submit(topicMessages);
    void sending.then(
      () => limit.release(count),
      () => limit.release(count),
    );
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        sending,
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
