import type { estypes } from '@elastic/elasticsearch';

export interface FacetBucket {
  readonly value: string;
  readonly count: number;
}

export interface TimelineBucket {
  /** Start of the bucket, ISO 8601. */
  readonly date: string;
  readonly count: number;
}

export interface Facets {
  readonly person: FacetBucket[];
  readonly org: FacetBucket[];
  readonly location: FacetBucket[];
  readonly keywords: FacetBucket[];
  readonly sources: FacetBucket[];
  readonly languages: FacetBucket[];
  readonly timeline: { readonly interval: string | null; readonly buckets: TimelineBucket[] };
}

const TERMS_FACETS = {
  person: 'entityNames.person',
  org: 'entityNames.org',
  location: 'entityNames.location',
  keywords: 'keywords.text',
  sources: 'source',
  languages: 'language.code',
} as const;

export const DEFAULT_FACET_SIZE = 10;

export function facetAggregations(
  size: number = DEFAULT_FACET_SIZE,
): Record<string, estypes.AggregationsAggregationContainer> {
  const aggs: Record<string, estypes.AggregationsAggregationContainer> = {};
  for (const [name, field] of Object.entries(TERMS_FACETS)) {
    aggs[`facet_${name}`] = { terms: { field, size } };
  }
  // The timeline's interval depends on the span of the matches: read it here, histogram it after (timeline.ts).
  aggs['facet_first'] = { min: { field: 'publishedAt' } };
  aggs['facet_last'] = { max: { field: 'publishedAt' } };
  return aggs;
}

type Aggregates = Record<string, estypes.AggregationsAggregate> | undefined;

function termsBuckets(aggregate: estypes.AggregationsAggregate | undefined): FacetBucket[] {
  const buckets = (aggregate as estypes.AggregationsStringTermsAggregate | undefined)?.buckets;
  if (!Array.isArray(buckets)) return [];
  return buckets.map((bucket) => ({ value: String(bucket.key), count: bucket.doc_count }));
}

/** Publication time of the first and last match, in epoch ms, or null when nothing matched. */
export function spanOf(aggregations: Aggregates): { readonly min: number; readonly max: number } | null {
  const min = (aggregations?.['facet_first'] as estypes.AggregationsMinAggregate | undefined)?.value;
  const max = (aggregations?.['facet_last'] as estypes.AggregationsMaxAggregate | undefined)?.value;
  return typeof min === 'number' && typeof max === 'number' ? { min, max } : null;
}

export function toFacets(aggregations: Aggregates): Facets {
  const get = (name: string): estypes.AggregationsAggregate | undefined => aggregations?.[`facet_${name}`];
  return {
    person: termsBuckets(get('person')),
    org: termsBuckets(get('org')),
    location: termsBuckets(get('location')),
    keywords: termsBuckets(get('keywords')),
    sources: termsBuckets(get('sources')),
    languages: termsBuckets(get('languages')),
    // Filled in by a second request once the span is known (see timeline.ts).
    timeline: { interval: null, buckets: [] },
  };
}
