import { mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { loadSplits } from '../eval/splits.js';
import { Gazetteer } from '../ner/gazetteer.js';
import type { GazetteerFile } from '../ner/gazetteer.js';
import { loadWordClusters } from '../ner/word-clusters.js';
import { contextFeatures, historyOf, prepare, rememberLabel, staticFeatures } from '../ner/features.js';
import { AveragedPerceptron, LABELS, NUM_LABELS, argmaxAllowed } from '../ner/perceptron.js';
import { encodeModel } from '../ner/tagger.js';
import type { ModelFile } from '../ner/tagger.js';
import { buildGazetteer, buildStopwords } from './build-gazetteer.js';
import { toTrainingDocument } from './prepare.js';
import { ELD_DATABASE_FILE, LANGUAGE_DATA_URL } from '../language.js';
import { packageFile } from '../package-file.js';
import type { TrainingDocument } from './prepare.js';
import { mulberry32 } from './random.js';

const MODELS_DIR = fileURLToPath(new URL('../../models/', import.meta.url));

function shuffle<T>(items: T[], rand: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
}

const log = (msg: string): void => void process.stderr.write(msg + '\n');

export interface TrainOptions {
  epochs: number;
  seed: number;
  prune: number;
  weights: Record<string, number>;
}

/** What `npm run train` uses unless told otherwise: the settings of the committed model. */
export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  epochs: 10,
  seed: 1,
  prune: 1.5,
  weights: { 'wikigold-train': 2, 'btc-train': 1, 'sec-filings-FIN5': 1, 'news-train': 2 },
};

/** Averaged-perceptron weights learnt from documents (in memory; `train` writes them). */
export function learn(
  docs: readonly TrainingDocument[],
  gaz: Gazetteer,
  options: Pick<TrainOptions, 'epochs' | 'seed'>,
  quiet = false,
): Map<string, Float64Array> {
  const model = new AveragedPerceptron();
  const rand = mulberry32(options.seed);
  const staticCache = new Map<string, string[]>();
  const labelIndex = new Map<string, number>(LABELS.map((l, i) => [l, i]));
  const prepared = docs.map((doc) => ({ doc, input: prepare(doc.tokens, gaz) }));
  const scores = new Float64Array(NUM_LABELS);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    shuffle(prepared, rand);
    let correct = 0;
    let total = 0;
    for (const { doc, input } of prepared) {
      let prev = 0;
      let prev2 = 0;
      const history = new Map<string, string>();
      input.tokens.forEach((t, i) => {
        if (t.sentenceStart) prev = prev2 = 0;
        let st = staticCache.get(t.text);
        if (!st) staticCache.set(t.text, (st = staticFeatures(t.text, gaz)));
        const feats = st.concat(
          contextFeatures(
            input,
            i,
            LABELS[prev] as string,
            LABELS[prev2] as string,
            gaz,
            historyOf(history, t, input.lowers[i] as string),
          ),
        );
        scores.fill(0);
        model.score(feats, scores);
        const guess = argmaxAllowed(scores, prev);
        const truth = labelIndex.get(doc.labels[i] as string) ?? 0;
        model.tick();
        model.update(truth, guess, feats);
        rememberLabel(history, t, input.lowers[i] as string, LABELS[guess] as string);
        if (guess === truth) correct++;
        total++;
        prev2 = prev;
        prev = guess;
      });
    }
    if (!quiet) log(`train: epoch ${epoch}: token accuracy ${(correct / total).toFixed(4)}`);
  }
  model.average();
  return model.weights;
}

/** Training documents of the training split, each split repeated by its weight. */
export function trainingDocuments(
  weights: Record<string, number>,
  quiet = false,
): Array<{ doc: TrainingDocument; source: string; name: string }> {
  const { train: splits } = loadSplits();
  const docs: Array<{ doc: TrainingDocument; source: string; name: string }> = [];
  for (const split of splits) {
    const copies = weights[split.name] ?? 1;
    for (const d of split.documents) {
      const doc = toTrainingDocument(d);
      for (let c = 0; c < copies; c++) docs.push({ doc, source: split.name, name: d.name });
    }
    if (!quiet) log(`train: ${split.name}: ${split.documents.length} documents ×${copies}`);
  }
  if (docs.length === 0) throw new Error('no training data found: is ../shared/eval/ner there?');
  return docs;
}

