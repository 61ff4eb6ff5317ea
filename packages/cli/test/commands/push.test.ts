import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli.js';
import { DEFAULT_INGESTER_URL, parsePushArgs, runPush } from '../../src/commands/push.js';
import { UsageError } from '../../src/errors.js';
import {
  accepted,
  captureIo,
  invalid,
  startStubIngester,
  unavailable,
  type StubIngester,
} from '../helpers/stub-ingester.js';

describe('parsePushArgs', () => {
  it('has defaults for everything but the inputs', () => {
    expect(parsePushArgs(['samples/articles'])).toEqual({
      inputs: ['samples/articles'],
      ingester: DEFAULT_INGESTER_URL,
      pageParams: {},
      format: 'auto',
      concurrency: 4,
      retry: { retries: 3, baseDelayMs: 500, maxDelayMs: 30_000 },
      timeoutMs: 30_000,
      json: false,
      help: false,
    });
  });

  it('reads every option, and INGESTER_URL when --ingester is absent', () => {
    const options = parsePushArgs(
      [
        '--source',
        'harbor-gazette.example',
        '--published-at',
        '2026-11-03T08:00:00+01:00',
        '--language',
        'en',
        '--url',
        'https://harbor-gazette.example/p',
        '--concurrency',
        '8',
        '--retries',
        '0',
        '--timeout',
        '2.5',
        '--format',
        'html',
        '--json',
        'page.txt',
        '-',
      ],
      { INGESTER_URL: 'http://ingester:8081' },
    );
    expect(options).toMatchObject({
      inputs: ['page.txt', '-'],
      ingester: 'http://ingester:8081',
      pageParams: {
        source: 'harbor-gazette.example',
        publishedAt: '2026-11-03T08:00:00+01:00',
        language: 'en',
        url: 'https://harbor-gazette.example/p',
      },
      format: 'html',
      concurrency: 8,
      retry: { retries: 0 },
      timeoutMs: 2_500,
      json: true,
    });
    expect(
      parsePushArgs(['--ingester', 'https://x.example', 'f'], { INGESTER_URL: 'http://y' }).ingester,
    ).toBe('https://x.example');
  });

  it.each([
    [['--concurrency', '0', 'f'], /--concurrency: /],
    [['--concurrency', 'many', 'f'], /--concurrency: /],
    [['--retries=-1', 'f'], /--retries: /],
    [['--ingester', 'ftp://x', 'f'], /--ingester: an http\(s\) URL/],
    [['--published-at', 'yesterday', 'f'], /--published-at: /],
    [['--url', 'not a url', 'f'], /--url: /],
    [['--language', 'english', 'f'], /--language: /],
    [['--format', 'xml', 'f'], /--format: /],
    [['--bogus', 'f'], /bogus/],
    [[], /nothing to push/],
  ])('refuses %j', (argv, message) => {
    expect(() => parsePushArgs(argv)).toThrow(UsageError);
    expect(() => parsePushArgs(argv)).toThrow(message);
  });

  it('names INGESTER_URL when the bad URL came from the environment', () => {
    expect(() => parsePushArgs(['f'], { INGESTER_URL: 'localhost:8081' })).toThrow(/^INGESTER_URL: /);
  });
});

