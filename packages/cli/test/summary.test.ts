import { describe, expect, it } from '@jest/globals';
import type { ItemResult } from '../src/deliver.js';
import { formatProgress } from '../src/progress.js';
import { exitCodeOf, formatSummary, formatSummaryJson, summarize } from '../src/summary.js';

const results: ItemResult[] = [
  { outcome: 'accepted', label: 'a.json', id: 'id-a', revision: 1, correlationId: 'c-a', attempts: 1 },
  { outcome: 'accepted', label: 'b.txt', id: 'id-b', revision: 2, correlationId: 'c-b', attempts: 3 },
  {
    outcome: 'rejected',
    label: 'c.json[1]',
    status: 400,
    code: 'NEWSFLOW_HTTP_VALIDATION',
    detail: 'invalid article: /url Invalid URL',
    errors: [{ pointer: '/url', message: 'Invalid URL' }],
    attempts: 1,
  },
  {
    outcome: 'failed',
    label: 'd.ndjson:4',
    status: 503,
    reason: 'gave up after 4 attempts: HTTP 503',
    attempts: 4,
  },
];
const meta = { ingester: 'http://127.0.0.1:8081/v1/articles', durationMs: 1_234.5, skipped: ['notes.md'] };

describe('summary', () => {
  it('counts outcomes and retries', () => {
    const summary = summarize(results, meta);
    expect(summary).toMatchObject({ total: 4, durationMs: 1_235, retries: 5, retriedItems: 2 });
    expect(summary.accepted.map((r) => r.id)).toEqual(['id-a', 'id-b']);
    expect(exitCodeOf(summary)).toBe(1);
    expect(exitCodeOf(summarize(results.slice(0, 2), meta))).toBe(0);
  });

  it('reads as a report for people', () => {
    expect(formatSummary(summarize(results, meta))).toBe(
      [
        'pushed 4 to http://127.0.0.1:8081/v1/articles in 1.2s: 2 accepted, 1 rejected, 1 failed, 5 retries (on 2 items)',
        '',
        'accepted (2):',
        '  a.json  id=id-a revision=1',
        '  b.txt  id=id-b revision=2',
        '',
        'rejected (1):',
        '  c.json[1]  400 NEWSFLOW_HTTP_VALIDATION: invalid article: /url Invalid URL',
        '      /url  Invalid URL',
        '',
        'failed (1):',
        '  d.ndjson:4  gave up after 4 attempts: HTTP 503',
        '',
        'skipped (1, not .json/.ndjson/.jsonl/.txt/.html/.htm):',
        '  notes.md',
        '',
      ].join('\n'),
    );
  });

  it('is one JSON document for machines', () => {
    const json = JSON.parse(formatSummaryJson(summarize(results, meta))) as Record<string, unknown>;
    expect(json).toMatchObject({
      ingester: meta.ingester,
      total: 4,
      counts: { accepted: 2, rejected: 1, failed: 1 },
      retries: 5,
      retriedItems: 2,
      skipped: ['notes.md'],
    });
    expect(json['rejected']).toEqual([results[2]]);
  });
});

describe('formatProgress', () => {
  it('shows done, counts, rate and ETA', () => {
    const counts = { done: 25, total: 100, accepted: 24, rejected: 1, failed: 0 };
    expect(formatProgress(counts, 5_000)).toBe(
      '25/100 (25%) 24 accepted, 1 rejected, 0 failed · 5.0/s · ETA 15s',
    );
    expect(formatProgress({ ...counts, done: 1 }, 10_000)).toContain('ETA 16m30s');
    expect(formatProgress({ ...counts, done: 0 }, 0)).toContain('ETA --');
  });
});
