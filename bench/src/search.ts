/**
 * `npm run bench:search`: fills an index with generated enriched articles (100,000 by default; kept
 * between runs), then times typical analyst queries (full text + filters + facets + timeline) through
 * search-api and, in the same run, the same queries sent straight to Elasticsearch.
 */
import { parseArgs } from 'node:util';
import { Client } from '@elastic/elasticsearch';
import { ArticleInput, toEnrichedArticle, toRawArticle, type EnrichedArticle } from '@newsflow/contracts';
import { freePort, startServiceProcess } from '@newsflow/infra';
import { enrich, ENRICHMENT_VERSION } from '@newsflow/nlp';
import { bulkOperations, ensureIndex, executeSearch, indexNames, type SearchParams } from '@newsflow/search';
import { generateArticles } from './generate.js';
import { percentile, round } from './stats.js';

const { values } = parseArgs({
  options: {
    documents: { type: 'string', default: '100000' },
    requests: { type: 'string', default: '400' },
    json: { type: 'boolean', default: false },
  },
});
const documents = Number(values.documents);
const requests = Number(values.requests);
const elasticsearchUrl = process.env.ELASTICSEARCH_URL ?? 'http://127.0.0.1:9200';
const prefix = `benchsearch${documents}`;
const names = indexNames(prefix);
const client = new Client({ node: elasticsearchUrl, requestTimeout: 120_000 });
const say = (line: string): void => void process.stderr.write(`${line}\n`);

const SOURCES = Array.from({ length: 20 }, (_, index) => `outlet-${index}.example`);
const DAY_MS = 86_400_000;
const now = Date.now();

/** Unique enriched articles, cloned with new ids, sources and dates up to the wanted count. */
async function fill(): Promise<void> {
  await ensureIndex(client, names);
  await client.indices.refresh({ index: names.alias });
  const existing = (await client.count({ index: names.alias })).count;
  if (existing >= documents) {
    say(`index ${names.alias} already holds ${existing} documents`);
    return;
  }
  const unique = generateArticles(2_000, 600, 11).map((article, index) => {
    const input = ArticleInput.parse({
      url: `https://bench.example/unique/${index}`,
      title: article.title,
      body: article.body,
      source: 'bench.example',
      publishedAt: new Date(now).toISOString(),
    });
    const raw = toRawArticle(
      { kind: 'article', article: input },
      { feedId: 'bench', receivedAt: new Date(now) },
    );
    return toEnrichedArticle(raw, enrich(raw), {
      enrichedAt: new Date(now),
      enrichmentVersion: ENRICHMENT_VERSION,
    });
  });
  const started = performance.now();
  for (let start = existing; start < documents; start += 1_000) {
    const batch: EnrichedArticle[] = [];
    for (let index = start; index < Math.min(documents, start + 1_000); index += 1) {
      const base = unique[index % unique.length] as EnrichedArticle;
      batch.push({
        ...base,
        id: `doc-${index}`,
        source: SOURCES[index % SOURCES.length] as string,
        feedId: `feed-${index % 4}`,
        publishedAt: new Date(now - (index % 180) * DAY_MS - (index % 1_440) * 60_000).toISOString(),
      });
    }
    const response = await client.bulk({ operations: bulkOperations(batch, names) });
    if (response.errors) throw new Error('bulk item errors while filling the benchmark index');
    if (start % 20_000 === 0) say(`  filled ${start + batch.length} / ${documents}`);
  }
  await client.indices.refresh({ index: names.alias });
  say(`filled ${documents} documents in ${round((performance.now() - started) / 1000)} s`);
}

const day = (daysAgo: number): string => new Date(now - daysAgo * DAY_MS).toISOString().slice(0, 10);

