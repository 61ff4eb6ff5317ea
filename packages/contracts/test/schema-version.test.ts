import { describe, expect, it } from '@jest/globals';
import {
  ACCEPTED_SCHEMA_VERSIONS,
  DeadLetter,
  decodeMessage,
  encodeMessage,
  EnrichedArticle,
  RawArticle,
  SCHEMA_VERSION,
} from '@newsflow/contracts';

const raw = {
  id: 'a1',
  revision: 3,
  feedId: 'f',
  receivedAt: '2026-11-25T10:00:00Z',
  source: 's',
  authors: [],
  tags: [],
  content: { format: 'article', title: 'T', body: 'B' },
};

const letter = {
  origin: { topic: 'x.articles.raw', partition: 0, offset: '7', key: 'a1', headers: {} },
  payload: Buffer.from('{').toString('base64'),
  error: { code: 'NEWSFLOW_CONTRACT_NOT_JSON', message: 'raw article is not JSON' },
  attempts: 1,
  firstFailedAt: '2026-11-25T10:00:00Z',
  lastFailedAt: '2026-11-25T10:00:00Z',
  service: 'enricher',
};

describe('schema versions', () => {
  it('accept the current and the previous version', () => {
    expect(ACCEPTED_SCHEMA_VERSIONS).toEqual([SCHEMA_VERSION - 1, SCHEMA_VERSION]);
  });

  it('upgrade a previous-version raw article on read, and ignore fields they do not know', () => {
    const decoded = decodeMessage(
      RawArticle,
      encodeMessage({ ...raw, schemaVersion: 1, mood: 'unknown field' }),
      'raw article',
    );
    expect(decoded).toEqual({ ...raw, schemaVersion: SCHEMA_VERSION });
  });

  it('read the current version as it is', () => {
    expect(RawArticle.parse({ ...raw, schemaVersion: SCHEMA_VERSION })).toEqual({
      ...raw,
      schemaVersion: SCHEMA_VERSION,
    });
  });

  it('refuse a version they do not know, as a contract error (dead letter), never a crash', () => {
    expect(() =>
      decodeMessage(RawArticle, encodeMessage({ ...raw, schemaVersion: SCHEMA_VERSION + 1 }), 'raw article'),
    ).toThrow(expect.objectContaining({ code: 'NEWSFLOW_CONTRACT_SCHEMA' }));
  });

  it('upgrade a version 1 dead letter: the original write time was not recorded', () => {
    expect(DeadLetter.parse({ ...letter, schemaVersion: 1 })).toEqual({
      ...letter,
      schemaVersion: SCHEMA_VERSION,
      origin: { ...letter.origin, timestamp: null },
    });
  });

  it('require the original write time from a version 2 dead letter', () => {
    expect(DeadLetter.safeParse({ ...letter, schemaVersion: 2 }).success).toBe(false);
    const current = { ...letter, schemaVersion: 2, origin: { ...letter.origin, timestamp: '1764064800000' } };
    expect(DeadLetter.parse(current)).toEqual(current);
  });

  it('upgrade a previous-version enriched article', () => {
    const article = {
      schemaVersion: 1,
      id: 'a1',
      revision: 3,
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
    expect(EnrichedArticle.parse(article).schemaVersion).toBe(SCHEMA_VERSION);
  });
});
