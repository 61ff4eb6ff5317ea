import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  eventually,
  requiredEnv,
  saveLogs,
  SHARED,
  startService,
  uniquePrefix,
  type ServiceProcess,
} from '../support/services.js';

const SEED = path.join(SHARED, 'seeds', '000_31967d80044314ba.txt');

interface SearchBody {
  total: number;
  hits: Array<{
    id: string;
    title: string;
    entities: { person: string[]; org: string[]; location: string[] };
  }>;
}

describe('the whole pipeline on real Kafka and Elasticsearch', () => {
  const prefix = uniquePrefix('e2e');
  let services: ServiceProcess[] = [];
  let ingesterUrl = '';
  let searchUrl = '';

  beforeAll(async () => {
    // No ports are picked in advance: each service binds one the system gives it and says which in its log.
    const env = {
      KAFKA_BROKERS: requiredEnv('KAFKA_BROKERS'),
      ELASTICSEARCH_URL: requiredEnv('ELASTICSEARCH_URL'),
      NEWSFLOW_PREFIX: prefix,
      // This test is about the pipeline, not authentication (see docs/feed-api.md and test/fuzz).
      INGESTER_AUTH: 'none',
    };
    services = (['ingester', 'enricher', 'indexer', 'search-api'] as const).map((name) =>
      startService(name, env),
    );
    const urls = await Promise.all(services.map((service) => service.waitReady(60_000)));
    [ingesterUrl, , , searchUrl] = urls as [string, string, string, string];
  }, 120_000);

  afterAll(async () => {
    const codes = await Promise.all(services.map((service) => service.stop()));
    saveLogs(services, 'e2e');
    // Every service shuts down cleanly on SIGTERM; a service that did not says why.
    const unclean = services.flatMap((service, k) =>
      codes[k] === 0 ? [] : [`${service.name} exited ${codes[k]}:\n${service.lines.slice(-10).join('\n')}`],
    );
    expect(unclean).toEqual([]);
  }, 60_000);

  it('makes a pushed scraped page searchable by entity and by a word of its body, traceable by one id', async () => {
    const correlationId = `e2e-${Date.now()}`;
    const pushed = await fetch(`${ingesterUrl}/v1/articles?source=seed-news`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain; charset=utf-8', 'x-request-id': correlationId },
      body: readFileSync(SEED, 'utf8'),
    });
    expect(pushed.status).toBe(202);
    const { id } = (await pushed.json()) as { id: string };
    expect(id).toMatch(/^[0-9a-f]{32}$/);

    const byEntity = await eventually(
      async () => {
        const response = await fetch(`${searchUrl}/v1/search?entity=${encodeURIComponent('Vladimir Putin')}`);
        const body = (await response.json()) as SearchBody;
        return body.hits.find((hit) => hit.id === id) ? body : undefined;
      },
      30_000,
      'the article to be searchable by entity',
    );
    const hit = byEntity.hits.find((candidate) => candidate.id === id);
    expect(hit?.title).toBe(
      'Putin meets Donald Trump’s envoy Steve Witkoff for high-stakes Ukraine peace talks',
    );
    expect(hit?.entities.person).toEqual(
      expect.arrayContaining(['Vladimir Putin', 'Donald Trump', 'Steve Witkoff']),
    );

    const byWord = (await (await fetch(`${searchUrl}/v1/search?q=ceasefire`)).json()) as SearchBody;
    expect(byWord.hits.map((h) => h.id)).toContain(id);

    const article = await fetch(`${searchUrl}/v1/articles/${id}`);
    expect(article.status).toBe(200);

    // One grep for the correlation id finds the article in the logs of all four services.
    await eventually(
      async () =>
        services.every((service) => service.lines.some((line) => line.includes(correlationId)))
          ? true
          : undefined,
      10_000,
      'the correlation id in every service log',
    );
    for (const service of services) {
      const lines = service.lines
        .filter((line) => line.includes(correlationId))
        .map((line) => JSON.parse(line));
      expect(lines.length).toBeGreaterThan(0);
      expect(lines[0]).toMatchObject({ service: service.name });
    }
  }, 90_000);

  it('gives the same article pushed twice the same id, and refuses an invalid one with problem+json', async () => {
    const article = {
      url: 'https://example.org/news/harbour-bridge',
      title: 'Harbour bridge reopens',
      body: 'The harbour bridge in Lisbon reopened on Monday after repairs.',
      source: 'example.org',
      publishedAt: '2026-11-20T10:00:00Z',
    };
    const push = () =>
      fetch(`${ingesterUrl}/v1/articles`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(article),
      });
    const first = (await (await push()).json()) as { id: string };
    const second = (await (await push()).json()) as { id: string };
    expect(second.id).toBe(first.id);

    const bad = await fetch(`${ingesterUrl}/v1/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...article, url: 'not a url', publishedAt: 'yesterday' }),
    });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await bad.json()) as { errors: Array<{ pointer: string }> };
    expect(problem.errors.map((e) => e.pointer).sort()).toEqual(['/publishedAt', '/url']);
  });
});
