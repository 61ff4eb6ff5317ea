import type { Consumer, Kafka, KafkaMessage } from 'kafkajs';
import type { Logger } from 'pino';
import { decodeHeaders } from './headers.js';

export interface ConsumedMessage {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly key: string | null;
  readonly value: Buffer | null;
  readonly headers: Readonly<Record<string, string>>;
  readonly timestamp: string;
}

export interface BatchContext {
  /** Tells the group this consumer is alive during long work (retries, backoff). */
  heartbeat(): Promise<void>;
  /** False once the consumer stops or loses the partition: abandon the work, nothing will be committed. */
  isActive(): boolean;
}

/** Processes one partition's batch. Resolving means every message is done (published, indexed or dead-lettered). */
export type BatchHandler = (messages: readonly ConsumedMessage[], context: BatchContext) => Promise<void>;

export interface ConsumerRunnerOptions {
  readonly kafka: Kafka;
  readonly groupId: string;
  readonly topic: string;
  readonly logger: Logger;
  readonly handleBatch: BatchHandler;
  /** Upper bound on the bytes fetched per partition: bounds the memory a batch can take. */
  readonly maxBytesPerPartition?: number;
  readonly partitionsConsumedConcurrently?: number;
  readonly sessionTimeoutMs?: number;
}

export interface ConsumerRunner {
  /** Finishes the batch in flight (or abandons it uncommitted), leaves the group and disconnects. */
  stop(): Promise<void>;
  readonly consumer: Consumer;
}

/** Work given up because the consumer stopped or lost its partition; not an error. */
export class AbandonedBatch extends Error {
  override readonly name = 'AbandonedBatch';
}

function toConsumed(topic: string, partition: number, message: KafkaMessage): ConsumedMessage {
  return {
    topic,
    partition,
    offset: message.offset,
    key: message.key ? message.key.toString('utf8') : null,
    value: message.value,
    headers: decodeHeaders(message.headers),
    timestamp: message.timestamp,
  };
}

/**
 * At-least-once consumption: a partition's offset is committed only after its whole batch has been
 * handled, and never after the partition was reassigned, so a crash or a rebalance replays instead of losing.
 */
export async function startConsumerRunner(options: ConsumerRunnerOptions): Promise<ConsumerRunner> {
  const { logger } = options;
  const consumer = options.kafka.consumer({
    groupId: options.groupId,
    allowAutoTopicCreation: false,
    sessionTimeout: options.sessionTimeoutMs ?? 30_000,
    rebalanceTimeout: 60_000,
    maxBytesPerPartition: options.maxBytesPerPartition ?? 4 * 1024 * 1024,
    maxWaitTimeInMs: 250,
  });
  await consumer.connect();
  await consumer.subscribe({ topic: options.topic, fromBeginning: true });

  let running = true;
  await consumer.run({
    autoCommit: false,
    eachBatchAutoResolve: false,
    partitionsConsumedConcurrently: options.partitionsConsumedConcurrently ?? 3,
    eachBatch: async ({ batch, heartbeat, isRunning, isStale, resolveOffset }) => {
      if (batch.messages.length === 0) return;
      const messages = batch.messages.map((m) => toConsumed(batch.topic, batch.partition, m));
      const context: BatchContext = { heartbeat, isActive: () => running && isRunning() && !isStale() };
      try {
        await options.handleBatch(messages, context);
      } catch (error) {
        if (error instanceof AbandonedBatch) {
          logger.info({ partition: batch.partition, reason: error.message }, 'batch abandoned, not committed');
          return;
        }
        throw error;
      }
      if (isStale()) return;
      // Resolving moves the fetch position; committing makes it survive a crash or a rebalance.
      resolveOffset(batch.lastOffset());
      const next = (BigInt(batch.lastOffset()) + 1n).toString();
      await consumer.commitOffsets([{ topic: batch.topic, partition: batch.partition, offset: next }]);
    },
  });

  return {
    consumer,
    stop: async () => {
      running = false;
      await consumer.disconnect();
    },
  };
}
