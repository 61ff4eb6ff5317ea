// Throws random and adversarial requests at the running ingester process (built, real Kafka) and checks
// that it never answers 5xx, never crashes, refuses everything with a catalogued problem+json, stays
// within bounded memory, and writes only valid RawArticle messages to the raw topic.
import { mkdtempSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { decodeMessage, RawArticle, topicNames } from '@newsflow/contracts';
import { addFeed } from '@newsflow/feeds';
import { HTTP_ERROR_CODES } from '@newsflow/http';
import { createKafka, readTopic } from '@newsflow/kafka';
import { createLogger } from '@newsflow/observability';
import {
  requiredEnv,
  saveLogs,
  startService,
  uniquePrefix,
  type ServiceProcess,
} from '../support/services.js';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 250);
const BODY_LIMIT = 64 * 1_024;
const BATCH_LIMIT = 256 * 1_024;
const MAX_ITEMS = 20;

interface Sent {
  readonly route: '/v1/articles' | '/v1/articles:batch';
  readonly query: string;
  readonly contentType: string | undefined;
  readonly body: Buffer;
  readonly auth: 'valid' | 'narrow' | 'missing' | 'garbage';
}

// ---------- arbitraries ----------

/** Every byte of the UTF-8 (lone surrogates become U+FFFD), so any string can go in a query. */
const percentEncode = (text: string): string =>
  [...Buffer.from(text, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');

const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    '\u0000\u0001\u0007\u001b[31m\u007f',
    '\u202e\u200b\ufeff',
    '\ud800',
    '../../etc/passwd',
    '%00',
    '${jndi:ldap://x}',
    '__proto__',
    'constructor',
    ' ',
    '',
  ),
  fc.constant('x'.repeat(BODY_LIMIT + 10)),
  fc.string({ minLength: 1_000, maxLength: 3_000 }),
);

const anyValue = fc.oneof(
  nasty,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(nasty, { maxLength: 3 }),
  fc.jsonValue({ maxDepth: 3 }),
);

