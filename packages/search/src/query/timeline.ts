import type { estypes } from '@elastic/elasticsearch';
import type { IndexNames } from '../names.js';
import type { TimelineBucket } from './facets.js';
import { buildQuery } from './filters.js';
import type { SearchFilters } from './params.js';

/** About this many buckets: enough for a chart, few enough to read. */
export const TIMELINE_BUCKETS = 40;

export interface TimelineInterval {
  /** Elasticsearch's name for it: 1h, 3h, 6h, 12h (fixed) or 1d, 1w, 1M, 1q, 1y (calendar). */
  readonly value: string;
  readonly calendar: boolean;
  /** Its length in ms (approximate for calendar intervals). */
  readonly ms: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const LADDER: readonly TimelineInterval[] = [
  { value: '1h', calendar: false, ms: HOUR },
  { value: '3h', calendar: false, ms: 3 * HOUR },
  { value: '6h', calendar: false, ms: 6 * HOUR },
  { value: '12h', calendar: false, ms: 12 * HOUR },
  { value: '1d', calendar: true, ms: DAY },
  { value: '1w', calendar: true, ms: 7 * DAY },
  { value: '1M', calendar: true, ms: 30 * DAY },
  { value: '1q', calendar: true, ms: 91 * DAY },
  { value: '1y', calendar: true, ms: 365 * DAY },
];

/**
 * The smallest interval that splits [min, max] into at most `target` buckets (our Elasticsearch
 * has no auto_date_histogram, which lives in the missing aggregations module).
 */
export function pickInterval(min: number, max: number, target: number = TIMELINE_BUCKETS): TimelineInterval {
  const span = Math.max(0, max - min);
  return (
    LADDER.find((interval) => span / interval.ms < target) ?? (LADDER[LADDER.length - 1] as TimelineInterval)
  );
}

export function dateHistogram(
  interval: TimelineInterval,
  span: { min: number; max: number },
): estypes.AggregationsAggregationContainer {
  return {
    date_histogram: {
      field: 'publishedAt',
      ...(interval.calendar
        ? { calendar_interval: interval.value as estypes.AggregationsCalendarInterval }
        : { fixed_interval: interval.value }),
      min_doc_count: 0,
      extended_bounds: { min: span.min, max: span.max },
      format: 'strict_date_time',
    },
  };
}

/** A count-only request: matches per interval over the span. */
export function timelineRequest(
  filters: SearchFilters,
  names: IndexNames,
  span: { min: number; max: number },
  interval: TimelineInterval = pickInterval(span.min, span.max),
): estypes.SearchRequest {
  return {
    index: names.alias,
    query: buildQuery(filters),
    size: 0,
    track_total_hits: false,
    aggs: { timeline: dateHistogram(interval, span) },
  };
}

export function histogramBuckets(aggregate: estypes.AggregationsAggregate | undefined): TimelineBucket[] {
  const buckets = (aggregate as estypes.AggregationsDateHistogramAggregate | undefined)?.buckets;
  if (!Array.isArray(buckets)) return [];
  return buckets.map((bucket) => ({
    date: bucket.key_as_string ?? new Date(Number(bucket.key)).toISOString(),
    count: bucket.doc_count,
  }));
}

export function toTimeline(
  response: estypes.SearchResponse<unknown>,
  interval: TimelineInterval,
): { interval: string; buckets: TimelineBucket[] } {
  return { interval: interval.value, buckets: histogramBuckets(response.aggregations?.['timeline']) };
}
