import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { ConfigError } from '@newsflow/contracts';
import { addFeed } from '@newsflow/feeds';
import { createLogger } from '@newsflow/observability';
import { loadConfig } from '../src/config.js';
import { loadFeeds } from '../src/feeds.js';

const logger = createLogger({ service: 'test', level: 'silent' });
const dir = (): string => mkdtempSync(path.join(tmpdir(), 'ingester-feeds-'));

describe('loadFeeds', () => {
  it('refuses to start without a feeds file, naming FEEDS_FILE and how to make one', () => {
    const config = loadConfig({ FEEDS_FILE: path.join(dir(), 'missing.json') });
    expect(() => loadFeeds(config, logger)).toThrow(ConfigError);
    expect(() => loadFeeds(config, logger)).toThrow(/FEEDS_FILE=.*newsflow feeds add.*INGESTER_AUTH=none/s);
  });

  it('refuses an invalid feeds file, naming the field', () => {
    const file = path.join(dir(), 'feeds.json');
    writeFileSync(
      file,
      JSON.stringify({ feeds: [{ id: 'x', name: 'x', rateLimit: { perSecond: -1, burst: 1 } }] }),
    );
    expect(() => loadFeeds(loadConfig({ FEEDS_FILE: file }), logger)).toThrow(
      /\/feeds\/0\/rateLimit\/perSecond/,
    );
  });

  it('with INGESTER_AUTH=none, needs no file and gives every article the default feed', () => {
    const feeds = loadFeeds(
      loadConfig({ INGESTER_AUTH: 'none', FEEDS_FILE: path.join(dir(), 'none.json') }),
      logger,
    );
    expect(feeds.anonymous).toMatchObject({ id: 'public', sources: ['*'] });
    feeds.close();
  });

  it('re-reads the file when it changes', async () => {
    const file = path.join(dir(), 'feeds.json');
    addFeed(file, { name: 'first' });
    const feeds = loadFeeds(loadConfig({ FEEDS_FILE: file }), logger);
    const { key } = addFeed(file, { name: 'second' });
    const deadline = Date.now() + 5_000;
    while (!feeds.registry.authenticate(`Bearer ${key}`).ok && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    feeds.close();
    expect(feeds.registry.authenticate(`Bearer ${key}`)).toMatchObject({ ok: true, feed: { id: 'second' } });
  });
});

describe('loadConfig', () => {
  it('names a bad variable', () => {
    expect(() => loadConfig({ INGESTER_AUTH: 'off' })).toThrow(/INGESTER_AUTH/);
    expect(() => loadConfig({ INGESTER_BATCH_MAX_ITEMS: '0' })).toThrow(/INGESTER_BATCH_MAX_ITEMS/);
  });
});
