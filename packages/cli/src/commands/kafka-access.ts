import { COMMON_ENV, KAFKA_ENV, topicNames, type TopicNames } from '@newsflow/contracts';
import { createKafka } from '@newsflow/kafka';
import type { Kafka } from 'kafkajs';
import { pino } from 'pino';
import { z } from 'zod';
import { UsageError } from '../errors.js';

/** Where the Kafka commands (dlq, reprocess) find the cluster and the topics. */
export interface KafkaAccess {
  readonly brokers: readonly string[];
  readonly prefix: string;
  readonly topics: TopicNames;
}

export const KAFKA_ACCESS_USAGE = `  --brokers LIST        Kafka brokers, host:port,... (default: $KAFKA_BROKERS or 127.0.0.1:9092)
  --prefix NAME         topic prefix (default: $NEWSFLOW_PREFIX or newsflow)`;

const Access = z.object({
  KAFKA_BROKERS: KAFKA_ENV.KAFKA_BROKERS,
  NEWSFLOW_PREFIX: COMMON_ENV.NEWSFLOW_PREFIX,
});

export function kafkaAccess(
  flags: { brokers?: string | undefined; prefix?: string | undefined },
  env: Readonly<Record<string, string | undefined>>,
): KafkaAccess {
  const parsed = Access.safeParse({
    KAFKA_BROKERS: flags.brokers ?? (env['KAFKA_BROKERS'] || undefined),
    NEWSFLOW_PREFIX: flags.prefix ?? (env['NEWSFLOW_PREFIX'] || undefined),
  });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const variable = String(issue.path[0]);
      const flag = variable === 'KAFKA_BROKERS' ? '--brokers' : '--prefix';
      const given = variable === 'KAFKA_BROKERS' ? flags.brokers : flags.prefix;
      return `${given === undefined ? variable : flag}: ${issue.message}`;
    });
    throw new UsageError(problems.join('; '), { cause: parsed.error });
  }
  const { KAFKA_BROKERS: brokers, NEWSFLOW_PREFIX: prefix } = parsed.data;
  return Object.freeze({ brokers, prefix, topics: topicNames(prefix) });
}

/** A kafkajs client whose own log lines (errors only) go to stderr, never into the command's output. */
export function connectKafka(access: KafkaAccess): Kafka {
  const logger = pino({ level: 'error', base: { service: 'newsflow-cli' } }, pino.destination(2));
  return createKafka({ brokers: access.brokers, clientId: 'newsflow-cli', logger });
}

/** An ISO 8601 time given to a flag, or a UsageError naming it. */
export function timeFlag(name: string, value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const time = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(time.getTime())) {
    throw new UsageError(
      `--${name}: expected an ISO 8601 time such as 2026-11-25T09:00:00Z, got ${JSON.stringify(value)}`,
    );
  }
  return time;
}
