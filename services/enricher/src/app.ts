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
import { consumerLagGauge, Counter, createMetricsRegistry, type Logger } from '@newsflow/observability';
import type { EnricherConfig } from './config.js';
import { processBatch } from './process-batch.js';
import { publishOutcome } from './publish-outcome.js';

export interface Enricher {
  readonly opsUrl: string;
  stop(): Promise<void>;
}

export async function startEnricher(config: EnricherConfig, logger: Logger): Promise<Enricher> {
  const topics = topicNames(config.NEWSFLOW_PREFIX);
  const kafka = createKafka({ brokers: config.KAFKA_BROKERS, clientId: 'newsflow-enricher', logger });
  await ensureTopics(kafka, topicSpecs(topics), logger);
  const publisher = await createPublisher(kafka);

  const metrics = createMetricsRegistry('enricher');
  const enrichedTotal = new Counter({
    name: 'newsflow_enriched_total',
    help: 'Articles enriched and published',
    registers: [metrics],
  });
  const deadLetteredTotal = new Counter({
    name: 'newsflow_enricher_dead_lettered_total',
    help: 'Raw messages sent to the dead-letter topic',
    registers: [metrics],
  });

  const recordLag = consumerLagGauge(metrics);

  const runner = await startConsumerRunner({
    kafka,
    logger,
    groupId: config.ENRICHER_GROUP_ID ?? `${config.NEWSFLOW_PREFIX}-enricher`,
    topic: topics.raw,
    sessionTimeoutMs: config.ENRICHER_SESSION_TIMEOUT_MS,
    onBatchDone: recordLag,
    handleBatch: async (messages, context) => {
      const now = (): Date => new Date();
      const outcome = processBatch(messages, logger, now);
      // Both topics in one request: the offsets are committed only after both are acknowledged.
      const refused = await retryWhileActive(
        () => publishOutcome(publisher, topics, outcome, logger, now),
        context,
        logger,
        'publishing enriched articles',
      );
      enrichedTotal.inc(outcome.enriched.length - refused);
      deadLetteredTotal.inc(outcome.deadLetters.length + refused);
    },
  });

  const { url: opsUrl, server: ops } = await startOpsServer({
    logger,
    host: config.ENRICHER_OPS_HOST,
    port: config.ENRICHER_OPS_PORT,
    checks: { kafka: kafkaReadinessCheck(kafka) },
    metrics,
  });
  logger.info({ opsUrl, topic: topics.raw }, 'enricher running');

  return {
    opsUrl,
    stop: async () => {
      await runner.stop();
      await publisher.disconnect();
      await ops.close();
    },
  };
}
