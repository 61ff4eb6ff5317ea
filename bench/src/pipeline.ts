/**
 * `npm run bench`: pushes N generated articles of about 600 words through the running system and
 * measures, in the same run, the baselines each stage is compared with: the raw kafkajs produce rate
 * and the raw Elasticsearch bulk rate for the same documents.
 */
import { parseArgs } from 'node:util';
import { Client } from '@elastic/elasticsearch';
import {
  ArticleInput,
  encodeMessage,
  toEnrichedArticle,
  toRawArticle,
  topicNames,
  type EnrichedArticle,
} from '@newsflow/contracts';
import { createKafka, ensureTopics, topicSpecs } from '@newsflow/kafka';
import { Partitioners } from 'kafkajs';
import { enrich, ENRICHMENT_VERSION } from '@newsflow/nlp';
import { createLogger } from '@newsflow/observability';
import { bulkOperations, ensureIndex, indexNames } from '@newsflow/search';
import { generateArticles } from './generate.js';
import { startStack, type Stack } from './stack.js';
import { drive, percentile, pool, round } from './stats.js';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '16' },
    json: { type: 'boolean', default: false },
  },
});
const count = Number(values.articles);
const concurrency = Number(values.concurrency);
const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
const elasticsearchUrl = process.env.ELASTICSEARCH_URL ?? 'http://127.0.0.1:9200';
const prefix = `bench${Date.now().toString(36)}`;
const say = (line: string): void => void process.stderr.write(`${line}\n`);
const logger = createLogger({ service: 'bench', level: 'warn' });
const elasticsearch = new Client({ node: elasticsearchUrl });

/** `count` articles; each phase gets its own urls, so every push is a new article. */
const generated = generateArticles(count);
const articlesFor = (phase: string): ArticleInput[] =>
  generated.map((article, index) =>
    ArticleInput.parse({
      url: `https://bench.example/${prefix}/${phase}/${index}`,
      title: article.title,
      body: article.body,
      source: `source-${index % 5}.example`,
      publishedAt: new Date().toISOString(),
    }),
  );
const raws = articlesFor('baseline').map((article) =>
  toRawArticle({ kind: 'article', article }, { feedId: 'bench', receivedAt: new Date() }),
);

/**
 * Baseline 1: plain kafkajs, as the ingester would use it without our publisher: a producer with the
 * publisher's settings (acks=all, one request in flight), one acknowledged message per send, at the same
 * concurrency.
 */
async function kafkaBaseline(): Promise<number> {
  const kafka = createKafka({ brokers, clientId: 'bench-baseline', logger });
  const topics = topicNames(`${prefix}-baseline`);
  await ensureTopics(kafka, topicSpecs(topics), logger);
  const producer = kafka.producer({
    maxInFlightRequests: 1,
    createPartitioner: Partitioners.DefaultPartitioner,
  });
  await producer.connect();
  const started = performance.now();
  await pool(raws, concurrency, (raw) =>
    producer.send({ topic: topics.raw, acks: -1, messages: [{ key: raw.id, value: encodeMessage(raw) }] }),
  );
  const seconds = (performance.now() - started) / 1000;
  await producer.disconnect();
  return count / seconds;
}

/** The enrichment on one core, and baseline 2: Elasticsearch bulk writes of the same enriched documents. */
async function enrichAndBulkBaseline(): Promise<{ enrichRate: number; bulkRate: number }> {
  const enrichStarted = performance.now();
  const enriched: EnrichedArticle[] = raws.map((raw) =>
    toEnrichedArticle(raw, enrich(raw), { enrichedAt: new Date(), enrichmentVersion: ENRICHMENT_VERSION }),
  );
  const enrichRate = count / ((performance.now() - enrichStarted) / 1000);
  const names = indexNames(`${prefix}-baseline`);
  await ensureIndex(elasticsearch, names);
  const started = performance.now();
  for (let start = 0; start < enriched.length; start += 500) {
    const response = await elasticsearch.bulk({
      operations: bulkOperations(enriched.slice(start, start + 500), names),
    });
    if (response.errors) throw new Error('the baseline bulk had item errors');
  }
  await elasticsearch.indices.refresh({ index: names.alias });
  const bulkRate = count / ((performance.now() - started) / 1000);
  return { enrichRate, bulkRate };
}

