import { describe, expect, it } from '@jest/globals';
import { IdempotencyCache, requestFingerprint } from '@newsflow/feeds';

const response = (body = '{"id":"1"}') => ({ status: 202, contentType: 'application/json', body });

describe('IdempotencyCache', () => {
  it('replays the answer of a key with the same request, refuses it with another', () => {
    const cache = new IdempotencyCache();
    const first = cache.begin('feed', 'k1', 'fp1');
    expect(first.kind).toBe('new');
    expect(cache.begin('feed', 'k1', 'fp1').kind).toBe('in-progress');
    if (first.kind === 'new') first.complete(response());
    expect(cache.begin('feed', 'k1', 'fp1')).toEqual({ kind: 'replay', response: response() });
    expect(cache.begin('feed', 'k1', 'fp2')).toEqual({ kind: 'mismatch' });
  });

  it('scopes keys by feed', () => {
    const cache = new IdempotencyCache();
    const first = cache.begin('a', 'k', 'fp');
    if (first.kind === 'new') first.complete(response());
    expect(cache.begin('b', 'k', 'other').kind).toBe('new');
  });

  it('forgets an abandoned key, so the retry runs', () => {
    const cache = new IdempotencyCache();
    const first = cache.begin('feed', 'k', 'fp');
    if (first.kind === 'new') first.abandon();
    expect(cache.begin('feed', 'k', 'fp').kind).toBe('new');
  });

  it('forgets after the time to live', () => {
    let now = 0;
    const cache = new IdempotencyCache({ ttlMs: 1_000, now: () => now });
    const first = cache.begin('feed', 'k', 'fp');
    if (first.kind === 'new') first.complete(response());
    now = 999;
    expect(cache.begin('feed', 'k', 'fp').kind).toBe('replay');
    now = 1_001;
    expect(cache.begin('feed', 'k', 'fp2').kind).toBe('new');
  });

  it('stays within its entry and byte bounds, forgetting the oldest', () => {
    const cache = new IdempotencyCache({ maxEntries: 3, maxBytes: 10_000 });
    for (let i = 0; i < 10; i++) {
      const begin = cache.begin('feed', `k${i}`, 'fp');
      if (begin.kind === 'new') begin.complete(response('x'.repeat(100)));
    }
    expect(cache.size).toBe(3);
    expect(cache.begin('feed', 'k9', 'fp').kind).toBe('replay');
    expect(cache.begin('feed', 'k0', 'other').kind).toBe('new');

    const small = new IdempotencyCache({ maxBytes: 5_000 });
    for (let i = 0; i < 10; i++) {
      const begin = small.begin('feed', `k${i}`, 'fp');
      if (begin.kind === 'new') begin.complete(response('x'.repeat(1_000)));
    }
    expect(small.size).toBeLessThanOrEqual(5);
  });

  it('fingerprints method, path, type and body', () => {
    const base = { method: 'POST', path: '/v1/articles', contentType: 'application/json', body: '{}' };
    const fp = requestFingerprint(base);
    expect(requestFingerprint({ ...base })).toBe(fp);
    expect(requestFingerprint({ ...base, body: '{ }' })).not.toBe(fp);
    expect(requestFingerprint({ ...base, path: '/v1/articles?source=x' })).not.toBe(fp);
    expect(requestFingerprint({ ...base, contentType: 'text/plain' })).not.toBe(fp);
  });
});
