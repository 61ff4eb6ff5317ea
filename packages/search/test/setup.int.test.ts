import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Client } from '@elastic/elasticsearch';
import {
  bulkOperations,
  classifyBulkItems,
  deleteIndices,
  ensureIndex,
  fromDocument,
  indexNames,
  IndexSetupError,
  summarizeBulk,
  toDocument,
} from '@newsflow/search';
import { article } from './fixtures.js';

const url = process.env['ELASTICSEARCH_URL'];
if (!url) throw new Error('ELASTICSEARCH_URL must be set for integration tests (e.g. http://127.0.0.1:9200)');

const client = new Client({ node: url });
const names = indexNames(`t${Date.now()}-setup`);
const march = new Date('2025-03-15T00:00:00Z');

afterAll(async () => {
  await deleteIndices(client, names);
  await client.close();
});

describe('ensureIndex', () => {
  beforeAll(async () => {
    await deleteIndices(client, names);
  });

  it('creates the template and a first monthly index behind the alias', async () => {
    const result = await ensureIndex(client, names, { now: () => march });
    expect(result).toEqual({ createdIndex: `${names.alias}-2025.03`, indices: [`${names.alias}-2025.03`] });
    const template = await client.indices.getIndexTemplate({ name: names.template });
    expect(template.index_templates[0]?.index_template.index_patterns).toEqual([names.pattern]);
  });

  it('is idempotent, including when started concurrently', async () => {
    const results = await Promise.all([1, 2, 3].map(() => ensureIndex(client, names, { now: () => march })));
    for (const result of results) expect(result).toEqual({ indices: [`${names.alias}-2025.03`] });
  });

  it('refuses to run where a plain index took the alias name', async () => {
    const squatted = indexNames(`t${Date.now()}-squat`);
    await client.indices.create({ index: squatted.alias });
    try {
      await expect(ensureIndex(client, squatted)).rejects.toThrow(IndexSetupError);
    } finally {
      await client.indices.delete({ index: squatted.alias });
      await deleteIndices(client, squatted);
    }
  });
});

describe('bulk writes', () => {
  it('routes to monthly indices, skips stale revisions and reports mapping errors per item', async () => {
    await ensureIndex(client, names, { now: () => march });
    const v2 = article({
      id: 'x1',
      revision: 2,
      title: 'Second revision',
      publishedAt: '2025-04-02T10:00:00Z',
    });
    const other = article({
      id: 'x2',
      revision: 0,
      publishedAt: '2025-03-02T10:00:00Z',
      people: ['Ada Lovelace'],
      body: 'Ada Lovelace wrote.',
    });
    const first = classifyBulkItems(
      await client.bulk({ operations: bulkOperations([v2, other], names), refresh: true }),
    );
    expect(first.map((r) => r.kind)).toEqual(['indexed', 'indexed']);
    expect(first[0]?.index).toBe(`${names.alias}-2025.04`);

    // An older revision and the same revision replayed are stale; a newer one wins.
    const v1 = { ...v2, revision: 1, title: 'First revision' };
    const v3 = { ...v2, revision: 3, title: 'Third revision' };
    const replay = classifyBulkItems(
      await client.bulk({ operations: bulkOperations([v1, v2, v3], names), refresh: true }),
    );
    expect(replay.map((r) => r.kind)).toEqual(['stale', 'stale', 'indexed']);

    const stored = await client.get({ index: `${names.alias}-2025.04`, id: 'x1' });
    expect(stored._version).toBe(3);
    expect(fromDocument(stored._source)).toEqual(v3);

    // A document the strict mapping does not know fails that item only.
    const bad = { ...toDocument(article({ id: 'x3' })), surprise: true };
    const good = article({ id: 'x4' });
    const mixed = classifyBulkItems(
      await client.bulk({
        operations: [
          {
            index: {
              _index: names.indexFor(good.publishedAt),
              _id: 'x3',
              version: 1,
              version_type: 'external',
            },
          },
          bad,
          ...bulkOperations([good], names),
        ],
      }),
    );
    expect(mixed.map((r) => r.kind)).toEqual(['permanent', 'indexed']);
    expect(mixed[0]).toMatchObject({ status: 400, type: 'strict_dynamic_mapping_exception' });
    expect(summarizeBulk(mixed)).toEqual({ indexed: 1, stale: 0, retriable: 0, permanent: 1 });

    // The new April index joined the alias through the template.
    const alias = await client.indices.getAlias({ name: names.alias });
    expect(Object.keys(alias).sort()).toEqual([`${names.alias}-2025.03`, `${names.alias}-2025.04`]);
  });
});
