import { describe, expect, it } from '@jest/globals';
import { histogramBuckets, indexNames, pickInterval, timelineRequest } from '@newsflow/search';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('pickInterval', () => {
  it.each([
    [0, '1h'],
    [10 * HOUR, '1h'],
    [2 * DAY, '3h'],
    [5 * DAY, '6h'],
    [30 * DAY, '1d'],
    [200 * DAY, '1w'],
    [3 * 365 * DAY, '1M'],
    [8 * 365 * DAY, '1q'],
    [100 * 365 * DAY, '1y'],
  ])('splits a span of %d ms by %s', (span, expected) => {
    expect(pickInterval(1_000, 1_000 + span).value).toBe(expected);
  });
});

describe('timelineRequest', () => {
  it('counts matches per interval over the whole span, empty buckets included', () => {
    const request = timelineRequest({ q: 'summit' }, indexNames('nf'), { min: 0, max: 30 * DAY });
    expect(request.size).toBe(0);
    expect(request.aggs).toEqual({
      timeline: {
        date_histogram: {
          field: 'publishedAt',
          calendar_interval: '1d',
          min_doc_count: 0,
          extended_bounds: { min: 0, max: 30 * DAY },
          format: 'strict_date_time',
        },
      },
    });
    expect(
      timelineRequest({}, indexNames('nf'), { min: 0, max: HOUR }).aggs?.['timeline']?.date_histogram,
    ).toMatchObject({
      fixed_interval: '1h',
    });
  });

  it('reads buckets', () => {
    expect(
      histogramBuckets({ buckets: [{ key: 0, key_as_string: '1970-01-01T00:00:00.000Z', doc_count: 2 }] }),
    ).toEqual([{ date: '1970-01-01T00:00:00.000Z', count: 2 }]);
    expect(histogramBuckets(undefined)).toEqual([]);
  });
});
