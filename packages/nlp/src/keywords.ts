import type { Keyword } from '@newsflow/contracts';
import { lowerAt, textAt, tokenize } from './text/tokenize.js';
import type { Token } from './text/tokenize.js';
import { isHeadlineCase } from './text/headline.js';
import { stopwordsFor } from './stopwords.js';
import { COMMON_VERB_FORMS } from './text/english-verbs.js';
import { NAME_PARTICLES } from './ner/heads.js';
import { isCapitalized } from './ner/features.js';
import { gazetteer, isPersonTitle } from './ner/gazetteer.js';
import { DATELINE_DASHES, datelineEnd } from './ner/rules.js';
import { titleCase } from './ner/canonical.js';
import { Scratch } from './scratch.js';

export const KEYWORD_COUNT = 10;
const MAX_WORDS = 3;
const WORD = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}'’&.-]*$/u;
const HAS_LETTER = /\p{L}/u;

/**
 * The ten best keyphrases of 1–3 words, by a YAKE-style statistic (Campos et al. 2020): a word weighs more when it
 * is frequent, early, capitalised and spread over sentences, and less when it keeps company with many different
 * words. Phrases never start or end with a stop word of the language. Scores are in (0, 1], higher is better.
 * Linear in the length of the text except for the heap the best candidate phrases are taken from.
 */
