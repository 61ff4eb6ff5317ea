import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { FeedRegistry, readFeedsFile } from '@newsflow/feeds';
import { runCli } from '../../src/cli.js';
import { resolveFeedKey } from '../../src/feed-key.js';
import { runPush } from '../../src/commands/push.js';
import { accepted, captureIo, startStubIngester, type StubIngester } from '../helpers/stub-ingester.js';

describe('newsflow feeds', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'newsflow-cli-feeds-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('adds a feed to FEEDS_FILE and prints its key once; the file holds only its hash', async () => {
    const file = path.join(dir, 'feeds.json');
    const { io, stdout } = captureIo({ env: { FEEDS_FILE: file } });
    expect(
      await runCli(
        [
          'feeds',
          'add',
          'Example',
          'News',
          '--source',
          'example.org',
          '--source',
          'b.example',
          '--rate',
          '5',
        ],
        io,
      ),
    ).toBe(0);
    const key = /key \(shown once, store it now\): (nfk_\S+)/.exec(stdout())?.[1];
    expect(key).toBeDefined();
    const text = await readFile(file, 'utf8');
    expect(text).not.toContain(key);
    const feeds = readFeedsFile(file).feeds;
    expect(feeds).toMatchObject([
      {
        id: 'example-news',
        name: 'Example News',
        sources: ['example.org', 'b.example'],
        rateLimit: { perSecond: 5, burst: 200 },
      },
    ]);
    expect(new FeedRegistry(feeds).authenticate(`Bearer ${key}`)).toMatchObject({ ok: true });
  });

  it('lists feeds without their keys, and refuses a duplicate with exit 1', async () => {
    const file = path.join(dir, 'list.json');
    const add = captureIo();
    expect(
      await runCli(
        ['feeds', 'add', '--file', file, '--json', '--pull', 'https://example.org/rss', 'Pulled'],
        add.io,
      ),
    ).toBe(0);
    const { key } = JSON.parse(add.stdout()) as { key: string };
    const list = captureIo();
    expect(await runCli(['feeds', 'list', '--file', file], list.io)).toBe(0);
    expect(list.stdout()).toContain('pulled\tPulled\tsources=*');
    expect(list.stdout()).toContain('pull=https://example.org/rss every 300s');
    expect(list.stdout()).not.toContain(key.slice(4));
    const again = captureIo();
    expect(await runCli(['feeds', 'add', '--file', file, 'Pulled'], again.io)).toBe(1);
    expect(again.stderr()).toContain('NEWSFLOW_FEEDS_DUPLICATE');
  });

  it('reports bad usage with exit 2', async () => {
    for (const argv of [
      ['feeds'],
      ['feeds', 'remove', 'x'],
      ['feeds', 'add'],
      ['feeds', 'add', 'x', '--rate', '-1'],
      ['feeds', 'add', 'x', '--interval', '5'],
    ]) {
      const { io, stderr } = captureIo();
      expect(await runCli(argv, io)).toBe(2);
      expect(stderr()).toContain('Usage: newsflow feeds');
    }
  });
});

describe('the key newsflow push sends', () => {
  let dir: string;
  let stub: StubIngester | undefined;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'newsflow-cli-key-'));
    await mkdir(path.join(dir, '.newsflow'));
    await writeFile(path.join(dir, '.newsflow', 'demo-feed.key'), 'nfk_from-file\n');
    await writeFile(
      path.join(dir, 'a.json'),
      JSON.stringify({
        url: 'https://example.test/a',
        title: 'a',
        body: 'b',
        source: 'example.test',
        publishedAt: '2026-11-01T10:00:00Z',
      }),
    );
  });
  afterEach(async () => {
    await stub?.close();
    stub = undefined;
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('is --key, else NEWSFLOW_FEED_KEY, else the demo key file, else none', () => {
    expect(resolveFeedKey({ flag: 'nfk_flag', env: { NEWSFLOW_FEED_KEY: 'nfk_env' }, cwd: dir })).toBe(
      'nfk_flag',
    );
    expect(resolveFeedKey({ env: { NEWSFLOW_FEED_KEY: 'nfk_env' }, cwd: dir })).toBe('nfk_env');
    expect(resolveFeedKey({ env: {}, cwd: dir })).toBe('nfk_from-file');
    expect(resolveFeedKey({ env: {}, cwd: tmpdir() })).toBeUndefined();
  });

  it('goes in the Authorization header, and never into the output', async () => {
    stub = await startStubIngester([accepted('id-1')]);
    const { io, stdout, stderr } = captureIo({ env: { NEWSFLOW_FEED_KEY: 'nfk_secret-value' } });
    expect(await runPush(['--ingester', stub.url, path.join(dir, 'a.json')], io)).toBe(0);
    expect(stub.requests[0]?.headers['authorization']).toBe('Bearer nfk_secret-value');
    expect(stdout() + stderr()).not.toContain('secret-value');
  });
});