/** Pushes one article (or a batch) and returns the ingester's answer; anything but accepted is an error. */
async function push(stack: Stack, body: unknown, path = '/v1/articles'): Promise<unknown> {
  const response = await fetch(`${stack.ingesterUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...stack.authHeaders },
    body: JSON.stringify(body),
  });
  const answer: unknown = await response.json();
  const refused = response.status === 200 && (answer as { rejected?: number }).rejected;
  if ((response.status !== 202 && response.status !== 200) || refused) {
    throw new Error(`${path} answered ${response.status}: ${JSON.stringify(answer).slice(0, 500)}`);
  }
  return answer;
}

/**
 * The system: push over HTTP, then watch Elasticsearch until every article is searchable. As fast as
 * the ingester takes them (a burst), or at a steady rate: what "searchable a second later" means.
 */
async function pipeline(
  stack: Stack,
  articles: readonly ArticleInput[],
  perSecond?: number,
): Promise<{ ingestRate: number; endToEndRate: number; latencies: number[] }> {
  const ackedAt = new Map<string, number>();
  const seenAt = new Map<string, number>();
  const alias = indexNames(prefix).alias;
  let pushing = true;
  const watcher = (async () => {
    while (pushing || seenAt.size < ackedAt.size) {
      const waiting = [...ackedAt.keys()].filter((id) => !seenAt.has(id)).slice(0, 5_000);
      if (waiting.length > 0) {
        const response = await elasticsearch
          .search({ index: alias, size: waiting.length, _source: false, query: { ids: { values: waiting } } })
          .catch(() => undefined);
        const now = performance.now();
        for (const hit of response?.hits.hits ?? []) if (hit._id) seenAt.set(hit._id, now);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  const started = performance.now();
  await drive(articles, perSecond === undefined ? { concurrency } : { perSecond }, async (article) => {
    const { id } = (await push(stack, article)) as { id: string };
    ackedAt.set(id, performance.now());
  });
  const pushSeconds = (performance.now() - started) / 1000;
  pushing = false;
  await watcher;
  const lastSeen = Math.max(...seenAt.values());
  return {
    ingestRate: articles.length / pushSeconds,
    endToEndRate: articles.length / ((lastSeen - started) / 1000),
    latencies: [...ackedAt].map(([id, acked]) => (seenAt.get(id) ?? acked) - acked),
  };
}

/** Accepted articles/s with one article per request, and with batches of 100, at the same concurrency. */
async function ingestRates(stack: Stack): Promise<{ single: number; batch: number }> {
  const single = articlesFor('single');
  let started = performance.now();
  await pool(single, concurrency, (article) => push(stack, article));
  const singleRate = count / ((performance.now() - started) / 1000);
  const batched = articlesFor('batch');
  const batches = Array.from({ length: Math.ceil(count / 100) }, (_, i) =>
    batched.slice(i * 100, i * 100 + 100),
  );
  started = performance.now();
  await pool(batches, Math.max(1, Math.ceil(concurrency / 4)), (batch) =>
    push(stack, batch, '/v1/articles:batch'),
  );
  return { single: singleRate, batch: count / ((performance.now() - started) / 1000) };
}

/** Acknowledgement latency with requests sent at a steady rate (open loop), one article each. */
async function latencyAtRate(stack: Stack, perSecond: number): Promise<number[]> {
  const latencies: number[] = [];
  await drive(articlesFor('paced'), { perSecond }, async (article) => {
    const sent = performance.now();
    await push(stack, article);
    latencies.push(performance.now() - sent);
  });
  return latencies;
}

const stack = await startStack({ prefix, brokers, elasticsearchUrl });
try {
  say(`benchmark: ${count} articles of ~600 words, concurrency ${concurrency}, prefix ${prefix}`);
  const kafkaRate = await kafkaBaseline();
  say(`  baseline kafkajs produce: ${round(kafkaRate)} msg/s`);
  const { enrichRate, bulkRate } = await enrichAndBulkBaseline();
  say(
    `  baseline Elasticsearch bulk: ${round(bulkRate)} docs/s; enrichment on one core: ${round(enrichRate)} articles/s`,
  );
  const result = await pipeline(stack, articlesFor('burst'));
  say(`  pipeline: ${round(result.endToEndRate)} articles/s end to end`);
  const steadyRate = result.endToEndRate / 2;
  const steady = await pipeline(
    stack,
    articlesFor('steady').slice(0, Math.ceil(steadyRate * 10)),
    steadyRate,
  );
  // The ingest figures alone: the consumers stop, so they measure the ingester and Kafka only.
  await Promise.all([stack.services.enricher.stop(), stack.services.indexer.stop()]);
  const ingest = await ingestRates(stack);
  const paced = await latencyAtRate(stack, ingest.single / 2);
  const figures = {
    articles: count,
    concurrency,
    endToEnd: {
      articlesPerSecond: round(result.endToEndRate),
      burstLatencyMs: {
        p50: round(percentile(result.latencies, 50), 0),
        p95: round(percentile(result.latencies, 95), 0),
        p99: round(percentile(result.latencies, 99), 0),
      },
      steadyLatencyMs: {
        ratePerSecond: round(steadyRate),
        p50: round(percentile(steady.latencies, 50), 0),
        p95: round(percentile(steady.latencies, 95), 0),
        p99: round(percentile(steady.latencies, 99), 0),
      },
      ratioToBulkBaseline: round(result.endToEndRate / bulkRate, 2),
    },
    ingest: {
      whileEnriching: { articlesPerSecond: round(result.ingestRate) },
      single: {
        articlesPerSecond: round(ingest.single),
        ratioToKafkaBaseline: round(ingest.single / kafkaRate, 2),
      },
      batchOf100: {
        articlesPerSecond: round(ingest.batch),
        ratioToKafkaBaseline: round(ingest.batch / kafkaRate, 2),
      },
      ackLatencyAtHalfRateMs: {
        ratePerSecond: round(ingest.single / 2),
        p50: round(percentile(paced, 50), 1),
        p99: round(percentile(paced, 99), 1),
      },
    },
    enrichment: { articlesPerSecond: round(enrichRate) },
    baselines: { kafkajsProducePerSecond: round(kafkaRate), elasticsearchBulkPerSecond: round(bulkRate) },
  };
  if (values.json) process.stdout.write(`${JSON.stringify(figures)}\n`);
  else {
    const { single, batchOf100, ackLatencyAtHalfRateMs: half } = figures.ingest;
    say(
      `  ingest, one article per request: ${single.articlesPerSecond} articles/s = ${single.ratioToKafkaBaseline} × kafkajs baseline`,
    );
    say(
      `  ingest, batches of 100: ${batchOf100.articlesPerSecond} articles/s = ${batchOf100.ratioToKafkaBaseline} × kafkajs baseline`,
    );
    say(`  ack latency at half that rate (${half.ratePerSecond}/s): p50 ${half.p50} ms, p99 ${half.p99} ms`);
    say(
      `  end to end (push → searchable): ${figures.endToEnd.articlesPerSecond} articles/s = ${figures.endToEnd.ratioToBulkBaseline} × Elasticsearch bulk baseline`,
    );
    const { burstLatencyMs: burst, steadyLatencyMs: steadyMs } = figures.endToEnd;
    say(
      `  latency ack → searchable, ${count} pushed at once: p50 ${burst.p50} ms, p95 ${burst.p95} ms, p99 ${burst.p99} ms`,
    );
    say(
      `  latency ack → searchable at ${steadyMs.ratePerSecond}/s (half the end-to-end rate): p50 ${steadyMs.p50} ms, p95 ${steadyMs.p95} ms, p99 ${steadyMs.p99} ms`,
    );
  }
} finally {
  await stack.stop();
  await elasticsearch.indices
    .delete({ index: `${prefix}-*`, ignore_unavailable: true })
    .catch(() => undefined);
  await elasticsearch.close();
}
