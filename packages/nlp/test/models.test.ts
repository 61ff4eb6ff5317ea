import { describe, expect, it } from '@jest/globals';
import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const MODELS_DIR = fileURLToPath(new URL('../models/', import.meta.url));

describe('the shipped model files', () => {
  it('each stay under 30 MB, the limit for a file the package ships', () => {
    const files = readdirSync(MODELS_DIR);
    expect(files).toEqual(expect.arrayContaining(['ner-model.json', 'gazetteer.json', 'word-clusters.json']));
    for (const file of files) expect(statSync(MODELS_DIR + file).size).toBeLessThan(30 * 1024 * 1024);
  });
});
