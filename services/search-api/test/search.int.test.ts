import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Client } from '@elastic/elasticsearch';
import { createLogger } from '@newsflow/observability';
import {
  bulkOperations,
  duplicateGroups as groupDuplicates,
  classifyBulkItems,
  deleteIndices,
  ensureIndex,
  indexNames,
  type SearchResult,
} from '@newsflow/search';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.js';
import { article } from '../../../packages/search/test/fixtures.js';

const url = process.env['ELASTICSEARCH_URL'];
if (!url) throw new Error('ELASTICSEARCH_URL must be set for integration tests (e.g. http://127.0.0.1:9200)');

const prefix = `t${Date.now()}-api`;
const names = indexNames(prefix);
const client = new Client({ node: url });
let app: FastifyInstance;

const ARTICLES = [
  article({
    id: 'putin-1',
    title: 'Putin meets Macron in Paris',
    body: 'Vladimir Putin met Emmanuel Macron in Paris on Monday. The summit focused on energy prices.',
    source: 'Reuters',
    people: ['Vladimir Putin', 'Emmanuel Macron'],
    locations: ['Paris'],
    keywords: ['summit', 'energy'],
    publishedAt: '2025-03-03T09:00:00Z',
    simhash: 'aaaa000000000001',
  }),
  article({
    id: 'putin-2',
    title: 'Putin and Macron: the summit, again',
    body: 'Vladimir Putin met Emmanuel Macron in Paris on Monday. The summit focused on energy prices, again.',
    source: 'AP',
    people: ['Vladimir Putin', 'Emmanuel Macron'],
    locations: ['Paris'],
    keywords: ['summit'],
    publishedAt: '2025-03-03T11:00:00Z',
    simhash: 'aaaa000000000002',
  }),
  article({
    id: 'climate-1',
    title: 'Climate summit opens in Berlin',
    body: 'Delegates from the United Nations gathered in Berlin for the climate conference. Emissions top the agenda.',
    source: 'Reuters',
    orgs: ['United Nations'],
    locations: ['Berlin'],
    keywords: ['climate', 'emissions'],
    publishedAt: '2025-03-10T08:00:00Z',
  }),
  article({
    id: 'climate-2',
    title: 'Emissions targets missed',
    body: 'Climatologists warned that emissions targets were missed again this year, the United Nations said.',
    source: 'BBC',
    orgs: ['United Nations'],
    keywords: ['emissions'],
    publishedAt: '2025-04-01T08:00:00Z',
  }),
  article({
    id: 'french-1',
    title: 'Le sommet de Paris',
    body: 'Emmanuel Macron a reçu des dirigeants à Paris.',
    source: 'Le Monde',
    language: 'fr',
    people: ['Emmanuel Macron'],
    locations: ['Paris'],
    keywords: ['sommet'],
    publishedAt: '2025-04-02T08:00:00Z',
  }),
  article({
    id: 'xss-1',
    title: '<script>alert("title")</script> markets rally',
    body: 'Markets rally <img src=x onerror=alert(1)> as traders cheer.',
    source: 'Wire <b>',
    keywords: ['markets'],
    publishedAt: '2025-04-03T08:00:00Z',
  }),
];

async function get(
  path: string,
): Promise<{ status: number; body: Record<string, unknown>; headers: Record<string, unknown> }> {
  const response = await app.inject({ method: 'GET', url: path });
  return { status: response.statusCode, body: response.json(), headers: response.headers };
}

async function search(query: string): Promise<SearchResult> {
  const response = await get(`/v1/search?${query}`);
  expect(response.status).toBe(200);
  return response.body as unknown as SearchResult;
}

const ids = (result: SearchResult): string[] => result.hits.map((h) => h.id);

