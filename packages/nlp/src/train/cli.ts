import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadSplits } from '../eval/splits.js';
import { Gazetteer } from '../ner/gazetteer.js';
import { contextFeatures, prepare, staticFeatures } from '../ner/features.js';
import { AveragedPerceptron, LABELS, NUM_LABELS, argmaxAllowed } from '../ner/perceptron.js';
import { encodeModel } from '../ner/tagger.js';
import type { ModelFile } from '../ner/tagger.js';
import { buildGazetteer, buildStopwords } from './build-gazetteer.js';
import { toTrainingDocument } from './prepare.js';
import type { TrainingDocument } from './prepare.js';

const MODELS_DIR = fileURLToPath(new URL('../../models/', import.meta.url));

/** Deterministic PRNG (mulberry32), so a training run is reproducible from its seed. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], rand: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
}

const log = (msg: string): void => void process.stderr.write(msg + '\n');

export function train(options: { epochs: number; seed: number; prune: number; weights: Record<string, number> }): void {
  const { train: splits } = loadSplits();
  const docs: Array<{ doc: TrainingDocument; source: string }> = [];
  for (const split of splits) {
    const copies = options.weights[split.name] ?? 1;
    for (const d of split.documents) {
      const doc = toTrainingDocument(d);
      for (let c = 0; c < copies; c++) docs.push({ doc, source: split.name });
    }
    log(`train: ${split.name}: ${split.documents.length} documents ×${copies}`);
  }
  if (docs.length === 0) throw new Error('no training data found: is ../shared/eval/ner there?');

  // Words seen in lower case mid-sentence in the training text: a "common word" gazetteer.
  const lowerCounts = new Map<string, number>();
  for (const { doc } of docs)
    for (const t of doc.tokens)
      if (!t.sentenceStart && /^\p{Ll}+$/u.test(t.text)) lowerCounts.set(t.text, (lowerCounts.get(t.text) ?? 0) + 1);
  const gazFile = buildGazetteer([...lowerCounts].filter(([, n]) => n >= 3).map(([w]) => w));
  mkdirSync(MODELS_DIR, { recursive: true });
  writeFileSync(MODELS_DIR + 'gazetteer.json', JSON.stringify(gazFile));
  writeFileSync(MODELS_DIR + 'stopwords.json', JSON.stringify(buildStopwords()));
  const gaz = new Gazetteer(gazFile);

  const model = new AveragedPerceptron();
  const rand = mulberry32(options.seed);
  const staticCache = new Map<string, string[]>();
  const labelIndex = new Map<string, number>(LABELS.map((l, i) => [l, i]));
  const prepared = docs.map(({ doc }) => ({ doc, input: prepare(doc.tokens, gaz) }));
  const scores = new Float64Array(NUM_LABELS);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    shuffle(prepared, rand);
    let correct = 0;
    let total = 0;
    for (const { doc, input } of prepared) {
      let prev = 0;
      let prev2 = 0;
      doc.tokens.forEach((t, i) => {
        if (t.sentenceStart) prev = prev2 = 0;
        let st = staticCache.get(t.text);
        if (!st) staticCache.set(t.text, (st = staticFeatures(t.text, gaz)));
        const feats = st.concat(contextFeatures(input, i, LABELS[prev] as string, LABELS[prev2] as string, gaz));
        scores.fill(0);
        model.score(feats, scores);
        const guess = argmaxAllowed(scores, prev);
        const truth = labelIndex.get(doc.labels[i] as string) ?? 0;
        model.tick();
        model.update(truth, guess, feats);
        if (guess === truth) correct++;
        total++;
        prev2 = prev;
        prev = guess;
      });
    }
    log(`train: epoch ${epoch}: token accuracy ${(correct / total).toFixed(4)}`);
  }
  model.average();

  const scale = 1000;
  const features: string[] = [];
  const weights: number[] = [];
  for (const [f, w] of [...model.weights].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    let max = 0;
    for (const x of w) max = Math.max(max, Math.abs(x));
    if (max < options.prune) continue;
    features.push(f);
    for (const x of w) weights.push(Math.round(x * scale));
  }
  const file: ModelFile = encodeModel(features, Int32Array.from(weights), scale, {
    epochs: options.epochs,
    seed: options.seed,
    prune: options.prune,
    sources: splits.map((s) => s.name),
    sourceWeights: options.weights,
  });
  writeFileSync(MODELS_DIR + 'ner-model.json', JSON.stringify(file));
  log(`train: kept ${features.length} of ${model.weights.size} features`);
}

const { values } = parseArgs({
  options: {
    epochs: { type: 'string', default: '10' },
    seed: { type: 'string', default: '1' },
    prune: { type: 'string', default: '0.05' },
    weights: { type: 'string', default: 'wikigold-train=2,btc-train=1,sec-filings-FIN5=1' },
  },
});
/** "--weights name=copies,…": how many times each training split is seen per epoch. */
const weights = Object.fromEntries(
  values.weights.split(',').map((pair) => {
    const [name, copies] = pair.split('=');
    return [name as string, Number(copies)];
  }),
);
train({ epochs: Number(values.epochs), seed: Number(values.seed), prune: Number(values.prune), weights });
