import type { FeedConfig } from '@newsflow/contracts';
import { HttpProblem } from '@newsflow/http';
import type { RateLimiter } from '@newsflow/feeds';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { LoadedFeeds } from './feeds.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The authenticated feed of a /v1 request. */
    feed: FeedConfig | null;
  }
}

/** The feed of a request that went through the auth hook. */
export function feedOf(request: FastifyRequest): FeedConfig {
  if (!request.feed) throw HttpProblem.of('NEWSFLOW_HTTP_UNAUTHORIZED', 'no feed authenticated');
  return request.feed;
}

/** Charges a feed's rate limit; 429 with Retry-After when it is over. */
export function chargeRate(limiter: RateLimiter, feed: FeedConfig, cost: number): void {
  if (cost <= 0) return;
  const decision = limiter.take(feed.id, feed.rateLimit, cost);
  if (!decision.ok) {
    throw HttpProblem.of(
      'NEWSFLOW_HTTP_RATE_LIMITED',
      `feed "${feed.id}" is over its rate of ${feed.rateLimit.perSecond} articles/s (burst ${feed.rateLimit.burst}); retry in ${decision.retryAfterSeconds} s`,
      { retryAfterSeconds: decision.retryAfterSeconds },
    );
  }
}

/**
 * Every /v1 request: the feed from `Authorization: Bearer <key>` (401 without a valid one), its id on
 * every later log line of the request, and one token of its rate limit (429), all before the body is read.
 */
export function registerAuth(app: FastifyInstance, feeds: LoadedFeeds, limiter: RateLimiter): void {
  app.decorateRequest('feed', null);
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/v1/')) return;
    let feed = feeds.anonymous;
    if (!feed) {
      const auth = feeds.registry.authenticate(request.headers.authorization);
      if (!auth.ok) {
        const missing = auth.reason === 'missing';
        throw HttpProblem.of(
          'NEWSFLOW_HTTP_UNAUTHORIZED',
          missing ? 'send the feed\'s API key as "Authorization: Bearer <key>"' : 'the API key is not valid',
          {
            headers: {
              'www-authenticate': `Bearer realm="newsflow"${missing ? '' : ', error="invalid_token"'}`,
            },
          },
        );
      }
      feed = auth.feed;
    }
    request.feed = feed;
    request.log = request.log.child({ feedId: feed.id });
    reply.log = request.log;
    chargeRate(limiter, feed, 1);
  });
}
