import { readFileSync } from 'node:fs';
import { ModelLoadError } from '../errors.js';
import type { Gazetteer, PhraseKind, PhraseNode } from './gazetteer.js';
import { PHRASE_KINDS, gazetteer } from './gazetteer.js';
import type { TagToken } from './features.js';
import {
  contextFeatures,
  emitStaticFeatures,
  historyOf,
  isCapitalized,
  prepare,
  rememberLabel,
  shape,
  splitFeature,
  staticFeatures,
} from './features.js';
import { isOrgHead, isPersonTitle } from './gazetteer.js';
import { LABELS, NUM_LABELS, argmaxAllowed } from './perceptron.js';
import { LEFT, PairOffsets, RIGHT } from './pair-offsets.js';
import { plainQuotes } from '../text/plain-quotes.js';
import type { Label } from './perceptron.js';
import { wordRole } from './rules.js';

/**
 * models/ner-model.json: feature names and their weights, quantised to integers (weight = q / scale).
 * Version 2 keeps the features as one string joined by line breaks and the weights as base64 of little-endian
 * Int32 (NUM_LABELS per feature, in the order of the features): it loads in a fraction of the time and memory of
 * version 1's JSON arrays, which is still read.
 */
export interface ModelFile {
  version: 1 | 2;
  labels: string[];
  scale: number;
  features: string[] | string;
  weights: number[] | string;
  meta: Record<string, unknown>;
}

/** The version-2 file of quantised weights. */
export function encodeModel(
  features: readonly string[],
  weights: Int32Array,
  scale: number,
  meta: Record<string, unknown>,
): ModelFile {
  return {
    version: 2,
    labels: [...LABELS],
    scale,
    features: features.join('\n'),
    weights: Buffer.from(weights.buffer, weights.byteOffset, weights.byteLength).toString('base64'),
    meta,
  };
}

function decodeWeights(file: ModelFile): Int32Array {
  if (typeof file.weights !== 'string') return Int32Array.from(file.weights);
  const buf = Buffer.from(file.weights, 'base64');
  const out = new Int32Array(buf.length / 4);
  for (let i = 0; i < out.length; i++) out[i] = buf.readInt32LE(i * 4);
  return out;
}

export const MODEL_URL = new URL('../../models/ner-model.json', import.meta.url);

/** Read-only weights used at inference; static word features are summed once per word type. */
export class Tagger {
  private readonly cache = new Map<string, WordRecord>();
  /** The records of the ASCII tokens of one character (punctuation, mostly: a sixth of a news text), by their code,
   * read without hashing the token. */
  private readonly asciiChars = new Array<WordRecord | undefined>(128).fill(undefined);
  /** What one text has seen of each lower-cased word, shared by the records of its written forms. */
  private readonly lexemes = new Map<string, Lexeme>();
  /** Number of the current `tag` call: a lexeme's marks count only when they carry it. */
  private call = 0;
  /**
   * Every weight the tagger reads, in one array, so that a token's score is one sum of rows at offsets into it: the
   * model's rows (at the offsets of `index`); then tables made once: a block of zeros, which a missing feature
   * reads, the tag-pair tables and the word classes' context rows; then the records' rows (static, context and
   * tag-pair), each record's side by side and in the order the words were first met, so that a text's words sit
   * close together. A record holds offsets into it.
   */
  private weights: Float32Array;
  private weightsUsed: number;
  /** Where the records' rows start: `weightsUsed` goes back there when the records are cleared. */
  private readonly recordsStart: number;
  /** Offset of ZERO_WEIGHTS weights of zero, which a missing feature or table reads. */
  private readonly zeros: number;
  /** Offsets of the context rows of each word class with any (CLASS_CONTEXT_KINDS, side by side). */
  private readonly classRows = new Map<number, number>();
  private readonly fixed: FixedWeights;

  /** Offset of each feature's NUM_LABELS weights in `weights`, by the feature's kind, then value (features.ts). */
  private readonly index = new Map<string, Map<string, number>>();
  /** The entry in `wordRows` of each word (lower case, or <s> / </s>) with a word, word-pair, context or tag-pair
   * feature: a new word is looked up once where it took a dozen lookups in tables as large. */
  private readonly words = new Map<string, number>();
  /** Per entry, WORD_ENTRY: the word's offsets of those rows (-1 where it has none) and its pair id. Entry 0 is
   * that of every other word: all -1. */
  private readonly wordRows: Int32Array;
  /** Offsets of "w|w+1=left|right" and "w-1|w=left|right" by the ids of two neighbouring words. */
  private readonly wordPairs = new PairOffsets();
  /** The same for shapes: "sh|sh+1=" and "sh-1|sh=". */
  private readonly shapeIds = new Map<string, number>();
  private readonly shapePairs = new PairOffsets();

