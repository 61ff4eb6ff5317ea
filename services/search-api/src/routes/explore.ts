import { executeEntities, executeRelated, executeTrends, parseWindow } from '@newsflow/search';
import type { FastifyInstance } from 'fastify';
import { guarded, type RouteContext } from '../context.js';
import { problem } from '../errors.js';
import {
  ArticleParams,
  EntitiesQuery,
  parseParams,
  RelatedQuery,
  toFilters,
  TrendsQuery,
} from '../params.js';

/** Related articles, entity autocomplete and trends. */
export function registerExploreRoutes(app: FastifyInstance, context: RouteContext): void {
  const { client, names } = context;

  app.get(
    '/v1/articles/:id/related',
    guarded(async (request) => {
      const { id } = parseParams(ArticleParams, request.params);
      const { size } = parseParams(RelatedQuery, request.query);
      const hits = await executeRelated(client, names, id, size);
      if (hits === null)
        throw problem('NEWSFLOW_SEARCH_API_ARTICLE_NOT_FOUND', `no article with id ${JSON.stringify(id)}`);
      return { id, hits };
    }),
  );

  app.get(
    '/v1/entities',
    guarded(async (request) => {
      const query = parseParams(EntitiesQuery, request.query);
      const entities = await executeEntities(client, names, {
        prefix: query.prefix,
        kind: query.type,
        size: query.size,
      });
      return { entities };
    }),
  );

  app.get(
    '/v1/trends',
    guarded(async (request) => {
      const query = parseParams(TrendsQuery, request.query);
      return executeTrends(client, names, toFilters(query), {
        windowMs: parseWindow(query.window),
        kind: query.type,
        size: query.size,
        now: () => new Date(),
      });
    }),
  );
}
