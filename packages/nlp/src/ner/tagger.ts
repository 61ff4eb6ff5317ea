import { readFileSync } from 'node:fs';
import { ModelLoadError } from '../errors.js';
import type { Gazetteer } from './gazetteer.js';
import { gazetteer } from './gazetteer.js';
import type { TagToken } from './features.js';
import { contextFeatures, isCapitalized, prepare, shape, staticFeatures } from './features.js';
import { isOrgHead, isPersonTitle } from './gazetteer.js';
import { LABELS, NUM_LABELS, argmaxAllowed } from './perceptron.js';
import type { Label } from './perceptron.js';

/** models/ner-model.json: feature names and their weights, quantised to integers (weight = q / scale). */
export interface ModelFile {
  version: number;
  labels: string[];
  scale: number;
  features: string[];
  /** NUM_LABELS integers per feature, in the order of features. */
  weights: number[];
  meta: Record<string, unknown>;
}

export const MODEL_URL = new URL('../../models/ner-model.json', import.meta.url);

/** Read-only weights used at inference; static word features are summed once per word type. */
export class Tagger {
  private readonly cache = new Map<string, WordRecord>();

  /** Offset of each feature's NUM_LABELS weights in `data`. */
  private readonly index: Map<string, number>;
  private readonly data: Float32Array;

  constructor(weights: Map<string, Float32Array>, private readonly gaz: Gazetteer) {
    this.index = new Map();
    this.data = new Float32Array(weights.size * NUM_LABELS);
    let offset = 0;
    for (const [f, w] of weights) {
      this.index.set(f, offset);
      this.data.set(w.subarray(0, NUM_LABELS), offset);
      offset += NUM_LABELS;
    }
  }

  static fromFile(file: ModelFile, gaz: Gazetteer): Tagger {
    if (file.labels.join() !== LABELS.join()) throw new ModelLoadError('the model labels do not match this code');
    const weights = new Map<string, Float32Array>();
    const all = Float32Array.from(file.weights, (q) => q / file.scale);
    file.features.forEach((f, idx) => weights.set(f, all.subarray(idx * NUM_LABELS, (idx + 1) * NUM_LABELS)));
    return new Tagger(weights, gaz);
  }

  static fromWeights(weights: Map<string, Float64Array | Float32Array>, gaz: Gazetteer): Tagger {
    const w = new Map<string, Float32Array>();
    for (const [f, v] of weights) w.set(f, Float32Array.from(v));
    return new Tagger(w, gaz);
  }

  private vec(feature: string): Float32Array | undefined {
    const o = this.index.get(feature);
    return o === undefined ? undefined : this.data.subarray(o, o + NUM_LABELS);
  }

  private addFeature(into: Float64Array, feature: string): void {
    const o = this.index.get(feature);
    if (o === undefined) return;
    const d = this.data;
    for (let k = 0; k < NUM_LABELS; k++) into[k] = (into[k] as number) + (d[o + k] as number);
  }

  /** Weights of every feature a word contributes, in each role it can play around a token. */
  private record(word: string): WordRecord {
    let r = this.cache.get(word);
    if (r) return r;
    const lower = word.toLowerCase();
    const st = new Float32Array(NUM_LABELS);
    for (const f of staticFeatures(word, this.gaz)) addInto(st, this.vec(f));
    let ptw: Float32Array | undefined;
    for (let p = 0; p < NUM_LABELS; p++) {
      const v = this.vec('pt|w=' + LABELS[p] + '|' + lower);
      if (v) addInto((ptw ??= new Float32Array(NUM_LABELS * NUM_LABELS)), v, p * NUM_LABELS);
    }
    r = {
      text: word,
      lower,
      shape: shape(word),
      st,
      l1: this.vec('w-1=' + lower),
      l2: this.vec('w-2=' + lower),
      r1: this.vec('w+1=' + lower),
      r2: this.vec('w+2=' + lower),
      ptw,
      title: isPersonTitle(lower),
      firstName: this.gaz.firstNames.has(word),
      capitalized: isCapitalized(word),
      personName: this.gaz.personNames.has(word),
      orgHead: isOrgHead(lower),
    };
    if (this.cache.size > 100_000) this.cache.clear();
    this.cache.set(word, r);
    return r;
  }

