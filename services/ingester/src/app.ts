import {
  encodeMessage,
  HEADERS,
  SCHEMA_VERSION,
  toRawArticle,
  topicNames,
  type RawArticle,
} from '@newsflow/contracts';
import { createHttpServer, HttpProblem } from '@newsflow/http';
import {
  createKafka,
  createPublisher,
  ensureTopics,
  kafkaReadinessCheck,
  KafkaUnavailableError,
  topicSpecs,
  type Publisher,
} from '@newsflow/kafka';
import {
  articleLogger,
  Counter,
  createMetricsRegistry,
  Histogram,
  registerOpsRoutes,
  type Logger,
} from '@newsflow/observability';
import type { FastifyInstance } from 'fastify';
import type { IngesterConfig } from './config.js';
import { readSubmission } from './submission.js';

export interface Ingester {
  readonly url: string;
  readonly app: FastifyInstance;
  stop(): Promise<void>;
}

/** Seconds a feed should wait before retrying when Kafka did not take its article. */
const RETRY_AFTER_SECONDS = 5;

export async function startIngester(config: IngesterConfig, logger: Logger): Promise<Ingester> {
  const topics = topicNames(config.NEWSFLOW_PREFIX);
  const kafka = createKafka({ brokers: config.KAFKA_BROKERS, clientId: 'newsflow-ingester', logger });
  await ensureTopics(kafka, topicSpecs(topics), logger);
  const publisher: Publisher = await createPublisher(kafka, { ackTimeoutMs: config.INGESTER_ACK_TIMEOUT_MS });

  const metrics = createMetricsRegistry('ingester');
  const accepted = new Counter({
    name: 'newsflow_ingest_accepted_total',
    help: 'Articles acknowledged by Kafka and answered 202',
    registers: [metrics],
  });
  const unavailable = new Counter({
    name: 'newsflow_ingest_unavailable_total',
    help: 'Articles answered 503 because Kafka did not acknowledge them',
    registers: [metrics],
  });
  const ackLatency = new Histogram({
    name: 'newsflow_ingest_ack_seconds',
    help: 'Time from request to Kafka acknowledgement',
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [metrics],
  });

  let accepting = true;
  const app = createHttpServer({ logger, bodyLimit: config.INGESTER_BODY_LIMIT });
  app.addContentTypeParser('text/html', { parseAs: 'string' }, (_request, body, done) => done(null, body));
  registerOpsRoutes(app, { checks: { kafka: kafkaReadinessCheck(kafka) }, metrics, isAccepting: () => accepting });

  const publishRaw = async (article: RawArticle, correlationId: string): Promise<void> => {
    const stopTimer = ackLatency.startTimer();
    try {
      await publisher.publish(topics.raw, [
        {
          key: article.id,
          value: encodeMessage(article),
          headers: {
            [HEADERS.correlationId]: correlationId,
            [HEADERS.schemaVersion]: String(SCHEMA_VERSION),
            [HEADERS.feedId]: article.feedId,
            [HEADERS.articleId]: article.id,
          },
        },
      ]);
    } catch (error) {
      if (!(error instanceof KafkaUnavailableError)) throw error;
      unavailable.inc();
      throw HttpProblem.of('NEWSFLOW_HTTP_UNAVAILABLE', 'Kafka did not acknowledge the article; retry later', {
        retryAfterSeconds: RETRY_AFTER_SECONDS,
        cause: error,
      });
    } finally {
      stopTimer();
    }
  };

  app.post('/v1/articles', async (request, reply) => {
    if (!accepting) {
      throw HttpProblem.of('NEWSFLOW_HTTP_UNAVAILABLE', 'the ingester is shutting down', {
        retryAfterSeconds: RETRY_AFTER_SECONDS,
      });
    }
    const submission = readSubmission(request);
    const article = toRawArticle(submission, { feedId: config.INGESTER_DEFAULT_FEED, receivedAt: new Date() });
    const correlationId = request.id;
    await publishRaw(article, correlationId);
    accepted.inc();
    articleLogger(logger, { articleId: article.id, correlationId, feedId: article.feedId }).info(
      { revision: article.revision, format: article.content.format, source: article.source },
      'article accepted',
    );
    return reply.code(202).send({ id: article.id, revision: article.revision, correlationId });
  });

  const address = await app.listen({ host: config.INGESTER_HOST, port: config.INGESTER_PORT });
  logger.info({ url: address }, 'ingester listening');

  return {
    url: address,
    app,
    stop: async () => {
      accepting = false;
      // close() waits for requests in flight, whose publishes finish or fail before we disconnect.
      await app.close();
      await publisher.disconnect();
    },
  };
}