describe('runPush against a stub ingester', () => {
  let dir: string;
  let stub: StubIngester | undefined;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'newsflow-cli-push-'));
    const article = (title: string) => ({
      url: `https://example.test/${title}`,
      title,
      body: 'Body',
      source: 'example.test',
      publishedAt: '2026-11-01T10:00:00+00:00',
    });
    await writeFile(path.join(dir, 'a.json'), JSON.stringify([article('good'), article('bad')]));
    await writeFile(path.join(dir, 'b.txt'), 'A page');
    await writeFile(path.join(dir, 'c.json'), '{');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  afterEach(async () => {
    await stub?.close();
    stub = undefined;
  });

  const byTitle = (request: { body: string }) => {
    if (request.body === 'A page') return accepted('page-id');
    const { title } = JSON.parse(request.body) as { title: string };
    return title === 'good'
      ? accepted('good-id')
      : invalid([{ pointer: '/publishedAt', message: 'Invalid ISO datetime' }]);
  };

  it('prints accepted ids, rejections with their pointers, and exits 1', async () => {
    stub = await startStubIngester(byTitle);
    const { io, stdout } = captureIo();

    const code = await runPush(['--ingester', stub.url, dir], io);

    expect(code).toBe(1);
    const text = stdout();
    expect(text).toMatch(
      /^pushed 4 to http:\/\/127\.0\.0\.1:\d+\/v1\/articles in \d+\.\ds: 2 accepted, 2 rejected, 0 failed, 0 retries\n/,
    );
    expect(text).toContain(`${path.join(dir, 'a.json')}[0]  id=good-id revision=1700000000000`);
    expect(text).toContain(`${path.join(dir, 'b.txt')}  id=page-id`);
    expect(text).toContain(
      `${path.join(dir, 'a.json')}[1]  400 NEWSFLOW_HTTP_VALIDATION: invalid article: /publishedAt Invalid ISO datetime`,
    );
    expect(text).toContain('      /publishedAt  Invalid ISO datetime');
    expect(text).toContain(`${path.join(dir, 'c.json')}  not sent NEWSFLOW_CLI_INPUT: not JSON: `);
    expect(stub.requests).toHaveLength(3);
  });

  it('prints one JSON document with --json', async () => {
    stub = await startStubIngester(byTitle);
    const { io, stdout } = captureIo();

    const code = await runPush(['--json', '--ingester', stub.url, path.join(dir, 'a.json')], io);

    expect(code).toBe(1);
    const summary = JSON.parse(stdout()) as Record<string, unknown>;
    expect(summary).toMatchObject({
      total: 2,
      counts: { accepted: 1, rejected: 1, failed: 0 },
      retries: 0,
      accepted: [{ label: `${path.join(dir, 'a.json')}[0]`, id: 'good-id', attempts: 1 }],
      rejected: [{ status: 400, errors: [{ pointer: '/publishedAt', message: 'Invalid ISO datetime' }] }],
      failed: [],
    });
  });

  it('waits out a real Retry-After, then exits 0 with the retry counted', async () => {
    stub = await startStubIngester([unavailable(1), accepted('late')]);
    const { io, stdout } = captureIo();
    const started = Date.now();

    const code = await runPush(['--ingester', stub.url, path.join(dir, 'b.txt')], io);

    expect(code).toBe(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(stdout()).toContain('1 accepted, 0 rejected, 0 failed, 1 retries (on 1 items)');
  });

  it('draws progress with rate and ETA on a terminal only', async () => {
    stub = await startStubIngester(byTitle);
    const tty = captureIo({ tty: true });
    await runPush(['--ingester', stub.url, path.join(dir, 'b.txt')], tty.io);
    expect(tty.stderr()).toMatch(/1\/1 \(100%\) 1 accepted, 0 rejected, 0 failed · [\d.]+\/s · ETA 0s/);

    const piped = captureIo({ tty: false });
    await runPush(['--ingester', stub.url, path.join(dir, 'b.txt')], piped.io);
    expect(piped.stderr()).toBe('');
  });

  it('refuses --url for more than one page, with usage and exit 2', async () => {
    await writeFile(path.join(dir, 'd.txt'), 'Another page');
    const { io, stderr } = captureIo();
    const code = await runCli(
      ['push', '--url', 'https://example.test/one', path.join(dir, 'b.txt'), path.join(dir, 'd.txt')],
      io,
    );
    expect(code).toBe(2);
    expect(stderr()).toMatch(
      /^newsflow push: --url and --external-id name one page, but 2 pages are being pushed\n\nUsage: newsflow push/,
    );
    await rm(path.join(dir, 'd.txt'));
  });

  it('reads stdin for "-"', async () => {
    stub = await startStubIngester([accepted('from-stdin')]);
    const { io, stdout } = captureIo({ stdin: 'Scraped title\n\nScraped body' });
    const code = await runPush(['--ingester', stub.url, '--source', 'stdin.example', '-'], io);
    expect(code).toBe(0);
    expect(stdout()).toContain('stdin  id=from-stdin');
    expect(stub.requests[0]?.url).toBe('/v1/articles?source=stdin.example');
    expect(stub.requests[0]?.headers['content-type']).toBe('text/plain; charset=utf-8');
  });
});
