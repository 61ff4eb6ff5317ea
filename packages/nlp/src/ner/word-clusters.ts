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

/**
 * Each word's class, in a few typed arrays over one string of all the words instead of a Map of 200,000 strings:
 * with the Map the enrichment's peak RSS over 3,558 articles was 294 MB, 271 MB without classes, 272 MB with these.
 * An open-addressing table of word numbers, keyed by an FNV-1a hash of the word's characters.
 */
export class WordClusters {
  /** Every word, each followed by a space. */
  private readonly words: string;
  /** Where word i starts in `words` (and, at i + 1, where it ends plus one). */
  private readonly starts: Int32Array;
  private readonly classes: Uint16Array;
  /** Word number + 1 by hash slot; 0 is an empty slot. */
  private readonly slots: Int32Array;
  readonly size: number;

  constructor(file: WordClustersFile) {
    const lines = file.clusters.flatMap((line, id) => (line === '' ? [] : [{ line, id }]));
    this.words = lines.map(({ line }) => line + ' ').join('');
    let count = 0;
    for (let i = 0; i < this.words.length; i++) if (this.words.charCodeAt(i) === SPACE) count++;
    this.size = count;
    this.starts = new Int32Array(count + 1);
    this.classes = new Uint16Array(count);
    let word = 0;
    let offset = 0;
    for (const { line, id } of lines) {
      const end = offset + line.length + 1;
      for (let i = offset, start = offset; i < end; i++) {
        if (this.words.charCodeAt(i) !== SPACE) continue;
        this.starts[word] = start;
        this.classes[word] = id;
        word++;
        start = i + 1;
      }
      offset = end;
    }
    this.starts[count] = this.words.length;
    let capacity = 1;
    while (capacity < count * 2) capacity *= 2;
    this.slots = new Int32Array(capacity);
    const mask = capacity - 1;
    for (let w = 0; w < count; w++) {
      let slot = hashOf(this.words, this.starts[w] as number, (this.starts[w + 1] as number) - 1) & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = w + 1;
    }
  }

  /** The class of a lower-case word, if it has one. */
  get(word: string): number | undefined {
    const mask = this.slots.length - 1;
    for (let slot = hashOf(word, 0, word.length) & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot] as number;
      if (entry === 0) return undefined;
      const start = this.starts[entry - 1] as number;
      const end = (this.starts[entry] as number) - 1;
      if (end - start === word.length && this.words.startsWith(word, start)) return this.classes[entry - 1];
    }
  }
}

const SPACE = 32;

/** FNV-1a over the UTF-16 code units of text[start, end). */
function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export const NO_WORD_CLUSTERS = new WordClusters({ version: 1, meta: {}, clusters: [] });

export const WORD_CLUSTERS_URL = new URL('../../models/word-clusters.json', import.meta.url);

export function loadWordClusters(): WordClusters {
  try {
    return new WordClusters(JSON.parse(readFileSync(WORD_CLUSTERS_URL, 'utf8')) as WordClustersFile);
  } catch (cause) {
    throw new ModelLoadError(
      `cannot load the word clusters ${WORD_CLUSTERS_URL.pathname}: run npm run clusters -w @newsflow/nlp`,
      { cause },
    );
  }
}
