import { RawArticle, decodeMessage, HEADERS, SCHEMA_VERSION } from '@newsflow/contracts';
import { createPublisher, readTopic, type ConsumedMessage, type OutgoingMessage } from '@newsflow/kafka';
import type { CliIo, Command } from '../command.js';
import { parseCommandLine } from '../args.js';
import { UsageError } from '../errors.js';
import { connectKafka, kafkaAccess, KAFKA_ACCESS_USAGE, timeFlag, type KafkaAccess } from './kafka-access.js';

export const reprocessUsage = `Usage: newsflow reprocess (--all | --since ISO [--until ISO]) [--source NAME] [options]

Re-enriches articles from the raw topic, the source of truth, through the normal pipeline: after the
enrichment improved, the index is updated in place (same _id, same revision, no duplicate).

For every article whose raw messages match, the newest revision's message is published again to the
raw topic, byte for byte with its key and headers, plus the header x-reprocess. The enricher carries
that header to the enriched article, and the indexer then overwrites the same revision in place
(Elasticsearch version_type external_gte) instead of skipping it; an older revision still never
replaces a newer one. Raw messages that were themselves re-published by reprocess are not picked again.

Selection (on the raw article's receivedAt):
  --all                 every article in the raw topic (within its retention)
  --since ISO           received at or after this time
  --until ISO           received before this time
  --source NAME         only this source (exact, case-insensitive)

Options:
${KAFKA_ACCESS_USAGE}
  --dry-run             count and list what would be re-published, publish nothing
  -h, --help            show this help

Examples:
  newsflow reprocess --since 2026-11-01T00:00:00Z --until 2026-11-08T00:00:00Z
  newsflow reprocess --all --source example.org --dry-run
`;

export interface ReprocessSelection {
  readonly all: boolean;
  readonly since?: Date;
  readonly until?: Date;
  readonly source?: string;
}

export interface ReprocessCandidate {
  readonly message: ConsumedMessage;
  readonly id: string;
  readonly revision: number;
}

export interface ReprocessPlan {
  /** The newest matching revision of each article, in topic order. */
  readonly selected: ReprocessCandidate[];
  readonly scanned: number;
  /** Raw messages that cannot be read: they are in the dead-letter topic already. */
  readonly unreadable: number;
  /** Copies made by an earlier reprocess, ignored. */
  readonly copies: number;
}

/** Picks what to re-publish: per article, the newest revision among the raw messages that match. Pure. */
export function planReprocess(
  messages: readonly ConsumedMessage[],
  selection: ReprocessSelection,
): ReprocessPlan {
  const newest = new Map<string, ReprocessCandidate>();
  let unreadable = 0;
  let copies = 0;
  const source = selection.source?.toLowerCase();
  for (const message of messages) {
    if (message.headers[HEADERS.reprocess] !== undefined) {
      copies += 1;
      continue;
    }
    let raw: RawArticle;
    try {
      raw = decodeMessage(RawArticle, message.value, 'raw article');
    } catch {
      unreadable += 1;
      continue;
    }
    const receivedAt = Date.parse(raw.receivedAt);
    if (selection.since && receivedAt < selection.since.getTime()) continue;
    if (selection.until && receivedAt >= selection.until.getTime()) continue;
    if (source !== undefined && raw.source.toLowerCase() !== source) continue;
    const known = newest.get(raw.id);
    if (known === undefined || raw.revision >= known.revision)
      newest.set(raw.id, { message, id: raw.id, revision: raw.revision });
  }
  const selected = [...newest.values()].sort(
    (a, b) =>
      a.message.partition - b.message.partition ||
      Number(BigInt(a.message.offset) - BigInt(b.message.offset)),
  );
  return { selected, scanned: messages.length, unreadable, copies };
}

/** The raw message again, untouched, marked as a re-enrichment. */
export function reprocessMessage(message: ConsumedMessage, stamp: string): OutgoingMessage {
  return {
    key: message.key,
    value: message.value ?? Buffer.alloc(0),
    headers: {
      [HEADERS.schemaVersion]: String(SCHEMA_VERSION),
      ...message.headers,
      [HEADERS.reprocess]: stamp,
    },
  };
}

interface ReprocessArgs {
  readonly access: KafkaAccess;
  readonly selection: ReprocessSelection;
  readonly dryRun: boolean;
  readonly help: boolean;
}

export function parseReprocessArgs(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): ReprocessArgs {
  const parsed = parseCommandLine(
    argv,
    {
      brokers: { type: 'string' },
      prefix: { type: 'string' },
      all: { type: 'boolean', default: false },
      since: { type: 'string' },
      until: { type: 'string' },
      source: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
    },
    false,
  );
  const { values } = parsed;
  const help = values.help === true;
  const since = timeFlag('since', values.since);
  const until = timeFlag('until', values.until);
  const all = values.all === true;
  if (!help && all === (since !== undefined || until !== undefined)) {
    throw new UsageError('give either --all or a time range (--since ISO, optionally --until ISO)');
  }
  if (!help && !all && since === undefined) throw new UsageError('--until needs --since');
  if (since && until && until.getTime() <= since.getTime())
    throw new UsageError('--until must be after --since');
  return {
    access: kafkaAccess({ brokers: values.brokers, prefix: values.prefix }, env),
    selection: {
      all,
      ...(since ? { since } : {}),
      ...(until ? { until } : {}),
      ...(values.source ? { source: values.source } : {}),
    },
    dryRun: values['dry-run'] === true,
    help,
  };
}

export async function runReprocess(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseReprocessArgs(argv, io.env);
  if (args.help) {
    io.stdout.write(reprocessUsage);
    return 0;
  }
  const kafka = connectKafka(args.access);
  const topic = args.access.topics.raw;
  // A raw message is written after it is received: starting at --since's offsets misses nothing.
  const { messages } = await readTopic(
    kafka,
    topic,
    args.selection.since ? { fromTime: args.selection.since } : {},
  );
  const plan = planReprocess(messages, args.selection);
  const summary = `${plan.selected.length} articles from ${plan.scanned} raw messages (${plan.unreadable} unreadable, ${plan.copies} earlier reprocess copies skipped)`;
  if (args.dryRun) {
    for (const c of plan.selected)
      io.stdout.write(
        `would reprocess ${c.id} revision ${c.revision} (${topic}:${c.message.partition}:${c.message.offset})\n`,
      );
    io.stdout.write(`would reprocess ${summary}\n`);
    return 0;
  }
  const stamp = new Date().toISOString();
  const publisher = await createPublisher(kafka);
  try {
    const chunk = 200;
    for (let start = 0; start < plan.selected.length; start += chunk) {
      await publisher.publish(
        topic,
        plan.selected.slice(start, start + chunk).map((c) => reprocessMessage(c.message, stamp)),
      );
    }
  } finally {
    await publisher.disconnect();
  }
  io.stdout.write(`reprocess ${stamp}: re-published ${summary}\n`);
  return 0;
}

export const reprocess: Command = {
  name: 'reprocess',
  summary: 're-enrich articles from the raw topic, updating the index in place',
  usage: reprocessUsage,
  run: runReprocess,
};
