import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Client } from '@elastic/elasticsearch';
import { deleteIndices, ensureIndex, indexNames, writeArticles, type ArticleWrite } from '@newsflow/search';
import { article } from './fixtures.js';

const url = process.env['ELASTICSEARCH_URL'];
if (!url) throw new Error('ELASTICSEARCH_URL must be set for integration tests (e.g. http://127.0.0.1:9200)');

const client = new Client({ node: url });
const names = indexNames(`t${Date.now()}-write`);
const MARCH = '2025-03-10T08:00:00Z';
const APRIL = '2025-04-02T08:00:00Z';

const write = (revision: number, publishedAt: string, overwriteSameRevision = false): ArticleWrite => ({
  article: article({ id: 'moved', revision, publishedAt, title: `Revision ${revision}` }),
  overwriteSameRevision,
});

/** Every copy of the article the alias holds: index and revision. */
async function copies(id: string): Promise<Array<[string, number | undefined]>> {
  await client.indices.refresh({ index: names.alias });
  const response = await client.search({
    index: names.alias,
    query: { ids: { values: [id] } },
    version: true,
  });
  return response.hits.hits.map((hit): [string, number | undefined] => [hit._index, hit._version]).sort();
}

beforeAll(async () => {
  await ensureIndex(client, names, { now: () => new Date(MARCH) });
});

afterAll(async () => {
  await deleteIndices(client, names);
  await client.close();
});

describe('writeArticles', () => {
  it('keeps one copy when a revision moves the article to another month, whatever order revisions come in', async () => {
    expect((await writeArticles(client, names, [write(0, MARCH)])).map((r) => r.kind)).toEqual(['indexed']);
    expect(await copies('moved')).toEqual([[`${names.alias}-2025.03`, 0]]);

    // Revision 1 moves it to April: the March copy goes.
    expect((await writeArticles(client, names, [write(1, APRIL)])).map((r) => r.kind)).toEqual(['indexed']);
    expect(await copies('moved')).toEqual([[`${names.alias}-2025.04`, 1]]);

    // Revision 0 replayed (a redelivery) is stale and does not bring the March copy back; so is 1 again.
    const replay = await writeArticles(client, names, [write(0, MARCH), write(1, APRIL)]);
    expect(replay.map((r) => r.kind)).toEqual(['stale', 'stale']);
    expect(await copies('moved')).toEqual([[`${names.alias}-2025.04`, 1]]);

    // Two revisions in one request: the newer is written, back in March, and April's copy goes.
    const both = await writeArticles(client, names, [write(3, MARCH), write(2, APRIL)]);
    expect(both.map((r) => [r.position, r.kind])).toEqual([
      [0, 'indexed'],
      [1, 'stale'],
    ]);
    expect(await copies('moved')).toEqual([[`${names.alias}-2025.03`, 3]]);
  });

  it('lets a reprocess overwrite the same revision in place', async () => {
    const results = await writeArticles(client, names, [write(3, MARCH, true)]);
    expect(results.map((r) => r.kind)).toEqual(['indexed']);
    expect(await copies('moved')).toEqual([[`${names.alias}-2025.03`, 3]]);
  });
});
