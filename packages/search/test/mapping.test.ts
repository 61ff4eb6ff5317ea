import { describe, expect, it } from '@jest/globals';
import type { estypes } from '@elastic/elasticsearch';
import { ARTICLE_MAPPING, articleTemplate, fromDocument, indexNames, toDocument } from '@newsflow/search';
import { article } from './fixtures.js';

/**
 * What Elasticsearch does with a strict mapping, in miniature: every field of the document must be
 * mapped, with a value of the mapped type. Returns the problems, as JSON pointers.
 */
function strictProblems(
  value: unknown,
  properties: Record<string, estypes.MappingProperty>,
  path = '',
): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return [`${path}: expected an object`];
  const problems: string[] = [];
  for (const [key, field] of Object.entries(value as Record<string, unknown>)) {
    const pointer = `${path}/${key}`;
    const mapping = properties[key];
    if (mapping === undefined) {
      problems.push(`${pointer}: not in the mapping`);
      continue;
    }
    const values = Array.isArray(field) ? field : [field];
    for (const item of values) problems.push(...checkValue(item, mapping, pointer));
  }
  return problems;
}

function checkValue(item: unknown, mapping: estypes.MappingProperty, pointer: string): string[] {
  if (item === null) return [];
  const type = mapping.type ?? 'object';
  if ((type === 'object' || type === 'nested') && 'enabled' in mapping && mapping.enabled === false)
    return [];
  if (type === 'object' || type === 'nested') {
    const props = (mapping as estypes.MappingObjectProperty).properties ?? {};
    return strictProblems(item, props, pointer);
  }
  const expected: Record<string, (v: unknown) => boolean> = {
    keyword: (v) => typeof v === 'string',
    text: (v) => typeof v === 'string',
    date: (v) => typeof v === 'string' && !Number.isNaN(Date.parse(v)),
    long: (v) => Number.isInteger(v),
    integer: (v) => Number.isInteger(v),
    float: (v) => typeof v === 'number',
  };
  const check = expected[type];
  if (check === undefined) return [`${pointer}: unchecked type ${type}`];
  return check(item) ? [] : [`${pointer}: ${JSON.stringify(item)} is not a ${type}`];
}

describe('mapping', () => {
  it('is strict', () => {
    expect(ARTICLE_MAPPING.dynamic).toBe('strict');
  });

  it('accepts what toDocument writes', () => {
    const doc = toDocument(
      article({
        body: 'Vladimir Putin met Emmanuel Macron in Paris. The Kremlin said so.',
        people: ['Vladimir Putin', 'Emmanuel Macron'],
        orgs: ['Kremlin'],
        locations: ['Paris'],
        keywords: ['summit', 'talks'],
      }),
    );
    expect(strictProblems(doc, ARTICLE_MAPPING.properties ?? {})).toEqual([]);
  });

  it('would reject a field it does not know', () => {
    const doc = { ...toDocument(article()), surprise: 1 };
    expect(strictProblems(doc, ARTICLE_MAPPING.properties ?? {})).toEqual(['/surprise: not in the mapping']);
  });

  it('makes each monthly index join the alias', () => {
    const names = indexNames('nf');
    const template = articleTemplate(names, { replicas: 1 });
    expect(template.index_patterns).toEqual(['nf-articles-*']);
    expect(template.template?.aliases).toEqual({ 'nf-articles': {} });
    expect(template.template?.settings).toMatchObject({ number_of_shards: 1, number_of_replicas: 1 });
  });
});

describe('toDocument / fromDocument', () => {
  it('adds per-type entity names and a duplicate key, and reads back the article', () => {
    const original = article({
      body: 'Angela Merkel and Olaf Scholz spoke in Berlin about the Bundestag.',
      people: ['Olaf Scholz', 'Angela Merkel'],
      orgs: ['Bundestag'],
      locations: ['Berlin'],
      simhash: '0123456789abcdef',
    });
    const doc = toDocument(original);
    expect(doc.entityNames).toEqual({
      person: ['Angela Merkel', 'Olaf Scholz'],
      org: ['Bundestag'],
      location: ['Berlin'],
      all: ['Angela Merkel', 'Berlin', 'Bundestag', 'Olaf Scholz'],
    });
    expect(doc.fingerprint.nibbles).toEqual([...'0123456789abcdef'].map((digit, i) => `${i}:${digit}`));
    expect(doc.fingerprint.dupKey).toBe(original.id);
    expect(fromDocument(JSON.parse(JSON.stringify(doc)))).toEqual(original);
  });

  it('stores the near-duplicate group it is given', () => {
    const original = article({ simhash: 'ffffffffffffffff' });
    expect(toDocument(original, 'group-1').fingerprint.dupKey).toBe('group-1');
  });

  it('refuses a stored document that is not an article', () => {
    expect(() => fromDocument({ id: 'x' })).toThrow(/invalid stored article/);
    expect(() => fromDocument(null)).toThrow(/invalid stored article/);
  });
});
