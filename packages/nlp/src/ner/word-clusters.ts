import { readFileSync } from 'node:fs';
import { ModelLoadError } from '../errors.js';

/**
 * models/word-clusters.json: word classes learnt without labels (k-means over GloVe vectors trained on newswire and
 * Wikipedia, `npm run clusters`). A word the labelled data never shows still shares its class with words it does
 * ("lusaka" with "nairobi" and "harare", "gazprom" with "chevron" and "yukos"), which the tagger reads as a feature.
 */
export interface WordClustersFile {
  version: 1;
  /** Where the vectors came from and how the classes were made. */
  meta: Record<string, unknown>;
  /** Each class's words (lower case), joined by spaces; a word's class is its line's index. */
  clusters: string[];
}

export type WordClusters = ReadonlyMap<string, number>;

export function wordClustersOf(file: WordClustersFile): WordClusters {
  const out = new Map<string, number>();
  file.clusters.forEach((words, id) => {
    if (words !== '') for (const word of words.split(' ')) out.set(word, id);
  });
  return out;
}

export const WORD_CLUSTERS_URL = new URL('../../models/word-clusters.json', import.meta.url);

export function loadWordClusters(): WordClusters {
  try {
    return wordClustersOf(JSON.parse(readFileSync(WORD_CLUSTERS_URL, 'utf8')) as WordClustersFile);
  } catch (cause) {
    throw new ModelLoadError(
      `cannot load the word clusters ${WORD_CLUSTERS_URL.pathname}: run npm run clusters -w @newsflow/nlp`,
      { cause },
    );
  }
}
