import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { FeedConfig, Submission } from '@newsflow/contracts';
import { FeedPoller } from '@newsflow/feeds';

const rss = (items: Array<{ guid: string; title: string }>): string =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>${items
    .map(
      (i) =>
        `<item><guid>${i.guid}</guid><link>https://example.org/${i.guid}</link><title>${i.title}</title><description>Body of ${i.title}</description></item>`,
    )
    .join('')}</channel></rss>`;

/** A feed server on loopback: serves `document` with an ETag, answers 304 when it matches, or fails on demand. */
class FeedServer {
  document = rss([]);
  failWith: number | undefined;
  readonly requests: Array<{ url: string; ifNoneMatch?: string | undefined }> = [];
  server: Server = createServer((request: IncomingMessage, response: ServerResponse) => {
    this.requests.push({ url: request.url ?? '', ifNoneMatch: request.headers['if-none-match'] });
    if (this.failWith) {
      response.writeHead(this.failWith, { 'retry-after': '0' }).end('no');
      return;
    }
    const etag = `"${Buffer.from(this.document).length}-${this.document.length % 97}"`;
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'application/rss+xml', etag }).end(this.document);
  });
  url = '';
  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }
}

const silent = { info: () => undefined, warn: () => undefined };

describe('FeedPoller', () => {
  const server = new FeedServer();
  beforeAll(() => server.start());
  afterAll(() => new Promise<void>((resolve) => server.server.close(() => resolve())));

  const feed = (path: string): FeedConfig => ({
    id: 'pulled',
    name: 'pulled',
    sources: ['example.org'],
    rateLimit: { perSecond: 10, burst: 10 },
    disabled: false,
    pull: { url: `${server.url}${path}`, intervalSeconds: 60 },
  });

  it('publishes new and changed items only, and asks with the ETag it was given', async () => {
    const delivered: Submission[][] = [];
    const poller = new FeedPoller({
      feeds: () => [],
      logger: silent,
      deliver: async (_f, s) => void delivered.push([...s]),
    });
    const target = feed('/a.xml');
    server.document = rss([
      { guid: 'one', title: 'First' },
      { guid: 'two', title: 'Second' },
    ]);
    expect(await poller.poll(target)).toEqual({ status: 'ok', items: 2, published: 2, skipped: 0 });
    expect(delivered[0]?.map((s) => (s.kind === 'article' ? s.article.source : s.params.source))).toEqual([
      'example.org',
      'example.org',
    ]);

    expect(await poller.poll(target)).toEqual({ status: 'not-modified' });
    expect(server.requests.at(-1)?.ifNoneMatch).toBeDefined();

    server.document = rss([
      { guid: 'one', title: 'First' },
      { guid: 'two', title: 'Second, corrected' },
      { guid: 'three', title: 'Third' },
    ]);
    expect(await poller.poll(target)).toEqual({ status: 'ok', items: 3, published: 2, skipped: 0 });
    expect(delivered[1]?.map((s) => (s.kind === 'article' ? s.article.title : ''))).toEqual([
      'Second, corrected',
      'Third',
    ]);
  });

  it('backs off exponentially on errors, and does not mark items seen when delivery fails', async () => {
    let deliveries = 0;
    let failDelivery = true;
    const poller = new FeedPoller({
      feeds: () => [],
      logger: silent,
      deliver: async () => {
        deliveries++;
        if (failDelivery) throw new Error('Kafka down');
      },
    });
    const target = feed('/b.xml');
    server.document = rss([{ guid: 'x', title: 'X' }]);
    const first = await poller.poll(target);
    expect(first).toMatchObject({ status: 'failed', reason: 'Kafka down' });
    failDelivery = false;
    // Delivered again: the failed poll neither marked the item seen nor kept the ETag.
    expect(await poller.poll(target)).toMatchObject({ status: 'ok', published: 1 });
    expect(deliveries).toBe(2);

    server.failWith = 500;
    const a = await poller.poll(target);
    const b = await poller.poll(target);
    server.failWith = undefined;
    expect(a).toMatchObject({ status: 'failed', reason: 'HTTP 500' });
    if (a.status !== 'failed' || b.status !== 'failed') throw new Error('expected failures');
    // 60 s interval: 2 × then 4 ×, each ±20 %.
    expect(a.retryInMs).toBeGreaterThanOrEqual(96_000);
    expect(a.retryInMs).toBeLessThanOrEqual(144_000);
    expect(b.retryInMs).toBeGreaterThanOrEqual(192_000);
  });

  it('fails on a document that is not a feed, and on a server that does not answer', async () => {
    const poller = new FeedPoller({
      feeds: () => [],
      logger: silent,
      deliver: async () => undefined,
      timeoutMs: 500,
    });
    server.document = '<html></html>';
    expect(await poller.poll(feed('/c.xml'))).toMatchObject({
      status: 'failed',
      reason: expect.stringContaining('neither'),
    });
    const closed = { ...feed('/d.xml'), pull: { url: 'http://127.0.0.1:9/feed.xml', intervalSeconds: 1 } };
    expect(await poller.poll(closed)).toMatchObject({
      status: 'failed',
      reason: expect.stringContaining('fetch failed'),
    });
  });

  it('polls due feeds on its own, at most `concurrency` at once, until stopped', async () => {
    server.document = rss([{ guid: 'scheduled', title: 'Scheduled' }]);
    const feeds = [1, 2, 3].map((n) => ({ ...feed(`/s${n}.xml`), id: `s${n}` }));
    let running = 0;
    let most = 0;
    const seen: string[] = [];
    const poller = new FeedPoller({
      feeds: () => feeds,
      logger: silent,
      concurrency: 2,
      tickMs: 20,
      deliver: async (f) => {
        running++;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 100));
        seen.push(f.id);
        running--;
      },
    });
    poller.start();
    const deadline = Date.now() + 5_000;
    while (seen.length < 3 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    await poller.stop();
    expect(seen.sort()).toEqual(['s1', 's2', 's3']);
    expect(most).toBe(2);
  });
});