export function extractKeywords(
  title: string,
  body: string,
  language: string,
  count = KEYWORD_COUNT,
): Keyword[] {
  const titleTokens = tokenize(title);
  const bodyTokens = tokenize(body);
  scratch.start();
  // Words by term id, in text order; a chunk is a run of words broken by punctuation or a sentence start.
  // Per word, in typed arrays as long as the tokens (flags as 0 or 1): its term, sentence, whether it starts a chunk,
  // whether it is capitalised mid-sentence.
  const tokenCount = titleTokens.length + bodyTokens.length;
  const termTable = new WordTable(tokenCount, scratch);
  const terms = termTable.words;
  // Per term: the kinds of its word lists (listedKinds), whether it is a stop word.
  const listed = listedKinds(language);
  const kinds = scratch.int32(tokenCount);
  const isStop = scratch.uint8(tokenCount);
  const ids = scratch.int32(tokenCount);
  const shown: string[] = [];
  const sentenceOf = scratch.int32(tokenCount);
  const chunkStart = scratch.uint8(tokenCount);
  const capitalMid = scratch.uint8(tokenCount);
  // Each term as first written capitalised mid-sentence, else at a sentence's start, and whether it is ever written
  // in lower case: how a name is shown where a sentence starts with it.
  const nameForm: Array<string | undefined> = [];
  const startForm: Array<string | undefined> = [];
  const writtenLower: boolean[] = [];
  const datelineForm = new Map<string, string>();
  // Raw context of each word: the kinds of the token before it (any token; 0 at a sentence start), whether that one
  // was a capitalised word of the same chunk, whether the word itself is written in lower case, and its token.
  const beforeKinds = scratch.int32(tokenCount);
  const afterProper = scratch.uint8(tokenCount);
  const lowerRaw = scratch.uint8(tokenCount);
  const tokenOf = scratch.int32(tokenCount);
  // A title in Headline Case says no more about names than one in capitals.
  const titleShouted = isHeadlineCase(titleTokens)
    ? new Array<boolean>(titleTokens.length).fill(true)
    : shoutedSentences(titleTokens);
  const bodyShouted = shoutedSentences(bodyTokens);
  const bodyDatelines = datelines(bodyTokens);
  // The title's tokens, then the body's, in one loop: its state stays in local variables, no closure's.
  let sentence = -1;
  let newChunk = true;
  let prevKinds = 0;
  let prevCapital = false;
  let n = 0;
  const titleLength = titleTokens.length;
  for (let k = 0; k < titleLength + bodyTokens.length; k++) {
    const inTitle = k < titleLength;
    const i = inTitle ? k : k - titleLength;
    const t = (inTitle ? titleTokens : bodyTokens)[i] as Token;
    // The title ends with a sentence break of its own: "." between title and body (whose first token starts one).
    if (k === titleLength && k > 0) newChunk = true;
    const sentenceStart = t.sentenceStart;
    const shouted = (inTitle ? titleShouted : bodyShouted)[i] === true;
    const dateline = !inTitle && bodyDatelines[i] === true;
    if (sentenceStart) sentence++;
    const text = t.text;
    const lower = t.lower;
    // A dateline's place ("WASHINGTON (Reuters) -") says where the story was filed, not what it is about; it only
    // shows how the place is written where the rest of the text writes it in a line in capitals.
    if (dateline && isWordToken(text)) datelineForm.set(lower, titleCase(text));
    const isWord = !dateline && isWordToken(text);
    // In a line in capitals a capital tells nothing: its words count as written in lower case.
    const upperStart = isWord && !shouted && isCapitalized(text);
    if (isWord) {
      beforeKinds[n] = sentenceStart ? 0 : prevKinds;
      tokenOf[n] = k;
      // In a caseless line every word after the first may be a verb after its subject ("Outage Knocks Games").
      afterProper[n] = !sentenceStart && !newChunk && (prevCapital || shouted) ? 1 : 0;
      lowerRaw[n] = upperStart ? 0 : 1;
    }
    prevCapital = upperStart;
    if (isWord) {
      const known = terms.length;
      const id = termTable.idOf(lower);
      if (id === known) {
        kinds[id] = listed.kindsOf(lower, termTable.hashAt(id));
        isStop[id] =
          ((kinds[id] as number) & STOP) !== 0 ||
          !hasLetter(lower) ||
          lower.length < 2 ||
          (mayStartWithDigit(lower) && ORDINAL_OR_AGE.test(lower))
            ? 1
            : 0;
        // One slot per term, in order: the arrays stay packed (V8 makes arrays filled out of order slow).
        nameForm.push(undefined);
        startForm.push(undefined);
        writtenLower.push(false);
      }
      ids[n] = id;
      prevKinds = kinds[id] as number;
      shown.push(shouted || (sentenceStart && !ALL_CAPS.test(text)) ? lower : text);
      sentenceOf[n] = Math.max(0, sentence);
      chunkStart[n] = newChunk || sentenceStart ? 1 : 0;
      capitalMid[n] = (!sentenceStart && upperStart) || (!inTitle && opensName(bodyTokens, i)) ? 1 : 0;
      n++;
      if (upperStart) {
        if (!sentenceStart) nameForm[id] ??= text;
        else startForm[id] ??= text;
      } else if (!shouted) writtenLower[id] = true;
      newChunk = false;
    } else {
      newChunk = true;
      prevKinds = listed.kindsOf(lower) | (lower === ',' ? AFTER_COMMA : 0);
    }
  }
  const sentenceCount = Math.max(1, sentence + 1);
  const nTerms = terms.length;
  // The token after word i, lower-cased ("" after the last): read by the few tests that look past a word.
  const after = (i: number): string => {
    const k = (tokenOf[i] as number) + 1;
    return k < titleLength ? (titleTokens[k] as Token).lower : lowerAt(bodyTokens, k - titleLength);
  };
  const bad =
    language === 'en'
      ? verbalPositions(termTable, kinds, ids.subarray(0, n), beforeKinds, after, afterProper, lowerRaw)
      : undefined;

  // Term statistics: frequency, capitalised mid-sentence, sentences, median sentence, distinct neighbours.
  const termStat = (): Int32Array => scratch.int32(nTerms);
  const tf = termStat();
  const upper = termStat();
  const sentences = termStat();
  const lastSentence = termStat().fill(-1);
  const leftTotal = termStat();
  const rightTotal = termStat();
  const leftDistinct = termStat();
  const rightDistinct = termStat();
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
    }
  }
  // Distinct neighbours, term by term: its occurrences chained in text order, each left neighbour stamped with the
  // term when first met, where a set of pairs cost a hashed look-up per word.
  const nextOccurrence = scratch.int32(n);
  const firstOccurrence = termStat().fill(-1);
  for (let i = n - 1; i >= 0; i--) {
    const id = ids[i] as number;
    nextOccurrence[i] = firstOccurrence[id] as number;
    firstOccurrence[id] = i;
  }
  const stamp = termStat().fill(-1);
  for (let id = 0; id < nTerms; id++)
    for (let i = firstOccurrence[id] as number; i >= 0; i = nextOccurrence[i] as number) {
      if (chunkStart[i]) continue;
      const l = ids[i - 1] as number;
      if (stamp[l] === id) continue;
      stamp[l] = id;
      leftDistinct[id] = (leftDistinct[id] as number) + 1;
      rightDistinct[l] = (rightDistinct[l] as number) + 1;
    }
  // Median sentence of each term (its occurrences come in sentence order).
  const median = termStat();
  const seen = termStat();
  for (let i = 0; i < n; i++) {
    const id = ids[i] as number;
    if (seen[id] === (tf[id] as number) >> 1) median[id] = sentenceOf[i] as number;
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
  // The position weight of each sentence a median may fall on: fewer logarithms than one per term.
  const positionOf = scratch.float64(sentenceCount);
  for (let sn = 0; sn < sentenceCount; sn++) positionOf[sn] = Math.log(Math.log(3 + sn));
  const weight = scratch.float64(nTerms);
  for (let id = 0; id < nTerms; id++) {
    const casing = 0;
    const position = positionOf[median[id] as number] as number;
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
  // Capitals mark names except where every noun has one (German, Luxembourgish).
  const namesByCase = language !== 'de' && language !== 'lb';
  // Name words that stand next to another name word somewhere: parts of a longer name; and per word, whether it and
  // the next are two words of one name ("Jennifer Alvarez").
  const nameNeighbour = scratch.uint8(nTerms);
  const namesNext = scratch.uint8(n);
  for (let i = 1; i < n; i++) {
    const a = ids[i - 1] as number;
    const b = ids[i] as number;
    if (namesByCase && !chunkStart[i] && !isStop[a] && !isStop[b] && proper(a) && proper(b)) {
      nameNeighbour[a] = 1;
      nameNeighbour[b] = 1;
      namesNext[i - 1] = 1;
    }
  }

  // Candidate phrases, keyed by their term ids as digits in base nTerms + 1 (no string per occurrence), by number in
  // the order first met: where each first occurs, its words and count, in typed arrays; their surfaces, a phrase's
  // words as first written, strings only for the rare phrase written in several ways.
  const cands = new CandidateCodes(MAX_WORDS * n, scratch);
  const candAt = scratch.int32(MAX_WORDS * n);
  const candLen = scratch.uint8(MAX_WORDS * n);
  const candTf = scratch.int32(MAX_WORDS * n);
  const candSurfaces = new Map<number, Map<string, number>>();
  const surfaceAt = (at: number, len: number): string => shown.slice(at, at + len).join(' ');
  const oneName = (k: number): boolean => k >= 0 && namesNext[k] === 1;
  const isTitleWord = (k: number): boolean => isPersonTitle(terms[ids[k] as number] as string);
  for (let i = 0; i < n; i++) {
    const first = ids[i] as number;
    if (isStop[first] || bad?.[i] === 1) continue;
    let code = 0;
    let joined = false;
    let andJoined = false;
    for (let len = 1; len <= MAX_WORDS && i + len <= n; len++) {
      const j = i + len - 1;
      if (len > 1 && (chunkStart[j] || bad?.[j] === 1)) break;
      const last = ids[j] as number;
      code = code * (nTerms + 1) + last + 1;
      if (isStop[last]) {
        // Phrases hold only "of" and "and" inside ("Gulf of Finland", "desaladora de Sagunto"), not "funding as
        // COP31" or "Sagunto para garantizar".
        if (((kinds[last] as number) & INNER) === 0) break;
        joined = true;
        andJoined ||= terms[last] === 'and';
        continue;
      }
      // Nor is one a word that says nothing alone ("company", "former"), though it may stand in a phrase.
      if (len === 1 && ((kinds[last] as number) & VAGUE) !== 0) continue;
      // Nor does one end with a particle of a foreign name ("Banco Central de"), or is one ("de", "del").
      if (bad?.[j] === 2 || ((kinds[last] as number) & PARTICLE) !== 0) continue;
      // Words joined by "and" or "of" hold whole names: not "Alvarez and Mark" of "Jennifer Alvarez and Mark Chen".
      if (joined && (oneName(i - 1) || oneName(j))) continue;
      // Nor does a phrase of several words cut a name ("Treasury Secretary Scott" of "… Scott Bessent"); a title
      // before a name is no part of it ("President Donald Trump" holds "Donald Trump").
      if (len > 1 && ((oneName(i - 1) && !isTitleWord(i - 1)) || (oneName(j) && !isTitleWord(j)))) continue;
      // Two names joined by "and" are two entities, no keyphrase ("Gemini and Anthropic").
      if (andJoined && namesByCase && proper(first) && proper(last)) continue;
      const known = cands.size;
      const c = cands.numberOf(code);
      if (c === known) {
        candAt[c] = i;
        candLen[c] = len;
        candTf[c] = 1;
      } else {
        const at = candAt[c] as number;
        candTf[c] = (candTf[c] as number) + 1;
        // Most phrases have one surface: a map only for those with several.
        let surfaces = candSurfaces.get(c);
        let same = surfaces === undefined;
        for (let k = 0; same && k < len; k++) same = shown[i + k] === shown[at + k];
        if (!same) {
          const surface = surfaceAt(i, len);
          if (surfaces === undefined) {
            surfaces = new Map([[surfaceAt(at, len), (candTf[c] as number) - 1]]);
            candSurfaces.set(c, surfaces);
          }
          surfaces.set(surface, (surfaces.get(surface) ?? 0) + 1);
        }
      }
    }
  }
  // Scores first; the strings of a phrase (its key and how it is shown) only for the few that are read to choose.
  const candCount = cands.size;
  const scored: number[] = [];
  const score = scratch.float64(candCount);
  for (let c = 0; c < candCount; c++) {
    const at = candAt[c] as number;
    const len = candLen[c] as number;
    const tf = candTf[c] as number;
    let prod = 1;
    let sum = 0;
    let allProper = true;
    let crossings = 0;
    for (let k = at; k < at + len; k++) {
      const id = ids[k] as number;
      const stopWord = isStop[id] === 1;
      const s = stopWord ? 1 : (weight[id] as number);
      prod *= s;
      sum += stopWord ? 0 : s;
      if (stopWord || !proper(id)) allProper = false;
      if (
        namesByCase &&
        k > at &&
        !stopWord &&
        !isStop[ids[k - 1] as number] &&
        proper(id) !== proper(ids[k - 1] as number)
      )
        crossings++;
    }
    // Phrases that occur once are weak unless they are single words; phrases of several words are preferred.
    // Names are reported as entities: a keyword made only of capitalised words weighs less, and a single name word
    // that is part of a longer name here ("Trump" of "Donald Trump") weighs less again.
    // A phrase that runs from a name into common words ("Falls opens", "Finland sign deal") is no unit.
    score[c] =
      (prod / (tf * (1 + sum))) *
      (tf === 1 && len > 1 ? TF1 : 1) *
      (len > 1 ? MULTI : 1) *
      (allProper ? 3 : 1) *
      (allProper && len === 1 && nameNeighbour[ids[at] as number] === 1 ? 3 : 1) *
      (crossings > 0 ? 3 : 1);
    scored.push(c);
  }
  // A candidate's words in lower case, once a choice has compared it by them.
  const keys = new Map<number, string>();
  const keyOf = (c: number): string => {
    let key = keys.get(c);
    if (key === undefined) {
      const at = candAt[c] as number;
      key = terms[ids[at] as number] as string;
      for (let k = at + 1; k < at + (candLen[c] as number); k++)
        key += ' ' + (terms[ids[k] as number] as string);
      keys.set(c, key);
    }
    return key;
  };
  const textOf = (c: number): string => {
    const at = candAt[c] as number;
    let text = surfaceAt(at, candLen[c] as number);
    const surfaces = candSurfaces.get(c);
    if (surfaces) {
      let best = 0;
      for (const [surface, k] of surfaces) if (k > best) [text, best] = [surface, k];
    }
    // Capitals only for names (a word capitalised in most of its occurrences mid-sentence, or never written in
    // lower case here and either not common in English or a name the gazetteer knows: "Microsoft", which tweets
    // write in lower case), written as they are.
    return text
      .split(' ')
      .map((w, k) => {
        const id = ids[at + k] as number;
        const form = nameForm[id] ?? startForm[id] ?? datelineForm.get(terms[id] as string);
        if (
          proper(id) ||
          (!writtenLower[id] &&
            !isStop[id] &&
            (!gazetteer().lowerWords.has(terms[id] as string) || (form !== undefined && knownName(form))))
        )
          return w === terms[id] ? (form ?? w) : w;
        return w.toLowerCase();
      })
      .join(' ');
  };
  const chosen: Array<{ text: string; s: number }> = [];
  // The word without a final "'s", "es" or "s" (as `w.replace(/(?:'s|’s|es|s)$/, '')`, without a regular expression).
  const stem = (w: string): string =>
    w.endsWith("'s") || w.endsWith('’s') || w.endsWith('es')
      ? w.slice(0, -2)
      : w.endsWith('s')
        ? w.slice(0, -1)
        : w;
  const seenStems = new Set<string>();
  const covered = new Set<string>();
  // Best first; the choice reads a few dozen of the thousand or so phrases, which need no sort of them all.
  const compare = (a: number, b: number): number =>
    (score[a] as number) - (score[b] as number) || (keyOf(a) < keyOf(b) ? -1 : 1);
  for (const c of inOrder(scored, compare)) {
    const at = candAt[c] as number;
    const stems: string[] = [];
    for (let w = at; w < at + (candLen[c] as number); w++)
      stems.push(stem(terms[ids[w] as number] as string));
    const k = stems.join(' ');
    // Diversity: skip a phrase that repeats a chosen one, or whose words all appear in chosen phrases.
    if (seenStems.has(k) || stems.every((w) => covered.has(w))) continue;
    seenStems.add(k);
    for (const w of stems) covered.add(w);
    chosen.push({ text: textOf(c), s: score[c] as number });
    if (chosen.length >= count) break;
  }
  return chosen.map((c) => ({ text: c.text, score: Math.round((1 / (1 + c.s * 10)) * 10000) / 10000 }));
}

/**
 * The items one by one in the order `compare` sorts them (a total order), from a binary heap built in place of
 * `items`: a caller that stops after the first few makes a few comparisons per item, where a sort makes a dozen.
 */
function* inOrder<T>(items: T[], compare: (a: T, b: T) => number): Generator<T> {
  const siftDown = (from: number, size: number): void => {
    let i = from;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= size) return;
      const right = left + 1;
      const child = right < size && compare(items[right] as T, items[left] as T) < 0 ? right : left;
      if (compare(items[child] as T, items[i] as T) >= 0) return;
      [items[i], items[child]] = [items[child] as T, items[i] as T];
      i = child;
    }
  };
  for (let i = (items.length >> 1) - 1; i >= 0; i--) siftDown(i, items.length);
  for (let size = items.length; size > 0; size--) {
    yield items[0] as T;
    items[0] = items[size - 1] as T;
    siftDown(0, size - 1);
  }
}

