import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { Enrichment } from '@newsflow/contracts';
import { enrich } from '@newsflow/nlp';

const SEEDS = new URL('../../../../shared/seeds/', import.meta.url);
const ID = '000_31967d80044314ba';

interface Expected {
  title: string;
  bodyStartsWith: string;
  bodyEndsWith: string;
  notInBody: string[];
  publisherTags: string[];
  hashtags: string[];
  language: string;
  entities: Record<'PERSON' | 'ORG' | 'LOCATION', string[]>;
  keywordsAmongTop10Contain: string[];
}

const text = readFileSync(new URL(`${ID}.txt`, SEEDS), 'utf8');
const expected = JSON.parse(readFileSync(new URL(`${ID}.expected.json`, SEEDS), 'utf8')) as Expected;
const result = enrich({
  schemaVersion: 1,
  id: ID,
  revision: 0,
  feedId: 'seed',
  receivedAt: '2025-04-12T00:00:00Z',
  source: 'seed',
  authors: [],
  tags: [],
  content: { format: 'scraped', text },
});

describe('the seed page', () => {
  it('is a valid Enrichment', () => {
    expect(Enrichment.safeParse(result).success).toBe(true);
  });

  it('has the expected parts', () => {
    expect(result.title).toBe(expected.title);
    expect(result.body.startsWith(expected.bodyStartsWith)).toBe(true);
    expect(result.body.endsWith(expected.bodyEndsWith)).toBe(true);
    for (const s of expected.notInBody) expect(result.body).not.toContain(s);
    expect(result.publisherTags).toEqual(expected.publisherTags);
    expect(result.hashtags).toEqual(expected.hashtags);
    expect(result.language.code).toBe(expected.language);
  });

  it.each(['PERSON', 'ORG', 'LOCATION'] as const)('has exactly the expected %s entities', (type) => {
    const names = result.entities
      .filter((e) => e.type === type)
      .map((e) => e.name)
      .sort();
    expect(names).toEqual([...expected.entities[type]].sort());
  });

  it('gives mentions that point at their text', () => {
    for (const e of result.entities) {
      for (const m of e.mentions) {
        const source = m.field === 'title' ? result.title : result.body;
        expect(source.slice(m.start, m.end)).toBe(m.text);
      }
      expect(e.count).toBe(e.mentions.length);
    }
  });

  it('has the expected keywords among its ten best', () => {
    expect(result.keywords.length).toBeLessThanOrEqual(10);
    for (const k of expected.keywordsAmongTop10Contain) {
      expect(result.keywords.some((kw) => kw.text.toLowerCase().includes(k))).toBe(true);
    }
  });
});
