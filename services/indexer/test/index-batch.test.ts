import { describe, expect, it } from '@jest/globals';
import { DeadLetter, encodeMessage, SCHEMA_VERSION, type EnrichedArticle } from '@newsflow/contracts';
import type { BatchContext, ConsumedMessage } from '@newsflow/kafka';
import { createLogger } from '@newsflow/observability';
import { BulkRequestFailed, indexBatch, type BulkWrite, type ItemOutcome } from '../src/index-batch.js';

const logger = createLogger({ service: 'test', level: 'silent' });
const active: BatchContext = { heartbeat: async () => undefined, isActive: () => true };

function article(id: string): EnrichedArticle {
  return {
    schemaVersion: SCHEMA_VERSION,
    id,
    revision: 1,
    feedId: 'f',
    source: 's',
    authors: [],
    tags: [],
    title: 'T',
    body: 'B',
    publisherTags: [],
    hashtags: [],
    language: { code: 'en', confidence: 1 },
    entities: [],
    keywords: [],
    fingerprint: { simhash: '0000000000000000', bands: [] },
    publishedAt: '2026-11-01T00:00:00Z',
    receivedAt: '2026-11-01T00:00:00Z',
    enrichedAt: '2026-11-01T00:00:00Z',
    enrichmentVersion: 'test',
  };
}

function message(offset: number, value: Buffer, headers: Record<string, string> = {}): ConsumedMessage {
  return {
    topic: 'enriched',
    partition: 0,
    offset: String(offset),
    key: `k${offset}`,
    value,
    headers,
    timestamp: '0',
  };
}

/** A bulk write that answers from a script per article id, recording what it was sent. */
function scriptedBulk(script: Record<string, ItemOutcome[]>): { write: BulkWrite; calls: string[][] } {
  const calls: string[][] = [];
  const write: BulkWrite = async (items) => {
    calls.push(items.map((i) => i.article.id));
    return items.map((i) => script[i.article.id]?.shift() ?? { kind: 'indexed' });
  };
  return { write, calls };
}

const options = (bulkWrite: BulkWrite) => ({
  bulkWrite,
  bulkSize: 2,
  maxBackoffMs: 1,
  maxAttempts: 5,
  logger,
  now: () => new Date(),
});

