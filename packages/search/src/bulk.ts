import { errors, type Client, type estypes } from '@elastic/elasticsearch';
import type { EnrichedArticle } from '@newsflow/contracts';
import { toDocument, type SearchDocument } from './document.js';
import type { IndexNames } from './names.js';
import { LENIENT_READ } from './search.js';

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

/** One article to write, and whether the same revision may overwrite the indexed one (a reprocess). */
export interface ArticleWrite {
  readonly article: EnrichedArticle;
  readonly overwriteSameRevision: boolean;
}

/** A copy of an article in one monthly index, at its revision. */
export interface StoredCopy {
  readonly index: string;
  readonly revision: number;
}

/**
 * The copies of these articles search sees now, by id. A copy written less than a refresh interval ago (1 s) is
 * not seen yet.
 */
export async function storedCopies(
  client: Client,
  names: IndexNames,
  ids: readonly string[],
): Promise<Map<string, StoredCopy[]>> {
  const unique = [...new Set(ids)];
  const copies = new Map<string, StoredCopy[]>();
  if (unique.length === 0) return copies;
  const response = await client.search({
    index: names.alias,
    query: { ids: { values: unique } },
    _source: false,
    version: true,
    // One copy each, and room for the rare article a moved publishedAt left in two months.
    size: Math.min(10_000, unique.length * 4),
    ...LENIENT_READ,
  });
  for (const hit of response.hits.hits) {
    if (hit._id === undefined || hit._version === undefined) continue;
    const list = copies.get(hit._id) ?? [];
    list.push({ index: hit._index, revision: hit._version });
    copies.set(hit._id, list);
  }
  return copies;
}

/**
 * What one write means for its article's copies in other monthly indices (a revision moved `publishedAt` to
 * another month): `superseded` when another month already holds a newer revision, or the same one that a
 * reprocess would not overwrite (writing would bring an old copy back); else the older copies to delete once the
 * write has landed.
 */
export function copiesElsewhere(
  write: ArticleWrite,
  target: string,
  copies: readonly StoredCopy[],
): { superseded: boolean; older: StoredCopy[] } {
  const { revision } = write.article;
  const elsewhere = copies.filter((copy) => copy.index !== target);
  const superseded = elsewhere.some((copy) =>
    write.overwriteSameRevision ? copy.revision > revision : copy.revision >= revision,
  );
  return { superseded, older: superseded ? [] : elsewhere.filter((copy) => copy.revision < revision) };
}

/**
 * Writes articles in one bulk request (after a look-up of their copies, and a second bulk only when old copies are to
 * go), with one result per article in order. Each goes to the monthly index of its
 * publishedAt; when a revision moved it to another month, the copy an older revision left in the old month is
 * deleted once the new one has landed (a failed write never leaves the article nowhere), and a revision older than
 * one already in another month is stale. Among several revisions of one article in `writes`, the newest is written.
 * Throws the client's error when a request fails as a whole.
 */
export async function writeArticles(
  client: Client,
  names: IndexNames,
  writes: readonly ArticleWrite[],
  options: Pick<BulkOptions, 'duplicateGroups'> = {},
): Promise<BulkItemResult[]> {
  const stored = await storedCopies(
    client,
    names,
    writes.map((write) => write.article.id),
  );
  const newest = new Map<string, number>();
  for (const { article } of writes)
    newest.set(article.id, Math.max(newest.get(article.id) ?? -1, article.revision));
  const plans = writes.map((write, position) => {
    const target = names.indexFor(write.article.publishedAt);
    const { superseded, older } = copiesElsewhere(write, target, stored.get(write.article.id) ?? []);
    return {
      write,
      position,
      target,
      older,
      superseded: superseded || write.article.revision < (newest.get(write.article.id) ?? -1),
    };
  });
  const toWrite = plans.filter((plan) => !plan.superseded);
  const written =
    toWrite.length === 0
      ? []
      : classifyBulkItems(
          await client.bulk({
            operations: toWrite.flatMap(({ write }) =>
              bulkOperations([write.article], names, {
                overwriteSameRevision: write.overwriteSameRevision,
                ...options,
              }),
            ),
          }),
        );
  const results: BulkItemResult[] = plans.map(({ write, position, target }) => ({
    position,
    id: write.article.id,
    index: target,
    status: 409,
    kind: 'stale',
  }));
  toWrite.forEach((plan, k) => {
    const result = written[k];
    results[plan.position] = result
      ? { ...result, position: plan.position }
      : {
          position: plan.position,
          id: plan.write.article.id,
          index: plan.target,
          status: 0,
          kind: 'retriable',
          type: 'missing_item',
          reason: 'no item in the bulk response',
        };
  });
  // The old month's copy goes once the article is in its month (written now, or already there: a retry).
  const deletions = toWrite.filter((plan) => {
    const kind = results[plan.position]?.kind;
    return plan.older.length > 0 && (kind === 'indexed' || kind === 'stale');
  });
  if (deletions.length === 0) return results;
  const operations = deletions.flatMap((plan) =>
    plan.older.map((copy): estypes.BulkOperationContainer => ({
      delete: {
        _index: copy.index,
        _id: plan.write.article.id,
        version: plan.write.article.revision,
        version_type: 'external',
      },
    })),
  );
  const deleted = classifyBulkItems(await client.bulk({ operations }));
  let k = 0;
  for (const plan of deletions) {
    for (let c = 0; c < plan.older.length; c++, k++) {
      const outcome = deleted[k];
      // Gone already (404) or replaced by a newer revision there (409): nothing left to delete. Refused for now:
      // the article is written again later (a stale write) and its old copy deleted then.
      if (outcome?.kind === 'retriable') results[plan.position] = { ...outcome, position: plan.position };
    }
  }
  return results;
}