  constructor(
    features: readonly string[],
    data: Float32Array,
    private readonly gaz: Gazetteer,
  ) {
    this.weights = new Float32Array(data.length + (1 << 16));
    this.weights.set(data);
    this.weightsUsed = data.length;
    const id = (ids: Map<string, number>, key: string): number => {
      let v = ids.get(key);
      if (v === undefined) ids.set(key, (v = ids.size));
      return v;
    };
    const wordRows: number[] = new Array<number>(WORD_ENTRY.size).fill(-1);
    const entry = (word: string): number => {
      let e = this.words.get(word);
      if (e === undefined) {
        this.words.set(word, (e = this.words.size + 1));
        for (let k = 0; k < WORD_ENTRY.size; k++) wordRows.push(-1);
      }
      return e * WORD_ENTRY.size;
    };
    let pairWords = 0;
    const pairId = (word: string): number => {
      const at = entry(word) + WORD_ENTRY.pairId;
      if ((wordRows[at] as number) < 0) wordRows[at] = pairWords++;
      return wordRows[at] as number;
    };
    features.forEach((f, i) => {
      const offset = i * NUM_LABELS;
      const [kind, rest] = splitFeature(f);
      let byValue = this.index.get(kind);
      if (!byValue) this.index.set(kind, (byValue = new Map()));
      byValue.set(rest, offset);
      const contextKind = CONTEXT_KINDS.indexOf(kind as (typeof CONTEXT_KINDS)[number]);
      if (contextKind >= 0) wordRows[entry(rest) + WORD_ENTRY.context + contextKind] = offset;
      else if (kind === 'w') wordRows[entry(rest) + WORD_ENTRY.word] = offset;
      else if (kind === 'pt|w') {
        const bar = rest.indexOf('|');
        const label = LABELS.indexOf(rest.slice(0, bar) as Label);
        wordRows[entry(rest.slice(bar + 1)) + WORD_ENTRY.tagPairs + label] = offset;
      }
      if (!PAIR_KINDS.has(kind)) return;
      // The last "|" splits the pair, unless the second word is "|" itself (words are never empty).
      const bar = rest.endsWith('|') ? rest.length - 2 : rest.lastIndexOf('|');
      const a = rest.slice(0, bar);
      const b = rest.slice(bar + 1);
      if (kind === 'w-1|w') this.wordPairs.set(pairId(a), pairId(b), RIGHT, offset);
      else if (kind === 'w|w+1') this.wordPairs.set(pairId(a), pairId(b), LEFT, offset);
      else if (kind === 'sh-1|sh')
        this.shapePairs.set(id(this.shapeIds, a), id(this.shapeIds, b), RIGHT, offset);
      else this.shapePairs.set(id(this.shapeIds, a), id(this.shapeIds, b), LEFT, offset);
    });
    this.wordRows = Int32Array.from(wordRows);
    this.bosWord = this.wordRows[this.entry(BOS) + WORD_ENTRY.pairId] as number;
    this.eosWord = this.wordRows[this.entry(EOS) + WORD_ENTRY.pairId] as number;
    this.bosShape = this.shapeIds.get(BOS) ?? -1;
    this.eosShape = this.shapeIds.get(EOS) ?? -1;
    this.zeros = this.reserve(ZERO_WEIGHTS);
    this.fixed = this.fixedWeights();
    for (const kind of CLASS_CONTEXT_KINDS)
      for (const value of this.index.get(kind)?.keys() ?? []) {
        const cluster = Number(value);
        if (this.classRows.has(cluster)) continue;
        const offsets = CLASS_CONTEXT_KINDS.map((k) => this.offset(k, value) ?? -1);
        this.classRows.set(cluster, this.copyRows(offsets, 0, offsets.length));
      }
    this.recordsStart = this.weightsUsed;
  }

  private readonly bosWord: number;
  private readonly eosWord: number;
  private readonly bosShape: number;
  private readonly eosShape: number;

