import { describe, expect, it } from '@jest/globals';
import {
  buildSearchRequest,
  decodeCursor,
  encodeCursor,
  indexNames,
  InvalidCursorError,
  parseEntityFilter,
  QuerySyntaxError,
  toEsQuery,
  parseQuery,
} from '@newsflow/search';

const names = indexNames('nf');

describe('toEsQuery', () => {
  it('searches words across stemmed and exact title, body and entity names', () => {
    expect(toEsQuery(parseQuery('summit'))).toEqual({
      multi_match: {
        query: 'summit',
        fields: ['title^3', 'title.exact^3', 'body', 'body.exact', 'entityNames.all.text^2'],
        type: 'best_fields',
        operator: 'and',
        tie_breaker: 0.3,
      },
    });
  });

  it('matches phrases and prefixes on the exact forms', () => {
    expect(toEsQuery(parseQuery('"climate summit"'))).toEqual({
      multi_match: { query: 'climate summit', fields: ['title.exact^3', 'body.exact'], type: 'phrase' },
    });
    expect(toEsQuery(parseQuery('title:clim*'))).toEqual({
      multi_match: { query: 'clim', fields: ['title.exact'], type: 'phrase_prefix', max_expansions: 50 },
    });
  });

  it('puts negations in must_not and alternatives in should', () => {
    expect(toEsQuery(parseQuery('a -b OR c'))).toMatchObject({
      bool: {
        should: [
          { bool: { must: [{ multi_match: { query: 'a' } }], must_not: [{ multi_match: { query: 'b' } }] } },
          { multi_match: { query: 'c' } },
        ],
        minimum_should_match: 1,
      },
    });
    expect(toEsQuery(parseQuery('NOT a'))).toMatchObject({
      bool: { must_not: [{ multi_match: { query: 'a' } }] },
    });
  });

  it('finds entities by canonical name or by words of it', () => {
    expect(toEsQuery(parseQuery('person:"Vladimir Putin"'))).toEqual({
      bool: {
        should: [
          { term: { 'entityNames.person.folded': { value: 'Vladimir Putin', boost: 2 } } },
          { match_phrase: { 'entityNames.person.text': 'Vladimir Putin' } },
        ],
        minimum_should_match: 1,
      },
    });
  });

  it('scopes to keyword fields case-insensitively', () => {
    expect(toEsQuery(parseQuery('source:reuters'))).toEqual({
      term: { 'source.folded': { value: 'reuters' } },
    });
    expect(toEsQuery(parseQuery('feed:abc'))).toEqual({ term: { feedId: { value: 'abc' } } });
    expect(toEsQuery(parseQuery('lang:EN'))).toEqual({ term: { 'language.code': { value: 'en' } } });
    expect(toEsQuery(parseQuery('tag:wor*'))).toEqual({
      prefix: { 'tags.folded': { value: 'wor', case_insensitive: true } },
    });
  });

  it('never passes user text to query_string', () => {
    const json = JSON.stringify(toEsQuery(parseQuery('a:b (c OR d) -e "f g" h* title:i')));
    expect(json).not.toMatch(/query_string/);
  });
});