/** A word the gazetteer knows as an organisation or a country, as written ("Microsoft"; its towns include "Police"). */
function knownName(word: string): boolean {
  const kinds = gazetteer().singleKinds(word);
  return kinds?.has('ORG') === true || kinds?.has('COUNTRY') === true;
}

/**
 * A first name opening a sentence before another capitalised word, or a known name before another ("Mohamed
 * Salah scored"), and no common word ("Court", "West"): a name's word, though the sentence's start tells nothing of
 * its case.
 */
function opensName(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  return (
    t.sentenceStart &&
    next !== undefined &&
    !next.sentenceStart &&
    isCapitalized(next.text) &&
    (gazetteer().firstNames.has(t.text) ||
      (gazetteer().personNames.has(t.text) && gazetteer().personNames.has(next.text))) &&
    !gazetteer().lowerWords.has(t.text.toLowerCase())
  );
}

/** Words of a sentence in capitals that make it a line in capitals: at least three. */
const SHOUTED_WORDS = 3;

/** The most tokens between a dateline's place and its dash: ", Kenya ( AP )", ", March 4". */
const DATELINE_TAIL = 6;

/**
 * Per token: whether it is part of a dateline (rules.ts): its place and, up to the dash, its state or country,
 * date and agency ("NAIROBI, Kenya (AP) —").
 */
