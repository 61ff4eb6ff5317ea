import { describe, expect, it } from '@jest/globals';
import type { estypes } from '@elastic/elasticsearch';
import { decodeCursor, highlightToHtml, spanOf, toSearchResponse } from '@newsflow/search';

const S = '\uE000';
const E = '\uE001';

function hit(
  id: string,
  sort: estypes.SortResults,
  extra: Partial<estypes.SearchHit<unknown>> = {},
): estypes.SearchHit<unknown> {
  return {
    _index: 'nf-articles-2025.03',
    _id: id,
    _score: 1.5,
    _source: {
      id,
      title: `Title ${id}`,
      source: 'Wire',
      feedId: 'feed-a',
      publishedAt: '2025-03-10T12:00:00.000Z',
      url: `https://x/${id}`,
      language: { code: 'en', confidence: 1 },
      tags: ['world'],
      entities: [
        { type: 'LOCATION', name: 'Paris', count: 1, salience: 0.2 },
        { type: 'PERSON', name: 'Minor Person', count: 1, salience: 0.1 },
        { type: 'PERSON', name: 'Main Person', count: 3, salience: 0.9 },
      ],
      keywords: [
        { text: 'second', score: 0.2 },
        { text: 'first', score: 0.9 },
      ],
    },
    sort,
    ...extra,
  };
}

const response = (
  hits: estypes.SearchHit<unknown>[],
  total = hits.length,
): estypes.SearchResponse<unknown> => ({
  took: 3,
  timed_out: false,
  _shards: { total: 1, successful: 1, failed: 0, skipped: 0 },
  hits: { total: { value: total, relation: 'eq' }, max_score: 1.5, hits },
  aggregations: {
    facet_person: {
      doc_count_error_upper_bound: 0,
      sum_other_doc_count: 0,
      buckets: [{ key: 'Main Person', doc_count: 4 }],
    },
    facet_sources: {
      doc_count_error_upper_bound: 0,
      sum_other_doc_count: 0,
      buckets: [{ key: 'Wire', doc_count: 7 }],
    },
    facet_first: { value: 1_741_564_800_000 },
    facet_last: { value: 1_741_608_000_000 },
  },
});

describe('toSearchResponse', () => {
  it('shapes hits: entities by salience, keywords by score, snippet and safe highlights', () => {
    const result = toSearchResponse(
      response([
        hit('a', [1.5, 1, 'a'], {
          highlight: {
            title: [`The ${S}summit${E}`],
            body: [`Leaders met at the ${S}summit${E} <script>alert(1)</script>`],
          },
        }),
      ]),
      { size: 10 },
    );
    expect(result.total).toBe(1);
    expect(result.nextCursor).toBeNull();
    expect(result.hits[0]).toEqual({
      id: 'a',
      title: 'Title a',
      source: 'Wire',
      feedId: 'feed-a',
      publishedAt: '2025-03-10T12:00:00.000Z',
      url: 'https://x/a',
      language: 'en',
      snippet: 'Leaders met at the summit <script>alert(1)</script>',
      entities: { person: ['Main Person', 'Minor Person'], org: [], location: ['Paris'] },
      keywords: ['first', 'second'],
      tags: ['world'],
      highlights: {
        title: ['The <mark>summit</mark>'],
        body: ['Leaders met at the <mark>summit</mark> &lt;script&gt;alert(1)&lt;/script&gt;'],
      },
      score: 1.5,
      matchedEntities: [],
    });
    expect(result.facets?.person).toEqual([{ value: 'Main Person', count: 4 }]);
    expect(result.facets?.sources).toEqual([{ value: 'Wire', count: 7 }]);
    expect(result.facets?.org).toEqual([]);
    expect(result.facets?.timeline).toEqual({ interval: null, buckets: [] });
    expect(spanOf(response([]).aggregations)).toEqual({ min: 1_741_564_800_000, max: 1_741_608_000_000 });
  });

  it('prefers the exact highlight when it marks more', () => {
    const result = toSearchResponse(
      response([
        hit('a', [1], { highlight: { body: ['no marks'], 'body.exact': [`an ${S}exact${E} one`] } }),
      ]),
      { size: 10 },
    );
    expect(result.hits[0]?.highlights.body).toEqual(['an <mark>exact</mark> one']);
    expect(result.hits[0]?.snippet).toBe('an exact one');
  });

  it('returns a cursor when there is one more hit than the page', () => {
    const result = toSearchResponse(
      response([hit('a', [2, 10, 'a']), hit('b', [1, 9, 'b']), hit('c', [0, 8, 'c'])], 3),
      {
        size: 2,
        facets: false,
      },
    );
    expect(result.hits.map((h) => h.id)).toEqual(['a', 'b']);
    expect(result.facets).toBeUndefined();
    expect(decodeCursor(result.nextCursor ?? '', 'relevance')).toEqual({
      sort: 'relevance',
      after: [1, 9, 'b'],
    });
  });

  it('counts copies and pages by offset when collapsed', () => {
    const copies = (n: number): Partial<estypes.SearchHit<unknown>> => ({
      inner_hits: { copies: { hits: { total: { value: n, relation: 'eq' }, hits: [] } } },
    });
    const result = toSearchResponse(response([hit('a', [1], copies(3)), hit('b', [1], copies(1))]), {
      size: 1,
      collapse: true,
      sort: 'newest',
    });
    expect(result.hits[0]?.duplicates).toBe(2);
    expect(decodeCursor(result.nextCursor ?? '', 'newest')).toEqual({ sort: 'newest', offset: 1 });
  });
});

describe('highlightToHtml', () => {
  it('escapes everything and closes an unbalanced mark', () => {
    expect(highlightToHtml(`"a" & 'b' ${S}<i>`)).toBe(
      '&quot;a&quot; &amp; &#39;b&#39; <mark>&lt;i&gt;</mark>',
    );
    expect(highlightToHtml(`${E}x${S}${S}y${E}${E}`)).toBe('x<mark>y</mark>');
  });
});
