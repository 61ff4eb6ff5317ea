import { describe, expect, it } from '@jest/globals';
import { readConllTree } from '../../src/eval/files.js';
import { NEWS_DIR, loadSplits } from '../../src/eval/splits.js';

describe('the fixed split of our labelled news', () => {
  const { train, test } = loadSplits();
  const newsTrain = train.find((s) => s.name === 'news-train')?.documents ?? [];
  const newsTest = test.find((s) => s.name === 'news-test')?.documents ?? [];

  it('holds out every fourth article of each file and trains on the rest, never both', () => {
    const all = readConllTree(NEWS_DIR).documents;
    expect(newsTrain.length + newsTest.length).toBe(all.length);
    const trained = new Set(newsTrain.map((d) => d.name));
    for (const doc of newsTest) expect(trained.has(doc.name)).toBe(false);
    expect(newsTest.map((d) => d.name)).toContain('politics.conll#4');
    expect(newsTrain.map((d) => d.name)).toContain('politics.conll#5');
    const files = (docs: typeof all): Set<string> => new Set(docs.map((d) => d.name.split('#')[0]));
    expect(files(newsTest)).toEqual(files(all));
  });
});
