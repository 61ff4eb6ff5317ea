import { describe, expect, it } from '@jest/globals';
import { decodeCursor, encodeCursor, InvalidCursorError } from '@newsflow/search';

describe('cursor', () => {
  it('round-trips sort values and offsets', () => {
    const after = [1.25, 1_741_608_000_000, 'article-7'];
    const cursor = encodeCursor({ sort: 'relevance', after });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, 'relevance')).toEqual({ sort: 'relevance', after });
    expect(decodeCursor(encodeCursor({ sort: 'newest', offset: 20 }), 'newest')).toEqual({
      sort: 'newest',
      offset: 20,
    });
  });

  it('refuses a cursor made for another sort', () => {
    const cursor = encodeCursor({ sort: 'newest', after: [1, 'a'] });
    expect(() => decodeCursor(cursor, 'relevance')).toThrow(
      'cursor was made for sort=newest, not sort=relevance',
    );
  });

  it.each([
    'not base64!',
    Buffer.from('not json').toString('base64url'),
    Buffer.from('null').toString('base64url'),
    Buffer.from(JSON.stringify({ v: 2, sort: 'newest', after: [1] })).toString('base64url'),
    Buffer.from(JSON.stringify({ v: 1, sort: 'newest', after: [{ a: 1 }] })).toString('base64url'),
    Buffer.from(JSON.stringify({ v: 1, sort: 'newest', after: [] })).toString('base64url'),
    Buffer.from(JSON.stringify({ v: 1, sort: 'newest', offset: -1 })).toString('base64url'),
    'a'.repeat(5_000),
  ])('rejects %j with a typed error', (cursor) => {
    expect(() => decodeCursor(cursor, 'newest')).toThrow(InvalidCursorError);
  });
});
