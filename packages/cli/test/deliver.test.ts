import { afterEach, describe, expect, it } from '@jest/globals';
import { backoffDelay, deliver, mapConcurrent, type RetryPolicy } from '../src/deliver.js';
import type { PushItem } from '../src/files.js';
import { IngesterClient } from '../src/http-client.js';
import {
  accepted,
  invalid,
  startStubIngester,
  unavailable,
  type StubIngester,
} from './helpers/stub-ingester.js';

const policy: RetryPolicy = { retries: 3, baseDelayMs: 100, maxDelayMs: 30_000 };
const item: PushItem = {
  kind: 'article',
  label: 'one.json',
  article: {
    url: 'https://example.test/a',
    title: 'T',
    body: 'B',
    source: 's',
    publishedAt: '2026-11-01T00:00:00Z',
  },
};

/** Records the waits deliver asks for and returns at once, so tests do not sleep. */
const recordingSleep = () => {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
};

let stub: StubIngester | undefined;
afterEach(async () => {
  await stub?.close();
  stub = undefined;
});

const clientFor = (url: string) => new IngesterClient({ baseUrl: url, timeoutMs: 2_000 });

describe('deliver', () => {
  it('retries a 503 after the Retry-After the ingester asked for, then reports the 202', async () => {
    stub = await startStubIngester([unavailable(2), unavailable(1), accepted('abc123')]);
    const { waits, sleep } = recordingSleep();

    const result = await deliver(item, clientFor(stub.url), policy, sleep);

    expect(result).toEqual({
      outcome: 'accepted',
      label: 'one.json',
      id: 'abc123',
      revision: 1_700_000_000_000,
      correlationId: 'corr-abc123',
      attempts: 3,
    });
    expect(waits).toEqual([2_000, 1_000]);
    expect(stub.requests).toHaveLength(3);
    expect(stub.requests[0]).toMatchObject({ method: 'POST', url: '/v1/articles' });
    expect(stub.requests[0]?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(stub.requests[2]?.body ?? '')).toEqual(item.kind === 'article' && item.article);
  });

  it('gives up after the configured retries and says why', async () => {
    stub = await startStubIngester(() => unavailable(1));
    const { waits, sleep } = recordingSleep();

    const result = await deliver(item, clientFor(stub.url), { ...policy, retries: 2 }, sleep);

    expect(result).toMatchObject({ outcome: 'failed', status: 503, attempts: 3 });
    expect(result.outcome === 'failed' && result.reason).toMatch(
      /gave up after 3 attempts: HTTP 503: Kafka did not/,
    );
    expect(stub.requests).toHaveLength(3);
    expect(waits).toHaveLength(2);
  });

  it('retries 429 with backoff when there is no Retry-After', async () => {
    stub = await startStubIngester([{ status: 429, body: { detail: 'slow down' } }, accepted('x')]);
    const { waits, sleep } = recordingSleep();
    const result = await deliver(item, clientFor(stub.url), policy, sleep);
    expect(result.outcome).toBe('accepted');
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThanOrEqual(50);
    expect(waits[0]).toBeLessThanOrEqual(100);
  });

  it('does not retry a validation problem, and keeps its detail and field pointers', async () => {
    stub = await startStubIngester([
      invalid([
        { pointer: '/publishedAt', message: 'Invalid ISO datetime' },
        { pointer: '/authors/0', message: 'Too small' },
      ]),
    ]);
    const { waits, sleep } = recordingSleep();

    const result = await deliver(item, clientFor(stub.url), policy, sleep);

    expect(result).toEqual({
      outcome: 'rejected',
      label: 'one.json',
      status: 400,
      code: 'NEWSFLOW_HTTP_VALIDATION',
      detail: 'invalid article: /publishedAt Invalid ISO datetime; /authors/0 Too small',
      errors: [
        { pointer: '/publishedAt', message: 'Invalid ISO datetime' },
        { pointer: '/authors/0', message: 'Too small' },
      ],
      attempts: 1,
    });
    expect(waits).toEqual([]);
  });

  it('retries when nothing listens, then fails with the network error', async () => {
    stub = await startStubIngester([]);
    const closedUrl = stub.url;
    await stub.close();
    stub = undefined;
    const { waits, sleep } = recordingSleep();

    const result = await deliver(item, clientFor(closedUrl), { ...policy, retries: 2 }, sleep);

    expect(result).toMatchObject({ outcome: 'failed', status: undefined, attempts: 3 });
    expect(result.outcome === 'failed' && result.reason).toMatch(/cannot reach http:\/\/127\.0\.0\.1:\d+/);
    expect(waits).toHaveLength(2);
  });

  it('sends pages as text with their metadata as query parameters', async () => {
    stub = await startStubIngester([accepted('p1')]);
    const page: PushItem = {
      kind: 'page',
      label: 'p.html',
      format: 'html',
      page: '<p>Grüße</p>',
      params: { source: 'lakeside-herald.example', publishedAt: '2026-11-24T17:05:00-05:00' },
    };
    const result = await deliver(page, clientFor(stub.url), policy);
    expect(result.outcome).toBe('accepted');
    const url = new URL(stub.requests[0]?.url ?? '', stub.url);
    expect(url.pathname).toBe('/v1/articles');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      source: 'lakeside-herald.example',
      publishedAt: '2026-11-24T17:05:00-05:00',
    });
    expect(stub.requests[0]?.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(stub.requests[0]?.body).toBe('<p>Grüße</p>');
  });

  it('reports an input that could not be read as rejected without sending it', async () => {
    const result = await deliver(
      { kind: 'invalid', label: 'x.json', reason: 'not JSON' },
      { send: () => Promise.reject(new Error('must not send')) },
      policy,
    );
    expect(result).toMatchObject({
      outcome: 'rejected',
      status: undefined,
      code: 'NEWSFLOW_CLI_INPUT',
      detail: 'not JSON',
      attempts: 0,
    });
  });
});

describe('backoffDelay', () => {
  it('honours Retry-After up to the cap', () => {
    expect(backoffDelay(1, policy, 5_000)).toBe(5_000);
    expect(backoffDelay(1, policy, 600_000)).toBe(30_000);
  });

  it('doubles from the base delay with jitter in the upper half, capped', () => {
    expect([1, 2, 3].map((n) => backoffDelay(n, policy, undefined, () => 0))).toEqual([50, 100, 200]);
    expect([1, 2, 3].map((n) => backoffDelay(n, policy, undefined, () => 1))).toEqual([100, 200, 400]);
    expect(backoffDelay(20, policy, undefined, () => 1)).toBe(30_000);
  });
});

describe('mapConcurrent', () => {
  it('keeps at most N in flight and the results in input order', async () => {
    let inFlight = 0;
    let peak = 0;
    const results = await mapConcurrent([30, 10, 20, 0, 5], 2, async (ms, index) => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await new Promise((resolve) => setTimeout(resolve, ms));
      inFlight -= 1;
      return index;
    });
    expect(results).toEqual([0, 1, 2, 3, 4]);
    expect(peak).toBe(2);
  });
});
