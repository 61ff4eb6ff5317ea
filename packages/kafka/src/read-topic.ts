import { randomUUID } from 'node:crypto';
import type { Kafka } from 'kafkajs';
import type { ConsumedMessage } from './consumer-runner.js';
import { decodeHeaders } from './headers.js';

export interface ReadTopicOptions {
  /** Start at the first message written at or after this time (Kafka timestamps); default: the beginning. */
  readonly fromTime?: Date;
  /** Gives up when the end is not reached within this time. Default 60000 ms. */
  readonly timeoutMs?: number;
}

export interface TopicSnapshot {
  readonly messages: ConsumedMessage[];
  /** Per partition: the first offset still in the log (after retention or deletion) and the end. */
  readonly partitions: ReadonlyArray<{ partition: number; low: string; high: string }>;
}

/**
 * Reads a topic from the beginning (or a time) to its end as it was when the call started, with a
 * throw-away consumer group that commits nothing and is deleted afterwards. For tools and tests:
 * everything read is held in memory.
 */
export async function readTopic(
  kafka: Kafka,
  topic: string,
  options: ReadTopicOptions = {},
): Promise<TopicSnapshot> {
  const admin = kafka.admin();
  await admin.connect();
  const groupId = `newsflow-reader-${randomUUID()}`;
  try {
    if (!(await admin.listTopics()).includes(topic)) {
      throw new Error(`topic ${topic} does not exist (is the prefix right?)`);
    }
    const offsets = await admin.fetchTopicOffsets(topic);
    const starts = options.fromTime
      ? await admin.fetchTopicOffsetsByTimestamp(topic, options.fromTime.getTime())
      : offsets.map((o) => ({ partition: o.partition, offset: o.low }));
    const partitions = offsets.map((o) => ({ partition: o.partition, low: o.low, high: o.high }));
    const remaining = new Map<number, bigint>();
    const firstOffset = new Map<number, bigint>();
    for (const o of offsets) {
      // A time after the last message gives -1: nothing to read there.
      const given = BigInt(starts.find((s) => s.partition === o.partition)?.offset ?? o.low);
      const from = given < 0n ? BigInt(o.high) : given < BigInt(o.low) ? BigInt(o.low) : given;
      firstOffset.set(o.partition, from);
      if (BigInt(o.high) > from) remaining.set(o.partition, BigInt(o.high));
    }
    const messages: ConsumedMessage[] = [];
    if (remaining.size === 0) return { messages, partitions };

    const consumer = kafka.consumer({ groupId, allowAutoTopicCreation: false, maxWaitTimeInMs: 250 });
    await consumer.connect();
    try {
      await consumer.subscribe({ topic, fromBeginning: true });
      const timeoutMs = options.timeoutMs ?? 60_000;
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`reading ${topic} did not reach its end within ${timeoutMs} ms`)),
          timeoutMs,
        );
        consumer
          .run({
            autoCommit: false,
            eachBatch: async ({ batch }) => {
              const end = remaining.get(batch.partition);
              for (const m of batch.messages) {
                if (end === undefined || BigInt(m.offset) >= end) break;
                if (BigInt(m.offset) < (firstOffset.get(batch.partition) ?? 0n)) continue;
                messages.push({
                  topic,
                  partition: batch.partition,
                  offset: m.offset,
                  key: m.key ? m.key.toString('utf8') : null,
                  value: m.value,
                  headers: decodeHeaders(m.headers),
                  timestamp: m.timestamp,
                });
              }
              if (end !== undefined && BigInt(batch.lastOffset()) + 1n >= end)
                remaining.delete(batch.partition);
              if (remaining.size === 0) {
                clearTimeout(timer);
                resolve();
              }
            },
          })
          .then(() => {
            // Skip what lies before the start instead of reading it (the filter above covers a late seek).
            for (const [partition] of remaining) {
              const from = firstOffset.get(partition);
              if (options.fromTime && from !== undefined)
                consumer.seek({ topic, partition, offset: from.toString() });
            }
          })
          .catch((error: unknown) => {
            clearTimeout(timer);
            reject(error instanceof Error ? error : new Error(String(error)));
          });
      });
    } finally {
      await consumer.disconnect().catch(() => undefined);
    }
    messages.sort((a, b) => a.partition - b.partition || Number(BigInt(a.offset) - BigInt(b.offset)));
    return { messages, partitions };
  } finally {
    await admin.deleteGroups([groupId]).catch(() => undefined);
    await admin.disconnect().catch(() => undefined);
  }
}