beforeAll(async () => {
  await ensureIndex(client, names);
  // Grouped as the indexer groups them, so collapsing sees near-duplicates together.
  const duplicateGroups = await groupDuplicates(client, names, ARTICLES);
  const response = await client.bulk({
    operations: bulkOperations(ARTICLES, names, { duplicateGroups }),
    refresh: true,
  });
  expect(classifyBulkItems(response).every((item) => item.kind === 'indexed')).toBe(true);
  app = buildApp({ client, logger: createLogger({ service: 'search-api-test', level: 'silent' }), prefix });
  await app.ready();
});

afterAll(async () => {
  await app?.close();
  await deleteIndices(client, names);
  await client.close();
});

describe('GET /v1/search', () => {
  it('finds words, phrases, prefixes and field-scoped terms', async () => {
    expect(ids(await search('q=summit&sort=newest'))).toEqual(['climate-1', 'putin-2', 'putin-1']);
    expect(ids(await search(`q=${encodeURIComponent('"climate conference"')}`))).toEqual(['climate-1']);
    expect(ids(await search('q=climat*&sort=newest'))).toEqual(['climate-2', 'climate-1']);
    expect(ids(await search('q=title:emissions'))).toEqual(['climate-2']);
    expect(ids(await search('q=summit%20-putin'))).toEqual(['climate-1']);
    expect(ids(await search(`q=${encodeURIComponent('person:putin source:ap')}`))).toEqual(['putin-2']);
    expect(ids(await search(`q=${encodeURIComponent('(berlin OR paris) AND lang:fr')}`))).toEqual([
      'french-1',
    ]);
  });

  it('ranks title matches first', async () => {
    expect(ids(await search('q=emissions'))[0]).toBe('climate-2');
  });

  it('filters by entity, source, language and dates', async () => {
    expect(ids(await search(`entity=${encodeURIComponent('person:Emmanuel Macron')}&sort=newest`))).toEqual([
      'french-1',
      'putin-2',
      'putin-1',
    ]);
    expect(
      ids(await search(`entity=Paris&entity=${encodeURIComponent('Vladimir Putin')}&source=reuters`)),
    ).toEqual(['putin-1']);
    expect(ids(await search('language=FR'))).toEqual(['french-1']);
    expect(ids(await search('from=2025-03-10&to=2025-04-01&sort=newest'))).toEqual([
      'climate-2',
      'climate-1',
    ]);
    expect(ids(await search('keyword=emissions&sort=newest'))).toEqual(['climate-2', 'climate-1']);
  });

  it('returns hits with entities, keywords, snippet and escaped highlights', async () => {
    const result = await search('q=markets');
    expect(result.total).toBe(1);
    const [hit] = result.hits;
    expect(hit).toMatchObject({
      id: 'xss-1',
      source: 'Wire <b>',
      title: '<script>alert("title")</script> markets rally',
    });
    expect(hit?.highlights.title).toEqual([
      '&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; <mark>markets</mark> rally',
    ]);
    expect(hit?.highlights.body.join('')).toContain(
      '<mark>Markets</mark> rally &lt;img src=x onerror=alert(1)&gt;',
    );
    expect(hit?.snippet).toContain('<img src=x onerror=alert(1)>');

    const putin = (await search('q=putin&sort=newest')).hits[1];
    expect(putin?.entities).toEqual({
      person: ['Vladimir Putin', 'Emmanuel Macron'],
      org: [],
      location: ['Paris'],
    });
    expect(putin?.keywords).toEqual(['summit', 'energy']);
  });

  it('pages through everything with cursors, stably', async () => {
    for (const sort of ['newest', 'relevance']) {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const result: SearchResult = await search(
          `sort=${sort}&size=2&facets=false${cursor ? `&cursor=${cursor}` : ''}`,
        );
        expect(result.total).toBe(ARTICLES.length);
        seen.push(...ids(result));
        cursor = result.nextCursor;
        pages += 1;
      } while (cursor !== null && pages < 10);
      expect(pages).toBe(3);
      expect([...seen].sort()).toEqual(ARTICLES.map((a) => a.id).sort());
    }
  });

  it('counts facets and draws a timeline', async () => {
    const { facets, total } = await search('');
    expect(total).toBe(6);
    expect(facets?.person).toEqual([
      { value: 'Emmanuel Macron', count: 3 },
      { value: 'Vladimir Putin', count: 2 },
    ]);
    expect(facets?.org).toEqual([{ value: 'United Nations', count: 2 }]);
    expect(facets?.location[0]).toEqual({ value: 'Paris', count: 3 });
    expect(facets?.sources[0]).toEqual({ value: 'Reuters', count: 2 });
    expect(facets?.languages).toEqual([
      { value: 'en', count: 5 },
      { value: 'fr', count: 1 },
    ]);
    expect(facets?.keywords[0]).toEqual({ value: 'emissions', count: 2 });
    expect(facets?.timeline.interval).toBe('1d');
    expect(facets?.timeline.buckets.reduce((n, b) => n + b.count, 0)).toBe(6);
    expect(facets?.timeline.buckets[0]).toEqual({ date: '2025-03-03T00:00:00.000Z', count: 2 });
  });

  it('collapses near-duplicates and counts the copies', async () => {
    const result = await search('q=putin&collapse=true');
    expect(result.total).toBe(2);
    expect(result.distinct).toBe(1);
    expect(result.hits).toHaveLength(1);
    expect(result.hits[0]?.duplicates).toBe(1);
  });

  it('answers 400 problem+json naming each bad parameter', async () => {
    const response = await get('/v1/search?size=500&sort=oldest&from=yesterday&bogus=1');
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body).toMatchObject({ status: 400, code: 'NEWSFLOW_SEARCH_API_VALIDATION' });
    const pointers = (response.body['errors'] as { pointer: string }[]).map((e) => e.pointer).sort();
    expect(pointers).toEqual(['/bogus', '/from', '/size', '/sort']);
  });

  it('answers 400 with the position of a syntax error', async () => {
    const response = await get(`/v1/search?q=${encodeURIComponent('putin AND (paris')}`);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      code: 'NEWSFLOW_SEARCH_QUERY_SYNTAX',
      detail: 'unclosed "(" at position 10',
      errors: [{ pointer: '/q', message: 'unclosed "(" at position 10' }],
    });
  });

  it('answers 400 for a cursor it did not make', async () => {
    const response = await get('/v1/search?cursor=garbage');
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      code: 'NEWSFLOW_SEARCH_CURSOR_INVALID',
      errors: [{ pointer: '/cursor' }],
    });
  });

  it('never answers 500 to odd input', async () => {
    for (const q of [
      '"',
      ')',
      'AND',
      '*',
      ':',
      'title:',
      '\\',
      '""',
      '-',
      'a'.repeat(2_001),
      '%00',
      'ü*',
      '12:30',
      'feed:*',
    ]) {
      const response = await app.inject({ method: 'GET', url: `/v1/search?q=${encodeURIComponent(q)}` });
      expect([200, 400]).toContain(response.statusCode);
    }
  });
});

describe('GET /v1/articles/:id', () => {
  it('returns the whole article', async () => {
    const response = await get('/v1/articles/putin-1');
    expect(response.status).toBe(200);
    expect(response.body).toEqual(JSON.parse(JSON.stringify(ARTICLES[0])));
  });

  it('answers 404 problem+json for an unknown id', async () => {
    const response = await get('/v1/articles/nope');
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ status: 404, code: 'NEWSFLOW_SEARCH_API_ARTICLE_NOT_FOUND' });
  });
});

describe('ops routes', () => {
  it('is ready when Elasticsearch answers', async () => {
    expect((await get('/readyz')).status).toBe(200);
    expect((await get('/healthz')).status).toBe(200);
    const metrics = await app.inject({ method: 'GET', url: '/metrics' });
    expect(metrics.body).toContain('newsflow_search_api_request_seconds');
  });
});
