import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ArticleInput, fieldIssues, PageSubmissionParams } from '@newsflow/contracts';
import { expandInputs } from '../src/files.js';

// The articles `npm start` pushes: each must be something the ingester accepts.
const SAMPLES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../samples/articles');
const files = readdirSync(SAMPLES).sort();
const read = (file: string) => readFileSync(path.join(SAMPLES, file), 'utf8');
const problems = (error: Parameters<typeof fieldIssues>[0]) =>
  fieldIssues(error).map((issue) => `${issue.pointer} ${issue.message}`);

describe('samples/articles', () => {
  it('has 8 to 12 articles and pages, with at least one text and one HTML page', () => {
    const items = files.filter((file) => !file.endsWith('.meta.json'));
    expect(items.length).toBeGreaterThanOrEqual(8);
    expect(items.length).toBeLessThanOrEqual(12);
    expect(items.some((file) => file.endsWith('.txt'))).toBe(true);
    expect(items.some((file) => file.endsWith('.html'))).toBe(true);
  });

  it.each(files)('%s is an article, a page sidecar or a non-empty page', (file) => {
    if (file.endsWith('.meta.json')) {
      const result = PageSubmissionParams.safeParse(JSON.parse(read(file)));
      expect(result.success ? [] : problems(result.error)).toEqual([]);
    } else if (file.endsWith('.json')) {
      const result = ArticleInput.safeParse(JSON.parse(read(file)));
      expect(result.success ? [] : problems(result.error)).toEqual([]);
      const article = result.data;
      expect(article?.publishedAt.startsWith('2026-11-')).toBe(true);
      const words = article?.body.split(/\s+/).length ?? 0;
      expect(words).toBeGreaterThanOrEqual(250);
      expect(words).toBeLessThanOrEqual(500);
    } else {
      expect(file).toMatch(/\.(txt|html?)$/);
      expect(read(file).trim().length).toBeGreaterThan(0);
    }
  });

  it('all expand into items the CLI will send, none invalid, none skipped', async () => {
    const { items, skipped } = await expandInputs([SAMPLES]);
    expect(skipped).toEqual([]);
    expect(items.filter((item) => item.kind === 'invalid')).toEqual([]);
    expect(
      items
        .filter((item) => item.kind === 'page')
        .every((item) => item.kind === 'page' && item.params.source),
    ).toBe(true);
  });

  it('has distinct URLs, and a syndicated wire story in two near-identical copies', () => {
    const articles = files
      .filter((file) => file.endsWith('.json') && !file.endsWith('.meta.json'))
      .map((file) => ArticleInput.parse(JSON.parse(read(file))));
    expect(new Set(articles.map((a) => a.url)).size).toBe(articles.length);
    const wire = articles.filter((a) => a.authors.includes('Meridian Wire'));
    expect(wire).toHaveLength(2);
    const [first, second] = wire;
    expect(first?.source).not.toBe(second?.source);
    expect(first?.body).not.toBe(second?.body);
    const words = (text = '') => new Set(text.toLowerCase().split(/\W+/).filter(Boolean));
    const a = words(first?.body);
    const b = words(second?.body);
    const jaccard = [...a].filter((w) => b.has(w)).length / new Set([...a, ...b]).size;
    expect(jaccard).toBeGreaterThan(0.85);
  });
});
