import { describe, expect, it } from '@jest/globals';
import { NEAR_DUPLICATE_BITS, hammingDistance } from '@newsflow/contracts';
import { documentText, fingerprint, NEWS_DIR, readConllTree } from '@newsflow/nlp';
import { duplicatesReport } from '../src/eval/duplicates.js';

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

  it('groups copies of our labelled news as outlets republish them, and never two different articles', () => {
    const bodies = readConllTree(NEWS_DIR).documents.map((doc) => documentText(doc).text);
    const { copies, unrelated } = duplicatesReport(bodies);
    // A byline or credit line, or a fifth cut from the end (the lead weighs more: 69 % of those were grouped when
    // every shingle weighed the same), and a copy editor's three words.
    expect(copies['byline']?.grouped).toBeGreaterThanOrEqual(0.99);
    expect(copies['credit']?.grouped).toBeGreaterThanOrEqual(0.99);
    expect(copies['trimmed']?.grouped).toBeGreaterThanOrEqual(0.95);
    expect(copies['copyEdited']?.grouped).toBeGreaterThanOrEqual(0.95);
    expect(copies['all']?.grouped).toBeGreaterThanOrEqual(0.7);
    expect(unrelated.count).toBe((bodies.length * (bodies.length - 1)) / 2);
    expect(unrelated.min).toBeGreaterThan(NEAR_DUPLICATE_BITS);
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