/** Words seen in lower case mid-sentence at least 3 times in the training text: a "common word" gazetteer. */
export function lowerWords(docs: ReadonlyArray<{ doc: TrainingDocument }>): string[] {
  const lowerCounts = new Map<string, number>();
  for (const { doc } of docs)
    for (const t of doc.tokens)
      if (!t.sentenceStart && /^\p{Ll}+$/u.test(t.text))
        lowerCounts.set(t.text, (lowerCounts.get(t.text) ?? 0) + 1);
  return [...lowerCounts].filter(([, n]) => n >= 3).map(([w]) => w);
}

/** The tagger's gazetteer and model as `npm run train` makes them from the training split, in memory. */
export function buildModel(
  options: TrainOptions,
  quiet = false,
): { gazetteer: GazetteerFile; model: ModelFile } {
  const docs = trainingDocuments(options.weights, quiet);
  const gazFile = buildGazetteer(lowerWords(docs));
  const gaz = new Gazetteer(gazFile, loadWordClusters());
  const weightsByFeature = learn(
    docs.map((d) => d.doc),
    gaz,
    options,
    quiet,
  );

  const scale = 1000;
  const features: string[] = [];
  const weights: number[] = [];
  for (const [f, w] of [...weightsByFeature].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    let max = 0;
    for (const x of w) max = Math.max(max, Math.abs(x));
    if (max < options.prune) continue;
    features.push(f);
    for (const x of w) weights.push(Math.round(x * scale));
  }
  const model = encodeModel(features, Int32Array.from(weights), scale, {
    epochs: options.epochs,
    seed: options.seed,
    prune: options.prune,
    sources: [...new Set(docs.map((d) => d.source))],
    sourceWeights: options.weights,
  });
  if (!quiet) log(`train: kept ${features.length} of ${weightsByFeature.size} features`);
  return { gazetteer: gazFile, model };
}

export function train(options: TrainOptions): void {
  const { gazetteer, model } = buildModel(options);
  mkdirSync(MODELS_DIR, { recursive: true });
  writeFileSync(MODELS_DIR + 'gazetteer.json', JSON.stringify(gazetteer));
  writeFileSync(MODELS_DIR + 'stopwords.json', JSON.stringify(buildStopwords()));
  writeFileSync(MODELS_DIR + 'ner-model.json', JSON.stringify(model));
}

/** ELD's extra-small database as JSON: the language detector loads it with a third of the memory (language.ts). */
async function writeLanguageData(): Promise<void> {
  const { ngramsData } = (await import(pathToFileURL(packageFile(ELD_DATABASE_FILE)).href)) as {
    ngramsData: unknown;
  };
  mkdirSync(MODELS_DIR, { recursive: true });
  writeFileSync(fileURLToPath(LANGUAGE_DATA_URL), JSON.stringify(ngramsData));
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      epochs: { type: 'string', default: String(DEFAULT_TRAIN_OPTIONS.epochs) },
      seed: { type: 'string', default: String(DEFAULT_TRAIN_OPTIONS.seed) },
      prune: { type: 'string', default: String(DEFAULT_TRAIN_OPTIONS.prune) },
      weights: {
        type: 'string',
        default: Object.entries(DEFAULT_TRAIN_OPTIONS.weights)
          .map(([name, copies]) => `${name}=${copies}`)
          .join(','),
      },
    },
  });
  /** "--weights name=copies,…": how many times each training split is seen per epoch. */
  const weights = Object.fromEntries(
    values.weights.split(',').map((pair) => {
      const [name, copies] = pair.split('=');
      return [name as string, Number(copies)];
    }),
  );
  await writeLanguageData();
  train({ epochs: Number(values.epochs), seed: Number(values.seed), prune: Number(values.prune), weights });
}

// Run as the training command, not when imported (the error analysis reuses `learn`).
if (
  process.argv[1] !== undefined &&
  realpathSync(fileURLToPath(import.meta.url)) === realpathSync(process.argv[1])
)
  await main();
