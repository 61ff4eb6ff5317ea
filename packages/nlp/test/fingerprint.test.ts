import { describe, expect, it } from '@jest/globals';
import { fingerprint, hammingDistance } from '@newsflow/nlp';

const text = Array.from(
  { length: 60 },
  (_, i) => `Sentence number ${i} talks about the economy and the markets in detail.`,
).join(' ');

describe('fingerprint', () => {
  it('is a 64-bit hex simhash with four 16-bit bands', () => {
    const f = fingerprint(text);
    expect(f.simhash).toMatch(/^[0-9a-f]{16}$/);
    expect(f.bands).toEqual([0, 1, 2, 3].map((i) => `${i}:${f.simhash.slice(i * 4, i * 4 + 4)}`));
  });

  it('is deterministic and ignores case and punctuation', () => {
    expect(fingerprint(text)).toEqual(fingerprint(text.toUpperCase().replace(/\./g, '!')));
  });

  it('keeps near-duplicates close and sharing a band, unrelated texts far apart', () => {
    const near = text.replace('Sentence number 7', 'Sentence number seven');
    const other = Array.from(
      { length: 60 },
      (_, i) => `Football club ${i} won the league after a long season.`,
    ).join(' ');
    const a = fingerprint(text);
    const b = fingerprint(near);
    const c = fingerprint(other);
    expect(hammingDistance(a.simhash, b.simhash)).toBeLessThanOrEqual(3);
    expect(a.bands.some((x) => b.bands.includes(x))).toBe(true);
    expect(hammingDistance(a.simhash, c.simhash)).toBeGreaterThan(10);
  });

  it('handles an empty body', () => {
    expect(fingerprint('').simhash).toBe('0000000000000000');
  });

  it('reads words the same with any punctuation or case, ASCII or not', () => {
    const words = 'rock n roll one two three four five six seven';
    expect(fingerprint('Rock’n’roll — “ONE” two, THREE; four (five) six/seven')).toEqual(fingerprint(words));
    expect(fingerprint('São Paulo ÉTAIT là, Zürich aussi')).toEqual(
      fingerprint('são paulo était là zürich aussi'),
    );
  });
});
