import { describe, expect, it } from '@jest/globals';
import { RateLimiter } from '@newsflow/feeds';

describe('RateLimiter', () => {
  const limit = { perSecond: 2, burst: 4 };

  it('lets a burst through, then refuses with the seconds until enough tokens are back', () => {
    let now = 0;
    const limiter = new RateLimiter({ now: () => now });
    for (let i = 0; i < 4; i++) expect(limiter.take('a', limit)).toEqual({ ok: true });
    expect(limiter.take('a', limit)).toEqual({ ok: false, retryAfterSeconds: 1 });
    now += 500;
    expect(limiter.take('a', limit)).toEqual({ ok: true });
    expect(limiter.take('a', limit, 3)).toEqual({ ok: false, retryAfterSeconds: 2 });
  });

  it('keeps feeds apart', () => {
    const limiter = new RateLimiter({ now: () => 0 });
    expect(limiter.take('a', limit, 4).ok).toBe(true);
    expect(limiter.take('a', limit).ok).toBe(false);
    expect(limiter.take('b', limit).ok).toBe(true);
  });

  it('charges a request bigger than the burst a full bucket, so it can pass once the bucket is full', () => {
    let now = 0;
    const limiter = new RateLimiter({ now: () => now });
    expect(limiter.take('a', limit, 100).ok).toBe(true);
    expect(limiter.take('a', limit, 100)).toEqual({ ok: false, retryAfterSeconds: 2 });
    now += 2_000;
    expect(limiter.take('a', limit, 100).ok).toBe(true);
  });

  it('takes nothing from a refused request', () => {
    const now = 0;
    const limiter = new RateLimiter({ now: () => now });
    limiter.take('a', limit, 3);
    expect(limiter.take('a', limit, 2).ok).toBe(false);
    expect(limiter.take('a', limit, 1).ok).toBe(true);
  });
});
