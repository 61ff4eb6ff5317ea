import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import {
  addFeed,
  ensureDemoFeed,
  FeedRegistry,
  FeedsError,
  feedIdFromName,
  hashKey,
  readFeedsFile,
} from '@newsflow/feeds';

const dir = (): string => mkdtempSync(path.join(tmpdir(), 'feeds-'));

describe('the feeds file', () => {
  it('gets a feed with a hashed key, the key returned once', () => {
    const file = path.join(dir(), 'nested', 'feeds.json');
    const { feed, key } = addFeed(file, { name: 'Example News!', sources: ['example.org'] });
    expect(feed).toMatchObject({
      id: 'example-news',
      sources: ['example.org'],
      rateLimit: { perSecond: 50, burst: 200 },
    });
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain(key);
    expect(text).toContain(hashKey(key));
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const registry = new FeedRegistry(readFeedsFile(file).feeds);
    expect(registry.authenticate(`Bearer ${key}`)).toMatchObject({ ok: true, feed: { id: 'example-news' } });
  });

  it('refuses a second feed with the same id', () => {
    const file = path.join(dir(), 'feeds.json');
    addFeed(file, { name: 'one' });
    expect(() => addFeed(file, { name: 'One' })).toThrow(FeedsError);
  });

  it('names the bad field of an invalid file', () => {
    const file = path.join(dir(), 'feeds.json');
    writeFileSync(file, JSON.stringify({ feeds: [{ id: 'Bad Id', name: 'x', extra: 1 }] }));
    expect(() => readFeedsFile(file)).toThrow(/\/feeds\/0\/id/);
    writeFileSync(file, '{');
    expect(() => readFeedsFile(file)).toThrow(/not JSON/);
    expect(() => readFeedsFile(path.join(dir(), 'missing.json'))).toThrow(/cannot read/);
  });

  it('makes feed ids from names', () => {
    expect(feedIdFromName('  Le Monde — Économie ')).toBe('le-monde-economie');
    expect(feedIdFromName('!!!')).toBe('feed');
  });

  it('keeps one demo feed and its key across starts', () => {
    const where = dir();
    const first = ensureDemoFeed(where);
    expect(first.created).toBe(true);
    const key = readFileSync(first.keyFile, 'utf8').trim();
    expect(statSync(first.keyFile).mode & 0o777).toBe(0o600);
    const again = ensureDemoFeed(where);
    expect(again.created).toBe(false);
    expect(readFileSync(again.keyFile, 'utf8').trim()).toBe(key);
    const registry = new FeedRegistry(readFeedsFile(first.feedsFile).feeds);
    expect(registry.authenticate(`Bearer ${key}`)).toMatchObject({ ok: true, feed: { id: 'demo' } });
    // A lost key file gives a new key, and the old one stops working.
    writeFileSync(first.keyFile, 'nfk_wrong\n');
    const renewed = ensureDemoFeed(where);
    expect(renewed.created).toBe(true);
    expect(new FeedRegistry(readFeedsFile(first.feedsFile).feeds).authenticate(`Bearer ${key}`).ok).toBe(
      false,
    );
  });
});
