import type { estypes } from '@elastic/elasticsearch';
import type { Entity, Keyword } from '@newsflow/contracts';
import { KIND_OF_TYPE, type EntityKind } from '../document.js';
import { decodeCursor, encodeCursor, type SortValue } from './cursor.js';
import { toFacets, type Facets } from './facets.js';
import { matchClues, matchedEntities, type MatchClue, type MatchedEntity } from './explain.js';
import { countMarks, highlightToHtml, highlightToText } from './highlight.js';
import type { SearchParams } from './params.js';
import { clampSize } from './search-request.js';

export interface SearchHit {
  readonly id: string;
  readonly title: string;
  readonly source: string;
  readonly feedId: string;
  readonly publishedAt: string;
  readonly url: string | null;
  readonly language: string | null;
  /** Plain text: the best body fragment, or the start of the body. */
  readonly snippet: string;
  /** Canonical names by type, most salient first. */
  readonly entities: Readonly<Record<EntityKind, string[]>>;
  /** Keyword texts, best first. */
  readonly keywords: string[];
  readonly tags: string[];
  /** Safe HTML: text escaped by us, matches wrapped in <mark>. Empty when nothing matched there. */
  readonly highlights: { readonly title: string[]; readonly body: string[] };
  readonly score: number | null;
  /** Why it matched, entity by entity: the entities the filters or the query words point at. */
  readonly matchedEntities: MatchedEntity[];
  /** With collapse: how many other near-duplicate copies this result stands for. */
  readonly duplicates?: number;
}

export interface SearchResult {
  /** Number of matching articles (before collapsing). */
  readonly total: number;
  /** With collapse: approximate number of distinct stories. */
  readonly distinct?: number;
  readonly hits: SearchHit[];
  /** Pass as `cursor` with the same parameters for the next page; null on the last page. */
  readonly nextCursor: string | null;
  readonly facets?: Facets;
}

type StoredSource = Partial<{
  id: string;
  title: string;
  source: string;
  feedId: string;
  publishedAt: string;
  url: string;
  language: { code?: string };
  entities: Partial<Entity>[];
  keywords: Keyword[];
  tags: string[];
}>;

function bestFragments(highlight: Record<string, string[]> | undefined, field: 'title' | 'body'): string[] {
  const stemmed = highlight?.[field] ?? [];
  const exact = highlight?.[`${field}.exact`] ?? [];
  return countMarks(exact) > countMarks(stemmed) ? exact : stemmed;
}

export function groupEntities(
  entities: readonly Partial<Entity>[] | undefined,
): Record<EntityKind, string[]> {
  const grouped: Record<EntityKind, string[]> = { person: [], org: [], location: [] };
  const sorted = [...(entities ?? [])].sort(
    (a, b) => (b.salience ?? 0) - (a.salience ?? 0) || (b.count ?? 0) - (a.count ?? 0),
  );
  for (const entity of sorted) {
    if (entity.type === undefined || entity.name === undefined) continue;
    const list = grouped[KIND_OF_TYPE[entity.type]];
    if (!list.includes(entity.name)) list.push(entity.name);
  }
  return grouped;
}

export function toHit(hit: estypes.SearchHit<unknown>, clues: readonly MatchClue[] = []): SearchHit {
  const source = (hit._source ?? {}) as StoredSource;
  const titleFragments = bestFragments(hit.highlight, 'title');
  const bodyFragments = bestFragments(hit.highlight, 'body');
  const matchedBody = countMarks(bodyFragments) > 0 ? bodyFragments : [];
  const copies = hit.inner_hits?.['copies']?.hits.total;
  const copyCount = typeof copies === 'number' ? copies : copies?.value;
  return {
    id: source.id ?? hit._id ?? '',
    title: source.title ?? '',
    source: source.source ?? '',
    feedId: source.feedId ?? '',
    publishedAt: source.publishedAt ?? '',
    url: source.url ?? null,
    language: source.language?.code ?? null,
    snippet: highlightToText(bodyFragments[0] ?? '').trim(),
    entities: groupEntities(source.entities),
    keywords: [...(source.keywords ?? [])].sort((a, b) => b.score - a.score).map((k) => k.text),
    tags: source.tags ?? [],
    highlights: {
      title: countMarks(titleFragments) > 0 ? titleFragments.map(highlightToHtml) : [],
      body: matchedBody.map(highlightToHtml),
    },
    score: typeof hit._score === 'number' ? hit._score : null,
    matchedEntities: matchedEntities(source.entities, clues),
    ...(copyCount === undefined ? {} : { duplicates: Math.max(0, copyCount - 1) }),
  };
}

/** Turns Elasticsearch's answer to `buildSearchRequest(params)` into the API's search result. */
export function toSearchResponse(
  response: estypes.SearchResponse<unknown>,
  params: SearchParams,
): SearchResult {
  const size = clampSize(params.size);
  const sort = params.sort ?? 'relevance';
  const clues = matchClues(params);
  const raw = response.hits.hits;
  const page = raw.slice(0, size);
  const last = page[page.length - 1];
  let nextCursor: string | null = null;
  if (raw.length > size && last !== undefined) {
    if (params.collapse) {
      const current = params.cursor === undefined ? undefined : decodeCursor(params.cursor, sort);
      const offset = current !== undefined && 'offset' in current ? current.offset : 0;
      nextCursor = encodeCursor({ sort, offset: offset + size });
    } else if (last.sort !== undefined) {
      nextCursor = encodeCursor({ sort, after: last.sort as SortValue[] });
    }
  }
  const total = response.hits.total;
  const result: SearchResult = {
    total: typeof total === 'number' ? total : (total?.value ?? 0),
    hits: page.map((hit) => toHit(hit, clues)),
    nextCursor,
  };
  const distinct = (
    response.aggregations?.['distinct'] as estypes.AggregationsCardinalityAggregate | undefined
  )?.value;
  return {
    ...result,
    ...(typeof distinct === 'number' ? { distinct } : {}),
    ...((params.facets ?? true) ? { facets: toFacets(response.aggregations) } : {}),
  };
}
