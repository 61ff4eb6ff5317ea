import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { encodeMessage, HEADERS, SCHEMA_VERSION, type EnrichedArticle } from '@newsflow/contracts';
import { readTopic } from '@newsflow/kafka';
import { runDlq } from '../../packages/cli/src/commands/dlq.js';
import { runReprocess } from '../../packages/cli/src/commands/reprocess.js';
import { startEsFaultProxy } from './support/es-fault-proxy.js';
import {
  articleSpec,
  Ledger,
  Pipeline,
  printReport,
  pushArticle,
  pushRange,
  requireControl,
  settle,
  sleep,
  startFaultServers,
  type FaultReport,
  type FaultServers,
} from './support/harness.js';

/**
 * Nothing lost, nothing doubled: each scenario drives the real ingester, enricher and indexer (built
 * processes) on their own prefix against the suite's own Kafka and Elasticsearch, injects one fault,
 * and counts by id what was accepted (202) against what is in the index and in the dead-letter topic.
 */
let servers: FaultServers;

beforeAll(async () => {
  servers = await startFaultServers();
}, 240_000);

afterAll(async () => {
  await servers?.stop();
}, 120_000);

function expectDelivered(report: FaultReport, { deadLettered = 0 }: { deadLettered?: number } = {}): void {
  expect({
    lost: report.lost,
    lostIds: report.lostIds,
    duplicates: report.duplicates,
    staleRevisions: report.staleRevisions,
  }).toEqual({
    lost: 0,
    lostIds: [],
    duplicates: 0,
    staleRevisions: 0,
  });
  expect(report.indexed + report.deadLettered).toBe(report.accepted);
  expect(report.deadLettered).toBe(deadLettered);
  // Every dead letter says why.
  for (const letter of report.letters) expect(letter.error.code).toMatch(/^NEWSFLOW_/);
}

function captureIo(env: Record<string, string>) {
  let out = '';
  let err = '';
  return {
    io: {
      stdout: { write: (chunk: string) => (out += chunk) },
      stderr: { write: (chunk: string) => (err += chunk), isTTY: false },
      readStdin: async () => '',
      env,
    },
    stdout: () => out,
    stderr: () => err,
  };
}

