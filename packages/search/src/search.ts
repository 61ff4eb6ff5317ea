import type { Client } from '@elastic/elasticsearch';
import type { EnrichedArticle } from '@newsflow/contracts';
import type { EntityKind } from './document.js';
import type { IndexNames } from './names.js';
import { articleRequest, toArticle } from './query/article.js';
import { entitiesRequest, toEntitySuggestions, type EntitySuggestion } from './query/entities.js';
import { spanOf, type TimelineBucket } from './query/facets.js';
import { buildQuery } from './query/filters.js';
import type { SearchFilters, SearchParams } from './query/params.js';
import { relatedRequest, toRelated, type RelatedHit } from './query/related.js';
import { risingRequest, toRising, type RisingEntity } from './query/trends.js';
import { buildSearchRequest } from './query/search-request.js';
import { toSearchResponse, type SearchResult } from './query/search-response.js';
import { pickInterval, timelineRequest, toTimeline } from './query/timeline.js';

/** Options for every read: a missing alias (nothing indexed yet) reads as empty, not as an error. */
export const LENIENT_READ = { ignore_unavailable: true, allow_no_indices: true } as const;

/**
 * Runs a search: the page of hits with facets, then, if facets were asked for and something matched,
 * the timeline over the span of the matches. Throws QuerySyntaxError, InvalidCursorError or the client's errors.
 */
export async function executeSearch(
  client: Client,
  names: IndexNames,
  params: SearchParams,
): Promise<SearchResult> {
  const response = await client.search({ ...buildSearchRequest(params, names), ...LENIENT_READ });
  const result = toSearchResponse(response, params);
  const span = spanOf(response.aggregations);
  if (result.facets === undefined || span === null) return result;
  const interval = pickInterval(span.min, span.max);
  const timeline = await client.search({
    ...timelineRequest(params, names, span, interval),
    ...LENIENT_READ,
  });
  return { ...result, facets: { ...result.facets, timeline: toTimeline(timeline, interval) } };
}

/** The newest stored revision of an article and the monthly index holding it, or null. */
export async function findArticle(
  client: Client,
  names: IndexNames,
  id: string,
): Promise<{ article: EnrichedArticle; index: string } | null> {
  const response = await client.search({ ...articleRequest(id, names), ...LENIENT_READ });
  const article = toArticle(response);
  const hit = response.hits.hits[0];
  return article === null || hit === undefined ? null : { article, index: hit._index };
}

/** Related articles, or null when the article does not exist. */
export async function executeRelated(
  client: Client,
  names: IndexNames,
  id: string,
  size: number,
): Promise<RelatedHit[] | null> {
  const found = await findArticle(client, names, id);
  if (found === null) return null;
  const response = await client.search({
    ...relatedRequest(found.article, found.index, names, size),
    ...LENIENT_READ,
  });
  return toRelated(response, found.article);
}

export async function executeEntities(
  client: Client,
  names: IndexNames,
  options: { prefix: string; kind: EntityKind | 'all'; size: number },
): Promise<EntitySuggestion[]> {
  const response = await client.search({ ...entitiesRequest(options, names), ...LENIENT_READ });
  return toEntitySuggestions(response, options.size);
}

export interface TrendsOptions {
  /** Length of each window, in ms. */
  readonly windowMs: number;
  readonly kind: EntityKind | 'all';
  /** Most rising entities returned. */
  readonly size: number;
  /** End of the current window when the filters have no `to`. */
  readonly now: () => Date;
}

export interface TrendsResult {
  /** Matching articles over time, between `from` (or the first match) and `to` (or the last). */
  readonly series: { readonly interval: string | null; readonly buckets: TimelineBucket[] };
  readonly window: { readonly previousStart: string; readonly start: string; readonly end: string };
  readonly rising: RisingEntity[];
}

/** Mentions over time of what the filters match, and the entities rising in the last window. */
export async function executeTrends(
  client: Client,
  names: IndexNames,
  filters: SearchFilters,
  options: TrendsOptions,
): Promise<TrendsResult> {
  const end = filters.to !== undefined ? Date.parse(filters.to) : options.now().getTime();
  const rangeResponse = await client.search({
    index: names.alias,
    size: 0,
    track_total_hits: false,
    query: buildQuery(filters),
    aggs: { facet_first: { min: { field: 'publishedAt' } }, facet_last: { max: { field: 'publishedAt' } } },
    ...LENIENT_READ,
  });
  const matched = spanOf(rangeResponse.aggregations);
  let series: TrendsResult['series'] = { interval: null, buckets: [] };
  if (matched !== null) {
    const span = {
      min: filters.from !== undefined ? Date.parse(filters.from) : matched.min,
      max: filters.to !== undefined ? Date.parse(filters.to) : matched.max,
    };
    const interval = pickInterval(span.min, span.max);
    series = toTimeline(
      await client.search({ ...timelineRequest(filters, names, span, interval), ...LENIENT_READ }),
      interval,
    );
  }
  const rising = toRising(
    await client.search({
      ...risingRequest(filters, names, { end, windowMs: options.windowMs, kind: options.kind }),
      ...LENIENT_READ,
    }),
    options.size,
  );
  const iso = (ms: number): string => new Date(ms).toISOString();
  return {
    series,
    window: {
      previousStart: iso(end - 2 * options.windowMs),
      start: iso(end - options.windowMs),
      end: iso(end),
    },
    rising,
  };
}
