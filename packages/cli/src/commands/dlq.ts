import { DeadLetter, HEADERS } from '@newsflow/contracts';
import { createPublisher, readTopic, type ConsumedMessage } from '@newsflow/kafka';
import type { CliIo, Command } from '../command.js';
import { parseCommandLine } from '../args.js';
import { UsageError } from '../errors.js';
import { connectKafka, kafkaAccess, KAFKA_ACCESS_USAGE, timeFlag, type KafkaAccess } from './kafka-access.js';

export const dlqUsage = `Usage: newsflow dlq <list|show|replay|purge> [options]

Inspects the dead-letter topic (<prefix>.deadletter), replays fixed messages to the topic they came
from, and purges what has been dealt with.

  list                  one line per dead letter: offset, failure time, service, reason, origin, article
  show OFFSET           one dead letter in full, with its original headers and payload
  replay                republishes the original key, headers and bytes of the matching letters to
                        their origin topic (raw or enriched); the pipeline handles them again
  purge --before OFFSET | --all   deletes dead letters below an offset (Kafka deleteRecords): they are
                        gone for every reader; needs --yes

Filters (list, replay):
  --reason CODE[,CODE]  error code, e.g. NEWSFLOW_CONTRACT_SCHEMA, NEWSFLOW_INDEX_REJECTED
  --since ISO           last failure at or after this time
  --until ISO           last failure before this time
  --service NAME        enricher or indexer
  --article ID          one article
  --offset N[,N]        these letters only (replay)

Options:
${KAFKA_ACCESS_USAGE}
  --dry-run             replay: list what would be replayed, publish nothing
  --json                list/show: JSON lines / JSON
  --yes                 purge: confirm
  -h, --help            show this help

Exit status: 0 done, 1 something failed, 2 bad usage.

Examples:
  newsflow dlq list --reason NEWSFLOW_INDEX_REJECTED --since 2026-11-25T00:00:00Z
  newsflow dlq show 42
  newsflow dlq replay --reason NEWSFLOW_INDEX_RETRIES_EXHAUSTED --dry-run
  newsflow dlq purge --before 120 --yes
`;

/** A dead letter as read from the topic: where it sits, and the envelope (or why it cannot be read). */
export interface StoredLetter {
  readonly partition: number;
  readonly offset: string;
  readonly letter: DeadLetter | undefined;
  readonly unreadable?: string;
}

export interface LetterFilter {
  readonly reasons?: readonly string[];
  readonly since?: Date;
  readonly until?: Date;
  readonly service?: string;
  readonly articleId?: string;
  readonly offsets?: readonly string[];
}

/** Whether a stored letter passes every filter given. An unreadable letter passes only a filter on its offset, or none. */
export function matchesFilter(stored: StoredLetter, filter: LetterFilter): boolean {
  if (filter.offsets && filter.offsets.length > 0 && !filter.offsets.includes(stored.offset)) return false;
  const { letter } = stored;
  const others = filter.reasons?.length || filter.since || filter.until || filter.service || filter.articleId;
  if (letter === undefined) return !others;
  if (filter.reasons && filter.reasons.length > 0 && !filter.reasons.includes(letter.error.code))
    return false;
  const failedAt = Date.parse(letter.lastFailedAt);
  if (filter.since && failedAt < filter.since.getTime()) return false;
  if (filter.until && failedAt >= filter.until.getTime()) return false;
  if (filter.service && letter.service !== filter.service) return false;
  if (filter.articleId && letter.articleId !== filter.articleId && letter.origin.key !== filter.articleId)
    return false;
  return true;
}

export function parseStoredLetter(
  message: Pick<ConsumedMessage, 'partition' | 'offset' | 'value'>,
): StoredLetter {
  const base = { partition: message.partition, offset: message.offset };
  let json: unknown;
  try {
    json = JSON.parse(message.value?.toString('utf8') ?? '');
  } catch {
    return { ...base, letter: undefined, unreadable: 'not JSON' };
  }
  const parsed = DeadLetter.safeParse(json);
  if (parsed.success) return { ...base, letter: parsed.data };
  return {
    ...base,
    letter: undefined,
    unreadable: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
  };
}

