import type { Keyword } from '@newsflow/contracts';
import { tokenize } from './text/tokenize.js';
import { stopwordsFor } from './stopwords.js';

export const KEYWORD_COUNT = 10;
const MAX_WORDS = 3;
const WORD = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}'’&.-]*$/u;
const HAS_LETTER = /\p{L}/u;

interface TermStats {
  tf: number;
  upper: number;
  sentences: Set<number>;
  left: Map<string, number>;
  right: Map<string, number>;
  firstSentence: number;
  positions: number[];
}

/**
 * The ten best keyphrases of 1–3 words, by a YAKE-style statistic (Campos et al. 2020): a word weighs more when it
 * is frequent, early, capitalised and spread over sentences, and less when it keeps company with many different
 * words. Phrases never start or end with a stop word of the language. Scores are in (0, 1], higher is better.
 */
export function extractKeywords(title: string, body: string, language: string, count = KEYWORD_COUNT): Keyword[] {
  const stop = stopwordsFor(language);
  const titleTokens = tokenize(title);
  const tokens = titleTokens.length === 0 ? tokenize(body) : [...titleTokens, { text: '.', start: -1, end: -1, sentenceStart: false }, ...tokenize(body).map((t, i) => (i === 0 ? { ...t, sentenceStart: true } : t))];
  // Chunks: runs of words broken by punctuation; each word with its sentence number.
  const chunks: Array<Array<{ lower: string; surface: string; sentence: number; sentenceStart: boolean }>> = [];
  let sentence = -1;
  let chunk: (typeof chunks)[number] = [];
  for (const t of tokens) {
    if (t.sentenceStart) sentence++;
    if (WORD.test(t.text) && !/^['’]/.test(t.text)) {
      if (t.sentenceStart && chunk.length > 0) {
        chunks.push(chunk);
        chunk = [];
      }
      chunk.push({ lower: t.text.toLowerCase(), surface: t.text, sentence: Math.max(0, sentence), sentenceStart: t.sentenceStart });
    } else if (chunk.length > 0) {
      chunks.push(chunk);
      chunk = [];
    }
  }
  if (chunk.length > 0) chunks.push(chunk);
  const sentenceCount = Math.max(1, sentence + 1);

  const stats = new Map<string, TermStats>();
  const isStop = (w: string): boolean => stop.has(w) || !HAS_LETTER.test(w) || w.length < 2;
  for (const c of chunks) {
    c.forEach((w, i) => {
      let s = stats.get(w.lower);
      if (!s) stats.set(w.lower, (s = { tf: 0, upper: 0, sentences: new Set(), left: new Map(), right: new Map(), firstSentence: w.sentence, positions: [] }));
      s.tf++;
      if (!w.sentenceStart && /^\p{Lu}/u.test(w.surface)) s.upper++;
      s.sentences.add(w.sentence);
      s.positions.push(w.sentence);
      const l = c[i - 1];
      const r = c[i + 1];
      if (l) s.left.set(l.lower, (s.left.get(l.lower) ?? 0) + 1);
      if (r) s.right.set(r.lower, (s.right.get(r.lower) ?? 0) + 1);
    });
  }
  const contentTf = [...stats].filter(([w]) => !isStop(w)).map(([, s]) => s.tf);
  if (contentTf.length === 0) return [];
  const mean = contentTf.reduce((a, b) => a + b, 0) / contentTf.length;
  const std = Math.sqrt(contentTf.reduce((a, b) => a + (b - mean) ** 2, 0) / contentTf.length);
  const maxTf = Math.max(...contentTf);
  const weight = new Map<string, number>();
  for (const [w, s] of stats) {
    const casing = 0;
    const sorted = [...s.positions].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    const position = Math.log(Math.log(3 + median));
    const freq = s.tf / (mean + std);
    const leftTotal = [...s.left.values()].reduce((a, b) => a + b, 0);
    const rightTotal = [...s.right.values()].reduce((a, b) => a + b, 0);
    const dl = leftTotal > 0 ? s.left.size / leftTotal : 0;
    const dr = rightTotal > 0 ? s.right.size / rightTotal : 0;
    const relatedness = 1 + (dl + dr) * (s.tf / maxTf);
    const spread = s.sentences.size / sentenceCount;
    weight.set(w, (relatedness * position) / (casing + freq / relatedness + spread / relatedness));
  }

  // Candidate phrases and their surfaces.
  const cands = new Map<string, { words: string[]; tf: number; surfaces: Map<string, number> }>();
  for (const c of chunks) {
    for (let i = 0; i < c.length; i++) {
      const first = c[i] as (typeof c)[number];
      if (isStop(first.lower)) continue;
      for (let n = 1; n <= MAX_WORDS && i + n <= c.length; n++) {
        const last = c[i + n - 1] as (typeof c)[number];
        if (isStop(last.lower)) continue;
        const words = c.slice(i, i + n);
        const key = words.map((w) => w.lower).join(' ');
        let cand = cands.get(key);
        if (!cand) cands.set(key, (cand = { words: words.map((w) => w.lower), tf: 0, surfaces: new Map() }));
        cand.tf++;
        const surface = words.map((w) => (w.sentenceStart && !/^\p{Lu}{2,}$/u.test(w.surface) ? w.lower : w.surface)).join(' ');
        cand.surfaces.set(surface, (cand.surfaces.get(surface) ?? 0) + 1);
      }
    }
  }
  const scored: Array<{ key: string; text: string; s: number }> = [];
  for (const [key, c] of cands) {
    let prod = 1;
    let sum = 0;
    for (const w of c.words) {
      const s = isStop(w) ? 1 : (weight.get(w) ?? 1);
      prod *= s;
      sum += isStop(w) ? 0 : s;
    }
    // Phrases that occur once are weak unless they are single words.
    // Names are reported as entities: a keyword made only of capitalised words weighs less.
    const proper = c.words.every((w) => (stats.get(w)?.upper ?? 0) * 2 >= (stats.get(w)?.tf ?? 1) && !isStop(w));
    const s = (prod / (c.tf * (1 + sum))) * (c.tf === 1 && c.words.length > 1 ? 4 : 1) * (proper ? 3 : 1);
    let text = key;
    let best = 0;
    for (const [surface, n] of c.surfaces) if (n > best) [text, best] = [surface, n];
    // Keep capitals only for names: a word capitalised wherever it occurs mid-sentence.
    text = text
      .split(' ')
      .map((w, k) => ((stats.get(c.words[k] as string)?.upper ?? 0) * 2 >= (stats.get(c.words[k] as string)?.tf ?? 1) ? w : w.toLowerCase()))
      .join(' ');
    scored.push({ key, text, s });
  }
  scored.sort((a, b) => a.s - b.s || (a.key < b.key ? -1 : 1));
  const chosen: typeof scored = [];
  const stem = (w: string): string => w.replace(/(?:'s|’s|es|s)$/, '');
  const seen = new Set<string>();
  const covered = new Set<string>();
  for (const c of scored) {
    const stems = c.key.split(' ').map(stem);
    const k = stems.join(' ');
    // Diversity: skip a phrase that repeats a chosen one, or whose words all appear in chosen phrases.
    if (seen.has(k) || stems.every((w) => covered.has(w))) continue;
    seen.add(k);
    for (const w of stems) covered.add(w);
    chosen.push(c);
    if (chosen.length >= count) break;
  }
  return chosen.map((c) => ({ text: c.text, score: Math.round((1 / (1 + c.s * 10)) * 10000) / 10000 }));
}
