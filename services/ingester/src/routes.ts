import type { AcceptedArticle, BatchItemResult, BatchResult, FeedConfig } from '@newsflow/contracts';
import { parseBatch, type IdempotencyCache, type RateLimiter } from '@newsflow/feeds';
import { decodeBody, HttpProblem, mediaType } from '@newsflow/http';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { chargeRate, feedOf } from './auth.js';
import type { IngesterConfig } from './config.js';
import { answerOnce } from './idempotency.js';
import { prepare, type Ingest, type Outgoing } from './ingest.js';
import {
  ARTICLE_MEDIA_TYPES,
  BATCH_MEDIA_TYPES,
  checkItem,
  readSubmission,
  requireMediaType,
} from './submission.js';

export interface RouteDeps {
  readonly config: IngesterConfig;
  readonly ingest: Ingest;
  readonly limiter: RateLimiter;
  readonly idempotency: IdempotencyCache;
  readonly isAccepting: () => boolean;
}

/** Paths as clients see them; fastify needs a literal ':' doubled. */
export const ROUTES = {
  article: '/v1/articles',
  batch: '/v1/articles:batch',
} as const;

const fastifyPath = (path: string): string => path.replaceAll(':', '::');

/** Every body arrives as bytes: decoded and parsed by the routes, so each error can be named exactly. */
export function registerBodyParsers(app: FastifyInstance): void {
  app.removeAllContentTypeParsers();
  const types = [...new Set<string>([...ARTICLE_MEDIA_TYPES, ...BATCH_MEDIA_TYPES])];
  app.addContentTypeParser(types, { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
}

function bodyOf(request: FastifyRequest): Buffer {
  return Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
}

export function registerArticleRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const refuseWhileStopping = (): void => {
    if (!deps.isAccepting()) {
      throw HttpProblem.of('NEWSFLOW_HTTP_UNAVAILABLE', 'the ingester is shutting down', {
        retryAfterSeconds: 5,
      });
    }
  };

  app.post(
    fastifyPath(ROUTES.article),
    { bodyLimit: deps.config.INGESTER_BODY_LIMIT },
    async (request, reply) => {
      refuseWhileStopping();
      const feed = feedOf(request);
      const type = mediaType(request.headers['content-type']);
      requireMediaType(type, ARTICLE_MEDIA_TYPES);
      const body = bodyOf(request);
      return answerOnce(deps.idempotency, request, reply, feed.id, body, async () => {
        const submission = readSubmission(
          type,
          decodeBody(body, request.headers['content-type']),
          request.query,
        );
        const prepared = prepare(feed, submission, new Date());
        if (!prepared.ok) throw HttpProblem.of(prepared.code, prepared.detail, { errors: prepared.errors });
        await deps.ingest.publish([{ article: prepared.article, correlationId: request.id }]);
        const answer: AcceptedArticle = {
          id: prepared.article.id,
          revision: prepared.article.revision,
          feedId: feed.id,
          correlationId: request.id,
        };
        return { status: 202, body: answer };
      });
    },
  );

  app.post(
    fastifyPath(ROUTES.batch),
    { bodyLimit: deps.config.INGESTER_BATCH_BODY_LIMIT },
    async (request, reply) => {
      refuseWhileStopping();
      const feed = feedOf(request);
      const type = mediaType(request.headers['content-type']);
      requireMediaType(type, BATCH_MEDIA_TYPES);
      const body = bodyOf(request);
      return answerOnce(deps.idempotency, request, reply, feed.id, body, async () => ({
        status: 200,
        body: await ingestBatch(
          deps,
          feed,
          request.id,
          type,
          decodeBody(body, request.headers['content-type']),
        ),
      }));
    },
  );
}

async function ingestBatch(
  deps: RouteDeps,
  feed: FeedConfig,
  requestId: string,
  type: string,
  text: string,
): Promise<BatchResult> {
  const parsed = parseBatch(text, type === 'application/x-ndjson' ? 'ndjson' : 'json', {
    maxItems: deps.config.INGESTER_BATCH_MAX_ITEMS,
  });
  if (!parsed.ok) {
    switch (parsed.kind) {
      case 'malformed':
        throw HttpProblem.of('NEWSFLOW_HTTP_MALFORMED_BODY', parsed.reason);
      case 'empty':
        throw HttpProblem.of('NEWSFLOW_HTTP_VALIDATION', parsed.reason, {
          errors: [{ pointer: '/', message: 'expected at least one article' }],
        });
      case 'too-many':
        throw HttpProblem.of('NEWSFLOW_HTTP_TOO_MANY_ITEMS', parsed.reason);
    }
  }
  // One token was taken when the request came in; each further article costs one more.
  chargeRate(deps.limiter, feed, parsed.entries.length - 1);

  const receivedAt = new Date();
  const items: BatchItemResult[] = [];
  /** The last item of each article id wins: publishing one id twice with one revision would be ambiguous. */
  const outgoing = new Map<string, Outgoing>();
  for (const entry of parsed.entries) {
    if (!entry.ok) {
      items.push({
        index: entry.index,
        status: 'rejected',
        code: 'NEWSFLOW_HTTP_MALFORMED_BODY',
        detail: entry.reason,
        errors: [{ pointer: '/', message: 'expected one JSON article on this line' }],
      });
      continue;
    }
    const checked = checkItem(entry.value);
    if (!checked.ok) {
      items.push({
        index: entry.index,
        status: 'rejected',
        code: checked.code,
        detail: checked.detail,
        errors: checked.errors,
      });
      continue;
    }
    const prepared = prepare(feed, checked.submission, receivedAt);
    if (!prepared.ok) {
      items.push({
        index: entry.index,
        status: 'rejected',
        code: prepared.code,
        detail: prepared.detail,
        errors: prepared.errors,
      });
      continue;
    }
    const { article } = prepared;
    outgoing.delete(article.id);
    outgoing.set(article.id, { article, correlationId: `${requestId}/${entry.index}` });
    items.push({ index: entry.index, status: 'accepted', id: article.id, revision: article.revision });
  }
  await deps.ingest.publish([...outgoing.values()]);
  const accepted = items.filter((item) => item.status === 'accepted').length;
  return { feedId: feed.id, correlationId: requestId, accepted, rejected: items.length - accepted, items };
}
