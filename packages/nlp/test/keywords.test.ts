import { describe, expect, it } from '@jest/globals';
import { extractKeywords } from '@newsflow/nlp';

const body = `The central bank raised interest rates again on Wednesday, its third rate rise this year, as inflation
stayed high. Economists had expected the interest rate increase. Higher interest rates make mortgages more
expensive, and housing prices have started to fall. The bank said inflation would ease next year.`;

describe('extractKeywords', () => {
  it('gives at most ten scored phrases of one to three words, best first', () => {
    const k = extractKeywords('Central bank raises interest rates', body, 'en');
    expect(k.length).toBeGreaterThan(3);
    expect(k.length).toBeLessThanOrEqual(10);
    for (const x of k) expect(x.text.split(' ').length).toBeLessThanOrEqual(3);
    const scores = k.map((x) => x.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(k.some((x) => x.text.includes('interest rate'))).toBe(true);
    expect(k.some((x) => x.text.includes('inflation'))).toBe(true);
  });

  it('never starts or ends a phrase with a stop word', () => {
    for (const x of extractKeywords('', body, 'en')) {
      const words = x.text.toLowerCase().split(' ');
      expect(['the', 'and', 'of', 'its', 'as', 'had'].includes(words[0] as string)).toBe(false);
      expect(['the', 'and', 'of', 'its', 'as', 'had'].includes(words[words.length - 1] as string)).toBe(
        false,
      );
    }
  });

  it('uses the stop words of the language', () => {
    const k = extractKeywords(
      '',
      'La banque centrale a relevé les taux. Les taux de la banque centrale restent élevés.',
      'fr',
    );
    expect(k.some((x) => /^(la|les|de)\b/.test(x.text))).toBe(false);
    expect(k.some((x) => x.text.includes('banque'))).toBe(true);
  });

  it('returns nothing for empty text', () => {
    expect(extractKeywords('', '', 'en')).toEqual([]);
  });
});
