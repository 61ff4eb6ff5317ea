import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Where `npm start` writes the key of its local demo feed, relative to the repository root. */
export const DEMO_KEY_FILE = '.newsflow/demo-feed.key';

export interface FeedKeySources {
  /** --key */
  readonly flag?: string | undefined;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Directory the demo key file is looked for under; the current directory by default. */
  readonly cwd?: string;
}

/**
 * The API key `newsflow push` sends: --key, else NEWSFLOW_FEED_KEY, else the demo feed's key that
 * `npm start` wrote. Undefined when there is none: the ingester then answers 401 (unless it runs
 * with INGESTER_AUTH=none).
 */
export function resolveFeedKey(sources: FeedKeySources): string | undefined {
  const given = sources.flag?.trim() || sources.env['NEWSFLOW_FEED_KEY']?.trim();
  if (given) return given;
  const file = path.resolve(sources.cwd ?? process.cwd(), DEMO_KEY_FILE);
  if (!existsSync(file)) return undefined;
  return readFileSync(file, 'utf8').trim() || undefined;
}
