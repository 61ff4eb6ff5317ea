import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { FastifyInstance } from 'fastify';
import { article } from '../../../packages/search/test/fixtures.js';
import { indexedApp } from './helpers.js';

const day = (n: number, hour = 12): string => new Date(Date.UTC(2025, 5, n, hour)).toISOString();

const ARTICLES = [
  // Week one: Scholz everywhere.
  ...[1, 2, 3].map((n) =>
    article({
      id: `scholz-${n}`,
      title: `Scholz budget talks day ${n}`,
      body: `Olaf Scholz discussed the federal budget in Berlin with the Bundestag, round ${n}.`,
      people: ['Olaf Scholz'],
      orgs: ['Bundestag'],
      locations: ['Berlin'],
      keywords: ['budget'],
      publishedAt: day(n),
    }),
  ),
  // Week two: Merz rises, Scholz once.
  ...[8, 9, 10, 11].map((n) =>
    article({
      id: `merz-${n}`,
      title: `Merz leads coalition talks ${n}`,
      body: `Friedrich Merz met party leaders in Berlin about the coalition, day ${n}.`,
      people: ['Friedrich Merz'],
      locations: ['Berlin'],
      keywords: ['coalition'],
      publishedAt: day(n),
    }),
  ),
  article({
    id: 'scholz-late',
    title: 'Scholz comments on coalition',
    body: 'Olaf Scholz commented on the coalition talks of Friedrich Merz in Berlin.',
    people: ['Olaf Scholz', 'Friedrich Merz'],
    locations: ['Berlin'],
    keywords: ['coalition'],
    publishedAt: day(12),
  }),
  article({
    id: 'other',
    title: 'Football results',
    body: 'Bayern Munich won the match in Munich on Saturday.',
    orgs: ['Bayern Munich'],
    locations: ['Munich'],
    keywords: ['football'],
    publishedAt: day(12, 18),
  }),
];

let app: FastifyInstance;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ app, close } = await indexedApp('explore', ARTICLES));
});
afterAll(() => close?.());

const get = async (
  url: string,
): Promise<{
  status: number;
  body: Record<string, unknown>;
  raw: string;
  headers: Record<string, unknown>;
}> => {
  const response = await app.inject({ method: 'GET', url });
  const raw = response.body;
  let body: Record<string, unknown> = {};
  try {
    body = response.json();
  } catch {
    body = {};
  }
  return { status: response.statusCode, body, raw, headers: response.headers };
};

describe('GET /v1/articles/:id/related', () => {
  it('finds articles sharing entities and words, most related first, not the article itself', async () => {
    const { status, body } = await get('/v1/articles/scholz-1/related?size=3');
    expect(status).toBe(200);
    const hits = body['hits'] as { id: string; sharedEntities: string[] }[];
    expect(hits).toHaveLength(3);
    expect(hits.map((h) => h.id)).not.toContain('scholz-1');
    expect(
      hits
        .slice(0, 2)
        .map((h) => h.id)
        .sort(),
    ).toEqual(['scholz-2', 'scholz-3']);
    expect(hits[0]?.sharedEntities).toEqual(['Olaf Scholz', 'Bundestag', 'Berlin']);
  });

  it('answers 404 for an unknown article', async () => {
    expect((await get('/v1/articles/missing/related')).status).toBe(404);
  });
});

describe('GET /v1/entities', () => {
  it('completes any word of a name, ignoring case, with counts and types', async () => {
    expect((await get('/v1/entities?prefix=mer')).body['entities']).toEqual([
      { name: 'Friedrich Merz', type: 'person', count: 5 },
    ]);
    expect((await get('/v1/entities?prefix=MUN&type=location')).body['entities']).toEqual([
      { name: 'Munich', type: 'location', count: 1 },
    ]);
    expect((await get('/v1/entities?prefix=mun&type=person')).body['entities']).toEqual([]);
  });

  it('lists the top entities without a prefix and treats regex characters literally', async () => {
    const top = (await get('/v1/entities?size=2')).body['entities'] as { name: string }[];
    expect(top.map((e) => e.name)).toEqual(['Berlin', 'Friedrich Merz']);
    expect((await get(`/v1/entities?prefix=${encodeURIComponent('.*')}`)).body['entities']).toEqual([]);
    expect((await get(`/v1/entities?prefix=${encodeURIComponent('(["\\')}`)).status).toBe(200);
  });

  it('rejects an unknown type', async () => {
    const { status, body } = await get('/v1/entities?type=animal');
    expect(status).toBe(400);
    expect(body).toMatchObject({ errors: [{ pointer: '/type' }] });
  });
});

describe('GET /v1/trends', () => {
  it('draws mentions over time and finds rising entities', async () => {
    const { status, body } = await get(
      `/v1/trends?entity=Berlin&window=7d&to=${encodeURIComponent(day(13))}`,
    );
    expect(status).toBe(200);
    const series = body['series'] as { interval: string; buckets: { count: number }[] };
    expect(series.interval).toBe('12h');
    expect(series.buckets.reduce((n, b) => n + b.count, 0)).toBe(8);
    expect(body['window']).toEqual({ previousStart: day(-1), start: day(6), end: day(13) });
    const rising = body['rising'] as { name: string; current: number; previous: number }[];
    expect(rising[0]).toMatchObject({
      name: 'Friedrich Merz',
      type: 'person',
      current: 5,
      previous: 0,
      change: 5,
    });
    // Scholz fell (3 → 1): not rising. Berlin grew 3 → 5.
    expect(rising.map((r) => r.name)).not.toContain('Olaf Scholz');
    expect(rising.find((r) => r.name === 'Berlin')).toMatchObject({ current: 5, previous: 3 });
  });

  it('rejects a bad window', async () => {
    expect((await get('/v1/trends?window=forever')).status).toBe(400);
  });
});

describe('GET /v1/export', () => {
  it('streams NDJSON of every match', async () => {
    const { status, raw, headers } = await get('/v1/export?entity=Berlin&sort=newest');
    expect(status).toBe(200);
    expect(headers['content-type']).toContain('application/x-ndjson');
    const rows = raw
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string; people: string[] });
    expect(rows).toHaveLength(8);
    expect(rows[0]).toMatchObject({ id: 'scholz-late', people: ['Olaf Scholz', 'Friedrich Merz'] });
  });

  it('streams CSV, across pages, up to a limit', async () => {
    const { status, raw, headers } = await get('/v1/export?format=csv&sort=newest&limit=9');
    expect(status).toBe(200);
    expect(headers['content-type']).toContain('text/csv');
    expect(headers['content-disposition']).toMatch(/attachment; filename="newsflow-export-.*\.csv"/);
    const lines = raw.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'id,revision,publishedAt,source,feedId,language,title,url,authors,tags,people,orgs,locations,keywords',
    );
    expect(lines).toHaveLength(10);
    expect(lines[1]).toMatch(/^other,1,2025-06-12T18:00:00.000Z,Test Wire,/);
  });

  it('refuses a bad format, limit or query before streaming', async () => {
    expect((await get('/v1/export?format=xml')).status).toBe(400);
    expect((await get('/v1/export?limit=0')).status).toBe(400);
    expect((await get('/v1/export?limit=1000000')).status).toBe(400);
    expect((await get('/v1/export?q=%22')).body).toMatchObject({ code: 'NEWSFLOW_SEARCH_QUERY_SYNTAX' });
  });
});