  static fromFile(file: ModelFile, gaz: Gazetteer): Tagger {
    if (file.labels.join() !== LABELS.join())
      throw new ModelLoadError('the model labels do not match this code');
    const features =
      typeof file.features === 'string'
        ? file.features === ''
          ? []
          : file.features.split('\n')
        : file.features;
    const q = decodeWeights(file);
    if (q.length !== features.length * NUM_LABELS)
      throw new ModelLoadError('the model has not NUM_LABELS weights per feature');
    const data = new Float32Array(q.length);
    for (let i = 0; i < q.length; i++) data[i] = (q[i] as number) / file.scale;
    return new Tagger(features, data, gaz);
  }

  static fromWeights(weights: Map<string, Float64Array | Float32Array>, gaz: Gazetteer): Tagger {
    const features = [...weights.keys()];
    const data = new Float32Array(features.length * NUM_LABELS);
    features.forEach((f, i) =>
      data.set((weights.get(f) as Float64Array | Float32Array).subarray(0, NUM_LABELS), i * NUM_LABELS),
    );
    return new Tagger(features, data, gaz);
  }

  private offset(kind: string, value: string): number | undefined {
    return this.index.get(kind)?.get(value);
  }

  /** The offset of a feature's row, or of a row of zeros when the model has no such feature. */
  private rowOrZeros(kind: string, value = ''): number {
    return this.offset(kind, value) ?? this.zeros;
  }

  /** Where the entry of a word starts in `wordRows`. */
  private entry(lower: string): number {
    return (this.words.get(lower) ?? 0) * WORD_ENTRY.size;
  }

  /** Adds the weights at offset `o` (a feature's; undefined or -1 when it has none) into `into` from `at` on. */
  private addAt(into: Float32Array | Float64Array, at: number, o: number | undefined): void {
    if (o === undefined || o < 0) return;
    const w = this.weights;
    for (let k = 0; k < NUM_LABELS; k++) into[at + k] = (into[at + k] as number) + (w[o + k] as number);
  }

  /** The record of a word as written, made on first sight. */
  private record(written: string): WordRecord {
    if (written.length === 1) {
      const code = written.charCodeAt(0);
      if (code < 128) return (this.asciiChars[code] ??= this.newRecord(written));
    }
    let r = this.cache.get(written);
    if (!r) this.cache.set(written, (r = this.newRecord(written)));
    return r;
  }

  /** Weights of every feature a word contributes, in each role it can play around a token. */
  private newRecord(written: string): WordRecord {
    // Typographic quotes read plain, as the training text writes them (plainQuotes).
    const word = plainQuotes(written);
    const lower = word.toLowerCase();
    const at = this.entry(lower);
    const cluster = this.gaz.clusters.get(lower);
    const sh = shape(word);
    // The sum of the static rows, added in its place in `weights` one row at a time (rounded to float32 after each
    // addition, as in a row of its own).
    const st = this.reserve(NUM_LABELS);
    // Records cleared leave their weights behind.
    this.weights.fill(0, st, st + NUM_LABELS);
    emitStaticFeatures(
      word,
      this.gaz,
      // "w=" is the word's own row, in its entry.
      (kind, value) =>
        this.addAt(
          this.weights,
          st,
          kind === 'w' ? this.wordRows[at + WORD_ENTRY.word] : this.offset(kind, value),
        ),
      lower,
      sh,
      cluster,
    );
    let lexeme = this.lexemes.get(lower);
    if (!lexeme)
      this.lexemes.set(lower, (lexeme = { lowerSeen: -1, capitalizedMid: -1, historyCall: -1, history: 0 }));
    return {
      word,
      lexeme,
      lowerCase: word === lower,
      shape: this.shapeTable(sh),
      wordId: this.wordRows[at + WORD_ENTRY.pairId] as number,
      shapeId: this.shapeIds.get(sh) ?? -1,
      st,
      // The weights of the word's context features side by side (CONTEXT_KINDS): one read of memory where four
      // scattered rows of the model cost four. Most words have none.
      context: this.copyRows(this.wordRows, at + WORD_ENTRY.context, CONTEXT_KINDS.length),
      classContext: (cluster === undefined ? undefined : this.classRows.get(cluster)) ?? this.zeros,
      ptw: this.copyRows(this.wordRows, at + WORD_ENTRY.tagPairs, NUM_LABELS),
      title: isPersonTitle(lower),
      firstName: this.gaz.firstNames.has(word),
      capitalized: isCapitalized(word),
      personName: this.gaz.personNames.has(word),
      orgHead: isOrgHead(lower),
      role: wordRole(word),
      phraseStart: this.gaz.phraseStart(word),
    };
  }

