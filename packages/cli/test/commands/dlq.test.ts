import { describe, expect, it } from '@jest/globals';
import { encodeMessage, type DeadLetter } from '@newsflow/contracts';
import type { ConsumedMessage } from '@newsflow/kafka';
import {
  countByReason,
  matchesFilter,
  parseDlqArgs,
  parseStoredLetter,
  type StoredLetter,
} from '../../src/commands/dlq.js';
import { planReprocess, parseReprocessArgs, reprocessMessage } from '../../src/commands/reprocess.js';

function letter(
  offset: string,
  code: string,
  lastFailedAt: string,
  service = 'indexer',
  articleId = `a${offset}`,
): StoredLetter {
  const value: DeadLetter = {
    schemaVersion: 2,
    origin: {
      topic: 'p.articles.enriched',
      partition: 0,
      offset: '1',
      key: articleId,
      headers: {},
      timestamp: null,
    },
    payload: '',
    error: { code, message: 'm' },
    attempts: 1,
    firstFailedAt: lastFailedAt,
    lastFailedAt,
    service,
    articleId,
  };
  return { partition: 0, offset, letter: value };
}

const letters = [
  letter('0', 'NEWSFLOW_CONTRACT_NOT_JSON', '2026-11-25T08:00:00Z', 'enricher'),
  letter('1', 'NEWSFLOW_INDEX_REJECTED', '2026-11-25T09:00:00Z'),
  letter('2', 'NEWSFLOW_INDEX_REJECTED', '2026-11-25T10:00:00Z'),
  { partition: 0, offset: '3', letter: undefined, unreadable: 'not JSON' },
];
const offsets = (filter: Parameters<typeof matchesFilter>[1]): string[] =>
  letters.filter((l) => matchesFilter(l, filter)).map((l) => l.offset);

describe('dlq filters', () => {
  it('select by reason, time window [since, until), service, article and offset', () => {
    expect(offsets({})).toEqual(['0', '1', '2', '3']);
    expect(offsets({ reasons: ['NEWSFLOW_INDEX_REJECTED'] })).toEqual(['1', '2']);
    expect(offsets({ since: new Date('2026-11-25T09:00:00Z') })).toEqual(['1', '2']);
    expect(offsets({ until: new Date('2026-11-25T09:00:00Z') })).toEqual(['0']);
    expect(offsets({ service: 'enricher' })).toEqual(['0']);
    expect(offsets({ articleId: 'a2' })).toEqual(['2']);
    expect(offsets({ offsets: ['3', '1'] })).toEqual(['1', '3']);
  });

  it('count letters by reason, most frequent first', () => {
    expect(countByReason(letters)).toEqual([
      ['NEWSFLOW_INDEX_REJECTED', 2],
      ['(unreadable)', 1],
      ['NEWSFLOW_CONTRACT_NOT_JSON', 1],
    ]);
  });

  it('read stored letters, and say why one cannot be read', () => {
    const stored = parseStoredLetter({ partition: 0, offset: '5', value: encodeMessage(letters[1]!.letter) });
    expect(stored.letter?.error.code).toBe('NEWSFLOW_INDEX_REJECTED');
    expect(parseStoredLetter({ partition: 0, offset: '6', value: Buffer.from('{') })).toMatchObject({
      unreadable: 'not JSON',
    });
  });

  it('parse the command line, naming what is wrong', () => {
    const env = { KAFKA_BROKERS: '127.0.0.1:9092', NEWSFLOW_PREFIX: 'p' };
    const args = parseDlqArgs(['list', '--reason', 'A,B', '--since', '2026-11-25T00:00:00Z'], env);
    expect(args.filter).toEqual({ reasons: ['A', 'B'], since: new Date('2026-11-25T00:00:00Z') });
    expect(args.access.topics.deadLetter).toBe('p.deadletter');
    expect(() => parseDlqArgs(['drop'], env)).toThrow(/expected one of list, show, replay, purge/);
    expect(() => parseDlqArgs(['show'], env)).toThrow(/offset/);
    expect(() => parseDlqArgs(['purge'], env)).toThrow(/--before OFFSET or --all/);
    expect(() => parseDlqArgs(['list', '--since', 'yesterday'], env)).toThrow(/--since/);
  });
});

function raw(
  offset: number,
  id: string,
  revision: number,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): ConsumedMessage {
  return {
    topic: 'p.articles.raw',
    partition: 0,
    offset: String(offset),
    key: id,
    headers,
    timestamp: '0',
    value: encodeMessage({
      schemaVersion: 2,
      id,
      revision,
      feedId: 'f',
      receivedAt: new Date(revision).toISOString(),
      source: 'Example.org',
      authors: [],
      tags: [],
      content: { format: 'article', title: 'T', body: 'B' },
      ...extra,
    }),
  };
}

describe('reprocess plan', () => {
  const messages = [
    raw(0, 'a', 1_000),
    raw(1, 'a', 3_000),
    raw(2, 'a', 2_000),
    raw(3, 'b', 5_000, { source: 'other.org' }),
    { ...raw(4, 'x', 0), value: Buffer.from('not json') },
    raw(5, 'a', 3_000, {}, { 'x-reprocess': '2026-11-25T00:00:00Z' }),
  ];

  it('picks the newest revision of each article, skipping unreadable messages and earlier reprocess copies', () => {
    const plan = planReprocess(messages, { all: true });
    expect(plan.selected.map((c) => `${c.id}@${c.revision}`)).toEqual(['a@3000', 'b@5000']);
    expect(plan).toMatchObject({ scanned: 6, unreadable: 1, copies: 1 });
  });

  it('filters by receivedAt window and source', () => {
    expect(
      planReprocess(messages, { all: false, since: new Date(2_000), until: new Date(3_000) }).selected.map(
        (c) => c.revision,
      ),
    ).toEqual([2_000]);
    expect(planReprocess(messages, { all: true, source: 'OTHER.ORG' }).selected.map((c) => c.id)).toEqual([
      'b',
    ]);
  });

  it('re-publishes the original bytes and headers, marked as a reprocess', () => {
    const message = raw(0, 'a', 1_000, {}, { 'x-correlation-id': 'c1' });
    const out = reprocessMessage(message, 'stamp');
    expect(out.value).toBe(message.value);
    expect(out.headers).toMatchObject({ 'x-correlation-id': 'c1', 'x-reprocess': 'stamp' });
    expect(out.key).toBe('a');
  });

  it('needs --all or a time range', () => {
    expect(() => parseReprocessArgs([], {})).toThrow(/--all or a time range/);
    expect(() => parseReprocessArgs(['--all', '--since', '2026-11-01T00:00:00Z'], {})).toThrow(
      /--all or a time range/,
    );
    expect(parseReprocessArgs(['--since', '2026-11-01T00:00:00Z', '--source', 'x'], {}).selection).toEqual({
      all: false,
      since: new Date('2026-11-01T00:00:00Z'),
      source: 'x',
    });
  });
});
