import { describe, expect, it } from '@jest/globals';
import { DeadLetter, HEADERS } from '@newsflow/contracts';
import { backoffDelay, deadLetterFor, deadLetterMessage, type ConsumedMessage } from '@newsflow/kafka';

const message: ConsumedMessage = {
  topic: 'x.articles.raw',
  partition: 2,
  offset: '41',
  key: 'article-1',
  value: Buffer.from([0xde, 0xad, 0xbe, 0xef]),
  headers: { [HEADERS.correlationId]: 'c-9' },
  timestamp: '0',
};

describe('dead letters', () => {
  it('keep the origin, the original bytes and the reason, in the contract shape', () => {
    const first = new Date('2026-11-25T10:00:00Z');
    const letter = deadLetterFor(
      message,
      { code: 'E_X', message: 'bad' },
      { service: 'enricher', attempts: 3, firstFailedAt: first },
    );
    expect(DeadLetter.parse(letter)).toEqual(letter);
    expect(Buffer.from(letter.payload, 'base64')).toEqual(message.value);
    expect(letter).toMatchObject({
      origin: { topic: 'x.articles.raw', partition: 2, offset: '41', key: 'article-1' },
      error: { code: 'E_X', message: 'bad' },
      attempts: 3,
      correlationId: 'c-9',
      articleId: 'article-1',
      firstFailedAt: first.toISOString(),
      lastFailedAt: first.toISOString(),
    });
    const outgoing = deadLetterMessage(letter);
    expect(outgoing.key).toBe('article-1');
    expect(outgoing.headers[HEADERS.correlationId]).toBe('c-9');
  });
});

describe('backoffDelay', () => {
  it('grows exponentially within jitter and never passes the cap', () => {
    for (let attempt = 1; attempt <= 20; attempt += 1) {
      const ceiling = Math.min(1_000, 100 * 2 ** (attempt - 1));
      const delay = backoffDelay(attempt, { initialMs: 100, maxMs: 1_000 });
      expect(delay).toBeGreaterThanOrEqual(ceiling / 2);
      expect(delay).toBeLessThanOrEqual(ceiling);
    }
  });
});
