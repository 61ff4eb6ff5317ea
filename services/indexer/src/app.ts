import { Client } from '@elastic/elasticsearch';
import { topicNames } from '@newsflow/contracts';
import { createHttpServer } from '@newsflow/http';
import {
  createKafka,
  createPublisher,
  ensureTopics,
  kafkaReadinessCheck,
  retryWhileActive,
  startConsumerRunner,
  topicSpecs,
} from '@newsflow/kafka';
import { Counter, createMetricsRegistry, registerOpsRoutes, type Logger } from '@newsflow/observability';
import { bulkOperations, classifyBulkItems, ensureIndex, indexNames } from '@newsflow/search';
import type { IndexerConfig } from './config.js';
import { indexBatch, type BulkWrite } from './index-batch.js';

export interface Indexer {
  readonly opsUrl: string;
  stop(): Promise<void>;
}

export async function startIndexer(config: IndexerConfig, logger: Logger): Promise<Indexer> {
  const topics = topicNames(config.NEWSFLOW_PREFIX);
  const names = indexNames(config.NEWSFLOW_PREFIX);
  // Retries are ours (per item, with backoff); the client's own would resend whole bulks blindly.
  const elasticsearch = new Client({ node: config.ELASTICSEARCH_URL, maxRetries: 0, requestTimeout: 30_000 });
  await ensureIndex(elasticsearch, names);

  const kafka = createKafka({ brokers: config.KAFKA_BROKERS, clientId: 'newsflow-indexer', logger });
  await ensureTopics(kafka, topicSpecs(topics), logger);
  const publisher = await createPublisher(kafka);

  const metrics = createMetricsRegistry('indexer');
  const counter = (name: string, help: string): Counter => new Counter({ name, help, registers: [metrics] });
  const indexedTotal = counter('newsflow_indexed_total', 'Articles written to Elasticsearch');
  const staleTotal = counter('newsflow_index_stale_total', 'Articles skipped because a newer revision is indexed');
  const deadLetteredTotal = counter('newsflow_indexer_dead_lettered_total', 'Articles sent to the dead-letter topic');

  const bulkWrite: BulkWrite = async (articles) => {
    const response = await elasticsearch.bulk({ operations: bulkOperations(articles, names) });
    return classifyBulkItems(response);
  };

  const runner = await startConsumerRunner({
    kafka,
    logger,
    groupId: config.INDEXER_GROUP_ID ?? `${config.NEWSFLOW_PREFIX}-indexer`,
    topic: topics.enriched,
    handleBatch: async (messages, context) => {
      const result = await indexBatch(messages, context, {
        bulkWrite,
        bulkSize: config.INDEXER_BULK_SIZE,
        maxBackoffMs: config.INDEXER_MAX_BACKOFF_MS,
        logger,
        now: () => new Date(),
      });
      await retryWhileActive(
        () => publisher.publish(topics.deadLetter, result.deadLetters),
        context,
        logger,
        'publishing dead letters',
      );
      indexedTotal.inc(result.indexed);
      staleTotal.inc(result.stale);
      deadLetteredTotal.inc(result.deadLetters.length);
    },
  });

  const ops = createHttpServer({ logger });
  registerOpsRoutes(ops, {
    checks: {
      kafka: kafkaReadinessCheck(kafka),
      elasticsearch: async () => {
        await elasticsearch.cluster.health({ timeout: '1s' });
      },
    },
    metrics,
  });
  const opsUrl = await ops.listen({ host: config.INDEXER_OPS_HOST, port: config.INDEXER_OPS_PORT });
  logger.info({ opsUrl, topic: topics.enriched, alias: names.alias }, 'indexer running');

  return {
    opsUrl,
    stop: async () => {
      await runner.stop();
      await publisher.disconnect();
      await elasticsearch.close();
      await ops.close();
    },
  };
}
