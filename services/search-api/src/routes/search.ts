import { articleLogger } from '@newsflow/observability';
import { executeSearch, findArticle } from '@newsflow/search';
import type { FastifyInstance } from 'fastify';
import { guarded, type RouteContext } from '../context.js';
import { problem } from '../errors.js';
import { ArticleParams, parseParams, SearchQuery, toSearchParams } from '../params.js';

export function registerSearchRoutes(app: FastifyInstance, context: RouteContext): void {
  const { client, names } = context;

  app.get(
    '/v1/search',
    guarded(async (request) => {
      const params = toSearchParams(parseParams(SearchQuery, request.query));
      return executeSearch(client, names, params);
    }),
  );

  app.get(
    '/v1/articles/:id',
    guarded(async (request) => {
      const { id } = parseParams(ArticleParams, request.params);
      const found = await findArticle(client, names, id);
      if (found === null)
        throw problem('NEWSFLOW_SEARCH_API_ARTICLE_NOT_FOUND', `no article with id ${JSON.stringify(id)}`);
      // The article's own correlation id, so one grep follows it from ingest to the analyst who read it.
      articleLogger(request.log, { articleId: id, correlationId: found.article.correlationId }).info(
        { revision: found.article.revision },
        'article served',
      );
      return found.article;
    }),
  );
}