function datelines(tokens: readonly Token[]): boolean[] {
  const out = new Array<boolean>(tokens.length).fill(false);
  const gaz = gazetteer();
  for (let i = 0; i < tokens.length; i++) {
    let end = datelineEnd(tokens, i, gaz);
    if (end <= i) continue;
    let dash = end;
    while (
      dash < tokens.length &&
      dash - end < DATELINE_TAIL &&
      !(tokens[dash] as Token).sentenceStart &&
      !DATELINE_DASHES.has((tokens[dash] as Token).text)
    )
      dash++;
    if (DATELINE_DASHES.has(textAt(tokens, dash))) end = dash;
    out.fill(true, i, end);
  }
  return out;
}

/**
 * Per token: whether its sentence is written in capitals ("STAR KAYLO ADDS DATES TO WORLD TOUR"), where capitals
 * mark no name.
 */
function shoutedSentences(tokens: readonly Token[]): boolean[] {
  const out = new Array<boolean>(tokens.length).fill(false);
  let from = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i < tokens.length && !(tokens[i] as Token).sentenceStart) continue;
    // Most sentences show a lower-case letter in their first word: the test stops there.
    let words = 0;
    let shouted = true;
    for (let k = from; k < i && shouted; k++) {
      const w = (tokens[k] as Token).text;
      if (hasLowerCase(w)) shouted = false;
      else if (hasLetter(w)) words++;
    }
    if (shouted && words >= SHOUTED_WORDS) out.fill(true, from, i);
    from = i;
  }
  return out;
}

