import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, type FeedConfig } from '@newsflow/contracts';
import { FeedRegistry, readFeedsFile } from '@newsflow/feeds';
import type { Logger } from '@newsflow/observability';
import type { IngesterConfig } from './config.js';

export interface LoadedFeeds {
  readonly registry: FeedRegistry;
  /** The feed every article belongs to when INGESTER_AUTH=none; undefined otherwise. */
  readonly anonymous: FeedConfig | undefined;
  /** Stops watching the file. */
  close(): void;
}

/**
 * The feed registry from FEEDS_FILE, re-read when the file changes (a bad edit is logged and the
 * previous feeds kept). With INGESTER_AUTH=none, one keyless feed INGESTER_DEFAULT_FEED; FEEDS_FILE
 * is then still read, when it exists, for the feeds to poll.
 */
export function loadFeeds(config: IngesterConfig, logger: Logger): LoadedFeeds {
  const file = path.resolve(config.FEEDS_FILE);
  const anonymous: FeedConfig | undefined =
    config.INGESTER_AUTH === 'none'
      ? {
          id: config.INGESTER_DEFAULT_FEED,
          name: 'anonymous (INGESTER_AUTH=none)',
          sources: ['*'],
          rateLimit: { perSecond: 1_000_000, burst: 1_000_000 },
          disabled: false,
        }
      : undefined;
  if (!existsSync(file)) {
    if (anonymous) return { registry: new FeedRegistry([]), anonymous, close: () => undefined };
    throw new ConfigError(
      `FEEDS_FILE=${JSON.stringify(config.FEEDS_FILE)}: no such file. Create a feed with ` +
        '`npx newsflow feeds add NAME`, point FEEDS_FILE at a feeds file, or set INGESTER_AUTH=none (tests only)',
      ['FEEDS_FILE'],
    );
  }
  /** Taken before each read, so a change made while reading is still seen by the next check. */
  const version = (): string => {
    try {
      const stat = statSync(file);
      return `${stat.ino}:${stat.size}:${stat.mtimeMs}`;
    } catch {
      return 'missing';
    }
  };
  let seen = version();
  let feeds: FeedConfig[];
  try {
    feeds = readFeedsFile(file).feeds;
  } catch (cause) {
    throw new ConfigError(
      `FEEDS_FILE=${JSON.stringify(config.FEEDS_FILE)}: ${(cause as Error).message}`,
      ['FEEDS_FILE'],
      {
        cause,
      },
    );
  }
  const registry = new FeedRegistry(feeds);
  logger.info({ feedsFile: file, feeds: feeds.map((f) => f.id) }, 'feeds loaded');
  const check = (): void => {
    const current = version();
    if (current === seen) return;
    seen = current;
    try {
      const next = readFeedsFile(file).feeds;
      registry.replace(next);
      logger.info({ feedsFile: file, feeds: next.map((f) => f.id) }, 'feeds reloaded');
    } catch (error) {
      logger.error(
        { feedsFile: file, err: error },
        'feeds file changed but is invalid; keeping the previous feeds',
      );
    }
  };
  const timer = setInterval(check, 1_000);
  timer.unref();
  return { registry, anonymous, close: () => clearInterval(timer) };
}
