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
 * The raw topic is the source of truth and is kept longest, so articles can be re-enriched;
 * dead letters are kept as long, so nobody loses a failure before looking at it.
 */
export function topicSpecs(names: TopicNames, layout: TopicLayout = DEFAULT_TOPIC_LAYOUT): TopicSpec[] {
  const retention = (days: number): string => String(days * DAY_MS);
  const common = { partitions: layout.partitions, replicationFactor: layout.replicationFactor };
  return [
    { name: names.raw, ...common, config: { 'retention.ms': retention(layout.retentionDays * 3) } },
    { name: names.enriched, ...common, config: { 'retention.ms': retention(layout.retentionDays) } },
    {
      name: names.deadLetter,
      partitions: 1,
      replicationFactor: layout.replicationFactor,
      config: { 'retention.ms': retention(layout.retentionDays * 3) },
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
