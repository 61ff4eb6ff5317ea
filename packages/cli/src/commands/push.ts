import { fieldIssues, PageSubmissionParams } from '@newsflow/contracts';
import { z } from 'zod';
import type { CliIo, Command } from '../command.js';
import {
  DEFAULT_RETRY_POLICY,
  deliver,
  mapConcurrent,
  type ItemResult,
  type RetryPolicy,
  type Sleep,
} from '../deliver.js';
import { parseCommandLine } from '../args.js';
import { InputError, UsageError } from '../errors.js';
import { expandInputs, INPUT_FORMATS, type InputFormat } from '../files.js';
import { DEMO_KEY_FILE, resolveFeedKey } from '../feed-key.js';
import { IngesterClient } from '../http-client.js';
import { Progress } from '../progress.js';
import { exitCodeOf, formatSummary, formatSummaryJson, summarize } from '../summary.js';

export const DEFAULT_INGESTER_URL = 'http://127.0.0.1:8081';

export const pushUsage = `Usage: newsflow push [options] FILE|FOLDER|- ...

Sends articles and pages to the ingester (POST /v1/articles), one request each.

Inputs:
  *.json           an article object, or an array of them (sent as application/json)
  *.ndjson *.jsonl one article per line
  *.txt            a scraped page (text/plain); *.html *.htm an HTML page (text/html)
  FOLDER           every such file below it, in name order (hidden files are ignored)
  -                stdin: JSON, NDJSON, HTML or text, detected from the content (see --format)
  A page's metadata may sit beside it: story.txt takes it from story.meta.json
  ({"source", "url", "publishedAt", "language", "externalId"}); the flags below override it.

Options:
  --ingester URL        ingester base URL (default: $INGESTER_URL or ${DEFAULT_INGESTER_URL})
  --key KEY             the feed's API key, sent as Authorization: Bearer (default: $NEWSFLOW_FEED_KEY,
                        else ${DEMO_KEY_FILE} written by npm start); make one: newsflow feeds add NAME
  --source NAME         source of pages (.txt/.html/stdin text)
  --url URL             URL of the page (only when pushing a single page)
  --published-at ISO    publication time of pages, ISO 8601 with offset
  --language CODE       language of pages, ISO 639-1 (e.g. en)
  --external-id ID      feed's own id of the page (only when pushing a single page)
  --format FORMAT       stdin and unknown extensions: ${INPUT_FORMATS.join('|')} (default: auto)
  --concurrency N       requests in flight (default: 4)
  --retries N           retries on 429/502/503/504 and network errors, honouring
                        Retry-After, else exponential backoff (default: ${DEFAULT_RETRY_POLICY.retries})
  --timeout SECONDS     per-request timeout (default: 30)
  --json                print the summary as JSON on stdout
  -h, --help            show this help

Exit status: 0 all accepted, 1 something rejected or failed, 2 bad usage.

Examples:
  newsflow push samples/articles
  newsflow push --source harbor-gazette.example --published-at 2026-11-03T08:00:00+01:00 page.txt
  cat feed.ndjson | newsflow push --json -
`;

export interface PushOptions {
  readonly inputs: readonly string[];
  readonly ingester: string;
  /** From --key or NEWSFLOW_FEED_KEY; runPush falls back to the demo key file. */
  readonly key: string | undefined;
  readonly pageParams: PageSubmissionParams;
  readonly format: InputFormat;
  readonly concurrency: number;
  readonly retry: RetryPolicy;
  readonly timeoutMs: number;
  readonly json: boolean;
  readonly help: boolean;
}

const Flags = z.strictObject({
  ingester: z.url({ protocol: /^https?$/, error: 'an http(s) URL' }),
  concurrency: z.coerce.number().int().min(1).max(64),
  retries: z.coerce.number().int().min(0).max(20),
  timeout: z.coerce.number().positive().max(3_600),
  format: z.enum(INPUT_FORMATS),
});

/** Flags of PageSubmissionParams' fields, for error messages. */
const PAGE_FLAGS: Readonly<Record<string, string>> = {
  source: '--source',
  url: '--url',
  publishedAt: '--published-at',
  language: '--language',
  externalId: '--external-id',
};