  /** Room for `count` weights at the end of `weights`, growing it; where they start. */
  private reserve(count: number): number {
    if (this.weightsUsed + count > this.weights.length) {
      const larger = new Float32Array(this.weights.length * 2);
      larger.set(this.weights.subarray(0, this.weightsUsed));
      this.weights = larger;
    }
    const at = this.weightsUsed;
    this.weightsUsed += count;
    return at;
  }

  /**
   * The rows at offsets[from, from + count) copied side by side to the end of `weights`, a missing one (-1) as
   * zeros: where they start, or `zeros` when all are missing.
   */
  private copyRows(offsets: ArrayLike<number>, from: number, count: number): number {
    let at = this.zeros;
    for (let k = 0; k < count; k++) {
      const o = offsets[from + k] as number;
      if (o < 0) continue;
      if (at === this.zeros) {
        at = this.reserve(count * NUM_LABELS);
        // Records cleared leave their weights behind.
        this.weights.fill(0, at, this.weightsUsed);
      }
      const w = this.weights;
      for (let j = 0; j < NUM_LABELS; j++) w[at + k * NUM_LABELS + j] = w[o + j] as number;
    }
    return at;
  }

  private shapeTables = new Map<string, ShapeWeights>();
  private shapeTable(sh: string): ShapeWeights {
    let t = this.shapeTables.get(sh);
    if (!t) {
      const offsets = LABELS.map((label) => this.offset('pt|sh', label + '|' + sh) ?? -1);
      t = { ptsh: this.copyRows(offsets, 0, NUM_LABELS), ss: this.rowOrZeros('ss|sh', sh) };
      this.shapeTables.set(sh, t);
    }
    return t;
  }

  /** The weights of the features of no word (FixedWeights), looked up in the index once. */
  private fixedWeights(): FixedWeights {
    const previous = LABELS.map((label) => this.offset('pt', label) ?? -1);
    const previousTwo: number[] = [];
    for (const q of LABELS) for (const p of LABELS) previousTwo.push(this.offset('pt2', q + '|' + p) ?? -1);
    const phrases = new Map<PhraseKind, PhraseWeights>();
    for (const kind of PHRASE_KINDS)
      phrases.set(kind, {
        begin: this.rowOrZeros('gz', kind + '-B'),
        inside: this.rowOrZeros('gz', kind + '-I'),
      });
    return {
      pt: this.copyRows(previous, 0, NUM_LABELS),
      pt2: this.copyRows(previousTwo, 0, NUM_LABELS * NUM_LABELS),
      bosL1: this.rowOrZeros('w-1', BOS),
      bosL2: this.rowOrZeros('w-2', BOS),
      eosR1: this.rowOrZeros('w+1', EOS),
      eosR2: this.rowOrZeros('w+2', EOS),
      ttl: this.rowOrZeros('ttl-1'),
      fn1: this.rowOrZeros('fn-1'),
      pn1: this.rowOrZeros('pn+1'),
      orgh1: this.rowOrZeros('orgh+1'),
      titleBeforeStart: isPersonTitle(BOS),
      docCases: Array.from({ length: 8 }, (_, b) =>
        this.rowOrZeros('dc', (b & 4 ? 'C' : '') + (b & 2 ? 'L' : '') + (b & 1 ? 'S' : '')),
      ),
      histories: LABELS.map((label) => this.rowOrZeros('hist', label === 'O' ? 'O' : label.slice(2))),
      phrases,
    };
  }