describe('buildSearchRequest', () => {
  it('searches the alias with filters, sort, highlights and facets', () => {
    const request = buildSearchRequest(
      {
        q: 'summit',
        entities: [parseEntityFilter('person:Vladimir Putin'), parseEntityFilter('Kremlin')],
        keywords: ['energy'],
        sources: ['Reuters', 'AP'],
        feeds: ['feed-a'],
        languages: ['EN'],
        from: '2025-01-01',
        to: '2025-01-31T23:59:59Z',
        sort: 'relevance',
      },
      names,
    );
    expect(request.index).toBe('nf-articles');
    expect(request.size).toBe(11);
    expect(request.track_total_hits).toBe(true);
    expect(request.sort).toEqual([
      { _score: { order: 'desc' } },
      { publishedAt: { order: 'desc' } },
      { id: { order: 'asc' } },
    ]);
    expect(request.query).toEqual({
      bool: {
        must: [expect.objectContaining({ multi_match: expect.objectContaining({ query: 'summit' }) })],
        filter: [
          { term: { 'entityNames.person.folded': { value: 'Vladimir Putin' } } },
          { term: { 'entityNames.all.folded': { value: 'Kremlin' } } },
          { term: { 'keywords.text.folded': { value: 'energy' } } },
          { terms: { 'source.folded': ['Reuters', 'AP'] } },
          { terms: { feedId: ['feed-a'] } },
          { terms: { 'language.code': ['en'] } },
          { range: { publishedAt: { gte: '2025-01-01', lte: '2025-01-31T23:59:59Z' } } },
        ],
      },
    });
    expect(Object.keys(request.highlight?.fields ?? {})).toEqual([
      'title',
      'title.exact',
      'body',
      'body.exact',
    ]);
    expect(Object.keys(request.aggs ?? {})).toEqual([
      'facet_person',
      'facet_org',
      'facet_location',
      'facet_keywords',
      'facet_sources',
      'facet_languages',
      'facet_first',
      'facet_last',
    ]);
    expect(request.collapse).toBeUndefined();
  });

  it('matches everything without q, newest first', () => {
    const request = buildSearchRequest({ sort: 'newest', size: 500, facets: false }, names);
    expect(request.query).toEqual({ match_all: {} });
    expect(request.sort).toEqual([{ publishedAt: { order: 'desc' } }, { id: { order: 'asc' } }]);
    expect(request.size).toBe(101);
    expect(request.aggs).toBeUndefined();
  });

  it('continues after a cursor', () => {
    const cursor = encodeCursor({ sort: 'newest', after: [1_741_608_000_000, 'a-9'] });
    expect(buildSearchRequest({ sort: 'newest', cursor }, names).search_after).toEqual([
      1_741_608_000_000,
      'a-9',
    ]);
    expect(() => buildSearchRequest({ sort: 'relevance', cursor }, names)).toThrow(InvalidCursorError);
    expect(() => buildSearchRequest({ sort: 'newest', cursor, collapse: true }, names)).toThrow(
      InvalidCursorError,
    );
  });

  it('collapses near-duplicates, paging by offset', () => {
    const first = buildSearchRequest({ collapse: true }, names);
    expect(first.collapse).toEqual({ field: 'fingerprint.dupKey', inner_hits: { name: 'copies', size: 0 } });
    expect(first.aggs?.['distinct']).toEqual({ cardinality: { field: 'fingerprint.dupKey' } });
    const cursor = encodeCursor({ sort: 'relevance', offset: 10 });
    expect(buildSearchRequest({ collapse: true, cursor }, names).from).toBe(10);
    expect(decodeCursor(cursor, 'relevance')).toEqual({ sort: 'relevance', offset: 10 });
    const tooFar = encodeCursor({ sort: 'relevance', offset: 9_995 });
    expect(() => buildSearchRequest({ collapse: true, cursor: tooFar }, names)).toThrow(InvalidCursorError);
  });

  it('throws a typed error for a malformed q', () => {
    expect(() => buildSearchRequest({ q: 'a OR' }, names)).toThrow(QuerySyntaxError);
  });
});

describe('parseEntityFilter', () => {
  it('reads an optional type', () => {
    expect(parseEntityFilter('person:Vladimir Putin')).toEqual({ kind: 'person', name: 'Vladimir Putin' });
    expect(parseEntityFilter('ORG: Kremlin')).toEqual({ kind: 'org', name: 'Kremlin' });
    expect(parseEntityFilter('Kremlin')).toEqual({ name: 'Kremlin' });
    expect(parseEntityFilter('Side: Effects')).toEqual({ name: 'Side: Effects' });
  });
});
