export {
  SearchError,
  QuerySyntaxError,
  InvalidCursorError,
  SearchConfigError,
  IndexSetupError,
  DocumentError,
  SEARCH_ERROR_CODES,
  type SearchErrorCode,
} from './errors.js';
export { indexNames, type IndexNames } from './names.js';
export {
  ARTICLE_MAPPING,
  ARTICLE_ANALYSIS,
  MAPPING_VERSION,
  articleTemplate,
  type IndexSettingsOptions,
} from './mapping.js';
export { ensureIndex, deleteIndices, type EnsureIndexOptions, type EnsureIndexResult } from './setup.js';
export {
  toDocument,
  fromDocument,
  ENTITY_KINDS,
  KIND_OF_TYPE,
  TYPE_OF_KIND,
  type EntityKind,
  type SearchDocument,
} from './document.js';
export {
  bulkOperations,
  classifyBulkItems,
  copiesElsewhere,
  storedCopies,
  writeArticles,
  summarizeBulk,
  isRetriableRequestError,
  type ArticleWrite,
  type StoredCopy,
  type BulkLine,
  type BulkOptions,
  type BulkOutcome,
  type BulkItemResult,
  type BulkSummary,
} from './bulk.js';
export { parseQuery, QUERY_FIELDS, QUERY_LIMITS, type QueryField, type QueryNode } from './query/parser.js';
export { toEsQuery } from './query/dsl.js';
export { buildQuery, filterClauses } from './query/filters.js';
export {
  parseEntityFilter,
  SORT_ORDERS,
  DEFAULT_SIZE,
  MAX_SIZE,
  MAX_WINDOW,
  type SortOrder,
  type EntityFilter,
  type SearchFilters,
  type SearchParams,
} from './query/params.js';
export { encodeCursor, decodeCursor, type CursorState, type SortValue } from './query/cursor.js';
export { buildSearchRequest, sortFor } from './query/search-request.js';
export { toSearchResponse, toHit, type SearchHit, type SearchResult } from './query/search-response.js';
export { matchClues, matchedEntities, type MatchClue, type MatchedEntity } from './query/explain.js';
export { escapeHtml, highlightToHtml } from './query/highlight.js';
export {
  facetAggregations,
  toFacets,
  spanOf,
  type Facets,
  type FacetBucket,
  type TimelineBucket,
} from './query/facets.js';
export {
  pickInterval,
  dateHistogram,
  timelineRequest,
  toTimeline,
  histogramBuckets,
  TIMELINE_BUCKETS,
  type TimelineInterval,
} from './query/timeline.js';
export {
  executeSearch,
  executeRelated,
  executeEntities,
  executeTrends,
  findArticle,
  LENIENT_READ,
  type TrendsOptions,
  type TrendsResult,
} from './search.js';
export { articleRequest, toArticle } from './query/article.js';
export { relatedRequest, toRelated, type RelatedHit } from './query/related.js';
export {
  entitiesRequest,
  toEntitySuggestions,
  prefixPattern,
  type EntitySuggestion,
} from './query/entities.js';
export { risingRequest, toRising, parseWindow, type RisingEntity } from './query/trends.js';
export {
  exportRows,
  exportPageRequest,
  toExportRow,
  csvHeader,
  csvLine,
  ndjsonLine,
  EXPORT_COLUMNS,
  EXPORT_PAGE_SIZE,
  type ExportRow,
} from './query/export.js';
export { duplicateGroups, RecentPrints, simhashNibbles } from './duplicates.js';
