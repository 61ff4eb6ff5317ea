import { errors, type estypes } from '@elastic/elasticsearch';
import type { EnrichedArticle } from '@newsflow/contracts';
import { toDocument, type SearchDocument } from './document.js';
import type { IndexNames } from './names.js';

export interface BulkOptions {
  /**
   * `false` (default): version_type `external`, a replay of the same revision is a 409 (stale).
   * `true`: version_type `external_gte`, the same revision is written again — use it to re-index after
   * an enrichment upgrade that kept revisions. An older revision is never written either way.
   */
  readonly overwriteSameRevision?: boolean;
  /** Near-duplicate group by article id, from `duplicateGroups`; an article missing here is its own group. */
  readonly duplicateGroups?: ReadonlyMap<string, string>;
}

export type BulkLine = estypes.BulkOperationContainer | SearchDocument;

/**
 * Bulk body lines: each article goes to the monthly index of its publishedAt, with its id as `_id`
 * and its revision as an external version, so an older revision replayed never overwrites a newer one.
 */
export function bulkOperations(
  articles: readonly EnrichedArticle[],
  names: IndexNames,
  options: BulkOptions = {},
): BulkLine[] {
  const versionType = options.overwriteSameRevision ? 'external_gte' : 'external';
  return articles.flatMap((article) => [
    {
      index: {
        _index: names.indexFor(article.publishedAt),
        _id: article.id,
        version: article.revision,
        version_type: versionType,
      },
    },
    toDocument(article, options.duplicateGroups?.get(article.id)),
  ]);
}

/**
 * - indexed: written.
 * - stale: a version conflict: the index already holds this revision or a newer one. Success.
 * - retriable: the cluster is busy or a shard is missing: send the same item again later.
 * - permanent: the document itself is wrong (mapping, parse, other 4xx): retrying cannot help.
 */
export type BulkOutcome = 'indexed' | 'stale' | 'retriable' | 'permanent';

interface ItemBase {
  /** Position of the item in the request, which is also the position of the article passed in. */
  readonly position: number;
  readonly id: string;
  readonly index: string;
  readonly status: number;
}

/** What Elasticsearch said about one item; failures carry its error type and reason. */
export type BulkItemResult =
  | (ItemBase & { readonly kind: 'indexed' | 'stale' })
  | (ItemBase & { readonly kind: 'retriable' | 'permanent'; readonly type: string; readonly reason: string });

/** Error types that mean "not now" whatever the status says. */
const RETRIABLE_TYPES = new Set([
  'es_rejected_execution_exception',
  'unavailable_shards_exception',
  'circuit_breaking_exception',
  'no_shard_available_action_exception',
  'node_not_connected_exception',
  'node_closed_exception',
  'process_cluster_event_timeout_exception',
  'cluster_block_exception',
  'primary_missing_action_exception',
  'shard_not_found_exception',
  'timeout_exception',
]);

function classify(status: number, errorType: string | undefined): BulkOutcome {
  if (status === 409 || errorType === 'version_conflict_engine_exception') return 'stale';
  if (errorType !== undefined && RETRIABLE_TYPES.has(errorType)) return 'retriable';
  if (status === 429 || status >= 500) return 'retriable';
  if (errorType === undefined && status >= 200 && status < 300) return 'indexed';
  return 'permanent';
}

function reasonOf(error: estypes.ErrorCause | undefined): string {
  if (error === undefined) return '(no error given)';
  const causes: string[] = [];
  let cause = error.caused_by;
  while (cause && causes.length < 3) {
    if (cause.reason) causes.push(`${cause.type}: ${cause.reason}`);
    cause = cause.caused_by;
  }
  return [error.reason ?? '(no reason given)', ...causes].join(' <- ');
}

/** Reads every item of a bulk response, in request order. Never trusts the top-level `errors` flag alone. */
export function classifyBulkItems(response: estypes.BulkResponse): BulkItemResult[] {
  return response.items.map((item, position): BulkItemResult => {
    const [action] = Object.values(item) as (estypes.BulkResponseItem | undefined)[];
    if (action === undefined) {
      return {
        position,
        id: '',
        index: '',
        status: 0,
        kind: 'permanent',
        type: 'empty_item',
        reason: 'bulk response item has no action',
      };
    }
    const base = { position, id: action._id ?? '', index: action._index, status: action.status };
    const kind = classify(action.status, action.error?.type);
    if (kind === 'indexed' || kind === 'stale') return { ...base, kind };
    return {
      ...base,
      kind,
      type: action.error?.type ?? `http_${action.status}`,
      reason: reasonOf(action.error),
    };
  });
}

export type BulkSummary = Readonly<Record<BulkOutcome, number>>;

export function summarizeBulk(results: readonly BulkItemResult[]): BulkSummary {
  const summary = { indexed: 0, stale: 0, retriable: 0, permanent: 0 };
  for (const result of results) summary[result.kind] += 1;
  return summary;
}

/**
 * Classifies an error thrown by the client for a whole request (bulk or not): connection failures,
 * timeouts, 429 and 5xx are retriable; anything else is permanent.
 */
export function isRetriableRequestError(error: unknown): boolean {
  if (
    error instanceof errors.ConnectionError ||
    error instanceof errors.TimeoutError ||
    error instanceof errors.NoLivingConnectionsError
  ) {
    return true;
  }
  if (error instanceof errors.ResponseError) {
    const status = error.meta.statusCode;
    return typeof status === 'number' && (status === 429 || status >= 500);
  }
  return false;
}