  private byKey = new Map<string, Float32Array | null>();
  private keyed(feature: string): Float32Array | undefined {
    let v = this.byKey.get(feature);
    if (v === undefined) {
      v = this.vec(feature) ?? null;
      if (this.byKey.size > 200_000) this.byKey.clear();
      this.byKey.set(feature, v);
    }
    return v ?? undefined;
  }

  private shapeTables = new Map<string, { ptsh: Float32Array; ss: Float32Array | undefined }>();
  private shapeTable(sh: string): { ptsh: Float32Array; ss: Float32Array | undefined } {
    let t = this.shapeTables.get(sh);
    if (!t) {
      const ptsh = new Float32Array(NUM_LABELS * NUM_LABELS);
      for (let p = 0; p < NUM_LABELS; p++) addInto(ptsh, this.vec('pt|sh=' + LABELS[p] + '|' + sh), p * NUM_LABELS);
      t = { ptsh, ss: this.vec('ss|sh=' + sh) };
      this.shapeTables.set(sh, t);
    }
    return t;
  }

  private tagTables?: { pt: Float32Array; pt2: Float32Array };
  private tables(): { pt: Float32Array; pt2: Float32Array } {
    if (!this.tagTables) {
      const pt = new Float32Array(NUM_LABELS * NUM_LABELS);
      const pt2 = new Float32Array(NUM_LABELS * NUM_LABELS * NUM_LABELS);
      for (let p = 0; p < NUM_LABELS; p++) {
        addInto(pt, this.vec('pt=' + LABELS[p]), p * NUM_LABELS);
        for (let q = 0; q < NUM_LABELS; q++) addInto(pt2, this.vec('pt2=' + LABELS[q] + '|' + LABELS[p]), (q * NUM_LABELS + p) * NUM_LABELS);
      }
      this.tagTables = { pt, pt2 };
    }
    return this.tagTables;
  }

