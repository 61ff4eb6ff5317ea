import { describe, expect, it } from '@jest/globals';
import type { estypes } from '@elastic/elasticsearch';
import {
  bulkOperations,
  classifyBulkItems,
  copiesElsewhere,
  indexNames,
  isRetriableRequestError,
  summarizeBulk,
  toDocument,
} from '@newsflow/search';
import { errors } from '@elastic/elasticsearch';
import { article } from './fixtures.js';

const names = indexNames('nf');

describe('bulkOperations', () => {
  it('writes each article to its monthly index with its revision as an external version', () => {
    const march = article({ id: 'a1', revision: 3, publishedAt: '2025-03-31T23:59:59Z' });
    const april = article({ id: 'a2', revision: 0, publishedAt: '2025-04-01T00:00:00+02:00' });
    expect(bulkOperations([march, april], names)).toEqual([
      { index: { _index: 'nf-articles-2025.03', _id: 'a1', version: 3, version_type: 'external' } },
      toDocument(march),
      // 00:00 at +02:00 is still March in UTC.
      { index: { _index: 'nf-articles-2025.03', _id: 'a2', version: 0, version_type: 'external' } },
      toDocument(april),
    ]);
  });

  it('can let the same revision overwrite (re-index after an enrichment upgrade)', () => {
    const [action] = bulkOperations([article({ revision: 2 })], names, { overwriteSameRevision: true });
    expect(action).toMatchObject({ index: { version: 2, version_type: 'external_gte' } });
  });
});

/** Items shaped as Elasticsearch 9 returns them. */
const ok = (id: string, status = 201): estypes.BulkResponseItem => ({
  _index: 'nf-articles-2025.03',
  _id: id,
  _version: 3,
  result: status === 201 ? 'created' : 'updated',
  _shards: { total: 1, successful: 1, failed: 0 },
  _seq_no: 0,
  _primary_term: 1,
  status,
});

const failed = (
  id: string,
  status: number,
  type: string,
  reason: string,
  causedBy?: estypes.ErrorCause,
): estypes.BulkResponseItem => ({
  _index: 'nf-articles-2025.03',
  _id: id,
  status,
  error: { type, reason, ...(causedBy ? { caused_by: causedBy } : {}) },
});

describe('copiesElsewhere', () => {
  const write = (revision: number, overwriteSameRevision = false) => ({
    article: article({ id: 'm1', revision, publishedAt: '2025-04-02T00:00:00Z' }),
    overwriteSameRevision,
  });
  const april = 'nf-articles-2025.04';
  const march = 'nf-articles-2025.03';

  it('deletes what older revisions left in other months, not the copy in its own month', () => {
    expect(
      copiesElsewhere(write(3), april, [
        { index: march, revision: 2 },
        { index: april, revision: 1 },
      ]),
    ).toEqual({ superseded: false, older: [{ index: march, revision: 2 }] });
    expect(copiesElsewhere(write(0), april, [])).toEqual({ superseded: false, older: [] });
  });

  it('is superseded by a newer revision in another month, and by the same one unless it reprocesses', () => {
    expect(copiesElsewhere(write(2), april, [{ index: march, revision: 3 }])).toEqual({
      superseded: true,
      older: [],
    });
    expect(copiesElsewhere(write(3), april, [{ index: march, revision: 3 }]).superseded).toBe(true);
    expect(copiesElsewhere(write(3, true), april, [{ index: march, revision: 3 }])).toEqual({
      superseded: false,
      older: [],
    });
  });
});

describe('classifyBulkItems', () => {
  const response: estypes.BulkResponse = {
    errors: true,
    took: 12,
    items: [
      { index: ok('created') },
      { index: ok('updated', 200) },
      {
        index: failed(
          'stale',
          409,
          'version_conflict_engine_exception',
          '[stale]: version conflict, current version [5] is higher or equal to the one provided [3]',
        ),
      },
      {
        index: failed(
          'busy',
          429,
          'es_rejected_execution_exception',
          'rejected execution of coordinating operation',
        ),
      },
      {
        index: failed(
          'shard',
          503,
          'unavailable_shards_exception',
          '[nf-articles-2025.03][0] primary shard is not active',
        ),
      },
      {
        index: failed(
          'strict',
          400,
          'strict_dynamic_mapping_exception',
          '[1:2] mapping set to strict, dynamic introduction of [extra] within [_doc] is not allowed',
        ),
      },
      {
        index: failed(
          'parse',
          400,
          'document_parsing_exception',
          '[1:90] failed to parse field [publishedAt] of type [date]',
          {
            type: 'illegal_argument_exception',
            reason: 'failed to parse date field [yesterday]',
          },
        ),
      },
      { index: failed('boom', 500, 'exception', 'something broke') },
      { create: ok('created-op') },
    ],
  };

  it('reads every item, in order, with its outcome', () => {
    const results = classifyBulkItems(response);
    expect(results.map((r) => [r.position, r.id, r.kind])).toEqual([
      [0, 'created', 'indexed'],
      [1, 'updated', 'indexed'],
      [2, 'stale', 'stale'],
      [3, 'busy', 'retriable'],
      [4, 'shard', 'retriable'],
      [5, 'strict', 'permanent'],
      [6, 'parse', 'permanent'],
      [7, 'boom', 'retriable'],
      [8, 'created-op', 'indexed'],
    ]);
    expect(summarizeBulk(results)).toEqual({ indexed: 3, stale: 1, retriable: 3, permanent: 2 });
  });

  it('keeps the error type and the reason with its causes', () => {
    const [, , , busy, , strict, parse] = classifyBulkItems(response);
    expect(busy).toMatchObject({ kind: 'retriable', status: 429, type: 'es_rejected_execution_exception' });
    expect(strict).toMatchObject({
      kind: 'permanent',
      status: 400,
      type: 'strict_dynamic_mapping_exception',
    });
    expect(parse).toMatchObject({
      kind: 'permanent',
      type: 'document_parsing_exception',
      reason:
        '[1:90] failed to parse field [publishedAt] of type [date] <- illegal_argument_exception: failed to parse date field [yesterday]',
    });
  });

  it('does not trust errors: false alone', () => {
    const results = classifyBulkItems({
      errors: false,
      took: 1,
      items: [{ index: failed('x', 429, 'es_rejected_execution_exception', 'busy') }],
    });
    expect(results[0]?.kind).toBe('retriable');
  });

  it('marks an item without an action as permanent', () => {
    expect(classifyBulkItems({ errors: true, took: 1, items: [{}] })[0]).toMatchObject({
      kind: 'permanent',
      type: 'empty_item',
    });
  });
});

describe('isRetriableRequestError', () => {
  const responseError = (statusCode: number): errors.ResponseError =>
    new errors.ResponseError({
      body: { error: { type: 'x' } },
      statusCode,
      headers: {},
      warnings: null,
      meta: {} as never,
    });

  it('retries connection failures, timeouts, 429 and 5xx, nothing else', () => {
    expect(isRetriableRequestError(new errors.ConnectionError('refused'))).toBe(true);
    expect(isRetriableRequestError(new errors.TimeoutError('slow'))).toBe(true);
    expect(isRetriableRequestError(responseError(429))).toBe(true);
    expect(isRetriableRequestError(responseError(503))).toBe(true);
    expect(isRetriableRequestError(responseError(400))).toBe(false);
    expect(isRetriableRequestError(new Error('x'))).toBe(false);
    expect(isRetriableRequestError('x')).toBe(false);
  });
});
