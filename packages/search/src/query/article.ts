import type { estypes } from '@elastic/elasticsearch';
import type { EnrichedArticle } from '@newsflow/contracts';
import { fromDocument } from '../document.js';
import type { IndexNames } from '../names.js';

/**
 * Finds one article by id across the monthly indices. A GET cannot go through an alias over several
 * indices, so this is a search; if the article moved month (its publishedAt changed), the newest
 * revision wins.
 */
export function articleRequest(id: string, names: IndexNames): estypes.SearchRequest {
  return {
    index: names.alias,
    query: { ids: { values: [id] } },
    sort: [{ revision: { order: 'desc' } }],
    size: 1,
    _source: { excludes: ['entityNames', 'fingerprint.dupKey', 'fingerprint.nibbles'] },
  };
}

/** The article in the response, or null. Throws a ContractError if the stored document is not an article. */
export function toArticle(response: estypes.SearchResponse<unknown>): EnrichedArticle | null {
  const hit = response.hits.hits[0];
  if (hit === undefined) return null;
  return fromDocument(hit._source);
}