  /**
   * BIO labels, one per token. Computes exactly the sum of the features of features.ts, but reads the weights of
   * word features from per-word records and of tag features from small tables instead of building strings.
   */
  tag(tokens: readonly TagToken[]): Label[] {
    const n = tokens.length;
    const out: Label[] = new Array<Label>(n);
    if (n === 0) return out;
    const recs: WordRecord[] = tokens.map((t) => this.record(t.text));
    const gaz: string[] = new Array<string>(n).fill('');
    for (const m of this.gaz.matchPhrases(tokens.map((t) => t.text))) {
      for (let k = m.start; k < m.end; k++) gaz[k] = m.kind + (k === m.start ? '-B' : '-I');
    }
    const capMid = new Set<string>();
    const lowerSeen = new Set<string>();
    for (let i = 0; i < n; i++) {
      const r = recs[i] as WordRecord;
      if (r.text === r.lower) lowerSeen.add(r.lower);
      else if (!(tokens[i] as TagToken).sentenceStart && r.capitalized) capMid.add(r.lower);
    }
    const { pt, pt2 } = this.tables();
    const bosL1 = this.vec('w-1=' + BOS);
    const bosL2 = this.vec('w-2=' + BOS);
    const eosR1 = this.vec('w+1=' + EOS);
    const eosR2 = this.vec('w+2=' + EOS);
    const ttl = this.vec('ttl-1');
    const fn1 = this.vec('fn-1');
    const pn1 = this.vec('pn+1');
    const orgh1 = this.vec('orgh+1');
    const scores = new Float64Array(NUM_LABELS);
    let prev = 0;
    let prev2 = 0;
    for (let i = 0; i < n; i++) {
      const t = tokens[i] as TagToken;
      const r = recs[i] as WordRecord;
      const startHere = t.sentenceStart;
      if (startHere) prev = prev2 = 0;
      const nextStarts = i + 1 >= n || (tokens[i + 1] as TagToken).sentenceStart;
      const p1 = startHere ? undefined : recs[i - 1];
      const p2 = startHere || (tokens[i - 1] as TagToken).sentenceStart ? undefined : recs[i - 2];
      const x1 = nextStarts ? undefined : recs[i + 1];
      const x2 = nextStarts || i + 2 >= n || (tokens[i + 2] as TagToken).sentenceStart ? undefined : recs[i + 2];
      for (let k = 0; k < NUM_LABELS; k++) scores[k] = r.st[k] as number;
      addScores(scores, p1 ? p1.l1 : bosL1);
      addScores(scores, p2 ? p2.l2 : bosL2);
      addScores(scores, x1 ? x1.r1 : eosR1);
      addScores(scores, x2 ? x2.r2 : eosR2);
      const w1 = p1 ? p1.lower : BOS;
      const n1 = x1 ? x1.lower : EOS;
      const s1 = p1 ? p1.shape : BOS;
      const sn1 = x1 ? x1.shape : EOS;
      addScores(scores, this.keyed('sh-1|sh=' + s1 + '|' + r.shape));
      addScores(scores, this.keyed('sh|sh+1=' + r.shape + '|' + sn1));
      this.addFeature(scores, 'w-1|w=' + w1 + '|' + r.lower);
      this.addFeature(scores, 'w|w+1=' + r.lower + '|' + n1);
      addScores(scores, pt, prev * NUM_LABELS);
      addScores(scores, pt2, (prev2 * NUM_LABELS + prev) * NUM_LABELS);
      const sht = this.shapeTable(r.shape);
      addScores(scores, sht.ptsh, prev * NUM_LABELS);
      addScores(scores, r.ptw, prev * NUM_LABELS);
      if (startHere) addScores(scores, sht.ss);
      if (p1 ? p1.title : isPersonTitle(BOS)) addScores(scores, ttl);
      if (i > 0 && !startHere && (recs[i - 1] as WordRecord).firstName) addScores(scores, fn1);
      if (!nextStarts && i + 1 < n) {
        const nx = recs[i + 1] as WordRecord;
        if (nx.capitalized && nx.personName) addScores(scores, pn1);
        if (nx.capitalized && nx.orgHead) addScores(scores, orgh1);
      }
      const g = gaz[i] as string;
      if (g !== '') addScores(scores, this.keyed('gz=' + g));
      if (r.capitalized) {
        addScores(scores, this.keyed('dc=' + (capMid.has(r.lower) ? 'C' : '') + (lowerSeen.has(r.lower) ? 'L' : '') + (startHere ? 'S' : '')));
      }
      const guess = argmaxAllowed(scores, prev);
      out[i] = LABELS[guess] as Label;
      prev2 = prev;
      prev = guess;
    }
    return out;
  }

  /** The same labels computed the slow, obvious way from feature strings (for tests). */
  tagReference(tokens: readonly TagToken[]): Label[] {
    const input = prepare(tokens, this.gaz);
    const out: Label[] = new Array<Label>(tokens.length);
    const scores = new Float64Array(NUM_LABELS);
    let prev = 0;
    let prev2 = 0;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as TagToken;
      if (t.sentenceStart) prev = prev2 = 0;
      scores.fill(0);
      for (const f of staticFeatures(t.text, this.gaz)) this.addFeature(scores, f);
      for (const f of contextFeatures(input, i, LABELS[prev] as string, LABELS[prev2] as string, this.gaz)) this.addFeature(scores, f);
      const guess = argmaxAllowed(scores, prev);
      out[i] = LABELS[guess] as Label;
      prev2 = prev;
      prev = guess;
    }
    return out;
  }
}

const BOS = '<s>';
const EOS = '</s>';

interface WordRecord {
  text: string;
  lower: string;
  shape: string;
  st: Float32Array;
  l1: Float32Array | undefined;
  l2: Float32Array | undefined;
  r1: Float32Array | undefined;
  r2: Float32Array | undefined;
  ptw: Float32Array | undefined;
  title: boolean;
  firstName: boolean;
  capitalized: boolean;
  personName: boolean;
  orgHead: boolean;
}

function addInto(into: Float32Array, w: Float32Array | undefined, offset = 0): void {
  if (!w) return;
  for (let k = 0; k < NUM_LABELS; k++) into[offset + k] = (into[offset + k] as number) + (w[k] as number);
}

function addScores(into: Float64Array, w: Float32Array | undefined, offset = 0): void {
  if (!w) return;
  for (let k = 0; k < NUM_LABELS; k++) into[k] = (into[k] as number) + (w[offset + k] as number);
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
