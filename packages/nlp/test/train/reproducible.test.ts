import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { DEFAULT_TRAIN_OPTIONS, buildModel } from '../../src/train/cli.js';

const committed = (file: string): string =>
  readFileSync(new URL(`../../models/${file}`, import.meta.url), 'utf8');

describe('the committed model', () => {
  // The gazetteer's names, the title list and the tokenizer are features: a change to one of them needs a retrain.
  it('is what npm run train makes from the training split, byte for byte', () => {
    const { gazetteer, model } = buildModel(DEFAULT_TRAIN_OPTIONS, true);
    expect(JSON.stringify(gazetteer) === committed('gazetteer.json')).toBe(true);
    expect(JSON.stringify(model) === committed('ner-model.json')).toBe(true);
  }, 300_000);
});