describe('indexBatch', () => {
  it('retries only the items refused for now, and dead-letters the ones refused for good', async () => {
    const rejected: ItemOutcome = {
      kind: 'retriable',
      status: 429,
      type: 'es_rejected_execution_exception',
      reason: 'busy',
    };
    const broken: ItemOutcome = {
      kind: 'permanent',
      status: 400,
      type: 'document_parsing_exception',
      reason: 'bad field',
    };
    const { write, calls } = scriptedBulk({ b: [rejected, rejected], c: [broken] });
    const messages = ['a', 'b', 'c'].map((id, i) => message(i, encodeMessage(article(id))));

    const result = await indexBatch(messages, active, options(write));

    expect(result.indexed).toBe(2);
    expect(calls).toEqual([['a', 'b'], ['c'], ['b'], ['b']]);
    expect(result.deadLetters).toHaveLength(1);
    const letter = DeadLetter.parse(JSON.parse(result.deadLetters[0]!.value.toString('utf8')));
    expect(letter).toMatchObject({
      articleId: 'c',
      error: { code: 'NEWSFLOW_INDEX_REJECTED', message: 'bad field' },
    });
  });

  it('dead-letters unreadable messages without sending them to Elasticsearch', async () => {
    const { write, calls } = scriptedBulk({});
    const result = await indexBatch(
      [
        message(0, Buffer.from('not json')),
        message(1, encodeMessage({ id: 'x' })),
        message(2, encodeMessage(article('ok'))),
      ],
      active,
      options(write),
    );
    expect(calls).toEqual([['ok']]);
    const codes = result.deadLetters.map(
      (m) => DeadLetter.parse(JSON.parse(m.value.toString('utf8'))).error.code,
    );
    expect(codes).toEqual(['NEWSFLOW_CONTRACT_NOT_JSON', 'NEWSFLOW_CONTRACT_SCHEMA']);
  });

  it('counts a version conflict as already indexed, not as a failure', async () => {
    const { write } = scriptedBulk({ a: [{ kind: 'stale' }] });
    const result = await indexBatch([message(0, encodeMessage(article('a')))], active, options(write));
    expect(result).toMatchObject({ indexed: 0, stale: 1, deadLetters: [] });
  });

  it('keeps retrying while Elasticsearch is unreachable, and gives the batch back on stop', async () => {
    let attempts = 0;
    let running = true;
    const unreachable: BulkWrite = async () => {
      attempts += 1;
      if (attempts === 3) running = false;
      throw new Error('connect ECONNREFUSED');
    };
    const context: BatchContext = { heartbeat: async () => undefined, isActive: () => running };
    await expect(
      indexBatch([message(0, encodeMessage(article('a')))], context, options(unreachable)),
    ).rejects.toThrow(expect.objectContaining({ name: 'AbandonedBatch' }));
    expect(attempts).toBe(3);
  });

  it('dead-letters a document Elasticsearch keeps refusing for now once its attempts are used up', async () => {
    const busy: ItemOutcome = {
      kind: 'retriable',
      status: 429,
      type: 'es_rejected_execution_exception',
      reason: 'busy',
    };
    const { write, calls } = scriptedBulk({ a: Array.from({ length: 10 }, () => busy) });
    const result = await indexBatch([message(0, encodeMessage(article('a')))], active, options(write));
    expect(calls).toHaveLength(5);
    const letter = DeadLetter.parse(JSON.parse(result.deadLetters[0]!.value.toString('utf8')));
    expect(letter).toMatchObject({ attempts: 5, error: { code: 'NEWSFLOW_INDEX_RETRIES_EXHAUSTED' } });
  });

  it('splits a bulk refused as a whole and dead-letters only the document that broke it', async () => {
    const calls: string[][] = [];
    const write: BulkWrite = async (items) => {
      calls.push(items.map((i) => i.article.id));
      if (items.some((i) => i.article.id === 'bad')) throw new BulkRequestFailed(false, 'id is too long');
      return items.map(() => ({ kind: 'indexed' }) as const);
    };
    const messages = ['a', 'bad', 'c'].map((id, i) => message(i, encodeMessage(article(id))));
    const result = await indexBatch(messages, active, { ...options(write), bulkSize: 3 });
    expect(calls).toEqual([['a', 'bad', 'c'], ['a'], ['bad'], ['c']]);
    expect(result.indexed).toBe(2);
    const letter = DeadLetter.parse(JSON.parse(result.deadLetters[0]!.value.toString('utf8')));
    expect(letter).toMatchObject({ articleId: 'bad', error: { code: 'NEWSFLOW_INDEX_REQUEST_REJECTED' } });
  });

  it('pauses the partition and gives the batch back uncommitted while Elasticsearch is unavailable', async () => {
    let paused = 0;
    const resumes: Array<() => void> = [];
    const context: BatchContext = {
      heartbeat: async () => undefined,
      isActive: () => true,
      pause: () => {
        paused += 1;
        return () => undefined;
      },
    };
    const down: BulkWrite = async () => {
      throw new BulkRequestFailed(true, 'connect ECONNREFUSED');
    };
    await expect(
      indexBatch([message(0, encodeMessage(article('a')))], context, {
        ...options(down),
        onUnavailable: (resume) => resumes.push(resume),
      }),
    ).rejects.toThrow(expect.objectContaining({ name: 'AbandonedBatch' }));
    expect(paused).toBe(1);
    expect(resumes).toHaveLength(1);
  });

  it('asks to overwrite the same revision only for re-enrichments', async () => {
    const seen: boolean[] = [];
    const write: BulkWrite = async (items) => {
      seen.push(...items.map((i) => i.overwriteSameRevision));
      return items.map(() => ({ kind: 'indexed' }) as const);
    };
    await indexBatch(
      [
        message(0, encodeMessage(article('a'))),
        message(1, encodeMessage(article('b')), { 'x-reprocess': '1' }),
      ],
      active,
      options(write),
    );
    expect(seen).toEqual([false, true]);
  });

  it('reads a previous-version message, upgraded to the current version', async () => {
    const articles: string[] = [];
    const write: BulkWrite = async (items) => {
      articles.push(...items.map((i) => `${i.article.id}@v${i.article.schemaVersion}`));
      return items.map(() => ({ kind: 'indexed' }) as const);
    };
    const v1 = { ...article('old'), schemaVersion: 1, someFutureField: 'ignored' };
    const result = await indexBatch([message(0, encodeMessage(v1))], active, options(write));
    expect(result.deadLetters).toEqual([]);
    expect(articles).toEqual([`old@v${SCHEMA_VERSION}`]);
  });
});