const validArticle = fc.record({
  url: fc.webUrl({ validSchemes: ['https'] }),
  title: fc.string({ minLength: 1, maxLength: 80 }).filter((s) => s.trim().length > 0),
  body: fc.string({ minLength: 1, maxLength: 500 }).filter((s) => s.trim().length > 0),
  source: fc.constantFrom('example.org', 'fuzz.example'),
  publishedAt: fc
    .date({ min: new Date('2000-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString()),
  authors: fc.array(
    fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim().length > 0),
    { maxLength: 3 },
  ),
});

/** A valid article with some fields replaced by anything, and maybe hostile extra keys. */
const mutatedArticle = fc
  .tuple(
    validArticle,
    fc.dictionary(
      fc.constantFrom(
        'url',
        'title',
        'body',
        'source',
        'publishedAt',
        'authors',
        'tags',
        'language',
        'externalId',
      ),
      anyValue,
      { maxKeys: 3 },
    ),
    fc.option(fc.constantFrom('__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString'), {
      nil: undefined,
    }),
  )
  .map(([article, changes, hostile]) => {
    const text = JSON.stringify({ ...article, ...changes });
    return hostile
      ? text.replace(/^\{/, `{"${hostile}":{"polluted":true,"prototype":{"polluted":true}},`)
      : text;
  });

const deepJson = fc
  .integer({ min: 20, max: 20_000 })
  .chain((depth) =>
    fc.constantFrom(
      `${'['.repeat(depth)}${']'.repeat(depth)}`,
      `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`,
      `${'['.repeat(depth)}`,
    ),
  );

const jsonText = fc.oneof(
  { weight: 4, arbitrary: mutatedArticle },
  { weight: 2, arbitrary: validArticle.map((a) => JSON.stringify(a)) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 5 }).map((v) => JSON.stringify(v) ?? 'null') },
  { weight: 1, arbitrary: deepJson },
  { weight: 1, arbitrary: fc.string({ maxLength: 300 }) },
);

const ndjson = fc
  .array(fc.oneof(jsonText, fc.constantFrom('{broken', '', '   ', '\r', '{"url":', 'null', '[]', '\u0000')), {
    minLength: 0,
    maxLength: MAX_ITEMS + 3,
  })
  .map((lines) => lines.join('\n'));

const jsonArray = fc
  .array(
    fc.oneof(
      mutatedArticle,
      validArticle.map((a) => JSON.stringify(a)),
      fc.constant('1'),
    ),
    { minLength: 0, maxLength: MAX_ITEMS + 3 },
  )
  .map((items) => `[${items.join(',')}]`);

const utf8 = (text: string): Buffer => Buffer.from(text, 'utf8');

const body = fc.oneof(
  { weight: 5, arbitrary: jsonText.map(utf8) },
  { weight: 2, arbitrary: nasty.map(utf8) },
  { weight: 2, arbitrary: fc.uint8Array({ maxLength: 2_000 }).map((bytes) => Buffer.from(bytes)) },
  { weight: 1, arbitrary: fc.constant(Buffer.from([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x3a, 0x31, 0x7d])) },
  { weight: 1, arbitrary: fc.constant(Buffer.alloc(BATCH_LIMIT + 1, 0x61)) },
);

const query = fc.oneof(
  fc.constant(''),
  fc.constant('?source=fuzz.example&url=https://fuzz.example/p'),
  fc
    .dictionary(
      fc.constantFrom(
        'source',
        'url',
        'publishedAt',
        'language',
        'externalId',
        '__proto__',
        'constructor',
        'x',
      ),
      nasty.map((s) => s.slice(0, 200)),
      { maxKeys: 4 },
    )
    .map(
      (params) =>
        `?${Object.entries(params)
          .map(([k, v]) => `${encodeURIComponent(k)}=${percentEncode(v)}`)
          .join('&')}`,
    ),
  fc.constant('?source=a&source=b'),
  fc.constant('?source[__proto__][x]=1'),
);

const contentType = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      'application/json',
      'application/json; charset=utf-8',
      'text/plain',
      'text/html',
    ),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'application/json',
      'application/json; charset=utf-8',
      'application/json; charset=latin1',
      'application/json; charset=klingon',
      'application/x-ndjson',
      'text/plain',
      'text/plain; charset=utf-16le',
      'text/html',
      'application/xml',
      'multipart/form-data; boundary=x',
      'application/x-www-form-urlencoded',
      '',
      undefined,
    ),
  },
);

const request: fc.Arbitrary<Sent> = fc.oneof(
  fc.record({
    route: fc.constant('/v1/articles' as const),
    query,
    contentType,
    body,
    auth: fc.constantFrom('valid', 'valid', 'valid', 'narrow', 'missing', 'garbage'),
  }),
  fc
    .record({
      route: fc.constant('/v1/articles:batch' as const),
      query: fc.constant(''),
      contentType: fc.constantFrom('application/json', 'application/x-ndjson', 'text/plain'),
      body: fc.oneof(ndjson.map(utf8), jsonArray.map(utf8), body),
      auth: fc.constantFrom('valid', 'valid', 'narrow', 'missing'),
    })
    .map((r) => ({
      ...r,
      contentType: r.contentType,
    })),
);

// ---------- helpers ----------

function rssOf(pid: number | undefined): number {
  if (!pid) return 0;
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /VmRSS:\s+(\d+)/.exec(status)?.[1];
  return Number(kb ?? 0) * 1_024;
}

/** A raw HTTP request over a socket: for uploads that are slow, stalled or cut short. */
function rawRequest(
  port: number,
  head: string,
  chunks: readonly Buffer[],
  options: { delayMs: number; end: 'finish' | 'destroy' | 'hold'; holdMs?: number },
): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    let hold: NodeJS.Timeout | undefined;
    const done = (): void => {
      clearTimeout(hold);
      resolve(answer);
    };
    socket.on('data', (data) => (answer += data.toString('latin1')));
    socket.on('error', done);
    socket.on('close', done);
    socket.on('connect', async () => {
      socket.write(head);
      for (const chunk of chunks) {
        if (socket.destroyed) return;
        socket.write(chunk);
        await new Promise((r) => setTimeout(r, options.delayMs));
      }
      if (options.end === 'destroy') socket.destroy();
      else if (options.end === 'hold') hold = setTimeout(() => socket.destroy(), options.holdMs ?? 5_000);
    });
  });
}

