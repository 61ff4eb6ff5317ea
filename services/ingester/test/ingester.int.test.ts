import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { decodeMessage, RawArticle, topicNames } from '@newsflow/contracts';
import { addFeed } from '@newsflow/feeds';
import { createKafka, readTopic } from '@newsflow/kafka';
import { createLogger } from '@newsflow/observability';
import { startIngester, type Ingester } from '../src/app.js';
import { loadConfig } from '../src/config.js';

const brokers = process.env['KAFKA_BROKERS'];
if (!brokers) throw new Error('KAFKA_BROKERS is not set: run with "npm test", which provides Kafka');

const prefix = `tingest${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
const lines: string[] = [];
const logger = createLogger({
  service: 'ingester',
  level: 'info',
  destination: new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  }),
});

const article = (n: number | string, extra: Record<string, unknown> = {}) => ({
  url: `https://example.org/news/${n}`,
  title: `Title ${n}`,
  body: `Body of article ${n}.`,
  source: 'example.org',
  publishedAt: '2026-11-20T10:00:00Z',
  ...extra,
});

const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Pulled</title>
<item><guid>pulled-1</guid><link>https://pulled.example/1</link><title>Pulled one</title><description>Polled text.</description></item>
</channel></rss>`;

describe('the ingester on real Kafka', () => {
  let ingester: Ingester;
  let base = '';
  let feedServer: Server;
  const keys = { main: '', narrow: '', slow: '' };

  beforeAll(async () => {
    feedServer = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' }).end(RSS);
    });
    await new Promise<void>((resolve) => feedServer.listen(0, '127.0.0.1', resolve));
    const feedUrl = `http://127.0.0.1:${(feedServer.address() as AddressInfo).port}/rss.xml`;

    const dir = mkdtempSync(path.join(tmpdir(), 'ingester-'));
    const feedsFile = path.join(dir, 'feeds.json');
    keys.main = addFeed(feedsFile, { name: 'main', rateLimit: { perSecond: 1_000, burst: 5_000 } }).key;
    keys.narrow = addFeed(feedsFile, { name: 'narrow', sources: ['narrow.example'] }).key;
    keys.slow = addFeed(feedsFile, { name: 'slow', rateLimit: { perSecond: 0.5, burst: 2 } }).key;
    addFeed(feedsFile, {
      name: 'pulled',
      sources: ['pulled.example'],
      pull: { url: feedUrl, intervalSeconds: 3_600 },
    });
    writeFileSync(path.join(dir, 'unused'), '');

    const config = loadConfig({
      KAFKA_BROKERS: brokers,
      NEWSFLOW_PREFIX: prefix,
      INGESTER_PORT: '0',
      FEEDS_FILE: feedsFile,
      INGESTER_BODY_LIMIT: '4096',
      INGESTER_BATCH_BODY_LIMIT: '65536',
      INGESTER_BATCH_MAX_ITEMS: '5',
    });
    ingester = await startIngester(config, logger);
    base = ingester.url;
  }, 60_000);

  afterAll(async () => {
    await ingester?.stop();
    await new Promise((resolve) => feedServer?.close(resolve));
  });

  const post = (
    route: string,
    body: string | Buffer,
    headers: Record<string, string> = {},
    key: string | null = keys.main,
  ): Promise<Response> =>
    fetch(`${base}${route}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(key ? { authorization: `Bearer ${key}` } : {}),
        ...headers,
      },
      body,
    });

  const expectProblem = async (
    response: Response,
    status: number,
    code: string,
  ): Promise<Record<string, unknown>> => {
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await response.json()) as Record<string, unknown>;
    expect(problem).toMatchObject({
      status,
      code,
      type: expect.any(String),
      title: expect.any(String),
      detail: expect.any(String),
    });
    return problem;
  };

  describe('authentication', () => {
    it('refuses a request without a key, or with a wrong one, with 401 and WWW-Authenticate', async () => {
      const none = await post('/v1/articles', JSON.stringify(article(1)), {}, null);
      await expectProblem(none, 401, 'NEWSFLOW_HTTP_UNAUTHORIZED');
      expect(none.headers.get('www-authenticate')).toBe('Bearer realm="newsflow"');
      const wrong = await post('/v1/articles', JSON.stringify(article(1)), {}, 'nfk_not-a-key');
      await expectProblem(wrong, 401, 'NEWSFLOW_HTTP_UNAUTHORIZED');
      expect(wrong.headers.get('www-authenticate')).toContain('invalid_token');
    });

    it('refuses a source the feed may not write with 403, naming the field', async () => {
      const problem = await expectProblem(
        await post('/v1/articles', JSON.stringify(article(2)), {}, keys.narrow),
        403,
        'NEWSFLOW_HTTP_FORBIDDEN',
      );
      expect(problem['errors']).toEqual([
        { pointer: '/source', message: expect.stringContaining('narrow.example') },
      ]);
      const ok = await post(
        '/v1/articles',
        JSON.stringify(article(2, { source: 'narrow.example' })),
        {},
        keys.narrow,
      );
      expect(ok.status).toBe(202);
    });

    it("gives a page without a source the feed's only source", async () => {
      const response = await post(
        '/v1/articles?url=https://narrow.example/p',
        'A title\n\nSome text.',
        { 'content-type': 'text/plain' },
        keys.narrow,
      );
      expect(response.status).toBe(202);
    });

    it('puts the feed id on the article and the log lines, and the key nowhere in the logs', async () => {
      const response = await post('/v1/articles', JSON.stringify(article('logged')), {
        'x-request-id': 'req-logged',
      });
      expect(response.status).toBe(202);
      expect(await response.json()).toMatchObject({ feedId: 'main', correlationId: 'req-logged' });
      const mine = lines
        .filter((line) => line.includes('req-logged'))
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(mine.some((line) => line['msg'] === 'article accepted' && line['feedId'] === 'main')).toBe(true);
      expect(mine.some((line) => line['msg'] === 'request completed' && line['feedId'] === 'main')).toBe(
        true,
      );
      for (const key of Object.values(keys)) expect(lines.join('\n')).not.toContain(key.slice(4));
    });
  });

  describe('errors', () => {
    it.each([
      ['broken JSON', '/v1/articles', '{"url":', {}, 400, 'NEWSFLOW_HTTP_MALFORMED_BODY'],
      ['a __proto__ key', '/v1/articles', '{"__proto__":{"x":1}}', {}, 400, 'NEWSFLOW_HTTP_MALFORMED_BODY'],
      [
        'an unsupported type',
        '/v1/articles',
        '<a/>',
        { 'content-type': 'application/xml' },
        415,
        'NEWSFLOW_HTTP_UNSUPPORTED_MEDIA_TYPE',
      ],
      [
        'NDJSON on the single route',
        '/v1/articles',
        '{}',
        { 'content-type': 'application/x-ndjson' },
        415,
        'NEWSFLOW_HTTP_UNSUPPORTED_MEDIA_TYPE',
      ],
      [
        'a body over the limit',
        '/v1/articles',
        JSON.stringify(article(3, { body: 'x'.repeat(5_000) })),
        {},
        413,
        'NEWSFLOW_HTTP_BODY_TOO_LARGE',
      ],
      [
        'invalid UTF-8',
        '/v1/articles',
        Buffer.from([0x41, 0xff, 0xfe, 0x42]),
        { 'content-type': 'text/plain' },
        400,
        'NEWSFLOW_HTTP_MALFORMED_BODY',
      ],
      [
        'an unknown charset',
        '/v1/articles',
        'x',
        { 'content-type': 'text/plain; charset=klingon' },
        415,
        'NEWSFLOW_HTTP_UNSUPPORTED_MEDIA_TYPE',
      ],
      [
        'an empty page',
        '/v1/articles',
        '  ',
        { 'content-type': 'text/plain' },
        400,
        'NEWSFLOW_HTTP_VALIDATION',
      ],
      ['a batch that is not an array', '/v1/articles:batch', '{}', {}, 400, 'NEWSFLOW_HTTP_MALFORMED_BODY'],
      ['an empty batch', '/v1/articles:batch', '[]', {}, 400, 'NEWSFLOW_HTTP_VALIDATION'],
      [
        'a batch with too many items',
        '/v1/articles:batch',
        JSON.stringify([1, 2, 3, 4, 5, 6].map((n) => article(n))),
        {},
        413,
        'NEWSFLOW_HTTP_TOO_MANY_ITEMS',
      ],
    ] as const)('answers %s with problem+json', async (_what, route, body, headers, status, code) => {
      await expectProblem(await post(route, body, headers), status, code);
    });

    it('names each bad field by JSON pointer, with what was expected', async () => {
      const problem = await expectProblem(
        await post(
          '/v1/articles',
          JSON.stringify(article(4, { url: 'nope', publishedAt: 'yesterday', authors: ['ok', 7] })),
        ),
        400,
        'NEWSFLOW_HTTP_VALIDATION',
      );
      const errors = problem['errors'] as Array<{ pointer: string; message: string }>;
      expect(errors.map((e) => e.pointer).sort()).toEqual(['/authors/1', '/publishedAt', '/url']);
      expect(errors.every((e) => e.message.length > 0)).toBe(true);
    });

    it('limits each feed to its rate with 429 and Retry-After, without touching other feeds', async () => {
      const statuses: number[] = [];
      let retryAfter: string | null = null;
      for (let i = 0; i < 4; i++) {
        const response = await post('/v1/articles', JSON.stringify(article(`slow-${i}`)), {}, keys.slow);
        statuses.push(response.status);
        if (response.status === 429) {
          retryAfter = response.headers.get('retry-after');
          await expectProblem(response, 429, 'NEWSFLOW_HTTP_RATE_LIMITED');
        } else await response.body?.cancel();
      }
      expect(statuses.slice(0, 2)).toEqual([202, 202]);
      expect(statuses.slice(2)).toContain(429);
      expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
      expect((await post('/v1/articles', JSON.stringify(article('not-slow')))).status).toBe(202);
    });
  });

  describe('batches', () => {
    it('answers each item of a JSON array: one bad item never sinks the batch', async () => {
      const response = await post(
        '/v1/articles:batch',
        JSON.stringify([article('b1'), { ...article('b2'), url: 'bad' }, article('b3'), article('b1')]),
        { 'x-request-id': 'batch-json' },
      );
      expect(response.status).toBe(200);
      const body = (await response.json()) as {
        accepted: number;
        rejected: number;
        items: Array<Record<string, unknown>>;
      };
      expect(body).toMatchObject({ feedId: 'main', correlationId: 'batch-json', accepted: 3, rejected: 1 });
      expect(body.items.map((i) => i['status'])).toEqual(['accepted', 'rejected', 'accepted', 'accepted']);
      expect(body.items[1]).toMatchObject({
        index: 1,
        code: 'NEWSFLOW_HTTP_VALIDATION',
        errors: [{ pointer: '/url' }],
      });
      expect(body.items[3]?.['id']).toBe(body.items[0]?.['id']);
    });

    it('answers each line of NDJSON, a broken line rejected alone', async () => {
      const ndjson = [
        JSON.stringify(article('n1')),
        '{"url": broken',
        '',
        JSON.stringify(article('n2', { source: 'elsewhere' })),
      ].join('\n');
      const response = await post(
        '/v1/articles:batch',
        ndjson,
        { 'content-type': 'application/x-ndjson' },
        keys.narrow,
      );
      expect(response.status).toBe(200);
      const body = (await response.json()) as { items: Array<Record<string, unknown>> };
      expect(body.items.map((i) => [i['index'], i['status'], i['code'] ?? null])).toEqual([
        [0, 'rejected', 'NEWSFLOW_HTTP_FORBIDDEN'],
        [1, 'rejected', 'NEWSFLOW_HTTP_MALFORMED_BODY'],
        [2, 'rejected', 'NEWSFLOW_HTTP_FORBIDDEN'],
      ]);
    });
  });

  describe('idempotency', () => {
    it('gives the same article the same id, and a changed one a new revision of it', async () => {
      const first = (await (await post('/v1/articles', JSON.stringify(article('same')))).json()) as {
        id: string;
        revision: number;
      };
      await new Promise((resolve) => setTimeout(resolve, 5));
      const changed = (await (
        await post('/v1/articles', JSON.stringify(article('same', { title: 'Corrected title' })))
      ).json()) as { id: string; revision: number };
      expect(changed.id).toBe(first.id);
      expect(changed.revision).toBeGreaterThan(first.revision);
      const byExternal = (await (
        await post('/v1/articles', JSON.stringify(article('ext-a', { externalId: 'E-1' })))
      ).json()) as { id: string };
      const movedUrl = (await (
        await post('/v1/articles', JSON.stringify(article('ext-b', { externalId: 'E-1' })))
      ).json()) as { id: string };
      expect(movedUrl.id).toBe(byExternal.id);
    });

    it('answers a retried Idempotency-Key with the first answer, and refuses it for another body with 422', async () => {
      const headers = { 'idempotency-key': `key-${Date.now()}` };
      const first = await post('/v1/articles:batch', JSON.stringify([article('idem')]), headers);
      const again = await post('/v1/articles:batch', JSON.stringify([article('idem')]), headers);
      expect(first.status).toBe(200);
      expect(again.status).toBe(200);
      expect(again.headers.get('idempotent-replayed')).toBe('true');
      expect(await again.text()).toBe(await first.text());
      await expectProblem(
        await post('/v1/articles:batch', JSON.stringify([article('other')]), headers),
        422,
        'NEWSFLOW_HTTP_IDEMPOTENCY_MISMATCH',
      );
      // Another feed may use the same key for its own request.
      expect(
        (
          await post(
            '/v1/articles',
            JSON.stringify(article('x', { source: 'narrow.example' })),
            headers,
            keys.narrow,
          )
        ).status,
      ).toBe(202);
      await expectProblem(
        await post('/v1/articles', '{}', { 'idempotency-key': 'é'.repeat(3) }),
        400,
        'NEWSFLOW_HTTP_VALIDATION',
      );
    });
  });

  describe('the OpenAPI document', () => {
    it('describes exactly the /v1 routes the server has', async () => {
      const document = (await (await fetch(`${base}/openapi.json`)).json()) as {
        openapi: string;
        paths: Record<string, Record<string, unknown>>;
      };
      expect(document.openapi).toBe('3.1.0');
      const documented = Object.entries(document.paths)
        .flatMap(([p, item]) => Object.keys(item).map((m) => `${m.toUpperCase()} ${p}`))
        .sort();
      const registered = ingester.routes
        .filter((route) => route.path.startsWith('/v1') && route.method !== 'HEAD')
        .map((route) => `${route.method} ${route.path}`)
        .sort();
      expect(registered).toEqual(documented);
      expect(registered).toEqual(['POST /v1/articles', 'POST /v1/articles:batch']);
    });

    it('has a self-contained docs page', async () => {
      const response = await fetch(`${base}/docs`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/html');
      const html = await response.text();
      expect(html).toContain('/v1/articles:batch');
      expect(html).toContain('NEWSFLOW_HTTP_RATE_LIMITED');
      expect(html).not.toMatch(/(src|href)=["']?(https?:)?\/\//);
      expect(html).not.toContain('<script');
    });
  });

  describe('pull', () => {
    it('polls an RSS feed and publishes its items through the same path', async () => {
      const kafka = createKafka({ brokers: brokers.split(','), clientId: 'test-reader', logger });
      const raw = topicNames(prefix).raw;
      let pulled: RawArticle | undefined;
      const deadline = Date.now() + 20_000;
      while (!pulled && Date.now() < deadline) {
        const { messages } = await readTopic(kafka, raw, { timeoutMs: 10_000 });
        pulled = messages
          .map((m) => decodeMessage(RawArticle, m.value, 'raw article'))
          .find((a) => a.feedId === 'pulled');
        if (!pulled) await new Promise((resolve) => setTimeout(resolve, 500));
      }
      expect(pulled).toMatchObject({
        feedId: 'pulled',
        source: 'pulled.example',
        url: 'https://pulled.example/1',
        externalId: 'pulled-1',
        content: { format: 'article', title: 'Pulled one', body: 'Polled text.' },
      });
    }, 30_000);

    it('wrote only valid raw articles, each with its feed id in header and body', async () => {
      const kafka = createKafka({ brokers: brokers.split(','), clientId: 'test-reader', logger });
      const { messages } = await readTopic(kafka, topicNames(prefix).raw, { timeoutMs: 20_000 });
      expect(messages.length).toBeGreaterThan(5);
      for (const message of messages) {
        const value = decodeMessage(RawArticle, message.value, 'raw article');
        expect(message.headers['x-feed-id']).toBe(value.feedId);
        expect(message.key).toBe(value.id);
      }
    }, 30_000);
  });
});
