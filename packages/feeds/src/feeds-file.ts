import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync, chmodSync } from 'node:fs';
import path from 'node:path';
import { FeedsFile, fieldIssues, type FeedConfig } from '@newsflow/contracts';
import { FeedsError } from './errors.js';
import { generateKey, hashKey } from './keys.js';

/** Reads and validates a feeds file; names the file and each bad field when it is wrong. */
export function readFeedsFile(file: string): FeedsFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    throw new FeedsError('NEWSFLOW_FEEDS_FILE_INVALID', `cannot read the feeds file ${file}`, { cause });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    throw new FeedsError('NEWSFLOW_FEEDS_FILE_INVALID', `the feeds file ${file} is not JSON`, { cause });
  }
  const result = FeedsFile.safeParse(value);
  if (!result.success) {
    const issues = fieldIssues(result.error).map((i) => `${i.pointer}: ${i.message}`);
    throw new FeedsError('NEWSFLOW_FEEDS_FILE_INVALID', `invalid feeds file ${file}: ${issues.join('; ')}`, {
      cause: result.error,
    });
  }
  return result.data;
}

/** Writes atomically (temporary file, then rename), readable by its owner only. */
export function writeFeedsFile(file: string, feeds: FeedsFile): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(feeds, null, 2)}\n`, { mode: 0o600 });
  renameSync(temporary, file);
}

export interface NewFeed {
  readonly name: string;
  readonly id?: string | undefined;
  readonly sources?: readonly string[] | undefined;
  readonly rateLimit?: FeedConfig['rateLimit'] | undefined;
  readonly pull?: FeedConfig['pull'] | undefined;
}

/** A feed id from a name: "Example News!" → "example-news". */
export function feedIdFromName(name: string): string {
  const id = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63);
  return id || 'feed';
}

/**
 * Adds a feed to the file (created when missing) and returns it with its key. The key is returned
 * once and never stored; a pull-only feed may be given no key by the caller discarding it.
 */
export function addFeed(file: string, feed: NewFeed): { feed: FeedConfig; key: string } {
  const current: FeedsFile = existsSync(file) ? readFeedsFile(file) : { feeds: [] };
  const id = feed.id ?? feedIdFromName(feed.name);
  if (current.feeds.some((f) => f.id === id)) {
    throw new FeedsError('NEWSFLOW_FEEDS_DUPLICATE', `a feed with id "${id}" already exists in ${file}`);
  }
  const key = generateKey();
  const candidate = {
    id,
    name: feed.name,
    keyHash: hashKey(key),
    sources: feed.sources ? [...feed.sources] : ['*'],
    ...(feed.rateLimit ? { rateLimit: feed.rateLimit } : {}),
    ...(feed.pull ? { pull: feed.pull } : {}),
  };
  const next = FeedsFile.safeParse({ feeds: [...current.feeds, candidate] });
  if (!next.success) {
    const issues = fieldIssues(next.error).map((i) => `${i.pointer}: ${i.message}`);
    throw new FeedsError('NEWSFLOW_FEEDS_FILE_INVALID', `invalid feed: ${issues.join('; ')}`, {
      cause: next.error,
    });
  }
  writeFeedsFile(file, next.data);
  const added = next.data.feeds.find((f) => f.id === id);
  if (!added) throw new FeedsError('NEWSFLOW_FEEDS_FILE_INVALID', `feed "${id}" was not written`);
  return { feed: added, key };
}

export interface DemoFeed {
  readonly feedsFile: string;
  readonly keyFile: string;
  readonly feedId: string;
  /** True when this call created the feed (and wrote a new key). */
  readonly created: boolean;
}

export const DEMO_FEED_ID = 'demo';

/**
 * For `npm start` without FEEDS_FILE: a local feed "demo" that may write any source, in
 * `<dir>/feeds.json`, with its key in `<dir>/demo-feed.key` (mode 600) for `newsflow push` and a
 * person trying things. Reuses both when they exist and still match; otherwise makes a new key.
 */
export function ensureDemoFeed(dir: string): DemoFeed {
  const feedsFile = path.join(dir, 'feeds.json');
  const keyFile = path.join(dir, 'demo-feed.key');
  const existing = existsSync(feedsFile) ? readFeedsFile(feedsFile) : { feeds: [] };
  const demo = existing.feeds.find((f) => f.id === DEMO_FEED_ID);
  if (demo && existsSync(keyFile)) {
    const key = readFileSync(keyFile, 'utf8').trim();
    if (demo.keyHash === hashKey(key)) return { feedsFile, keyFile, feedId: DEMO_FEED_ID, created: false };
  }
  const key = generateKey();
  const others = existing.feeds.filter((f) => f.id !== DEMO_FEED_ID);
  writeFeedsFile(feedsFile, {
    feeds: [
      ...others,
      {
        id: DEMO_FEED_ID,
        name: 'Local demo feed',
        keyHash: hashKey(key),
        sources: ['*'],
        rateLimit: { perSecond: 500, burst: 2_000 },
        disabled: false,
      },
    ],
  });
  mkdirSync(dir, { recursive: true });
  writeFileSync(keyFile, `${key}\n`, { mode: 0o600 });
  chmodSync(keyFile, 0o600);
  return { feedsFile, keyFile, feedId: DEMO_FEED_ID, created: true };
}
