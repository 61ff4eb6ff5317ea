import { readFileSync } from 'node:fs';
import { ModelLoadError } from '../errors.js';
import type { Gazetteer, PhraseKind } from './gazetteer.js';
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
  /** What one text has seen of each lower-cased word, shared by the records of its written forms. */
  private readonly lexemes = new Map<string, Lexeme>();
  /** Number of the current `tag` call: a lexeme's marks count only when they carry it. */
  private call = 0;
  /** The weights of the records (static, context and tag-pair rows), each record's side by side and in the order
   * the words were first met, so that a text's words sit close together: one region of memory per word where
   * three typed arrays of its own cost three reads. A record holds offsets into it. */
  private weights = new Float32Array(1 << 16);
  private weightsUsed = 0;

  /** Offset of each feature's NUM_LABELS weights in `data`, by the feature's kind, then value (features.ts). */
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
    private readonly data: Float32Array,
    private readonly gaz: Gazetteer,
  ) {
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

  private vec(kind: string, value = ''): Float32Array | undefined {
    const o = this.offset(kind, value);
    return o === undefined ? undefined : this.data.subarray(o, o + NUM_LABELS);
  }

  /** Where the entry of a word starts in `wordRows`. */
  private entry(lower: string): number {
    return (this.words.get(lower) ?? 0) * WORD_ENTRY.size;
  }

  /** Adds the weights at offset `o` (a feature's; undefined or -1 when it has none) into `into`. */
  private addAt(into: Float32Array | Float64Array, o: number | undefined): void {
    if (o === undefined || o < 0) return;
    const d = this.data;
    for (let k = 0; k < NUM_LABELS; k++) into[k] = (into[k] as number) + (d[o + k] as number);
  }

  /** Weights of every feature a word contributes, in each role it can play around a token. */
  private record(written: string): WordRecord {
    let r = this.cache.get(written);
    if (r) return r;
    // Typographic quotes read plain, as the training text writes them (plainQuotes).
    const word = plainQuotes(written);
    const lower = word.toLowerCase();
    const at = this.entry(lower);
    const cluster = this.gaz.clusters.get(lower);
    const st = new Float32Array(NUM_LABELS);
    const sh = shape(word);
    emitStaticFeatures(
      word,
      this.gaz,
      // "w=" is the word's own row, in its entry.
      (kind, value) =>
        this.addAt(st, kind === 'w' ? this.wordRows[at + WORD_ENTRY.word] : this.offset(kind, value)),
      lower,
      sh,
      cluster,
    );
    let lexeme = this.lexemes.get(lower);
    if (!lexeme)
      this.lexemes.set(lower, (lexeme = { lowerSeen: -1, capitalizedMid: -1, historyCall: -1, history: 0 }));
    const stAt = this.reserve(NUM_LABELS);
    this.weights.set(st, stAt);
    r = {
      word,
      lexeme,
      lowerCase: word === lower,
      shape: this.shapeTable(sh),
      wordId: this.wordRows[at + WORD_ENTRY.pairId] as number,
      shapeId: this.shapeIds.get(sh) ?? -1,
      st: stAt,
      // The weights of the word's context features side by side (CONTEXT_KINDS): one read of memory where four
      // scattered rows of the model cost four. Most words have none.
      context: this.rowsOfRecord(at + WORD_ENTRY.context, CONTEXT_KINDS.length),
      classContext: cluster === undefined ? undefined : this.classContext(cluster),
      ptw: this.rowsOfRecord(at + WORD_ENTRY.tagPairs, NUM_LABELS),
      title: isPersonTitle(lower),
      firstName: this.gaz.firstNames.has(word),
      capitalized: isCapitalized(word),
      personName: this.gaz.personNames.has(word),
      orgHead: isOrgHead(lower),
      role: wordRole(word),
      phraseLength: this.gaz.longestFrom(word),
    };
    this.cache.set(written, r);
    return r;
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

  /** `rows` of the word rows at [from, from + count), copied into `weights`: where they start, -1 when all miss. */
  private rowsOfRecord(from: number, count: number): number {
    const rows = this.rows(this.wordRows, from, count);
    if (!rows) return -1;
    const at = this.reserve(rows.length);
    this.weights.set(rows, at);
    return at;
  }

  /** The rows at offsets[from, from + count) side by side, a missing one (-1) as zeros; undefined when all are. */
  private rows(offsets: ArrayLike<number>, from: number, count: number): Float32Array | undefined {
    let into: Float32Array | undefined;
    for (let k = 0; k < count; k++) {
      const o = offsets[from + k] as number;
      if (o < 0) continue;
      into ??= new Float32Array(count * NUM_LABELS);
      for (let j = 0; j < NUM_LABELS; j++) into[k * NUM_LABELS + j] = this.data[o + j] as number;
    }
    return into;
  }

  /** The weights of a word class as the word before ("cl-1=") and after ("cl+1="), one array per class. */
  private classTables = new Map<number, Float32Array>();
  private classContext(cluster: number): Float32Array {
    let t = this.classTables.get(cluster);
    if (!t) {
      const value = String(cluster);
      t =
        this.rows(
          CLASS_CONTEXT_KINDS.map((kind) => this.offset(kind, value) ?? -1),
          0,
          CLASS_CONTEXT_KINDS.length,
        ) ?? NO_CLASS_CONTEXT;
      this.classTables.set(cluster, t);
    }
    return t;
  }

  private shapeTables = new Map<string, ShapeWeights>();
  private shapeTable(sh: string): ShapeWeights {
    let t = this.shapeTables.get(sh);
    if (!t) {
      const ptsh = new Float32Array(NUM_LABELS * NUM_LABELS);
      for (let p = 0; p < NUM_LABELS; p++)
        addInto(ptsh, this.vec('pt|sh', LABELS[p] + '|' + sh), p * NUM_LABELS);
      t = { ptsh, ss: this.vec('ss|sh', sh) };
      this.shapeTables.set(sh, t);
    }
    return t;
  }

  private fixed?: FixedWeights;
  /** The weights of the features of no word (FixedWeights), looked up in the index on the first call only. */
  private fixedWeights(): FixedWeights {
    if (this.fixed) return this.fixed;
    const pt = new Float32Array(NUM_LABELS * NUM_LABELS);
    const pt2 = new Float32Array(NUM_LABELS * NUM_LABELS * NUM_LABELS);
    for (let p = 0; p < NUM_LABELS; p++) {
      addInto(pt, this.vec('pt', LABELS[p]), p * NUM_LABELS);
      for (let q = 0; q < NUM_LABELS; q++)
        addInto(pt2, this.vec('pt2', LABELS[q] + '|' + LABELS[p]), (q * NUM_LABELS + p) * NUM_LABELS);
    }
    const phrases = new Map<PhraseKind, PhraseWeights>();
    for (const kind of PHRASE_KINDS)
      phrases.set(kind, { begin: this.vec('gz', kind + '-B'), inside: this.vec('gz', kind + '-I') });
    return (this.fixed = {
      pt,
      pt2,
      bosL1: this.vec('w-1', BOS),
      bosL2: this.vec('w-2', BOS),
      eosR1: this.vec('w+1', EOS),
      eosR2: this.vec('w+2', EOS),
      ttl: this.vec('ttl-1'),
      fn1: this.vec('fn-1'),
      pn1: this.vec('pn+1'),
      orgh1: this.vec('orgh+1'),
      titleBeforeStart: isPersonTitle(BOS),
      docCases: Array.from({ length: 8 }, (_, b) =>
        this.vec('dc', (b & 4 ? 'C' : '') + (b & 2 ? 'L' : '') + (b & 1 ? 'S' : '')),
      ),
      histories: LABELS.map((label) => this.vec('hist', label === 'O' ? 'O' : label.slice(2))),
      phrases,
    });
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
      this.lexemes.clear();
      this.shapeTables.clear();
      this.weightsUsed = 0;
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
    const weights = this.weights;
    if (roles) for (let i = 0; i < n; i++) roles[i] = (recs[i] as WordRecord).role;
    const gaz: Array<Float32Array | undefined> = new Array<Float32Array | undefined>(n);
    const fixed = this.fixedWeights();
    // The rules ask matchTokens for the same array. The records have the words read plain and know where a phrase
    // may start: a lookup per word type, not per token, in a table the rest of the text keeps out of cache.
    for (const m of this.gaz.matchTokens(tokens, words, (i) => (recs[i] as WordRecord).phraseLength)) {
      const phrase = fixed.phrases.get(m.kind) as PhraseWeights;
      for (let k = m.start; k < m.end; k++) gaz[k] = k === m.start ? phrase.begin : phrase.inside;
    }
    for (let i = 0; i < n; i++) {
      const r = recs[i] as WordRecord;
      if (r.lowerCase) r.lexeme.lowerSeen = call;
      else if (!(tokens[i] as TagToken).sentenceStart && r.capitalized) r.lexeme.capitalizedMid = call;
    }
    const { pt, pt2, bosL1, bosL2, eosR1, eosR2, ttl, fn1, pn1, orgh1, docCases, histories } = fixed;
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
      for (let k = 0; k < NUM_LABELS; k++) scores[k] = weights[r.st + k] as number;
      // A word without a context feature adds nothing.
      if (p1) addRecordScores(scores, weights, p1.context, AS_PREVIOUS);
      else addScores(scores, bosL1);
      if (p2) addRecordScores(scores, weights, p2.context, AS_SECOND_PREVIOUS);
      else addScores(scores, bosL2);
      if (x1) addRecordScores(scores, weights, x1.context, AS_NEXT);
      else addScores(scores, eosR1);
      if (x2) addRecordScores(scores, weights, x2.context, AS_SECOND_NEXT);
      else addScores(scores, eosR2);
      if (p1) addScores(scores, p1.classContext, 0);
      if (x1) addScores(scores, x1.classContext, NUM_LABELS);
      const prevShapePair = p1 ? shapePair : this.shapePairs.find(this.bosShape, r.shapeId);
      shapePair = this.shapePairs.find(r.shapeId, x1 ? x1.shapeId : this.eosShape);
      const prevWordPair = p1 ? wordPair : this.wordPairs.find(this.bosWord, r.wordId);
      wordPair = this.wordPairs.find(r.wordId, x1 ? x1.wordId : this.eosWord);
      this.addAt(scores, this.shapePairs.offset(prevShapePair, RIGHT));
      this.addAt(scores, this.shapePairs.offset(shapePair, LEFT));
      this.addAt(scores, this.wordPairs.offset(prevWordPair, RIGHT));
      this.addAt(scores, this.wordPairs.offset(wordPair, LEFT));
      addScores(scores, pt, prev * NUM_LABELS);
      addScores(scores, pt2, (prev2 * NUM_LABELS + prev) * NUM_LABELS);
      addScores(scores, r.shape.ptsh, prev * NUM_LABELS);
      addRecordScores(scores, weights, r.ptw, prev * NUM_LABELS);
      if (startHere) addScores(scores, r.shape.ss);
      if (p1 ? p1.title : fixed.titleBeforeStart) addScores(scores, ttl);
      if (i > 0 && !startHere && (recs[i - 1] as WordRecord).firstName) addScores(scores, fn1);
      if (!nextStarts && i + 1 < n) {
        const nx = recs[i + 1] as WordRecord;
        if (nx.capitalized && nx.personName) addScores(scores, pn1);
        if (nx.capitalized && nx.orgHead) addScores(scores, orgh1);
      }
      addScores(scores, gaz[i]);
      const lexeme = r.lexeme;
      if (r.capitalized) {
        addScores(
          scores,
          docCases[
            (lexeme.capitalizedMid === call ? 4 : 0) |
              (lexeme.lowerSeen === call ? 2 : 0) |
              (startHere ? 1 : 0)
          ],
        );
        if (lexeme.historyCall === call) addScores(scores, histories[lexeme.history]);
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
      for (const f of staticFeatures(t.text, this.gaz)) this.addAt(scores, this.offset(...splitFeature(f)));
      const lower = input.lowers[i] as string;
      for (const f of contextFeatures(
        input,
        i,
        LABELS[prev] as string,
        LABELS[prev2] as string,
        this.gaz,
        historyOf(history, t, lower),
      ))
        this.addAt(scores, this.offset(...splitFeature(f)));
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

/** The weights of a shape's tag-pair ("pt|sh=") and sentence-start ("ss|sh=") features. */
interface ShapeWeights {
  ptsh: Float32Array;
  ss: Float32Array | undefined;
}

/** The weights of the features of no word: the previous tags' ("pt=", "pt2="), of the sentence's edges as neighbours
 * ("w-1=<s>", …), of a neighbour's cue ("ttl-1=", "fn-1=", "pn+1=", "orgh+1="), of "dc=" by its bits (4 capitalised
 * mid-sentence elsewhere, 2 seen in lower case, 1 sentence start), of "hist=" by the label last given, and of
 * gazetteer phrases ("gz=") by kind. */
interface FixedWeights {
  pt: Float32Array;
  pt2: Float32Array;
  bosL1: Float32Array | undefined;
  bosL2: Float32Array | undefined;
  eosR1: Float32Array | undefined;
  eosR2: Float32Array | undefined;
  ttl: Float32Array | undefined;
  fn1: Float32Array | undefined;
  pn1: Float32Array | undefined;
  orgh1: Float32Array | undefined;
  /** Whether the sentence start before a first word counts as a title (isPersonTitle of "<s>"). */
  titleBeforeStart: boolean;
  docCases: Array<Float32Array | undefined>;
  histories: Array<Float32Array | undefined>;
  phrases: Map<PhraseKind, PhraseWeights>;
}

/** The weights of a phrase kind's "gz=" features, on its first word and on the others. */
interface PhraseWeights {
  begin: Float32Array | undefined;
  inside: Float32Array | undefined;
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
const NO_CLASS_CONTEXT = new Float32Array(CLASS_CONTEXT_KINDS.length * NUM_LABELS);

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
  /** Where those of its context features (CONTEXT_KINDS) start, side by side; -1 when it has none, which most
   * words do not. */
  context: number;
  /** Its class's context features (CLASS_CONTEXT_KINDS), side by side. */
  classContext: Float32Array | undefined;
  /** Where those of its tag-pair features ("pt|w=", by the previous label) start; -1 when none. */
  ptw: number;
  title: boolean;
  firstName: boolean;
  capitalized: boolean;
  personName: boolean;
  orgHead: boolean;
  /** Roles of the word for rules.ts (wordRole). */
  role: number;
  /** The most words of a gazetteer phrase it starts (Gazetteer.longestFrom). */
  phraseLength: number | undefined;
}

function addInto(into: Float32Array, w: Float32Array | undefined, offset = 0): void {
  if (!w) return;
  for (let k = 0; k < NUM_LABELS; k++) into[offset + k] = (into[offset + k] as number) + (w[k] as number);
}

function addScores(into: Float64Array, w: Float32Array | undefined, offset = 0): void {
  if (!w) return;
  for (let k = 0; k < NUM_LABELS; k++) into[k] = (into[k] as number) + (w[offset + k] as number);
}

/** Adds a record's weights, at `at + offset` in the tagger's `weights`, into `into`; `at` is -1 where it has none. */
function addRecordScores(into: Float64Array, weights: Float32Array, at: number, offset: number): void {
  if (at < 0) return;
  for (let k = 0; k < NUM_LABELS; k++) into[k] = (into[k] as number) + (weights[at + offset + k] as number);
}

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