describe('delivery guarantees under faults', () => {
  it('kill -9 of the enricher, then of the indexer, mid-stream', async () => {
    const pipeline = new Pipeline('kill-9', servers);
    const ledger = new Ledger();
    try {
      await pipeline.startAll();
      let enricherKilled = false;
      let indexerKilled = false;
      const crashes: Array<Promise<unknown>> = [];
      await pushRange(
        pipeline.ingesterUrl,
        ledger,
        'kill-9',
        { from: 0, to: 40 },
        {
          concurrency: 2,
          pauseMs: 150,
          onProgress: (accepted) => {
            if (accepted >= 10 && !enricherKilled) {
              enricherKilled = true;
              const enricher = pipeline.processes.find((p) => p.label === 'enricher')!.process;
              crashes.push(enricher.kill().then(() => pipeline.start('enricher', 'enricher-2')));
            }
            if (accepted >= 25 && !indexerKilled) {
              indexerKilled = true;
              const indexer = pipeline.processes.find((p) => p.label === 'indexer')!.process;
              crashes.push(indexer.kill().then(() => pipeline.start('indexer', 'indexer-2')));
            }
          },
        },
      );
      await Promise.all(crashes);
      const report = await settle(pipeline, ledger, 90_000);
      printReport('kill-9-enricher-indexer', report);
      expect(report.accepted).toBe(40);
      expectDelivered(report);
      // Mid-stream: the killed and the restarted instance each handled part of the stream.
      const handled = (label: string, what: string): number =>
        pipeline.processes.find((p) => p.label === label)!.process.lines.filter((line) => line.includes(what))
          .length;
      expect(handled('enricher', 'article enriched')).toBeGreaterThan(0);
      expect(handled('enricher-2', 'article enriched')).toBeGreaterThan(0);
      expect(handled('indexer', 'article indexed')).toBeGreaterThan(0);
      expect(handled('indexer-2', 'article indexed')).toBeGreaterThan(0);
    } finally {
      await pipeline.stopAll();
    }
  }, 180_000);

  it('Kafka stopped during ingest and brought back', async () => {
    const kafka = requireControl(servers, 'kafka', 'kafka-down');
    if (!kafka) return;
    const pipeline = new Pipeline('kafka-down', servers);
    const ledger = new Ledger();
    try {
      await pipeline.startAll();
      let stop = false;
      let index = 0;
      const acceptedAfterRestart = { value: 0, counting: false };
      const pusher = async (): Promise<void> => {
        while (!stop && index < 200) {
          const status = await pushArticle(pipeline.ingesterUrl, ledger, articleSpec('kafka-down', index++));
          if (status === 202 && acceptedAfterRestart.counting) acceptedAfterRestart.value += 1;
          await sleep(status === 202 ? 100 : 1_000);
        }
      };
      const pushing = Promise.all([pusher(), pusher()]);
      while (ledger.acceptedCount < 10) await sleep(100);
      await kafka.stop();
      const refusedBefore = ledger.refused.get(503) ?? 0;
      // The ingester answers 503 (with Retry-After) while Kafka is away.
      // Down long enough for every client's own retries to run out (kafkajs: about 30 s).
      const downUntil = Date.now() + 35_000;
      while (
        ((ledger.refused.get(503) ?? 0) < refusedBefore + 2 || Date.now() < downUntil) &&
        Date.now() < downUntil + 30_000
      ) {
        await sleep(200);
      }
      await kafka.start();
      acceptedAfterRestart.counting = true;
      // ... and takes articles again by itself once Kafka is back.
      const recovery = Date.now() + 60_000;
      while (acceptedAfterRestart.value < 8 && Date.now() < recovery) await sleep(200);
      stop = true;
      await pushing;
      expect(ledger.refused.get(503) ?? 0).toBeGreaterThanOrEqual(2);
      expect(ledger.retryAfterSeen).toBe(true);
      expect(acceptedAfterRestart.value).toBeGreaterThanOrEqual(8);
      const report = await settle(pipeline, ledger, 120_000);
      printReport('kafka-down', report);
      expectDelivered(report);
    } finally {
      await pipeline.stopAll();
      if (!(await kafka.isRunning())) await kafka.start();
    }
  }, 300_000);

  it('Elasticsearch stopped for longer than the retry window, then brought back', async () => {
    const elasticsearch = requireControl(servers, 'elasticsearch', 'elasticsearch-down');
    if (!elasticsearch) return;
    const pipeline = new Pipeline('es-down', servers);
    const ledger = new Ledger();
    try {
      await pipeline.startAll();
      await pushRange(pipeline.ingesterUrl, ledger, 'es-down', { from: 0, to: 15 }, { concurrency: 3 });
      await elasticsearch.stop();
      await pushRange(pipeline.ingesterUrl, ledger, 'es-down', { from: 15, to: 40 }, { concurrency: 3 });
      // INDEXER_MAX_BACKOFF_MS is 2 s: the outage spans many retry rounds.
      await sleep(12_000);
      await elasticsearch.start();
      const report = await settle(pipeline, ledger, 120_000);
      printReport('elasticsearch-down', report);
      expect(report.accepted).toBe(40);
      expectDelivered(report);
      const indexer = pipeline.processes.find((p) => p.label === 'indexer')!.process;
      expect(indexer.lines.some((line) => line.includes('partition paused'))).toBe(true);
    } finally {
      await pipeline.stopAll();
      if (!(await elasticsearch.isRunning())) await elasticsearch.start();
    }
  }, 300_000);

  it('Elasticsearch answers 429 on part of the items of a bulk', async () => {
    const proxy = await startEsFaultProxy(servers.elasticsearchUrl, { rejectRate: 0.3, seed: 7 });
    const pipeline = new Pipeline('es-429', servers);
    const ledger = new Ledger();
    try {
      await pipeline.startAll({ indexer: { ELASTICSEARCH_URL: proxy.url, INDEXER_BULK_SIZE: '10' } });
      await pushRange(pipeline.ingesterUrl, ledger, 'es-429', { from: 0, to: 50 }, { concurrency: 4 });
      const report = await settle(pipeline, ledger, 120_000);
      printReport('elasticsearch-429', report);
      expect(report.accepted).toBe(50);
      expect(proxy.rejected).toBeGreaterThan(0);
      expectDelivered(report);
    } finally {
      await pipeline.stopAll();
      await proxy.close();
    }
  }, 240_000);

  it('poison messages are dead-lettered with their reason, the rest flows on', async () => {
    const pipeline = new Pipeline('poison', servers);
    const ledger = new Ledger();
    try {
      await pipeline.startAll();
      await pushRange(pipeline.ingesterUrl, ledger, 'poison', { from: 0, to: 10 }, { concurrency: 2 });
      const now = new Date().toISOString();
      const validRaw = {
        id: 'poison-v1-ok',
        revision: 5,
        feedId: 'public',
        receivedAt: now,
        source: 'faults.example',
        publishedAt: '2026-11-20T10:00:00Z',
        authors: [],
        tags: [],
        content: {
          format: 'article',
          title: 'Harbour of Oslo reopens',
          body: 'The harbour of Oslo reopened on Monday.',
        },
      };
      await pipeline.produce(pipeline.topics.raw, [
        { key: 'poison-not-json', value: Buffer.from('{"this is": not json', 'utf8') },
        {
          key: 'poison-schema',
          value: encodeMessage({ schemaVersion: SCHEMA_VERSION, id: 'poison-schema', hello: 'world' }),
        },
        {
          key: 'poison-version',
          value: encodeMessage({ ...validRaw, id: 'poison-version', schemaVersion: 99 }),
        },
        // The previous schema version, with a field this code does not know: upgraded and indexed.
        {
          key: 'poison-v1-ok',
          value: encodeMessage({ ...validRaw, schemaVersion: 1, sentiment: 'unknown field' }),
          headers: { [HEADERS.articleId]: 'poison-v1-ok' },
        },
      ]);
      ledger.accept('poison-v1-ok', 5);
      const enriched = (id: string, patch: Partial<EnrichedArticle>): EnrichedArticle => ({
        schemaVersion: SCHEMA_VERSION,
        id,
        revision: 1,
        feedId: 'public',
        source: 'faults.example',
        authors: [],
        tags: [],
        title: 'A title',
        body: 'A body',
        publisherTags: [],
        hashtags: [],
        language: { code: 'en', confidence: 1 },
        entities: [],
        keywords: [],
        fingerprint: { simhash: '0123456789abcdef', bands: ['0:0123'] },
        publishedAt: '2026-11-20T10:00:00Z',
        receivedAt: now,
        enrichedAt: now,
        enrichmentVersion: 'test',
        ...patch,
      });
      await pipeline.produce(pipeline.topics.enriched, [
        // Valid for the contract, refused by the mapping: a keyword term over Lucene's 32766 bytes.
        {
          key: 'poison-mapping',
          value: encodeMessage(
            enriched('poison-mapping', {
              fingerprint: { simhash: '0123456789abcdef', bands: ['x'.repeat(40_000)] },
            }),
          ),
        },
        // Valid for the contract, refused by Elasticsearch for the whole bulk: an _id over 512 bytes.
        { key: 'poison-long-id', value: encodeMessage(enriched(`poison-long-id-${'y'.repeat(600)}`, {})) },
      ]);
      await pushRange(pipeline.ingesterUrl, ledger, 'poison', { from: 10, to: 20 }, { concurrency: 2 });

      const report = await settle(pipeline, ledger, 90_000);
      printReport('poison-messages', report);
      expect(report.accepted).toBe(21);
      expectDelivered(report);
      const codes = new Map(report.letters.map((l) => [l.origin.key, l.error.code]));
      expect(Object.fromEntries(codes)).toEqual({
        'poison-not-json': 'NEWSFLOW_CONTRACT_NOT_JSON',
        'poison-schema': 'NEWSFLOW_CONTRACT_SCHEMA',
        'poison-version': 'NEWSFLOW_CONTRACT_SCHEMA',
        'poison-mapping': 'NEWSFLOW_INDEX_REJECTED',
        'poison-long-id': 'NEWSFLOW_INDEX_REQUEST_REJECTED',
      });
      const mapping = report.letters.find((l) => l.origin.key === 'poison-mapping')!;
      expect(mapping.error.message).toMatch(/immense term|32766/);
      expect(mapping.origin.topic).toBe(pipeline.topics.enriched);
      expect(Buffer.from(mapping.payload, 'base64').toString('utf8')).toContain('poison-mapping');

      // The operator's view: list by reason, show one, replay (dry run).
      const env = { KAFKA_BROKERS: servers.kafkaBrokers, NEWSFLOW_PREFIX: pipeline.prefix };
      const list = captureIo(env);
      expect(
        await runDlq(['list', '--reason', 'NEWSFLOW_CONTRACT_NOT_JSON,NEWSFLOW_CONTRACT_SCHEMA'], list.io),
      ).toBe(0);
      expect(list.stdout()).toContain('poison-not-json');
      expect(list.stdout()).toMatch(/3 of 5 dead letters/);
      const show = captureIo(env);
      const offset = list.stdout().split('\n')[0]!.split('\t')[0]!;
      expect(await runDlq(['show', offset, '--json'], show.io)).toBe(0);
      expect(JSON.parse(show.stdout())).toMatchObject({ offset, origin: { topic: pipeline.topics.raw } });
      const replay = captureIo(env);
      expect(await runDlq(['replay', '--service', 'indexer', '--dry-run'], replay.io)).toBe(0);
      expect(replay.stdout()).toContain('2 dead letters would be replayed');
    } finally {
      await pipeline.stopAll();
    }
  }, 180_000);

  it('a consumer-group rebalance mid-stream: a second enricher joins and leaves', async () => {
    const pipeline = new Pipeline('rebalance', servers);
    const ledger = new Ledger();
    try {
      await pipeline.startAll();
      let joined = false;
      let left = false;
      const changes: Array<Promise<unknown>> = [];
      await pushRange(
        pipeline.ingesterUrl,
        ledger,
        'rebalance',
        { from: 0, to: 60 },
        {
          concurrency: 2,
          pauseMs: 300,
          onProgress: (accepted) => {
            if (accepted >= 12 && !joined) {
              joined = true;
              changes.push(
                pipeline.start('enricher', 'enricher-b').then(async (second) => {
                  while (ledger.acceptedCount < 48) await sleep(100);
                  left = true;
                  await second.stop();
                }),
              );
            }
          },
        },
      );
      await Promise.all(changes);
      expect(left).toBe(true);
      const report = await settle(pipeline, ledger, 90_000);
      printReport('rebalance', report);
      expect(report.accepted).toBe(60);
      expectDelivered(report);
      const second = pipeline.processes.find((p) => p.label === 'enricher-b')!.process;
      expect(second.lines.some((line) => line.includes('article enriched'))).toBe(true);
    } finally {
      await pipeline.stopAll();
    }
  }, 180_000);

  it('the same article pushed many times, an older revision replayed after a newer one, then re-enriched in place', async () => {
    const pipeline = new Pipeline('revisions', servers);
    const ledger = new Ledger();
    try {
      await pipeline.startAll();
      for (let variant = 0; variant < 8; variant += 1) {
        await pushArticle(pipeline.ingesterUrl, ledger, articleSpec('revisions', 0, variant));
        await sleep(5);
      }
      for (let variant = 0; variant < 3; variant += 1) {
        await Promise.all(
          Array.from({ length: 10 }, (_, i) =>
            pushArticle(pipeline.ingesterUrl, ledger, articleSpec('revisions', i + 1, variant)),
          ),
        );
        await sleep(5);
      }
      expect(ledger.accepted.size).toBe(11);
      // An older revision of article 0 arrives after the newest: the raw message of its first revision, replayed.
      const [firstId, revisions] = [...ledger.accepted.entries()][0]!;
      const { messages } = await readTopic(pipeline.kafka, pipeline.topics.raw);
      const oldest = messages.find(
        (m) => m.key === firstId && JSON.parse(m.value!.toString('utf8')).revision === Math.min(...revisions),
      )!;
      await pipeline.produce(pipeline.topics.raw, [
        { key: oldest.key, value: oldest.value!, headers: { ...oldest.headers } },
      ]);

      const report = await settle(pipeline, ledger, 90_000);
      printReport('revisions', report);
      expectDelivered(report);

      // Reprocess everything: the index is updated in place, same documents, same newest revisions.
      const before = new Map((await pipeline.indexedDocuments()).map((d) => [d.id, d]));
      const run = captureIo({ KAFKA_BROKERS: servers.kafkaBrokers, NEWSFLOW_PREFIX: pipeline.prefix });
      expect(await runReprocess(['--all'], run.io)).toBe(0);
      expect(run.stdout()).toContain('re-published 11 articles');
      let after = await pipeline.indexedDocuments();
      const deadline = Date.now() + 60_000;
      while (after.some((d) => d.enrichedAt === before.get(d.id)?.enrichedAt) && Date.now() < deadline) {
        await sleep(1_000);
        after = await pipeline.indexedDocuments();
      }
      const reprocessed = await settle(pipeline, ledger, 60_000);
      printReport('reprocess', reprocessed);
      expectDelivered(reprocessed);
      expect(after.filter((d) => d.enrichedAt !== before.get(d.id)?.enrichedAt)).toHaveLength(11);
    } finally {
      await pipeline.stopAll();
    }
  }, 180_000);
});
