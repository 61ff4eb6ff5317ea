import type { estypes } from '@elastic/elasticsearch';
import type { EnrichedArticle } from '@newsflow/contracts';
import type { IndexNames } from '../names.js';
import { HIGHLIGHT } from './search-request.js';
import { toHit, type SearchHit } from './search-response.js';

const MAX_SHARED_ENTITIES = 10;
const LIST_SOURCE_EXCLUDES = ['body', 'entities.mentions', 'entityNames', 'fingerprint'];

export interface RelatedHit extends SearchHit {
  /** Canonical names this article shares with the one asked about. */
  readonly sharedEntities: string[];
}

/**
 * Articles like this one: similar text (more_like_this against the stored article in its monthly
 * index) and shared entities, most salient first. The article itself and its exact copies are left out.
 */
export function relatedRequest(
  article: Pick<EnrichedArticle, 'id' | 'entities' | 'fingerprint'>,
  index: string,
  names: IndexNames,
  size: number,
): estypes.SearchRequest {
  const entities = [...article.entities]
    .sort((a, b) => b.salience - a.salience)
    .slice(0, MAX_SHARED_ENTITIES)
    .map((e) => e.name);
  const should: estypes.QueryDslQueryContainer[] = [
    {
      more_like_this: {
        fields: ['title', 'body'],
        like: [{ _index: index, _id: article.id }],
        min_term_freq: 1,
        min_doc_freq: 1,
        max_query_terms: 30,
        minimum_should_match: '20%',
      },
    },
  ];
  if (entities.length > 0) should.push({ terms: { 'entityNames.all': entities, boost: 2 } });
  return {
    index: names.alias,
    size,
    query: {
      bool: {
        should,
        minimum_should_match: 1,
        must_not: [
          { ids: { values: [article.id] } },
          { term: { 'fingerprint.simhash': article.fingerprint.simhash } },
        ],
      },
    },
    _source: { excludes: LIST_SOURCE_EXCLUDES },
    highlight: HIGHLIGHT,
    // Copies of one story count once.
    collapse: { field: 'fingerprint.dupKey' },
  };
}

export function toRelated(
  response: estypes.SearchResponse<unknown>,
  article: Pick<EnrichedArticle, 'entities'>,
): RelatedHit[] {
  const names = new Set(article.entities.map((e) => e.name));
  return response.hits.hits.map((hit) => {
    const base = toHit(hit);
    const theirs = [...base.entities.person, ...base.entities.org, ...base.entities.location];
    return { ...base, sharedEntities: theirs.filter((name) => names.has(name)) };
  });
}