/**
 * Numbers for the codes of a document's candidate phrases (whole numbers, beyond 32 bits in a long text), 0, 1, 2 …
 * in the order first asked: an open-addressing table in typed arrays, where a Map of numbers hashes and allocates
 * more.
 */
class CandidateCodes {
  size = 0;
  private readonly mask: number;
  private readonly shift: number;
  private readonly codes: Float64Array;
  /** Each slot's number plus one; 0 for an empty slot. */
  private readonly numbers: Int32Array;

  /** A table for at most `capacity` codes, at most half full. */
  constructor(capacity: number, memory: Scratch) {
    const bits = Math.max(4, 32 - Math.clz32(2 * capacity));
    this.mask = (1 << bits) - 1;
    this.shift = 32 - bits;
    this.codes = memory.float64(1 << bits);
    this.numbers = memory.int32(1 << bits);
  }

  /** The number of a code, the next one if it is new. */
  numberOf(code: number): number {
    // Fibonacci hashing of the code's low 32 bits: its high bits pick the slot.
    let slot = Math.imul(code | 0, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const number = this.numbers[slot] as number;
      if (number === 0) {
        this.codes[slot] = code;
        this.numbers[slot] = ++this.size;
        return this.size - 1;
      }
      if (this.codes[slot] === code) return number - 1;
      slot = (slot + 1) & this.mask;
    }
  }
}

/**
 * A document's terms (its words in lower case), numbered 0, 1, 2 … in the order first met: an open-addressing table
 * of their FNV-1a hashes in typed arrays, which compares two strings only where their hashes agree, where a Map of
 * strings costs several times more per word.
 */
class WordTable {
  readonly words: string[] = [];
  private readonly shift: number;
  private readonly mask: number;
  /** Each slot's term number plus one; 0 for an empty slot. */
  private readonly slots: Int32Array;
  private readonly hashes: Int32Array;

  /** A table for at most `capacity` words, at most half full; in the memory of one call if given. */
  constructor(capacity: number, memory?: Scratch) {
    const bits = Math.max(4, 32 - Math.clz32(2 * capacity));
    this.mask = (1 << bits) - 1;
    this.shift = 32 - bits;
    this.slots = memory ? memory.int32(1 << bits) : new Int32Array(1 << bits);
    this.hashes = memory ? memory.int32(capacity) : new Int32Array(capacity);
  }

