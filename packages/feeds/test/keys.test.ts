import { describe, expect, it } from '@jest/globals';
import { bearerKey, generateKey, hashesEqual, hashKey, KEY_PREFIX } from '@newsflow/feeds';

describe('API keys', () => {
  it('are random, prefixed and stored only as a sha256 hash', () => {
    const a = generateKey();
    const b = generateKey();
    expect(a).not.toBe(b);
    expect(a.startsWith(KEY_PREFIX)).toBe(true);
    expect(a.length).toBeGreaterThan(40);
    expect(hashKey(a)).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(hashKey(a)).not.toContain(a.slice(KEY_PREFIX.length));
    expect(hashesEqual(hashKey(a), hashKey(a))).toBe(true);
    expect(hashesEqual(hashKey(a), hashKey(b))).toBe(false);
    expect(hashesEqual(hashKey(a), 'short')).toBe(false);
  });

  it.each([
    [undefined, undefined],
    ['', undefined],
    ['Basic abc', undefined],
    ['Bearer', undefined],
    ['Bearer ', undefined],
    ['Bearer abc', 'abc'],
    ['bearer   abc  ', 'abc'],
    [`Bearer ${'x'.repeat(600)}`, undefined],
  ])('reads the key of Authorization %j', (header, key) => {
    expect(bearerKey(header)).toBe(key);
  });
});
