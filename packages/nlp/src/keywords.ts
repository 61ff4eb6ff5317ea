import type { Keyword } from '@newsflow/contracts';
import { tokenize } from './text/tokenize.js';
import type { Token } from './text/tokenize.js';
import { stopwordsFor } from './stopwords.js';

export const KEYWORD_COUNT = 10;
const MAX_WORDS = 3;
const WORD = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}'’&.-]*$/u;
const HAS_LETTER = /\p{L}/u;

/**
 * The ten best keyphrases of 1–3 words, by a YAKE-style statistic (Campos et al. 2020): a word weighs more when it
 * is frequent, early, capitalised and spread over sentences, and less when it keeps company with many different
 * words. Phrases never start or end with a stop word of the language. Scores are in (0, 1], higher is better.
 * Linear in the length of the text except for the final sort of the candidate phrases.
 */
export function extractKeywords(
  title: string,
  body: string,
  language: string,
  count = KEYWORD_COUNT,
): Keyword[] {
  const stop = stopwordsFor(language);
  const titleTokens = tokenize(title);
  const bodyTokens = tokenize(body);
  // Words by term id, in text order; a chunk is a run of words broken by punctuation or a sentence start.
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  const ids: number[] = [];
  const shown: string[] = [];
  const sentenceOf: number[] = [];
  const chunkStart: boolean[] = [];
  const capitalMid: boolean[] = [];
  let sentence = -1;
  let newChunk = true;
  const read = (t: Token, sentenceStart: boolean): void => {
    if (sentenceStart) sentence++;
    const text = t.text;
    if (WORD.test(text) && !APOSTROPHE_START.test(text)) {
      const lower = text.toLowerCase();
      let id = termIds.get(lower);
      if (id === undefined) {
        termIds.set(lower, (id = terms.length));
        terms.push(lower);
      }
      ids.push(id);
      shown.push(sentenceStart && !ALL_CAPS.test(text) ? lower : text);
      sentenceOf.push(Math.max(0, sentence));
      chunkStart.push(newChunk || sentenceStart);
      capitalMid.push(!sentenceStart && UPPER_START.test(text));
      newChunk = false;
    } else newChunk = true;
  };
  for (const t of titleTokens) read(t, t.sentenceStart);
  if (titleTokens.length > 0) {
    // The title ends with a sentence break of its own: "." between title and body.
    newChunk = true;
    bodyTokens.forEach((t, i) => read(t, i === 0 ? true : t.sentenceStart));
  } else for (const t of bodyTokens) read(t, t.sentenceStart);
  const n = ids.length;
  const sentenceCount = Math.max(1, sentence + 1);
  const nTerms = terms.length;
  const isStop = terms.map((w) => stop.has(w) || !HAS_LETTER.test(w) || w.length < 2);

  // Term statistics: frequency, capitalised mid-sentence, sentences, median sentence, distinct neighbours.
  const tf = new Int32Array(nTerms);
  const upper = new Int32Array(nTerms);
  const sentences = new Int32Array(nTerms);
  const lastSentence = new Int32Array(nTerms).fill(-1);
  const leftTotal = new Int32Array(nTerms);
  const rightTotal = new Int32Array(nTerms);
  const leftDistinct = new Int32Array(nTerms);
  const rightDistinct = new Int32Array(nTerms);
  const pairs = new Set<number>();
  for (let i = 0; i < n; i++) {
    const id = ids[i] as number;
    tf[id] = (tf[id] as number) + 1;
    if (capitalMid[i]) upper[id] = (upper[id] as number) + 1;
    const sn = sentenceOf[i] as number;
    if (lastSentence[id] !== sn) {
      lastSentence[id] = sn;
      sentences[id] = (sentences[id] as number) + 1;
    }
    if (!chunkStart[i]) {
      const l = ids[i - 1] as number;
      leftTotal[id] = (leftTotal[id] as number) + 1;
      rightTotal[l] = (rightTotal[l] as number) + 1;
      const key = l * nTerms + id;
      if (!pairs.has(key)) {
        pairs.add(key);
        leftDistinct[id] = (leftDistinct[id] as number) + 1;
        rightDistinct[l] = (rightDistinct[l] as number) + 1;
      }
    }
  }
  // Median sentence of each term (its occurrences come in sentence order).
  const median = new Int32Array(nTerms);
  const seen = new Int32Array(nTerms);
  for (let i = 0; i < n; i++) {
    const id = ids[i] as number;
    if (seen[id] === Math.floor((tf[id] as number) / 2)) median[id] = sentenceOf[i] as number;
    seen[id] = (seen[id] as number) + 1;
  }
  let contentTerms = 0;
  let sumTf = 0;
  let maxTf = 0;
  for (let id = 0; id < nTerms; id++) {
    if (isStop[id]) continue;
    contentTerms++;
    sumTf += tf[id] as number;
    maxTf = Math.max(maxTf, tf[id] as number);
  }
  if (contentTerms === 0) return [];
  const mean = sumTf / contentTerms;
  let variance = 0;
  for (let id = 0; id < nTerms; id++) if (!isStop[id]) variance += ((tf[id] as number) - mean) ** 2;
  const std = Math.sqrt(variance / contentTerms);
  const weight = new Float64Array(nTerms);
  for (let id = 0; id < nTerms; id++) {
    const casing = 0;
    const position = Math.log(Math.log(3 + (median[id] as number)));
    const freq = (tf[id] as number) / (mean + std);
    const dl = (leftTotal[id] as number) > 0 ? (leftDistinct[id] as number) / (leftTotal[id] as number) : 0;
    const dr =
      (rightTotal[id] as number) > 0 ? (rightDistinct[id] as number) / (rightTotal[id] as number) : 0;
    const relatedness = 1 + (dl + dr) * ((tf[id] as number) / maxTf);
    const spread = (sentences[id] as number) / sentenceCount;
    weight[id] = (relatedness * position) / (casing + freq / relatedness + spread / relatedness);
  }
  // A word counts as a name's when it is capitalised mid-sentence in at least half of its occurrences.
  const proper = (id: number): boolean => (upper[id] as number) * 2 >= (tf[id] as number);

  // Candidate phrases and their surfaces.
  const cands = new Map<string, Candidate>();
  for (let i = 0; i < n; i++) {
    const first = ids[i] as number;
    if (isStop[first]) continue;
    let key = '';
    let surface = '';
    for (let len = 1; len <= MAX_WORDS && i + len <= n; len++) {
      const j = i + len - 1;
      if (len > 1 && chunkStart[j]) break;
      const last = ids[j] as number;
      key = len === 1 ? (terms[last] as string) : key + ' ' + (terms[last] as string);
      surface = len === 1 ? (shown[j] as string) : surface + ' ' + (shown[j] as string);
      if (isStop[last]) continue;
      const cand = cands.get(key);
      if (!cand) cands.set(key, { at: i, len, tf: 1, surface, surfaces: undefined });
      else {
        cand.tf++;
        // Most phrases have one surface: a map only for those with several.
        if (cand.surfaces) cand.surfaces.set(surface, (cand.surfaces.get(surface) ?? 0) + 1);
        else if (surface !== cand.surface)
          cand.surfaces = new Map([
            [cand.surface, cand.tf - 1],
            [surface, 1],
          ]);
      }
    }
  }
  const scored: Array<{ key: string; text: string; s: number }> = [];
  for (const [key, c] of cands) {
    let prod = 1;
    let sum = 0;
    let allProper = true;
    for (let k = c.at; k < c.at + c.len; k++) {
      const id = ids[k] as number;
      const stopWord = isStop[id] as boolean;
      const s = stopWord ? 1 : (weight[id] as number);
      prod *= s;
      sum += stopWord ? 0 : s;
      if (stopWord || !proper(id)) allProper = false;
    }
    // Phrases that occur once are weak unless they are single words.
    // Names are reported as entities: a keyword made only of capitalised words weighs less.
    const s = (prod / (c.tf * (1 + sum))) * (c.tf === 1 && c.len > 1 ? 4 : 1) * (allProper ? 3 : 1);
    let text = c.surface;
    if (c.surfaces) {
      let best = 0;
      for (const [surface, k] of c.surfaces) if (k > best) [text, best] = [surface, k];
    }
    // Keep capitals only for names: a word capitalised wherever it occurs mid-sentence.
    if (text !== key) {
      text = text
        .split(' ')
        .map((w, k) => (proper(ids[c.at + k] as number) ? w : w.toLowerCase()))
        .join(' ');
    }
    scored.push({ key, text, s });
  }
  scored.sort((a, b) => a.s - b.s || (a.key < b.key ? -1 : 1));
  const chosen: typeof scored = [];
  const stem = (w: string): string => w.replace(/(?:'s|’s|es|s)$/, '');
  const seenStems = new Set<string>();
  const covered = new Set<string>();
  for (const c of scored) {
    const stems = c.key.split(' ').map(stem);
    const k = stems.join(' ');
    // Diversity: skip a phrase that repeats a chosen one, or whose words all appear in chosen phrases.
    if (seenStems.has(k) || stems.every((w) => covered.has(w))) continue;
    seenStems.add(k);
    for (const w of stems) covered.add(w);
    chosen.push(c);
    if (chosen.length >= count) break;
  }
  return chosen.map((c) => ({ text: c.text, score: Math.round((1 / (1 + c.s * 10)) * 10000) / 10000 }));
}

interface Candidate {
  /** Where its first occurrence starts among the words, and its number of words. */
  at: number;
  len: number;
  tf: number;
  /** Its first surface, and the count of each surface once it has been seen with another. */
  surface: string;
  surfaces: Map<string, number> | undefined;
}

const APOSTROPHE_START = /^['’]/;
const ALL_CAPS = /^\p{Lu}{2,}$/u;
const UPPER_START = /^\p{Lu}/u;