/** Parses and validates `push`'s command line once; every error names the flag and what it must be. */
export function parsePushArgs(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>> = {},
): PushOptions {
  const parsed = parseCommandLine(argv, {
    ingester: { type: 'string' },
    key: { type: 'string' },
    source: { type: 'string' },
    url: { type: 'string' },
    'published-at': { type: 'string' },
    language: { type: 'string' },
    'external-id': { type: 'string' },
    format: { type: 'string', default: 'auto' },
    concurrency: { type: 'string', default: '4' },
    retries: { type: 'string', default: String(DEFAULT_RETRY_POLICY.retries) },
    timeout: { type: 'string', default: '30' },
    json: { type: 'boolean', default: false },
  });
  const { values, positionals } = parsed;
  const help = values.help === true;
  const ingesterFromEnv = values.ingester === undefined && Boolean(env['INGESTER_URL']);
  const flags = Flags.safeParse({
    ingester: values.ingester ?? (env['INGESTER_URL'] || DEFAULT_INGESTER_URL),
    concurrency: values.concurrency,
    retries: values.retries,
    timeout: values.timeout,
    format: values.format,
  });
  if (!flags.success) {
    const problems = flags.error.issues.map((issue) => {
      const key = String(issue.path[0]);
      const name = key === 'ingester' && ingesterFromEnv ? 'INGESTER_URL' : `--${key}`;
      return `${name}: ${issue.message}`;
    });
    throw new UsageError(problems.join('; '), { cause: flags.error });
  }
  const page = PageSubmissionParams.safeParse(
    Object.fromEntries(
      Object.entries({
        source: values.source,
        url: values.url,
        publishedAt: values['published-at'],
        language: values.language,
        externalId: values['external-id'],
      }).filter(([, value]) => value !== undefined),
    ),
  );
  if (!page.success) {
    const problems = fieldIssues(page.error).map((issue) => {
      const key = issue.pointer.slice(1);
      return `${PAGE_FLAGS[key] ?? key}: ${issue.message}`;
    });
    throw new UsageError(problems.join('; '), { cause: page.error });
  }
  if (!help && positionals.length === 0)
    throw new UsageError('nothing to push: name files, folders or - for stdin');
  return Object.freeze({
    inputs: positionals,
    ingester: flags.data.ingester,
    key: values.key?.trim() || env['NEWSFLOW_FEED_KEY']?.trim() || undefined,
    pageParams: page.data,
    format: flags.data.format,
    concurrency: flags.data.concurrency,
    retry: { ...DEFAULT_RETRY_POLICY, retries: flags.data.retries },
    timeoutMs: flags.data.timeout * 1_000,
    json: values.json === true,
    help,
  });
}

export interface PushDependencies {
  /** Waits between retries; tests replace it to run without real delays. */
  readonly sleep?: Sleep;
  readonly now?: () => number;
}

export async function runPush(
  argv: readonly string[],
  io: CliIo,
  deps: PushDependencies = {},
): Promise<number> {
  const now = deps.now ?? Date.now;
  const options = parsePushArgs(argv, io.env);
  if (options.help) {
    io.stdout.write(pushUsage);
    return 0;
  }
  let expansion;
  try {
    expansion = await expandInputs(options.inputs, {
      pageParams: options.pageParams,
      format: options.format,
      readStdin: io.readStdin,
    });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.stderr.write(`newsflow push: ${error.message}\n`);
    return 1;
  }
  const { items, skipped } = expansion;
  const pages = items.filter((item) => item.kind === 'page').length;
  if (pages > 1 && (options.pageParams.url !== undefined || options.pageParams.externalId !== undefined)) {
    throw new UsageError(`--url and --external-id name one page, but ${pages} pages are being pushed`);
  }

  const apiKey = resolveFeedKey({ flag: options.key, env: io.env });
  const client = new IngesterClient({ baseUrl: options.ingester, timeoutMs: options.timeoutMs, apiKey });
  const progress = new Progress(io.stderr, { now });
  const counts = { done: 0, total: items.length, accepted: 0, rejected: 0, failed: 0 };
  const started = now();
  const results: ItemResult[] = await mapConcurrent(items, options.concurrency, async (item) => {
    const result = await deliver(item, client, options.retry, deps.sleep);
    counts.done += 1;
    counts[result.outcome] += 1;
    progress.update(counts);
    return result;
  });
  progress.finish();

  const summary = summarize(results, { ingester: client.endpoint, durationMs: now() - started, skipped });
  io.stdout.write(options.json ? formatSummaryJson(summary) : formatSummary(summary));
  return exitCodeOf(summary);
}

export const push: Command = {
  name: 'push',
  summary: 'send article files, folders or stdin to the ingester',
  usage: pushUsage,
  run: (argv, io) => runPush(argv, io),
};