/** Typical analyst questions: each as API query-string parameters and as the search package's params. */
const QUERIES: Array<{ query: Record<string, string | string[]>; params: SearchParams }> = [
  { query: { q: 'ceasefire talks' }, params: { q: 'ceasefire talks' } },
  {
    query: { q: '"interest rates" AND inflation', from: day(30) },
    params: { q: '"interest rates" AND inflation', from: `${day(30)}T00:00:00.000Z` },
  },
  {
    query: { entity: 'person:Vladimir Putin', q: 'talks' },
    params: { q: 'talks', entities: [{ kind: 'person', name: 'Vladimir Putin' }] },
  },
  {
    query: { q: 'shares OR demand', source: ['outlet-3.example', 'outlet-7.example'] },
    params: { q: 'shares OR demand', sources: ['outlet-3.example', 'outlet-7.example'] },
  },
  { query: { q: 'housing NOT crisis', sort: 'newest' }, params: { q: 'housing NOT crisis', sort: 'newest' } },
  {
    query: { entity: ['location:Berlin', 'org:NATO'], from: day(90), to: day(10) },
    params: {
      entities: [
        { kind: 'location', name: 'Berlin' },
        { kind: 'org', name: 'NATO' },
      ],
      from: `${day(90)}T00:00:00.000Z`,
      to: `${day(10)}T23:59:59.999Z`,
    },
  },
  {
    query: { q: 'title:talks strikes', language: 'en' },
    params: { q: 'title:talks strikes', languages: ['en'] },
  },
  { query: { q: 'announce*', feed: 'feed-2' }, params: { q: 'announce*', feeds: ['feed-2'] } },
];

function queryString(query: Record<string, string | string[]>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    for (const item of [value].flat()) search.append(key, item);
  return search.toString();
}

await fill();
const port = await freePort();
const api = startServiceProcess('search-api', {
  env: {
    ELASTICSEARCH_URL: elasticsearchUrl,
    NEWSFLOW_PREFIX: prefix,
    SEARCH_API_PORT: String(port),
    LOG_LEVEL: 'warn',
  },
});
try {
  await api.waitReady();
  const viaApi = async (index: number): Promise<number> => {
    const { query } = QUERIES[index % QUERIES.length]!;
    const started = performance.now();
    const response = await fetch(`http://127.0.0.1:${port}/v1/search?${queryString(query)}`);
    if (!response.ok) throw new Error(`search-api answered ${response.status}: ${await response.text()}`);
    await response.json();
    return performance.now() - started;
  };
  const direct = async (index: number): Promise<number> => {
    const started = performance.now();
    await executeSearch(client, names, QUERIES[index % QUERIES.length]!.params);
    return performance.now() - started;
  };
  for (let index = 0; index < QUERIES.length * 5; index += 1) {
    await viaApi(index);
    await direct(index);
  }
  const apiTimes: number[] = [];
  const directTimes: number[] = [];
  // Interleaved, one request at a time, so both see the same machine load.
  for (let index = 0; index < requests; index += 1) {
    apiTimes.push(await viaApi(index));
    directTimes.push(await direct(index));
  }
  const summary = (times: number[]) => ({
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    p99: round(percentile(times, 99)),
  });
  const figures = {
    documents,
    requests,
    api: summary(apiTimes),
    elasticsearch: summary(directTimes),
    ratio: {
      p50: round(percentile(apiTimes, 50) / percentile(directTimes, 50), 2),
      p95: round(percentile(apiTimes, 95) / percentile(directTimes, 95), 2),
      p99: round(percentile(apiTimes, 99) / percentile(directTimes, 99), 2),
    },
  };
  if (values.json) process.stdout.write(`${JSON.stringify(figures)}\n`);
  else {
    say(
      `search over ${documents} articles, ${requests} requests each way (full text + filters + facets + timeline):`,
    );
    say(`  search-api       p50 ${figures.api.p50} ms  p95 ${figures.api.p95} ms  p99 ${figures.api.p99} ms`);
    say(
      `  Elasticsearch    p50 ${figures.elasticsearch.p50} ms  p95 ${figures.elasticsearch.p95} ms  p99 ${figures.elasticsearch.p99} ms`,
    );
    say(`  ratio            p50 ${figures.ratio.p50}×  p95 ${figures.ratio.p95}×  p99 ${figures.ratio.p99}×`);
  }
} finally {
  await api.stop();
  await client.close();
}
