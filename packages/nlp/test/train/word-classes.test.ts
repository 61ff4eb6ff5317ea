import { describe, expect, it } from '@jest/globals';
import { buildWordClusters, kMeans } from '../../src/train/word-classes.js';
import { mulberry32 } from '../../src/train/random.js';
import { WordClusters, loadWordClusters } from '../../src/ner/word-clusters.js';

describe('kMeans', () => {
  it('puts vectors pointing the same way in one class and the others in another', () => {
    const points = Float32Array.from([1, 0, 0.99, 0.14, 0.98, -0.2, 0, 1, 0.1, 0.99, -0.14, 0.99]);
    // Seeds picking both first centroids in one group still end with the two groups apart.
    for (const seed of [1, 2, 3, 4, 5]) {
      const classes = kMeans(points, 2, 2, 5, mulberry32(seed));
      expect(classes[0]).toBe(classes[1]);
      expect(classes[0]).toBe(classes[2]);
      expect(classes[3]).toBe(classes[4]);
      expect(classes[3]).toBe(classes[5]);
      expect(classes[0]).not.toBe(classes[3]);
    }
  });
});

describe('buildWordClusters', () => {
  it('leaves out the most frequent words and what is not a word, and gives every other word one class', () => {
    const frequent = Array.from({ length: 2_000 }, (_, i) => `w${i}`);
    const words = [...frequent, 'nairobi', ',', 'Harare', 'harare', 'chevron', 'exxon', "o'neill"];
    const vectors = Object.fromEntries(words.map((w, i) => [w, [Math.cos(i), Math.sin(i), w.length % 3]]));
    const file = buildWordClusters({ words, vectors, dimensions: 3 }, 'test vectors');
    const clusters = new WordClusters(file);
    const kept = ['chevron', 'exxon', 'harare', 'nairobi', "o'neill"];
    expect(clusters.size).toBe(kept.length);
    for (const word of kept) expect(clusters.get(word)).toBeLessThan(file.clusters.length);
    for (const word of ['w0', 'w1999', ',', 'Harare']) expect(clusters.get(word)).toBeUndefined();
    expect(file.meta['vectors']).toBe('test vectors');
  });
});

describe('WordClusters', () => {
  it("finds each word of each class, and nothing else, whatever the table's collisions", () => {
    const file = {
      version: 1 as const,
      meta: {},
      clusters: ['alpha beta', '', 'gamma', Array.from({ length: 500 }, (_, i) => `w${i}`).join(' ')],
    };
    const clusters = new WordClusters(file);
    expect(clusters.size).toBe(503);
    expect([clusters.get('alpha'), clusters.get('beta'), clusters.get('gamma')]).toEqual([0, 0, 2]);
    for (let i = 0; i < 500; i++) expect(clusters.get(`w${i}`)).toBe(3);
    for (const word of ['alph', 'alphabeta', 'w500', '', ' ', 'beta '])
      expect(clusters.get(word)).toBeUndefined();
  });
});

describe('the shipped word clusters', () => {
  const clusters = loadWordClusters();
  it('class words of a kind together, so that a name unseen in training reads like the ones seen', () => {
    expect(clusters.get('harare')).toBe(clusters.get('nairobi'));
    expect(clusters.get('barclays')).toBe(clusters.get('chevron'));
    expect(clusters.get('harare')).not.toBe(clusters.get('chevron'));
  });
  it('leave the most frequent words to the weights the model has for them', () => {
    expect(clusters.get('the')).toBeUndefined();
    expect(clusters.get('said')).toBeUndefined();
  });
});