  /** The number of a word (`hash` its hashOf), -1 for one not in the table. */
  find(word: string, hash = hashOf(word)): number {
    return (this.slots[this.slotOf(word, hash)] as number) - 1;
  }

  /** The hashOf of word `id`. */
  hashAt(id: number): number {
    return this.hashes[id] as number;
  }

  /** The number of a word, the next one if it is new. */
  idOf(word: string): number {
    const hash = hashOf(word);
    const slot = this.slotOf(word, hash);
    const number = this.slots[slot] as number;
    if (number !== 0) return number - 1;
    const id = this.words.length;
    this.words.push(word);
    this.hashes[id] = hash;
    this.slots[slot] = id + 1;
    return id;
  }

  /** The slot of a word: the one that holds it, or the empty one where it goes. */
  private slotOf(word: string, hash: number): number {
    // Fibonacci hashing: the high bits of the product pick the slot.
    let slot = Math.imul(hash, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const number = this.slots[slot] as number;
      if (number === 0 || (this.hashes[number - 1] === hash && this.words[number - 1] === word)) return slot;
      slot = (slot + 1) & this.mask;
    }
  }
}

/** FNV-1a of a string's UTF-16 code units. */
function hashOf(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  return hash;
}

/** The typed arrays of a call of extractKeywords (and of verbalPositions, which it calls). */
const scratch = new Scratch();

/** Weight (lower is better) of a phrase of several words that occurs once, and of any phrase of several words. */
const TF1 = 3;
const MULTI = 0.5;
/** Prepositions and adverbs the English function-word list leaves out, and the small change of news copy. */
const EXTRA_EN_STOP = new Set([
  'across',
  'near',
  'beneath',
  'below',
  'above',
  'along',
  'amid',
  'despite',
  'toward',
  'towards',
  'within',
  'without',
  'via',
  'per',
  'ago',
  'onto',
  'upon',
  'around',
  'behind',
  'beyond',
  'inside',
  'outside',
  'away',
  // Words news writes around figures, ages and times, which say nothing of what a story is about.
  'million',
  'billion',
  'trillion',
  'dozens',
  'hundreds',
  'thousands',
  'millions',
  'billions',
  'percent',
  'cent',
  'year-old',
  'a.m.',
  'p.m.',
  'ahead',
]);
/**
 * English words too vague to be a keyword alone, though a phrase may hold them ("oil company", "third quarter"):
 * what any story says of its subjects, spelled ordinals, and words of time, size and place.
 */
const VAGUE_ALONE = new Set([
  'company',
  'companies',
  'people',
  'officials',
  'former',
  'born',
  'part',
  'half',
  'end',
  'later',
  'earlier',
  'main',
  'biggest',
  'largest',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'chief',
  // Of "Prime Minister", whose second word is a stop word.
  'prime',
  'side',
  'man',
  'men',
  'local',
  'regional',
  'night',
  'overnight',
  'morning',
  'evening',
  'weekend',
  'seconds',
  'minute',
  'minutes',
  'hours',
  'months',
  // An ordinal's ending written apart ("74 th").
  'st',
  'nd',
  'rd',
  'th',
]);
/** An ordinal, an age or a measure ("10th", "55-year-old", "44C", "90km", "3GW"): no keyword. */
const ORDINAL_OR_AGE =
  /^\p{N}+(?:st|nd|rd|th|-(?:year|month|week|day)-olds?|[.,]?\p{N}*(?:c|f|km|kg|mm|cm|mph|kmh|gw|mw|kw|gwh|mwh|bn|mn))$/iu;
const INNER_STOP = new Set(['of', 'and', '&']);
/** "of" and "and" of the other languages the detector reads most in news. */
const FOREIGN_INNER_STOP = new Set([
  ...INNER_STOP,
  'de',
  'del',
  'des',
  'du',
  'di',
  'della',
  'da',
  'do',
  'dos',
  'das',
  'der',
  'van',
  'von',
  'y',
  'e',
  'et',
  'und',
]);
const ALL_CAPS = /^\p{Lu}{2,}$/u;

/**
 * Kinds of a listed word, as flags: a stop word, "of" or "and" inside a phrase, vague alone, a name's particle; in
 * English, a word that makes the next one a noun, a verb, or an "-ing" verb, and a common verb's form
 * (verbalPositions).
 */
const STOP = 1;
const INNER = 2;
const VAGUE = 4;
const PARTICLE = 8;
const NOMINAL_AFTER = 16;
const VERB_AFTER = 32;
const ING_VERB_AFTER = 64;
/** A form of a common English verb (`english-verbs.ts`). */
const COMMON_VERB = 128;
/** Not a listed kind: set in the kinds of the token before a word where that token is a comma. */
const AFTER_COMMA = 256;

/** The words of a language's lists and their kinds: one look-up per term reads them all. */
class ListedWords {
  private readonly table: WordTable;
  private readonly kinds: Uint16Array;

