import { describe, expect, it } from '@jest/globals';
import type { FeedConfig } from '@newsflow/contracts';
import { FeedRegistry, generateKey, hashKey, mayWriteSource } from '@newsflow/feeds';

const feed = (id: string, key: string | undefined, extra: Partial<FeedConfig> = {}): FeedConfig => ({
  id,
  name: id,
  ...(key ? { keyHash: hashKey(key) } : {}),
  sources: ['*'],
  rateLimit: { perSecond: 1, burst: 1 },
  disabled: false,
  ...extra,
});

describe('FeedRegistry', () => {
  const alpha = generateKey();
  const beta = generateKey();
  const gone = generateKey();
  const registry = new FeedRegistry([
    feed('alpha', alpha),
    feed('beta', beta, { sources: ['beta.example'] }),
    feed('gone', gone, { disabled: true }),
    feed('pulled', undefined),
  ]);

  it('finds the feed of a valid key', () => {
    expect(registry.authenticate(`Bearer ${alpha}`)).toMatchObject({ ok: true, feed: { id: 'alpha' } });
    expect(registry.authenticate(`Bearer ${beta}`)).toMatchObject({ ok: true, feed: { id: 'beta' } });
  });

  it('tells a missing key from an invalid one, and treats a disabled feed as invalid', () => {
    expect(registry.authenticate(undefined)).toEqual({ ok: false, reason: 'missing' });
    expect(registry.authenticate('Basic x')).toEqual({ ok: false, reason: 'missing' });
    expect(registry.authenticate(`Bearer ${generateKey()}`)).toEqual({ ok: false, reason: 'invalid' });
    expect(registry.authenticate(`Bearer ${gone}`)).toEqual({ ok: false, reason: 'invalid' });
    expect(registry.authenticate(`Bearer ${alpha}x`)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('takes effect at once when replaced', () => {
    const copy = new FeedRegistry(registry.feeds);
    copy.replace([feed('alpha', generateKey())]);
    expect(copy.authenticate(`Bearer ${alpha}`).ok).toBe(false);
    expect(copy.byId('beta')).toBeUndefined();
  });

  it('lets a feed write only its sources', () => {
    expect(mayWriteSource(registry.byId('beta')!, 'beta.example')).toBe(true);
    expect(mayWriteSource(registry.byId('beta')!, 'alpha.example')).toBe(false);
    expect(mayWriteSource(registry.byId('alpha')!, 'anything')).toBe(true);
  });
});
