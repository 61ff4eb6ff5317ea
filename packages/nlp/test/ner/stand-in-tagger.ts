import { Tagger } from '../../src/ner/tagger.js';
import { LABELS, NUM_LABELS } from '../../src/ner/perceptron.js';
import type { Label } from '../../src/ner/perceptron.js';
import { gazetteer } from '../../src/ner/gazetteer.js';

/**
 * A tagger with a few hand-set weights, each a feature voting for one label, so that a test sees a rule or a
 * feature alone instead of what the shipped model happens to read.
 */
export function standInTagger(
  votes: ReadonlyArray<readonly [feature: string, label: Label, weight: number]>,
): Tagger {
  const weights = new Map<string, Float64Array>();
  for (const [feature, label, weight] of votes) {
    const v = new Float64Array(NUM_LABELS);
    v[LABELS.indexOf(label)] = weight;
    weights.set(feature, v);
  }
  return Tagger.fromWeights(weights, gazetteer());
}

/** A stand-in model that reads every capitalised word as a person, so the document rules are seen alone. */
export const everyCapitalIsAPerson = (): Tagger =>
  standInTagger([
    ['b', 'O', 1],
    ['sh=Xx', 'B-PER', 3],
    ['pt|sh=B-PER|Xx', 'I-PER', 5],
    ['pt|sh=I-PER|Xx', 'I-PER', 5],
  ]);

/** The same, reading every capitalised word as an organisation. */
export const everyCapitalIsAnOrg = (): Tagger =>
  standInTagger([
    ['b', 'O', 1],
    ['sh=Xx', 'B-ORG', 3],
    ['pt|sh=B-ORG|Xx', 'I-ORG', 5],
    ['pt|sh=I-ORG|Xx', 'I-ORG', 5],
  ]);
