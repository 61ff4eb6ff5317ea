import { randomUUID } from 'node:crypto';
import { topicNames } from '@newsflow/contracts';
import { FeedPoller, IdempotencyCache, RateLimiter } from '@newsflow/feeds';
import { createHttpServer } from '@newsflow/http';
import { createKafka, createPublisher, ensureTopics, kafkaReadinessCheck, topicSpecs } from '@newsflow/kafka';
import { createMetricsRegistry, registerOpsRoutes, type Logger } from '@newsflow/observability';
import type { FastifyInstance } from 'fastify';
import { registerAuth } from './auth.js';
import type { IngesterConfig } from './config.js';
import { docsPage } from './docs-page.js';
import { loadFeeds } from './feeds.js';
import { createIngest, prepare, type Outgoing } from './ingest.js';
import { openApiDocument } from './openapi.js';
import { registerArticleRoutes, registerBodyParsers } from './routes.js';

export interface Ingester {
  readonly url: string;
  readonly app: FastifyInstance;
  /** Every route registered, as a client writes its path (fastify's doubled ':' undone). */
  readonly routes: ReadonlyArray<{ readonly method: string; readonly path: string }>;
  stop(): Promise<void>;
}

export async function startIngester(config: IngesterConfig, logger: Logger): Promise<Ingester> {
  // Feeds first: a missing or broken feeds file stops the start before anything connects.
  const feeds = loadFeeds(config, logger);
  const topics = topicNames(config.NEWSFLOW_PREFIX);
  const kafka = createKafka({ brokers: config.KAFKA_BROKERS, clientId: 'newsflow-ingester', logger });
  await ensureTopics(kafka, topicSpecs(topics), logger);
  const publisher = await createPublisher(kafka, {
    ackTimeoutMs: config.INGESTER_ACK_TIMEOUT_MS,
    maxInFlight: config.INGESTER_MAX_IN_FLIGHT,
  });

  const metrics = createMetricsRegistry('ingester');
  const ingest = createIngest({
    publisher,
    topics,
    logger,
    metrics,
    maxInFlight: config.INGESTER_MAX_IN_FLIGHT,
  });
  const limiter = new RateLimiter();
  const idempotency = new IdempotencyCache({
    ttlMs: config.INGESTER_IDEMPOTENCY_TTL_SECONDS * 1_000,
    maxEntries: config.INGESTER_IDEMPOTENCY_MAX_KEYS,
  });

  let accepting = true;
  const app = createHttpServer({
    logger,
    bodyLimit: config.INGESTER_BODY_LIMIT,
    requestTimeoutMs: config.INGESTER_REQUEST_TIMEOUT_MS,
  });
  const routes: Array<{ method: string; path: string }> = [];
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat())
      routes.push({ method, path: route.url.replaceAll('::', ':') });
  });
  registerBodyParsers(app);
  registerOpsRoutes(app, {
    checks: { kafka: kafkaReadinessCheck(kafka) },
    metrics,
    isAccepting: () => accepting,
  });
  registerAuth(app, feeds, limiter);
  registerArticleRoutes(app, { config, ingest, limiter, idempotency, isAccepting: () => accepting });

  const document = openApiDocument(config);
  const page = docsPage(document);
  app.get('/openapi.json', async () => document);
  app.get('/docs', async (_request, reply) => reply.type('text/html; charset=utf-8').send(page));

  const poller =
    config.INGESTER_POLL === 'on'
      ? new FeedPoller({
          feeds: () => feeds.registry.feeds,
          logger,
          concurrency: config.INGESTER_POLL_CONCURRENCY,
          timeoutMs: config.INGESTER_POLL_TIMEOUT_MS,
          maxBackoffMs: config.INGESTER_POLL_MAX_BACKOFF_MS,
          deliver: async (feed, submissions) => {
            const correlationId = `poll-${randomUUID()}`;
            const receivedAt = new Date();
            const outgoing = new Map<string, Outgoing>();
            submissions.forEach((submission, index) => {
              const prepared = prepare(feed, submission, receivedAt);
              if (prepared.ok) {
                outgoing.set(prepared.article.id, {
                  article: prepared.article,
                  correlationId: `${correlationId}/${index}`,
                });
              } else {
                logger.warn(
                  { feedId: feed.id, code: prepared.code, detail: prepared.detail },
                  'polled item refused',
                );
              }
            });
            await ingest.publish([...outgoing.values()]);
          },
        })
      : undefined;

  const address = await app.listen({ host: config.INGESTER_HOST, port: config.INGESTER_PORT });
  poller?.start();
  logger.info(
    {
      url: address,
      auth: config.INGESTER_AUTH,
      feeds: feeds.registry.feeds.length,
      polling: config.INGESTER_POLL,
    },
    'ingester listening',
  );

  return {
    url: address,
    app,
    routes,
    stop: async () => {
      accepting = false;
      await poller?.stop();
      feeds.close();
      // close() waits for requests in flight, whose publishes finish or fail before we disconnect.
      await app.close();
      await publisher.disconnect();
    },
  };
}
