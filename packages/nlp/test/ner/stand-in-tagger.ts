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

/** A stand-in model that reads every capitalised word as one type, so the document rules are seen alone. */
const everyCapitalIs = (type: 'PER' | 'ORG' | 'LOC'): Tagger =>
  standInTagger([
    ['b', 'O', 1],
    ['sh=Xx', `B-${type}`, 3],
    [`pt|sh=B-${type}|Xx`, `I-${type}`, 5],
    [`pt|sh=I-${type}|Xx`, `I-${type}`, 5],
  ]);

/** Every capitalised word a person. */
export const everyCapitalIsAPerson = (): Tagger => everyCapitalIs('PER');

/** Every capitalised word an organisation. */
export const everyCapitalIsAnOrg = (): Tagger => everyCapitalIs('ORG');

/** Every capitalised word a place. */
export const everyCapitalIsAPlace = (): Tagger => everyCapitalIs('LOC');
