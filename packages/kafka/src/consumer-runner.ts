import type { Consumer, Kafka, KafkaMessage } from 'kafkajs';
import type { Logger } from 'pino';
import { decodeHeaders } from './headers.js';
import { backoffDelay } from './backoff.js';

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
  /**
   * Stops fetching this partition until the returned function is called (or the partition is
   * reassigned). Throw AbandonedBatch after pausing: the batch is not committed and is fetched again on resume.
   */
  pause?(): () => void;
}

/** Processes one partition's batch. Resolving means every message is done (published, indexed or dead-lettered). */
export type BatchHandler = (messages: readonly ConsumedMessage[], context: BatchContext) => Promise<void>;

/** What a batch tells about the partition's lag, for metrics. */
export interface BatchProgress {
  readonly topic: string;
  readonly partition: number;
  /** Messages after this batch not yet fetched: high watermark - last offset - 1. */
  readonly lag: number;
}

export interface ConsumerRunnerOptions {
  readonly kafka: Kafka;
  readonly groupId: string;
  readonly topic: string;
  readonly logger: Logger;
  readonly handleBatch: BatchHandler;
  /** Upper bound on the bytes fetched per partition: bounds the memory a batch can take. */
  readonly maxBytesPerPartition?: number;
  readonly partitionsConsumedConcurrently?: number;
  /** How long the group waits for a silent member before giving its partitions to others. Default 30000. */
  readonly sessionTimeoutMs?: number;
  /** Default: a third of the session timeout, at most 3000. */
  readonly heartbeatIntervalMs?: number;
  /** Called after each batch is committed. */
  readonly onBatchDone?: (progress: BatchProgress) => void;
}

export interface ConsumerRunner {
  /** Finishes the batch in flight (or abandons it uncommitted), leaves the group and disconnects. */
  stop(): Promise<void>;
  /** The current consumer; replaced when the runner restarts after a crash kafkajs would not recover from. */
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
 * A crash kafkajs does not restart from (a non-retriable error) gets a fresh consumer after a backoff,
 * so the service never sits alive but idle.
 */
export async function startConsumerRunner(options: ConsumerRunnerOptions): Promise<ConsumerRunner> {
  const { logger } = options;
  const sessionTimeout = options.sessionTimeoutMs ?? 30_000;
  let running = true;
  let crashes = 0;
  let restartTimer: NodeJS.Timeout | undefined;

  const create = async (): Promise<Consumer> => {
    const consumer = options.kafka.consumer({
      groupId: options.groupId,
      allowAutoTopicCreation: false,
      sessionTimeout,
      heartbeatInterval: options.heartbeatIntervalMs ?? Math.min(3_000, Math.floor(sessionTimeout / 3)),
      rebalanceTimeout: 60_000,
      maxBytesPerPartition: options.maxBytesPerPartition ?? 4 * 1024 * 1024,
      maxWaitTimeInMs: 250,
      retry: { restartOnFailure: async () => true },
    });
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      if (payload.restart || !running) return;
      crashes += 1;
      const delayMs = backoffDelay(crashes, { initialMs: 1_000, maxMs: 30_000 });
      logger.error({ err: payload.error, delayMs }, 'consumer crashed; starting a new one');
      restartTimer = setTimeout(() => {
        void replace();
      }, delayMs);
    });
    await consumer.connect();
    await consumer.subscribe({ topic: options.topic, fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: options.partitionsConsumedConcurrently ?? 3,
      eachBatch: async ({ batch, heartbeat, isRunning, isStale, resolveOffset, pause }) => {
        if (batch.messages.length === 0) return;
        const messages = batch.messages.map((m) => toConsumed(batch.topic, batch.partition, m));
        const context: BatchContext = {
          heartbeat,
          isActive: () => running && isRunning() && !isStale(),
          pause,
        };
        try {
          await options.handleBatch(messages, context);
        } catch (error) {
          if (error instanceof AbandonedBatch) {
            logger.info(
              { partition: batch.partition, reason: error.message },
              'batch abandoned, not committed',
            );
            return;
          }
          throw error;
        }
        if (isStale()) return;
        // Resolving moves the fetch position; committing makes it survive a crash or a rebalance.
        // A commit refused because the group rebalanced throws: kafkajs rejoins, and the partition's next
        // owner starts from the last committed offset (the batch is handled again, never skipped).
        resolveOffset(batch.lastOffset());
        const next = (BigInt(batch.lastOffset()) + 1n).toString();
        await consumer.commitOffsets([{ topic: batch.topic, partition: batch.partition, offset: next }]);
        crashes = 0;
        const highWatermark = BigInt(batch.highWatermark);
        const lag = highWatermark - BigInt(next);
        options.onBatchDone?.({
          topic: batch.topic,
          partition: batch.partition,
          lag: Number(lag > 0n ? lag : 0n),
        });
      },
    });
    return consumer;
  };

  let current = await create();
  const replace = async (): Promise<void> => {
    if (!running) return;
    await current.disconnect().catch(() => undefined);
    try {
      current = await create();
    } catch (error) {
      crashes += 1;
      const delayMs = backoffDelay(crashes, { initialMs: 1_000, maxMs: 30_000 });
      logger.error({ err: error, delayMs }, 'could not start a new consumer; trying again');
      restartTimer = setTimeout(() => {
        void replace();
      }, delayMs);
    }
  };

  return {
    get consumer() {
      return current;
    },
    stop: async () => {
      running = false;
      clearTimeout(restartTimer);
      await current.disconnect();
    },
  };
}