const CATALOGUE = HTTP_ERROR_CODES as Record<string, { status: number }>;

// ---------- the test ----------

describe('the ingester process under random and hostile input', () => {
  const prefix = uniquePrefix('fuzz');
  let ingester: ServiceProcess;
  let port = 0;
  let base = '';
  const keys = { valid: '', narrow: '' };
  let rssBefore = 0;
  const statuses = new Map<number, number>();

  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fuzz-'));
    const feedsFile = path.join(dir, 'feeds.json');
    keys.valid = addFeed(feedsFile, { name: 'fuzz', rateLimit: { perSecond: 100_000, burst: 100_000 } }).key;
    keys.narrow = addFeed(feedsFile, {
      name: 'narrow',
      sources: ['narrow.example'],
      rateLimit: { perSecond: 100_000, burst: 100_000 },
    }).key;
    ingester = startService('ingester', {
      KAFKA_BROKERS: requiredEnv('KAFKA_BROKERS'),
      NEWSFLOW_PREFIX: prefix,
      FEEDS_FILE: feedsFile,
      INGESTER_POLL: 'off',
      INGESTER_BODY_LIMIT: String(BODY_LIMIT),
      INGESTER_BATCH_BODY_LIMIT: String(BATCH_LIMIT),
      INGESTER_BATCH_MAX_ITEMS: String(MAX_ITEMS),
      INGESTER_REQUEST_TIMEOUT_MS: '2000',
    });
    base = await ingester.waitReady(60_000);
    port = Number(new URL(base).port);
    // Warm up, so the baseline includes what any first requests allocate.
    for (let i = 0; i < 20; i++) {
      await fetch(`${base}/v1/articles`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${keys.valid}` },
        body: JSON.stringify({
          url: `https://example.org/warm/${i}`,
          title: 'warm',
          body: 'warm',
          source: 'example.org',
          publishedAt: '2026-01-01T00:00:00Z',
        }),
      });
    }
    rssBefore = rssOf(ingester.child.pid);
  }, 90_000);

  afterAll(async () => {
    const code = await ingester?.stop();
    if (ingester) saveLogs([ingester], 'fuzz');
    expect(code).toBe(0);
  }, 30_000);

  const send = async (sent: Sent): Promise<Response> => {
    const headers: Record<string, string> = {};
    if (sent.contentType !== undefined) headers['content-type'] = sent.contentType;
    if (sent.auth === 'valid') headers['authorization'] = `Bearer ${keys.valid}`;
    if (sent.auth === 'narrow') headers['authorization'] = `Bearer ${keys.narrow}`;
    if (sent.auth === 'garbage') headers['authorization'] = 'Bearer \u00ff'.replace('\u00ff', 'nfk_garbage');
    return fetch(`${base}${sent.route}${sent.query}`, { method: 'POST', headers, body: sent.body });
  };

  it(`answers ${RUNS} random and hostile requests without a 5xx, each refusal a catalogued problem`, async () => {
    await fc.assert(
      fc.asyncProperty(request, async (sent) => {
        const response = await send(sent);
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        const text = await response.text();
        expect(response.status).toBeLessThan(500);
        if (response.status >= 400) {
          expect(response.headers.get('content-type')).toContain('application/problem+json');
          const problem = JSON.parse(text) as { status: number; code: string; detail: string; title: string };
          expect(CATALOGUE[problem.code]?.status).toBe(response.status);
          expect(problem.status).toBe(response.status);
          expect(problem.detail.length).toBeGreaterThan(0);
          if (response.status === 401) expect(['missing', 'garbage']).toContain(sent.auth);
          return;
        }
        expect(['valid', 'narrow']).toContain(sent.auth);
        const answer = JSON.parse(text) as {
          id?: string;
          items?: Array<{ status: string; code?: string; id?: string }>;
        };
        if (sent.route === '/v1/articles') {
          expect(response.status).toBe(202);
          expect(answer.id).toMatch(/^[0-9a-f]{32}$/);
        } else {
          expect(response.status).toBe(200);
          for (const item of answer.items ?? []) {
            if (item.status === 'accepted') expect(item.id).toMatch(/^[0-9a-f]{32}$/);
            else expect(CATALOGUE[item.code ?? '']).toBeDefined();
          }
        }
      }),
      { numRuns: RUNS, interruptAfterTimeLimit: 70_000 },
    );
    // The run must have exercised both sides.
    expect([...statuses.keys()].some((s) => s < 300)).toBe(true);
    expect([...statuses.keys()].some((s) => s >= 400)).toBe(true);
  }, 90_000);

  it('survives slow, stalled and truncated uploads', async () => {
    const article = Buffer.from(
      JSON.stringify({
        url: 'https://example.org/slow',
        title: 'Slow',
        body: 'Sent a byte at a time.',
        source: 'example.org',
        publishedAt: '2026-01-01T00:00:00Z',
      }),
    );
    const head = (length: number): string =>
      `POST /v1/articles HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nAuthorization: Bearer ${keys.valid}\r\nContent-Length: ${length}\r\nConnection: close\r\n\r\n`;
    const chunks = Array.from({ length: Math.ceil(article.length / 8) }, (_, i) =>
      article.subarray(i * 8, i * 8 + 8),
    );

    const slow = await rawRequest(port, head(article.length), chunks, { delayMs: 20, end: 'finish' });
    expect(slow).toMatch(/^HTTP\/1\.1 202/);

    const truncated = await Promise.all(
      Array.from({ length: 20 }, () =>
        rawRequest(port, head(10_000), [article.subarray(0, 30)], { delayMs: 5, end: 'destroy' }),
      ),
    );
    expect(truncated.every((answer) => !/^HTTP\/1\.1 5/.test(answer))).toBe(true);

    // Stalled: never sends the rest; the server cuts it off after INGESTER_REQUEST_TIMEOUT_MS.
    const started = Date.now();
    const stalled = await rawRequest(port, head(10_000), [article.subarray(0, 30)], {
      delayMs: 5,
      end: 'hold',
      holdMs: 15_000,
    });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(stalled).not.toMatch(/^HTTP\/1\.1 5/);

    const headerOnly = await rawRequest(port, 'POST /v1/articles HTTP/1.1\r\nHost: x\r\nContent-Le', [], {
      delayMs: 1,
      end: 'destroy',
    });
    expect(headerOnly).not.toMatch(/^HTTP\/1\.1 5/);

    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  }, 60_000);

  it('is still alive, within bounded memory, and never logged a key', async () => {
    expect(ingester.child.exitCode).toBeNull();
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    const rssAfter = rssOf(ingester.child.pid);
    // Generous: bodies are bounded (64 KiB, 256 KiB batches) and nothing is retained per request
    // except bounded caches, so growth is garbage not yet collected, not a leak.
    expect(rssAfter - rssBefore).toBeLessThan(200 * 1_048_576);
    const logs = ingester.lines.join('\n');
    expect(logs).not.toContain(keys.valid.slice(4));
    expect(logs).not.toContain(keys.narrow.slice(4));
    expect(logs).not.toContain('"level":"fatal"');
    process.stdout.write(
      `fuzz statuses: ${JSON.stringify(Object.fromEntries([...statuses].sort()))}; rss ${Math.round(rssBefore / 1e6)} → ${Math.round(rssAfter / 1e6)} MB\n`,
    );
  });

  it('wrote only valid raw articles to the raw topic', async () => {
    const kafka = createKafka({
      brokers: requiredEnv('KAFKA_BROKERS').split(','),
      clientId: 'fuzz-reader',
      logger: createLogger({ service: 'fuzz', level: 'silent' }),
    });
    const { messages } = await readTopic(kafka, topicNames(prefix).raw, { timeoutMs: 30_000 });
    expect(messages.length).toBeGreaterThan(20);
    for (const message of messages) {
      const article = decodeMessage(RawArticle, message.value, 'raw article');
      expect(['fuzz', 'narrow']).toContain(article.feedId);
      expect(message.headers['x-feed-id']).toBe(article.feedId);
      expect(message.key).toBe(article.id);
      if (article.feedId === 'narrow') expect(article.source).toBe('narrow.example');
      expect(
        Object.prototype.hasOwnProperty.call(
          JSON.parse(message.value?.toString('utf8') ?? '{}'),
          '__proto__',
        ),
      ).toBe(false);
    }
  }, 60_000);
});
