import { describe, expect, it } from '@jest/globals';
import { buildWordClusters, kMeans } from '../../src/train/word-classes.js';
import { mulberry32 } from '../../src/train/random.js';
import { loadWordClusters, wordClustersOf } from '../../src/ner/word-clusters.js';

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
    const clusters = wordClustersOf(file);
    expect([...clusters.keys()].sort()).toEqual(['chevron', 'exxon', 'harare', 'nairobi', "o'neill"]);
    expect(file.meta['vectors']).toBe('test vectors');
    expect(new Set(clusters.values()).size).toBeLessThanOrEqual(file.clusters.length);
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