  /**
   * BIO labels, one per token. Computes exactly the sum of the features of features.ts, but reads the weights of
   * word features from per-word records and of tag features from small tables instead of building strings.
   * `roles`, when given, receives each token's wordRole (rules.ts) from the same per-word records.
   */
  tag(tokens: readonly TagToken[], roles?: Uint8Array): Label[] {
    const n = tokens.length;
    const out: Label[] = new Array<Label>(n);
    if (n === 0) return out;
    if (this.cache.size > MAX_WORDS_CACHED) {
      // Bounded memory on any vocabulary; shapes too are unbounded in scripts without case (each character is its
      // own shape). Cleared between texts only: the records of one text share their lexemes.
      this.cache.clear();
      this.asciiChars.fill(undefined);
      this.lexemes.clear();
      this.shapeTables.clear();
      this.weightsUsed = this.recordsStart;
    }
    const call = ++this.call;
    const recs: WordRecord[] = new Array<WordRecord>(n);
    const words: string[] = new Array<string>(n);
    for (let i = 0; i < n; i++) {
      const r = this.record((tokens[i] as TagToken).text);
      recs[i] = r;
      words[i] = r.word;
    }
    // Read after the records are made, which may grow it.
    const w = this.weights;
    if (roles) for (let i = 0; i < n; i++) roles[i] = (recs[i] as WordRecord).role;
    const fixed = this.fixed;
    const gaz = new Int32Array(n).fill(-1);
    // The rules ask matchTokens for the same array. The records have the words read plain and know where a phrase
    // may start: a lookup per word type, not per token, in a table the rest of the text keeps out of cache.
    for (const m of this.gaz.matchTokens(tokens, words, (i) => (recs[i] as WordRecord).phraseStart)) {
      const phrase = fixed.phrases.get(m.kind) as PhraseWeights;
      for (let k = m.start; k < m.end; k++) gaz[k] = k === m.start ? phrase.begin : phrase.inside;
    }
    for (let i = 0; i < n; i++) {
      const r = recs[i] as WordRecord;
      if (r.lowerCase) r.lexeme.lowerSeen = call;
      else if (!(tokens[i] as TagToken).sentenceStart && r.capitalized) r.lexeme.capitalizedMid = call;
    }
    const { pt, pt2, bosL1, bosL2, eosR1, eosR2, ttl, fn1, pn1, orgh1, docCases, histories } = fixed;
    const { shapePairs, wordPairs, zeros } = this;
    const scores = new Float64Array(NUM_LABELS);
    let prev = 0;
    let prev2 = 0;
    // The pairs of each token and the next, found once: its next pairs here, the previous ones of the token after.
    let wordPair = -1;
    let shapePair = -1;
    for (let i = 0; i < n; i++) {
      const t = tokens[i] as TagToken;
      const r = recs[i] as WordRecord;
      const startHere = t.sentenceStart;
      if (startHere) prev = prev2 = 0;
      const nextStarts = i + 1 >= n || (tokens[i + 1] as TagToken).sentenceStart;
      const p1 = startHere ? undefined : recs[i - 1];
      const p2 = startHere || (tokens[i - 1] as TagToken).sentenceStart ? undefined : recs[i - 2];
      const x1 = nextStarts ? undefined : recs[i + 1];
      const x2 =
        nextStarts || i + 2 >= n || (tokens[i + 2] as TagToken).sentenceStart ? undefined : recs[i + 2];
      const prevShapePair = p1 ? shapePair : shapePairs.find(this.bosShape, r.shapeId);
      shapePair = shapePairs.find(r.shapeId, x1 ? x1.shapeId : this.eosShape);
      const prevWordPair = p1 ? wordPair : wordPairs.find(this.bosWord, r.wordId);
      wordPair = wordPairs.find(r.wordId, x1 ? x1.wordId : this.eosWord);
      // Where each row of the sum starts; a missing feature reads zeros.
      const before = p1 ? p1.context + AS_PREVIOUS : bosL1;
      const twoBefore = p2 ? p2.context + AS_SECOND_PREVIOUS : bosL2;
      const after = x1 ? x1.context + AS_NEXT : eosR1;
      const twoAfter = x2 ? x2.context + AS_SECOND_NEXT : eosR2;
      const classBefore = p1 ? p1.classContext : zeros;
      const classAfter = x1 ? x1.classContext + NUM_LABELS : zeros;
      const shapeBefore = orZeros(shapePairs.offset(prevShapePair, RIGHT), zeros);
      const shapeAfter = orZeros(shapePairs.offset(shapePair, LEFT), zeros);
      const wordBefore = orZeros(wordPairs.offset(prevWordPair, RIGHT), zeros);
      const wordAfter = orZeros(wordPairs.offset(wordPair, LEFT), zeros);
      const afterTag = pt + prev * NUM_LABELS;
      const afterTwoTags = pt2 + (prev2 * NUM_LABELS + prev) * NUM_LABELS;
      const shapeAfterTag = r.shape.ptsh + prev * NUM_LABELS;
      const wordAfterTag = r.ptw + prev * NUM_LABELS;
      // One sum per label of the rows every token reads, where they were added one row at a time into the scores:
      // the same additions in the same order (a missing row adds zeros).
      for (let k = 0; k < NUM_LABELS; k++)
        scores[k] =
          (w[r.st + k] as number) +
          (w[before + k] as number) +
          (w[twoBefore + k] as number) +
          (w[after + k] as number) +
          (w[twoAfter + k] as number) +
          (w[classBefore + k] as number) +
          (w[classAfter + k] as number) +
          (w[shapeBefore + k] as number) +
          (w[shapeAfter + k] as number) +
          (w[wordBefore + k] as number) +
          (w[wordAfter + k] as number) +
          (w[afterTag + k] as number) +
          (w[afterTwoTags + k] as number) +
          (w[shapeAfterTag + k] as number) +
          (w[wordAfterTag + k] as number);
      if (startHere) addRow(scores, w, r.shape.ss);
      if (p1 ? p1.title : fixed.titleBeforeStart) addRow(scores, w, ttl);
      if (p1?.firstName) addRow(scores, w, fn1);
      if (x1?.capitalized) {
        if (x1.personName) addRow(scores, w, pn1);
        if (x1.orgHead) addRow(scores, w, orgh1);
      }
      if ((gaz[i] as number) >= 0) addRow(scores, w, gaz[i] as number);
      const lexeme = r.lexeme;
      if (r.capitalized) {
        addRow(
          scores,
          w,
          docCases[
            (lexeme.capitalizedMid === call ? 4 : 0) |
              (lexeme.lowerSeen === call ? 2 : 0) |
              (startHere ? 1 : 0)
          ] as number,
        );
        if (lexeme.historyCall === call) addRow(scores, w, histories[lexeme.history] as number);
      }
      const guess = argmaxAllowed(scores, prev);
      out[i] = LABELS[guess] as Label;
      // rememberLabel (features.ts), on the lexeme.
      if (r.capitalized && !startHere) {
        lexeme.historyCall = call;
        lexeme.history = guess;
      }
      prev2 = prev;
      prev = guess;
    }
    return out;
  }

