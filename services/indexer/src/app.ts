import { Client } from '@elastic/elasticsearch';
import { topicNames } from '@newsflow/contracts';
import { startOpsServer } from '@newsflow/http';
import {
  createKafka,
  createPublisher,
  ensureTopics,
  kafkaReadinessCheck,
  retryWhileActive,
  startConsumerRunner,
  topicSpecs,
} from '@newsflow/kafka';
import {
  consumerLagGauge,
  Counter,
  createMetricsRegistry,
  Gauge,
  type Logger,
} from '@newsflow/observability';
import {
  duplicateGroups,
  ensureIndex,
  RecentPrints,
  indexNames,
  isRetriableRequestError,
  writeArticles,
} from '@newsflow/search';
import type { IndexerConfig } from './config.js';
import { BulkRequestFailed, indexBatch, type BulkWrite } from './index-batch.js';
import { createResumeGate } from './resume-gate.js';

export interface Indexer {
  readonly opsUrl: string;
  stop(): Promise<void>;
}

export async function startIndexer(config: IndexerConfig, logger: Logger): Promise<Indexer> {
  const topics = topicNames(config.NEWSFLOW_PREFIX);
  const names = indexNames(config.NEWSFLOW_PREFIX);
  // Retries are ours (per item, with backoff); the client's own would resend whole bulks blindly.
  const elasticsearch = new Client({
    node: config.ELASTICSEARCH_URL,
    maxRetries: 0,
    requestTimeout: config.INDEXER_REQUEST_TIMEOUT_MS,
  });
  await ensureIndex(elasticsearch, names);

  const kafka = createKafka({ brokers: config.KAFKA_BROKERS, clientId: 'newsflow-indexer', logger });
  await ensureTopics(kafka, topicSpecs(topics), logger);
  const publisher = await createPublisher(kafka);

  const metrics = createMetricsRegistry('indexer');
  const counter = (name: string, help: string): Counter => new Counter({ name, help, registers: [metrics] });
  const indexedTotal = counter('newsflow_indexed_total', 'Articles written to Elasticsearch');
  const staleTotal = counter(
    'newsflow_index_stale_total',
    'Articles skipped because a newer revision is indexed',
  );
  const deadLetteredTotal = counter(
    'newsflow_indexer_dead_lettered_total',
    'Articles sent to the dead-letter topic',
  );
  const retriedTotal = counter(
    'newsflow_index_retried_total',
    'Bulk items Elasticsearch refused for now and that were sent again',
  );
  const unavailableTotal = counter(
    'newsflow_indexer_paused_total',
    'Times a partition was paused because Elasticsearch could not take a bulk',
  );
  const pausedGauge = new Gauge({
    name: 'newsflow_indexer_paused_partitions',
    help: 'Partitions paused until Elasticsearch answers again',
    registers: [metrics],
  });
  const recordLag = consumerLagGauge(metrics);

  const recentPrints = new RecentPrints();
  const bulkWrite: BulkWrite = async (items) => {
    try {
      const groups = await duplicateGroups(
        elasticsearch,
        names,
        items.map((item) => item.article),
        recentPrints,
      );
      return await writeArticles(elasticsearch, names, items, { duplicateGroups: groups });
    } catch (error) {
      throw new BulkRequestFailed(
        isRetriableRequestError(error),
        error instanceof Error ? error.message : String(error),
        {
          cause: error,
        },
      );
    }
  };
  const gate = createResumeGate({
    probe: async () => {
      await elasticsearch.cluster.health({ timeout: '1s' });
    },
    maxBackoffMs: config.INDEXER_MAX_BACKOFF_MS,
    logger,
    onChange: (paused) => pausedGauge.set(paused),
  });

  const runner = await startConsumerRunner({
    kafka,
    logger,
    groupId: config.INDEXER_GROUP_ID ?? `${config.NEWSFLOW_PREFIX}-indexer`,
    topic: topics.enriched,
    sessionTimeoutMs: config.INDEXER_SESSION_TIMEOUT_MS,
    onBatchDone: recordLag,
    handleBatch: async (messages, context) => {
      const result = await indexBatch(messages, context, {
        bulkWrite,
        bulkSize: config.INDEXER_BULK_SIZE,
        maxBackoffMs: config.INDEXER_MAX_BACKOFF_MS,
        maxAttempts: config.INDEXER_MAX_ATTEMPTS,
        logger,
        now: () => new Date(),
        onUnavailable: (resume) => {
          unavailableTotal.inc();
          gate.add(resume);
        },
      });
      await retryWhileActive(
        () => publisher.publish(topics.deadLetter, result.deadLetters),
        context,
        logger,
        'publishing dead letters',
      );
      indexedTotal.inc(result.indexed);
      staleTotal.inc(result.stale);
      retriedTotal.inc(result.retried);
      deadLetteredTotal.inc(result.deadLetters.length);
    },
  });

  const { url: opsUrl, server: ops } = await startOpsServer({
    logger,
    host: config.INDEXER_OPS_HOST,
    port: config.INDEXER_OPS_PORT,
    checks: {
      kafka: kafkaReadinessCheck(kafka),
      elasticsearch: async () => {
        await elasticsearch.cluster.health({ timeout: '1s' });
      },
    },
    metrics,
  });
  logger.info({ opsUrl, topic: topics.enriched, alias: names.alias }, 'indexer running');

  return {
    opsUrl,
    stop: async () => {
      gate.close();
      await runner.stop();
      await publisher.disconnect();
      await elasticsearch.close();
      await ops.close();
    },
  };
}
