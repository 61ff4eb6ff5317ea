import type { estypes } from '@elastic/elasticsearch';
import { ENTITY_KINDS, type EntityKind } from '../document.js';
import type { IndexNames } from '../names.js';
import { buildQuery } from './filters.js';
import type { SearchFilters } from './params.js';

export interface RisingEntity {
  readonly name: string;
  readonly type: EntityKind;
  /** Articles mentioning it in the window. */
  readonly current: number;
  /** In the window before. */
  readonly previous: number;
  /** current − previous. */
  readonly change: number;
  /** (current + 1) / (previous + 1): smoothed, so a first appearance does not divide by zero. */
  readonly ratio: number;
}

/** How many candidates per type are compared; the rising ones are among the most mentioned. */
const CANDIDATES = 200;

export function parseWindow(window: string): number {
  const match = /^(\d+)([hd])$/.exec(window);
  if (!match) return 24 * 3_600_000;
  return Number(match[1]) * (match[2] === 'd' ? 24 : 1) * 3_600_000;
}

/**
 * Entities mentioned more in [end − window, end] than in the window before, among articles matching
 * the filters (their own from/to are ignored: the windows set the time).
 */
export function risingRequest(
  filters: SearchFilters,
  names: IndexNames,
  options: { end: number; windowMs: number; kind: EntityKind | 'all' },
): estypes.SearchRequest {
  const { end, windowMs } = options;
  const kinds = options.kind === 'all' ? ENTITY_KINDS : [options.kind];
  const split = end - windowMs;
  const aggs: Record<string, estypes.AggregationsAggregationContainer> = {};
  for (const kind of kinds) {
    aggs[kind] = {
      terms: { field: `entityNames.${kind}`, size: CANDIDATES },
      aggs: {
        current: { filter: { range: { publishedAt: { gt: split, lte: end, format: 'epoch_millis' } } } },
      },
    };
  }
  const base = buildQuery({ ...filters, from: undefined, to: undefined });
  return {
    index: names.alias,
    size: 0,
    track_total_hits: false,
    query: {
      bool: {
        must: [base],
        filter: [{ range: { publishedAt: { gt: end - 2 * windowMs, lte: end, format: 'epoch_millis' } } }],
      },
    },
    aggs,
  };
}

export function toRising(response: estypes.SearchResponse<unknown>, size: number): RisingEntity[] {
  const rising: RisingEntity[] = [];
  for (const kind of ENTITY_KINDS) {
    const buckets = (response.aggregations?.[kind] as estypes.AggregationsStringTermsAggregate | undefined)
      ?.buckets;
    if (!Array.isArray(buckets)) continue;
    for (const bucket of buckets) {
      const current = (bucket['current'] as estypes.AggregationsFilterAggregate | undefined)?.doc_count ?? 0;
      const previous = bucket.doc_count - current;
      if (current <= previous) continue;
      rising.push({
        name: String(bucket.key),
        type: kind,
        current,
        previous,
        change: current - previous,
        ratio: Math.round(((current + 1) / (previous + 1)) * 100) / 100,
      });
    }
  }
  return rising
    .sort((a, b) => b.change - a.change || b.ratio - a.ratio || a.name.localeCompare(b.name))
    .slice(0, size);
}
