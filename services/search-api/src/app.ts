import { Client } from '@elastic/elasticsearch';
import { createHttpServer } from '@newsflow/http';
import { createMetricsRegistry, Histogram, registerOpsRoutes, type Logger } from '@newsflow/observability';
import { indexNames } from '@newsflow/search';
import type { FastifyInstance } from 'fastify';
import type { SearchApiConfig } from './config.js';
import type { RouteContext } from './context.js';
import { registerExploreRoutes } from './routes/explore.js';
import { registerExportRoutes } from './routes/export.js';
import { registerSearchRoutes } from './routes/search.js';
import { registerUiRoutes } from './routes/ui.js';

export interface BuildOptions {
  readonly client: Client;
  readonly logger: Logger;
  /** Prefix of the index names (NEWSFLOW_PREFIX). */
  readonly prefix: string;
  /** Most rows one export streams. Default 100 000. */
  readonly exportLimit?: number;
}

export interface SearchApi {
  readonly url: string;
  readonly app: FastifyInstance;
  stop(): Promise<void>;
}

/** The fastify app with every route, not listening: start it, or drive it with `inject` in tests. */
export function buildApp(options: BuildOptions): FastifyInstance {
  const { client, logger } = options;
  const context: RouteContext = {
    client,
    logger,
    names: indexNames(options.prefix),
    exportLimit: options.exportLimit ?? 100_000,
  };
  const app = createHttpServer({ logger });

  const metrics = createMetricsRegistry('search-api');
  const duration = new Histogram({
    name: 'newsflow_search_api_request_seconds',
    help: 'Time to answer a request, by route and status',
    labelNames: ['route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [metrics],
  });
  app.addHook('onResponse', async (request, reply) => {
    duration.observe(
      { route: request.routeOptions.url ?? 'unknown', status: String(reply.statusCode) },
      reply.elapsedTime / 1_000,
    );
  });

  registerOpsRoutes(app, {
    checks: {
      elasticsearch: async () => {
        await client.cluster.health({ timeout: '1s' });
      },
    },
    metrics,
  });
  registerSearchRoutes(app, context);
  registerExploreRoutes(app, context);
  registerExportRoutes(app, context);
  registerUiRoutes(app);
  return app;
}

export async function startSearchApi(config: SearchApiConfig, logger: Logger): Promise<SearchApi> {
  const client = new Client({
    node: config.ELASTICSEARCH_URL,
    requestTimeout: config.SEARCH_API_ES_TIMEOUT_MS,
    maxRetries: 1,
  });
  const app = buildApp({
    client,
    logger,
    prefix: config.NEWSFLOW_PREFIX,
    exportLimit: config.SEARCH_API_EXPORT_LIMIT,
  });
  const url = await app.listen({ host: config.SEARCH_API_HOST, port: config.SEARCH_API_PORT });
  logger.info({ url, alias: indexNames(config.NEWSFLOW_PREFIX).alias }, 'search-api listening');
  return {
    url,
    app,
    stop: async () => {
      // close() lets requests in flight finish (new ones get 503) before Elasticsearch goes away.
      await app.close();
      await client.close();
    },
  };
}
