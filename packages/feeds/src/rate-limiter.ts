import type { FeedRateLimit } from '@newsflow/contracts';

export type RateDecision = { readonly ok: true } | { readonly ok: false; readonly retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  updatedAt: number;
}

export interface RateLimiterOptions {
  /** Milliseconds; injectable for tests. */
  readonly now?: () => number;
  /** Buckets kept at most; the least recently used is forgotten (it would be full by now anyway). */
  readonly maxBuckets?: number;
}

/**
 * A token bucket per feed, in memory: `perSecond` tokens refill continuously up to `burst`. An
 * article costs one token; a request asking for more than `burst` is charged `burst`, so a full batch
 * needs a full bucket rather than being refused forever. A refused request takes no tokens.
 */
export class RateLimiter {
  readonly #buckets = new Map<string, Bucket>();
  readonly #now: () => number;
  readonly #maxBuckets: number;

  constructor(options: RateLimiterOptions = {}) {
    this.#now = options.now ?? Date.now;
    this.#maxBuckets = options.maxBuckets ?? 10_000;
  }

  take(feedId: string, limit: FeedRateLimit, cost = 1): RateDecision {
    const now = this.#now();
    const bucket = this.#buckets.get(feedId) ?? { tokens: limit.burst, updatedAt: now };
    bucket.tokens = Math.min(
      limit.burst,
      bucket.tokens + ((now - bucket.updatedAt) / 1_000) * limit.perSecond,
    );
    bucket.updatedAt = now;
    this.#buckets.delete(feedId);
    this.#buckets.set(feedId, bucket);
    if (this.#buckets.size > this.#maxBuckets) {
      const oldest = this.#buckets.keys().next().value;
      if (oldest !== undefined) this.#buckets.delete(oldest);
    }
    const needed = Math.min(Math.max(cost, 0), limit.burst);
    if (bucket.tokens >= needed) {
      bucket.tokens -= needed;
      return { ok: true };
    }
    const seconds = (needed - bucket.tokens) / limit.perSecond;
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(seconds)) };
  }
}
