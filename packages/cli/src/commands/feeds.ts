import path from 'node:path';
import { existsSync } from 'node:fs';
import { addFeed, FeedsError, readFeedsFile } from '@newsflow/feeds';
import type { CliIo, Command } from '../command.js';
import { parseCommandLine } from '../args.js';
import { UsageError } from '../errors.js';

export const DEFAULT_FEEDS_FILE = '.newsflow/feeds.json';

export const feedsUsage = `Usage: newsflow feeds <add|list> [options]

Manages the feeds that may push to the ingester (the file the ingester reads from FEEDS_FILE).

  newsflow feeds add NAME [options]   creates a feed and prints its API key, once: only its hash is stored
  newsflow feeds list                  prints every feed: id, name, sources, rate, pull URL (never keys)

Options of add:
  --id ID             feed id (default: from NAME, e.g. "Example News" → example-news)
  --source S          a source the feed may write; repeat for several (default: any, "*")
  --rate N            articles per second (default: 50)
  --burst N           articles at once (default: 200)
  --pull URL          an RSS or Atom URL the ingester polls for this feed
  --interval SECONDS  seconds between polls (default: 300)

Options:
  --file PATH         the feeds file (default: $FEEDS_FILE or ${DEFAULT_FEEDS_FILE})
  --json              print JSON
  -h, --help          show this help

The ingester re-reads the file when it changes. Send the key as "Authorization: Bearer <key>",
or give it to newsflow push with --key or NEWSFLOW_FEED_KEY.
`;

const positiveNumber = (flag: string, value: string | undefined, integer: boolean): number | undefined => {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0 || (integer && !Number.isInteger(number))) {
    throw new UsageError(
      `${flag}: expected a positive ${integer ? 'integer' : 'number'}, got ${JSON.stringify(value)}`,
    );
  }
  return number;
};

export async function runFeeds(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandLine(argv, {
    file: { type: 'string' },
    id: { type: 'string' },
    source: { type: 'string', multiple: true },
    rate: { type: 'string' },
    burst: { type: 'string' },
    pull: { type: 'string' },
    interval: { type: 'string' },
    json: { type: 'boolean', default: false },
  });
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(feedsUsage);
    return 0;
  }
  const file = path.resolve(values.file ?? (io.env['FEEDS_FILE'] || DEFAULT_FEEDS_FILE));
  const [action, ...rest] = positionals;
  try {
    switch (action) {
      case 'add': {
        const name = rest.join(' ').trim();
        if (!name) throw new UsageError('feeds add: expected the feed NAME');
        const perSecond = positiveNumber('--rate', values.rate, false);
        const burst = positiveNumber('--burst', values.burst, true);
        const interval = positiveNumber('--interval', values.interval, true);
        if (values.interval !== undefined && values.pull === undefined)
          throw new UsageError('--interval needs --pull URL');
        const { feed, key } = addFeed(file, {
          name,
          id: values.id,
          sources: values.source,
          ...(perSecond !== undefined || burst !== undefined
            ? {
                rateLimit: {
                  perSecond: perSecond ?? 50,
                  burst: burst ?? Math.max(200, Math.ceil(perSecond ?? 0)),
                },
              }
            : {}),
          ...(values.pull ? { pull: { url: values.pull, intervalSeconds: interval ?? 300 } } : {}),
        });
        if (values.json) {
          io.stdout.write(`${JSON.stringify({ id: feed.id, name: feed.name, key, file })}\n`);
        } else {
          io.stdout.write(
            `feed "${feed.id}" added to ${file}\n` +
              `key (shown once, store it now): ${key}\n` +
              `push with: npx newsflow push --key <key> FILES…   or   Authorization: Bearer <key>\n`,
          );
        }
        return 0;
      }
      case 'list': {
        const feeds = existsSync(file) ? readFeedsFile(file).feeds : [];
        const shown = feeds.map((f) => ({
          id: f.id,
          name: f.name,
          sources: f.sources,
          rateLimit: f.rateLimit,
          key: f.keyHash ? 'set' : 'none',
          ...(f.pull ? { pull: f.pull } : {}),
          ...(f.disabled ? { disabled: true } : {}),
        }));
        if (values.json) {
          io.stdout.write(`${JSON.stringify(shown)}\n`);
        } else if (shown.length === 0) {
          io.stdout.write(`no feeds in ${file}; add one with: npx newsflow feeds add NAME\n`);
        } else {
          for (const f of shown) {
            io.stdout.write(
              `${f.id}\t${f.name}\tsources=${f.sources.join(',')}\trate=${f.rateLimit.perSecond}/s burst=${f.rateLimit.burst}` +
                `\tkey=${f.key}${f.pull ? `\tpull=${f.pull.url} every ${f.pull.intervalSeconds}s` : ''}${f.disabled ? '\tdisabled' : ''}\n`,
            );
          }
        }
        return 0;
      }
      default:
        throw new UsageError(
          action ? `unknown action "${action}"; expected add or list` : 'expected an action: add or list',
        );
    }
  } catch (error) {
    if (error instanceof FeedsError) {
      io.stderr.write(`newsflow feeds: ${error.message} [${error.code}]\n`);
      return 1;
    }
    throw error;
  }
}

export const feeds: Command = {
  name: 'feeds',
  summary: 'add a feed (prints its API key once) or list the feeds',
  usage: feedsUsage,
  run: runFeeds,
};