  /** The same labels computed the slow, obvious way from feature strings (for tests). */
  tagReference(written: readonly TagToken[]): Label[] {
    const input = prepare(written, this.gaz);
    const { tokens } = input;
    const out: Label[] = new Array<Label>(tokens.length);
    const scores = new Float64Array(NUM_LABELS);
    let prev = 0;
    let prev2 = 0;
    const history = new Map<string, string>();
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as TagToken;
      if (t.sentenceStart) prev = prev2 = 0;
      scores.fill(0);
      for (const f of staticFeatures(t.text, this.gaz))
        this.addAt(scores, 0, this.offset(...splitFeature(f)));
      const lower = input.lowers[i] as string;
      for (const f of contextFeatures(
        input,
        i,
        LABELS[prev] as string,
        LABELS[prev2] as string,
        this.gaz,
        historyOf(history, t, lower),
      ))
        this.addAt(scores, 0, this.offset(...splitFeature(f)));
      const guess = argmaxAllowed(scores, prev);
      out[i] = LABELS[guess] as Label;
      rememberLabel(history, t, lower, LABELS[guess] as Label);
      prev2 = prev;
      prev = guess;
    }
    return out;
  }
}

/**
 * Words whose records the tagger keeps before it starts again: a record, its lexeme and their map entries take about
 * 400 bytes, so at most ≈ 25 MB; a news vocabulary of tens of thousands of words stays whole.
 */
const MAX_WORDS_CACHED = 60_000;

const BOS = '<s>';
const EOS = '</s>';

/** Features over two neighbouring words or shapes, read from id tables at inference. */
const PAIR_KINDS = new Set(['w-1|w', 'w|w+1', 'sh-1|sh', 'sh|sh+1']);

/** Where the weights of a shape's tag-pair ("pt|sh=", by the previous label) and sentence-start ("ss|sh=") features
 * start in the tagger's `weights`. */
interface ShapeWeights {
  ptsh: number;
  ss: number;
}

/** Where the weights of the features of no word start in the tagger's `weights`: the previous tags' ("pt=", "pt2=",
 * tables by the labels), of the sentence's edges as neighbours ("w-1=<s>", …), of a neighbour's cue ("ttl-1=",
 * "fn-1=", "pn+1=", "orgh+1="), of "dc=" by its bits (4 capitalised mid-sentence elsewhere, 2 seen in lower case,
 * 1 sentence start), of "hist=" by the label last given, and of gazetteer phrases ("gz=") by kind. */