  constructor(kinds: ReadonlyMap<string, number>) {
    this.table = new WordTable(kinds.size);
    this.kinds = new Uint16Array(kinds.size);
    for (const [word, kind] of kinds) this.kinds[this.table.idOf(word)] = kind;
  }

  /** The kinds of a word (its hash by `hashOf` if known), 0 for one in no list. */
  kindsOf(word: string, hash = hashOf(word)): number {
    const id = this.table.find(word, hash);
    return id < 0 ? 0 : (this.kinds[id] as number);
  }
}

const LISTED_KINDS = new Map<string, ListedWords>();

/** The word lists of a language. */
function listedKinds(language: string): ListedWords {
  let listed = LISTED_KINDS.get(language);
  if (listed === undefined) {
    const kinds = new Map<string, number>();
    const add = (words: Iterable<string>, kind: number): void => {
      for (const w of words) kinds.set(w, (kinds.get(w) ?? 0) | kind);
    };
    add(stopwordsFor(language), STOP);
    add(language === 'en' ? INNER_STOP : FOREIGN_INNER_STOP, INNER);
    if (language === 'en') {
      add(EXTRA_EN_STOP, STOP);
      add(VAGUE_ALONE, VAGUE);
      add(NAME_PARTICLES, PARTICLE);
      add(NOMINAL_BEFORE, NOMINAL_AFTER);
      add(VERB_BEFORE, VERB_AFTER);
      add(ING_VERB_BEFORE, ING_VERB_AFTER);
      add(COMMON_VERB_FORMS, COMMON_VERB);
    }
    LISTED_KINDS.set(language, (listed = new ListedWords(kinds)));
  }
  return listed;
}

/** Whether a word may start with a digit (`\p{N}`): the test before ORDINAL_OR_AGE, most words being ASCII letters. */
function mayStartWithDigit(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c >= 48 && c <= 57) || c >= 128;
}

/** Longer "words" are identifiers, encodings or a key held down, never part of a keyphrase. */
const MAX_WORD_LENGTH = 40;

/**
 * `WORD.test`, without the regular expression for ASCII text (most tokens): a letter or digit, then ' & . - too;
 * at most MAX_WORD_LENGTH characters.
 */
function isWordToken(text: string): boolean {
  if (text.length > MAX_WORD_LENGTH) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return WORD.test(text);
    const lower = c | 32;
    const alnum = (c >= 48 && c <= 57) || (lower >= 97 && lower <= 122);
    if (!alnum && (i === 0 || !(c === 39 || c === 38 || c === 46 || c === 45))) return false;
  }
  return text.length > 0;
}

/** `HAS_LETTER.test`, without the regular expression for ASCII text. */
function hasLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return HAS_LETTER.test(text);
    const lower = c | 32;
    if (lower >= 97 && lower <= 122) return true;
  }
  return false;
}

/** Whether a word has a lower-case letter, without allocating for ASCII. */
function hasLowerCase(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
    if (c >= 128) return text !== text.toUpperCase();
  }
  return false;
}

/** Words that make a preceding "-ing" or base form a noun ("the meeting", "for funding", "a sign"). */
const NOMINAL_BEFORE = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'its',
  'his',
  'her',
  'their',
  'our',
  'my',
  'your',
  "'s",
  '’s',
  'of',
  'for',
  'new',
  'first',
  'last',
  'each',
  'every',
  'no',
  'any',
  'some',
  'whose',
]);
/** Words after which a word is a verb ("he meets", "will sign", "has to get"). */
const VERB_BEFORE = new Set([
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'who',
  'will',
  'would',
  'can',
  'could',
  'should',
  'may',
  'might',
  'must',
  'shall',
  'did',
  'does',
  'do',
  "didn't",
  "doesn't",
  "don't",
  "won't",
  "can't",
  'cannot',
  'not',
]);
/** Words after which an "-ing" word is a verb ("is moving", "get moving"). */
const ING_VERB_BEFORE = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'am',
  "'re",
  "'m",
  'get',
  'gets',
  'got',
  'keep',
  'keeps',
  'kept',
  'start',
  'started',
  'stop',
  'stopped',
  'began',
  'begin',
  'continue',
  'continued',
]);
/** A word after an "-ing" word that opens a clause after a comma ("rain , triggering landslides"); not a list. */
const CLAUSE_GOES_ON = /^(?!(?:and|or|but|nor)$)\p{L}/u;
const OBJECT_START = /^(?:the|a|an|its|his|her|their|our|more|than|up|back|out|down|off|\p{N}.*)$/u;
/** "-ly" words that are nouns or names, not adverbs. */
const LY_NOUNS = new Set([
  'family',
  'supply',
  'italy',
  'july',
  'rally',
  'assembly',
  'ally',
  'reply',
  'monopoly',
  'anomaly',
  'butterfly',
  'belly',
  'jelly',
  'bully',
  'lily',
  'folly',
  'holly',
  'emily',
  'kelly',
  'sicily',
  'jolly',
  'fly',
  'apply',
  'comply',
  'rely',
  'multiply',
  'imply',
  'reply',
  'only',
]);

