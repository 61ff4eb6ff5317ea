import type { estypes } from '@elastic/elasticsearch';
import { InvalidCursorError } from '../errors.js';
import type { IndexNames } from '../names.js';
import { decodeCursor } from './cursor.js';
import { facetAggregations } from './facets.js';
import { buildQuery } from './filters.js';
import { DEFAULT_SIZE, MAX_SIZE, MAX_WINDOW, type SearchParams, type SortOrder } from './params.js';

/** Highlight markers: private-use characters (Java trims control characters off fragment ends). */
export const MARK_START = '\uE000';
export const MARK_END = '\uE001';

export const DUPLICATE_GROUP_FIELD = 'fingerprint.dupKey';

/** Fields a result list shows; the body is only read through its highlight. */
const LIST_SOURCE_EXCLUDES = ['body', 'entities.mentions', 'entityNames', 'fingerprint'];

const SNIPPET_LENGTH = 240;

export function sortFor(sort: SortOrder): estypes.SortCombinations[] {
  // `id` breaks ties so paging with search_after is stable.
  return sort === 'newest'
    ? [{ publishedAt: { order: 'desc' } }, { id: { order: 'asc' } }]
    : [{ _score: { order: 'desc' } }, { publishedAt: { order: 'desc' } }, { id: { order: 'asc' } }];
}

export function clampSize(size: number | undefined): number {
  if (size === undefined || !Number.isFinite(size)) return DEFAULT_SIZE;
  return Math.min(MAX_SIZE, Math.max(1, Math.trunc(size)));
}

export const HIGHLIGHT: estypes.SearchHighlight = {
  pre_tags: [MARK_START],
  post_tags: [MARK_END],
  // Phrases match the exact subfields; highlight the terms wherever they appear.
  require_field_match: false,
  fields: {
    title: { number_of_fragments: 0 },
    'title.exact': { number_of_fragments: 0 },
    body: { fragment_size: 180, number_of_fragments: 3, no_match_size: SNIPPET_LENGTH },
    'body.exact': { fragment_size: 180, number_of_fragments: 3 },
  },
};

/**
 * The Elasticsearch request for validated search parameters. Asks for one hit more than the page
 * size, so the response knows whether there is a next page. Throws QuerySyntaxError or InvalidCursorError.
 */
export function buildSearchRequest(params: SearchParams, names: IndexNames): estypes.SearchRequest {
  const sort = params.sort ?? 'relevance';
  const size = clampSize(params.size);
  const collapse = params.collapse ?? false;
  const request: estypes.SearchRequest = {
    index: names.alias,
    query: buildQuery(params),
    sort: sortFor(sort),
    size: size + 1,
    track_total_hits: true,
    _source: { excludes: LIST_SOURCE_EXCLUDES },
    highlight: HIGHLIGHT,
  };
  if (params.cursor !== undefined) {
    const cursor = decodeCursor(params.cursor, sort);
    if (collapse !== 'offset' in cursor) {
      throw new InvalidCursorError(`cursor was made for collapse=${String(!collapse)}`);
    }
    if ('after' in cursor) request.search_after = [...cursor.after];
    else request.from = cursor.offset;
  }
  if (collapse) {
    // search_after cannot follow a collapse on another field than the sort: collapsed pages use offsets.
    if ((request.from ?? 0) + size + 1 > MAX_WINDOW) {
      throw new InvalidCursorError(`collapsed results can be paged through the first ${MAX_WINDOW} only`);
    }
    request.collapse = { field: DUPLICATE_GROUP_FIELD, inner_hits: { name: 'copies', size: 0 } };
  }
  if (params.facets ?? true) {
    request.aggs = facetAggregations();
    if (collapse) request.aggs['distinct'] = { cardinality: { field: DUPLICATE_GROUP_FIELD } };
  }
  return request;
}