/** One line of `dlq list`. */
export function formatLetterLine(stored: StoredLetter): string {
  const { letter } = stored;
  if (letter === undefined)
    return `${stored.offset}\t(unreadable dead letter: ${stored.unreadable ?? 'unknown'})`;
  const origin = `${letter.origin.topic}:${letter.origin.partition}:${letter.origin.offset}`;
  const message = letter.error.message.replace(/\s+/g, ' ');
  return [
    stored.offset,
    letter.lastFailedAt,
    letter.service,
    letter.error.code,
    origin,
    letter.articleId ?? letter.origin.key ?? '-',
    `attempts=${letter.attempts}`,
    message.length > 160 ? `${message.slice(0, 157)}...` : message,
  ].join('\t');
}

/** Counts per error code, most frequent first: the footer of `dlq list`. */
export function countByReason(letters: readonly StoredLetter[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const stored of letters) {
    const code = stored.letter?.error.code ?? '(unreadable)';
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

interface DlqArgs {
  readonly action: 'list' | 'show' | 'replay' | 'purge';
  readonly access: KafkaAccess;
  readonly filter: LetterFilter;
  readonly target: string | undefined;
  readonly before: string | undefined;
  readonly all: boolean;
  readonly dryRun: boolean;
  readonly json: boolean;
  readonly yes: boolean;
  readonly help: boolean;
}

const OFFSET = /^\d+$/;
const ACTIONS = ['list', 'show', 'replay', 'purge'] as const;

export function parseDlqArgs(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): DlqArgs {
  const parsed = parseCommandLine(argv, {
    brokers: { type: 'string' },
    prefix: { type: 'string' },
    reason: { type: 'string' },
    since: { type: 'string' },
    until: { type: 'string' },
    service: { type: 'string' },
    article: { type: 'string' },
    offset: { type: 'string' },
    before: { type: 'string' },
    all: { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    yes: { type: 'boolean', default: false },
  });
  const { values, positionals } = parsed;
  const help = values.help === true;
  const [action, target, ...extra] = positionals;
  if (help && action === undefined) {
    return {
      action: 'list',
      access: kafkaAccess({}, {}),
      filter: {},
      target,
      before: undefined,
      all: false,
      dryRun: false,
      json: false,
      yes: false,
      help,
    };
  }
  if (!(ACTIONS as readonly string[]).includes(action ?? '')) {
    throw new UsageError(
      `expected one of ${ACTIONS.join(', ')}${action === undefined ? '' : `, got "${action}"`}`,
    );
  }
  if (extra.length > 0 || (target !== undefined && action !== 'show')) {
    throw new UsageError(`unexpected argument "${extra[0] ?? target}"`);
  }
  if (action === 'show' && !help && (target === undefined || !OFFSET.test(target))) {
    throw new UsageError('show needs the dead letter offset, e.g. newsflow dlq show 42');
  }
  const offsets = values.offset?.split(',').map((o) => o.trim());
  if (offsets?.some((o) => !OFFSET.test(o)))
    throw new UsageError(`--offset: expected offsets such as 3,7, got ${values.offset}`);
  if (values.before !== undefined && !OFFSET.test(values.before)) {
    throw new UsageError(`--before: expected an offset, got ${JSON.stringify(values.before)}`);
  }
  if (action === 'purge' && !help && (values.before === undefined) === (values.all !== true)) {
    throw new UsageError('purge needs exactly one of --before OFFSET or --all');
  }
  const reasons = values.reason
    ?.split(',')
    .map((r) => r.trim())
    .filter(Boolean);
  const since = timeFlag('since', values.since);
  const until = timeFlag('until', values.until);
  return {
    action: action as DlqArgs['action'],
    access: kafkaAccess({ brokers: values.brokers, prefix: values.prefix }, env),
    filter: {
      ...(reasons && reasons.length > 0 ? { reasons } : {}),
      ...(since ? { since } : {}),
      ...(until ? { until } : {}),
      ...(values.service ? { service: values.service } : {}),
      ...(values.article ? { articleId: values.article } : {}),
      ...(offsets ? { offsets } : {}),
    },
    target,
    before: values.before,
    all: values.all === true,
    dryRun: values['dry-run'] === true,
    json: values.json === true,
    yes: values.yes === true,
    help,
  };
}

function printable(payload: Buffer): string | undefined {
  const text = payload.toString('utf8');
  const control = [...text].some((char) => {
    const code = char.charCodeAt(0);
    return code < 0x20 && char !== '\n' && char !== '\r' && char !== '\t';
  });
  return Buffer.from(text, 'utf8').equals(payload) && !control ? text : undefined;
}

export async function runDlq(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseDlqArgs(argv, io.env);
  if (args.help) {
    io.stdout.write(dlqUsage);
    return 0;
  }
  const kafka = connectKafka(args.access);
  const topic = args.access.topics.deadLetter;

  if (args.action === 'purge') {
    const admin = kafka.admin();
    await admin.connect();
    try {
      const offsets = await admin.fetchTopicOffsets(topic);
      const targets = offsets.map((o) => {
        const high = BigInt(o.high);
        const wanted = args.all ? high : BigInt(args.before ?? '0');
        return { partition: o.partition, offset: (wanted > high ? high : wanted).toString(), low: o.low };
      });
      const count = targets.reduce(
        (sum, t) => sum + Math.max(0, Number(BigInt(t.offset) - BigInt(t.low))),
        0,
      );
      if (!args.yes) {
        io.stdout.write(
          `would delete ${count} dead letters from ${topic} (below offset ${targets.map((t) => `${t.partition}:${t.offset}`).join(', ')}); add --yes to do it\n`,
        );
        return 0;
      }
      await admin.deleteTopicRecords({
        topic,
        partitions: targets.map(({ partition, offset }) => ({ partition, offset })),
      });
      io.stdout.write(`deleted ${count} dead letters from ${topic}\n`);
      return 0;
    } finally {
      await admin.disconnect();
    }
  }

  const { messages } = await readTopic(kafka, topic);
  const letters = messages.map(parseStoredLetter);

  if (args.action === 'show') {
    const stored = letters.find((l) => l.offset === args.target);
    if (!stored) {
      io.stderr.write(`newsflow dlq: no dead letter at offset ${args.target} in ${topic}\n`);
      return 1;
    }
    if (!stored.letter) {
      io.stdout.write(`${formatLetterLine(stored)}\n`);
      return 0;
    }
    const payload = Buffer.from(stored.letter.payload, 'base64');
    const text = printable(payload);
    const view = {
      offset: stored.offset,
      ...stored.letter,
      payload: text === undefined ? { base64: stored.letter.payload } : { utf8: text },
    };
    io.stdout.write(`${JSON.stringify(view, null, args.json ? 0 : 2)}\n`);
    return 0;
  }

  const selected = letters.filter((stored) => matchesFilter(stored, args.filter));

  if (args.action === 'list') {
    if (args.json) {
      for (const stored of selected)
        io.stdout.write(
          `${JSON.stringify({ offset: stored.offset, ...(stored.letter ?? { unreadable: stored.unreadable }) })}\n`,
        );
      return 0;
    }
    for (const stored of selected) io.stdout.write(`${formatLetterLine(stored)}\n`);
    const summary = countByReason(selected)
      .map(([code, n]) => `${code}=${n}`)
      .join(' ');
    io.stdout.write(`${selected.length} of ${letters.length} dead letters${summary ? `: ${summary}` : ''}\n`);
    return 0;
  }

  // replay
  const replayable = selected.filter(
    (s): s is StoredLetter & { letter: DeadLetter } => s.letter !== undefined,
  );
  if (args.dryRun) {
    for (const stored of replayable) io.stdout.write(`would replay ${formatLetterLine(stored)}\n`);
    io.stdout.write(`${replayable.length} dead letters would be replayed\n`);
    return 0;
  }
  const publisher = await createPublisher(kafka);
  try {
    for (const stored of replayable) {
      const { origin } = stored.letter;
      await publisher.publish(origin.topic, [
        {
          key: origin.key,
          value: Buffer.from(stored.letter.payload, 'base64'),
          headers: {
            ...origin.headers,
            [HEADERS.replayedFrom]: `${topic}:${stored.partition}:${stored.offset}`,
          },
        },
      ]);
      io.stdout.write(`replayed ${stored.offset} to ${origin.topic}\n`);
    }
  } finally {
    await publisher.disconnect();
  }
  io.stdout.write(`${replayable.length} dead letters replayed\n`);
  return 0;
}

export const dlq: Command = {
  name: 'dlq',
  summary: 'list, show, replay or purge dead letters',
  usage: dlqUsage,
  run: runDlq,
};
