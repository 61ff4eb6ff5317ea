import type { Kafka } from 'kafkajs';
import type { Logger } from 'pino';
import type { TopicNames } from '@newsflow/contracts';

export interface TopicSpec {
  readonly name: string;
  readonly partitions: number;
  readonly replicationFactor: number;
  readonly config: Readonly<Record<string, string>>;
}

export interface TopicLayout {
  readonly partitions: number;
  readonly replicationFactor: number;
  readonly retentionDays: number;
}

export const DEFAULT_TOPIC_LAYOUT: TopicLayout = { partitions: 3, replicationFactor: 1, retentionDays: 30 };

const DAY_MS = 86_400_000;

/**
 * Largest record batch a topic takes. Above the broker's 1 MB default, so the largest body the
 * ingester accepts (and its enrichment, which adds mentions) always fits in one message.
 */
export const MAX_MESSAGE_BYTES = 8 * 1024 * 1024;

/**
 * The raw topic is the source of truth and is kept longest, so articles can be re-enriched;
 * dead letters are kept as long, so nobody loses a failure before looking at it.
 */
export function topicSpecs(names: TopicNames, layout: TopicLayout = DEFAULT_TOPIC_LAYOUT): TopicSpec[] {
  const topic = (retentionDays: number, maxMessageBytes: number): Record<string, string> => ({
    'retention.ms': String(retentionDays * DAY_MS),
    'max.message.bytes': String(maxMessageBytes),
  });
  const common = { partitions: layout.partitions, replicationFactor: layout.replicationFactor };
  return [
    { name: names.raw, ...common, config: topic(layout.retentionDays * 3, MAX_MESSAGE_BYTES) },
    { name: names.enriched, ...common, config: topic(layout.retentionDays, MAX_MESSAGE_BYTES) },
    {
      name: names.deadLetter,
      partitions: 1,
      replicationFactor: layout.replicationFactor,
      // A dead letter carries the original bytes in base64: a third larger.
      config: topic(layout.retentionDays * 3, Math.ceil(MAX_MESSAGE_BYTES * 1.5)),
    },
  ];
}

/** Creates the topics that do not exist yet; existing topics are left as they are. Safe to run at every start. */
export async function ensureTopics(kafka: Kafka, specs: readonly TopicSpec[], logger: Logger): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = specs.filter((spec) => !existing.has(spec.name));
    if (missing.length === 0) return;
    await admin.createTopics({
      waitForLeaders: true,
      topics: missing.map((spec) => ({
        topic: spec.name,
        numPartitions: spec.partitions,
        replicationFactor: spec.replicationFactor,
        configEntries: Object.entries(spec.config).map(([name, value]) => ({ name, value })),
      })),
    });
    logger.info({ topics: missing.map((spec) => spec.name) }, 'created topics');
  } finally {
    await admin.disconnect();
  }
}