/** "-ed" words that are nouns. */
const ED_NOUNS = new Set(['hundred', 'kindred', 'sacred', 'naked', 'wicked', 'rugged', 'ragged', 'beloved']);

/**
 * English only: positions of words that are verbs or adverbs in their context, which no keyphrase may start, end
 * or run through. Evidence is the document's own: an "-ly" adverb; an "-ing" word never after a determiner or
 * preposition ("the meeting" is a noun, "get moving" is not); a word after a pronoun or modal ("will sign") and
 * never after a determiner; a lower-case word right after a name that has verb forms in the document
 * ("Putin meets" with "meeting", "Finland sign" with "signed") or takes an object ("leaves 40,000"), and is never
 * after a determiner; a form of a common verb (`english-verbs.ts`) never after a determiner. 1 = verbal; 2 = a participle ("-ed"), which may start a phrase ("automated cranes") but not end
 * one.
 */
function verbalPositions(
  termTable: WordTable,
  kinds: Int32Array,
  ids: Int32Array,
  beforeKinds: Int32Array,
  after: (i: number) => string,
  afterProper: Uint8Array,
  lowerRaw: Uint8Array,
): Uint8Array {
  const n = ids.length;
  const terms = termTable.words;
  // The kinds of the tokens each term follows somewhere.
  const follows = scratch.int32(terms.length);
  for (let i = 0; i < n; i++) {
    const id = ids[i] as number;
    follows[id] = (follows[id] as number) | (beforeKinds[i] as number);
  }
  const verbAfter = (id: number): boolean => ((follows[id] as number) & VERB_AFTER) !== 0;
  const hasVerbForms = (w: string): boolean => {
    const bases = [w];
    if (w.endsWith('es')) bases.push(w.slice(0, -2));
    if (w.endsWith('s') && !w.endsWith('ss')) bases.push(w.slice(0, -1));
    for (const base of bases) {
      if (base.length < 2) continue;
      const stem = base.endsWith('e') ? base.slice(0, -1) : base;
      if (
        (base !== w && verbAfter(termTable.find(base))) ||
        termTable.find(stem + 'ed') >= 0 ||
        termTable.find(stem + 'ing') >= 0 ||
        // A doubled last consonant: "slips" beside "slipped".
        termTable.find(base + base.charAt(base.length - 1) + 'ed') >= 0 ||
        termTable.find(base + 'd') >= 0
      )
        return true;
    }
    return false;
  };
  // What a term is wherever it is written in lower case, found once per term: VERBAL, PARTICIPLE, neither, or
  // BY_CONTEXT where its neighbours tell.
  const termVerdict = (id: number): number => {
    const w = terms[id] as string;
    const ing = w.length >= 5 && w.endsWith('ing');
    if (w.length >= 5 && w.endsWith('ly') && !LY_NOUNS.has(w)) return VERBAL;
    if (w.length >= 5 && w.endsWith('ed') && !w.endsWith('eed') && !ED_NOUNS.has(w)) return PARTICIPLE;
    if (((follows[id] as number) & NOMINAL_AFTER) !== 0) return 0;
    if (((kinds[id] as number) & COMMON_VERB) !== 0) return VERBAL;
    if (ing && ((follows[id] as number) & ING_VERB_AFTER) !== 0) return VERBAL;
    if (verbAfter(id) && !w.endsWith('s')) return VERBAL;
    return BY_CONTEXT;
  };
  // Each term's verdict plus one, 0 until asked.
  const verdicts = scratch.uint8(terms.length);
  const capable = new Map<number, boolean>();
  const bad = scratch.uint8(n);
  for (let i = 0; i < n; i++) {
    if (!lowerRaw[i]) continue;
    const id = ids[i] as number;
    let verdict = (verdicts[id] as number) - 1;
    if (verdict < 0) verdicts[id] = (verdict = termVerdict(id)) + 1;
    if (verdict !== BY_CONTEXT) {
      bad[i] = verdict;
      continue;
    }
    const w = terms[id] as string;
    if (
      ((beforeKinds[i] as number) & AFTER_COMMA) !== 0 &&
      w.length >= 5 &&
      w.endsWith('ing') &&
      CLAUSE_GOES_ON.test(after(i))
    )
      bad[i] = VERBAL;
    else if (afterProper[i]) {
      let c = capable.get(id);
      if (c === undefined) capable.set(id, (c = hasVerbForms(w)));
      if (c || (w.endsWith('s') && !w.endsWith('ss') && OBJECT_START.test(after(i)))) bad[i] = VERBAL;
    }
  }
  return bad;
}

/** verbalPositions' marks: a verb or adverb; a participle; and (never a mark) a word its neighbours decide. */
const VERBAL = 1;
const PARTICIPLE = 2;
const BY_CONTEXT = 3;
