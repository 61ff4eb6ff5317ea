import type { Admin, Kafka } from 'kafkajs';
import type { Logger } from 'pino';
import type { TopicNames } from '@newsflow/contracts';
import { backoffDelay } from './backoff.js';

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

export interface EnsureTopicsOptions {
  /** How long to wait for every partition to have a leader before giving up. */
  readonly leaderTimeoutMs?: number;
}

/**
 * Creates the topics that do not exist yet (existing topics are left as they are), then waits
 * until every partition of every topic has a leader, whoever created it: the services start
 * together and the one that lost the race must not produce before the winner's topics are served.
 * Safe to run at every start.
 */
export async function ensureTopics(
  kafka: Kafka,
  specs: readonly TopicSpec[],
  logger: Logger,
  options: EnsureTopicsOptions = {},
): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = specs.filter((spec) => !existing.has(spec.name));
    if (missing.length > 0) {
      // kafkajs's own wait retries only LEADER_NOT_AVAILABLE, but a KRaft broker answers a topic
      // it created a moment ago with UNKNOWN_TOPIC_OR_PARTITION until its metadata catches up.
      const created = await admin.createTopics({
        waitForLeaders: false,
        topics: missing.map((spec) => ({
          topic: spec.name,
          numPartitions: spec.partitions,
          replicationFactor: spec.replicationFactor,
          configEntries: Object.entries(spec.config).map(([name, value]) => ({ name, value })),
        })),
      });
      if (created) logger.info({ topics: missing.map((spec) => spec.name) }, 'created topics');
    }
    await waitForLeaders(admin, specs, logger, options.leaderTimeoutMs ?? 60_000);
  } finally {
    await admin.disconnect();
  }
}

/** Polls topic metadata until each partition has a leader, retrying the errors Kafka marks retriable. */
async function waitForLeaders(
  admin: Admin,
  specs: readonly TopicSpec[],
  logger: Logger,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const topics = specs.map((spec) => spec.name);
  let leaderless = topics;
  for (let attempt = 1; ; attempt += 1) {
    let lastError: unknown;
    try {
      const metadata = await admin.fetchTopicMetadata({ topics });
      leaderless = metadata.topics
        .filter(
          (topic) =>
            topic.partitions.length === 0 || topic.partitions.some((partition) => partition.leader < 0),
        )
        .map((topic) => topic.name);
      if (leaderless.length === 0) return;
    } catch (error) {
      if (!isRetriable(error)) throw error;
      lastError = error;
    }
    if (Date.now() >= deadline) {
      throw new Error(`no leader for topics ${leaderless.join(', ')} after ${timeoutMs} ms`, {
        cause: lastError,
      });
    }
    const delayMs = backoffDelay(attempt, { initialMs: 100, maxMs: 2_000 });
    logger.debug({ err: lastError, leaderless, attempt, delayMs }, 'waiting for topic leaders');
    await new Promise((resolve) => setTimeout(resolve, delayMs));
  }
}

function isRetriable(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { retriable?: unknown }).retriable === true;
}