interface FixedWeights {
  pt: number;
  pt2: number;
  bosL1: number;
  bosL2: number;
  eosR1: number;
  eosR2: number;
  ttl: number;
  fn1: number;
  pn1: number;
  orgh1: number;
  /** Whether the sentence start before a first word counts as a title (isPersonTitle of "<s>"). */
  titleBeforeStart: boolean;
  docCases: number[];
  histories: number[];
  phrases: Map<PhraseKind, PhraseWeights>;
}

/** Where the weights of a phrase kind's "gz=" features start, on its first word and on the others. */
interface PhraseWeights {
  begin: number;
  inside: number;
}

/** What one text (one `tag` call, by its number) has seen of a lower-cased word. */
interface Lexeme {
  lowerSeen: number;
  capitalizedMid: number;
  historyCall: number;
  /** The label the word was last given, capitalised mid-sentence, in that call. */
  history: number;
}

/** A word's context features, side by side in its record: as the word before the token tagged (w-1=), two before
 * (w-2=), after (w+1=) and two after (w+2=). */
const CONTEXT_KINDS = ['w-1', 'w-2', 'w+1', 'w+2'] as const;
const AS_PREVIOUS = 0;
const AS_SECOND_PREVIOUS = NUM_LABELS;
const AS_NEXT = 2 * NUM_LABELS;
const AS_SECOND_NEXT = 3 * NUM_LABELS;
/** A word class's context features: as the word before (cl-1=) and after (cl+1=). */
const CLASS_CONTEXT_KINDS = ['cl-1', 'cl+1'] as const;
/** The weights of zero the tagger keeps, for a missing table as large as the largest ("pt2=", by two labels). */
const ZERO_WEIGHTS = NUM_LABELS * NUM_LABELS * NUM_LABELS;

/** The fields of a word's entry in the tagger's `wordRows`: the offsets of its "w=" row, of its context rows
 * (CONTEXT_KINDS) and of its tag-pair rows ("pt|w=", by the previous label), and its id in the word-pair tables. */
const WORD_ENTRY = {
  word: 0,
  pairId: 1,
  context: 2,
  tagPairs: 2 + CONTEXT_KINDS.length,
  size: 2 + CONTEXT_KINDS.length + NUM_LABELS,
} as const;

interface WordRecord {
  /** The word as written, its quotes read plain (plainQuotes). */
  word: string;
  lexeme: Lexeme;
  /** The word is its own lower case. */
  lowerCase: boolean;
  shape: ShapeWeights;
  /** Ids in the word-pair and shape-pair tables, -1 when in none. */
  wordId: number;
  shapeId: number;
  /** Where the weights of the word's static features start in the tagger's `weights`. */
  st: number;
  /** Where those of its context features (CONTEXT_KINDS) start, side by side; the tagger's zeros when it has none,
   * which most words do not. */
  context: number;
  /** Where those of its class's context features (CLASS_CONTEXT_KINDS) start, side by side; or the zeros. */
  classContext: number;
  /** Where those of its tag-pair features ("pt|w=", by the previous label) start; or the zeros. */
  ptw: number;
  title: boolean;
  firstName: boolean;
  capitalized: boolean;
  personName: boolean;
  orgHead: boolean;
  /** Roles of the word for rules.ts (wordRole). */
  role: number;
  /** The gazetteer phrases it starts (Gazetteer.phraseStart). */
  phraseStart: PhraseNode | undefined;
}

/** Adds the row of weights at `at` into `into`. */
function addRow(into: Float64Array, weights: Float32Array, at: number): void {
  for (let k = 0; k < NUM_LABELS; k++) into[k] = (into[k] as number) + (weights[at + k] as number);
}

/** `offset`, or `zeros` where it is -1 (no feature). */
const orZeros = (offset: number, zeros: number): number => (offset < 0 ? zeros : offset);

function load(): Tagger {
  let file: ModelFile;
  try {
    file = JSON.parse(readFileSync(MODEL_URL, 'utf8')) as ModelFile;
  } catch (cause) {
    throw new ModelLoadError(`cannot load the NER model ${MODEL_URL.pathname}: run npm run train`, { cause });
  }
  return Tagger.fromFile(file, gazetteer());
}

let cached: Tagger | undefined;
/** The shipped tagger, loaded once. */
export function tagger(): Tagger {
  return (cached ??= load());
}
