import { describe, expect, it } from '@jest/globals';
import { articleId } from '@newsflow/contracts';

describe('articleId', () => {
  it('is the same for the same url from the same feed, whatever the tracking parameters', () => {
    const a = articleId({ feedId: 'f1', url: 'https://www.example.org/a?utm_source=x#top', content: 'one' });
    const b = articleId({ feedId: 'f1', url: 'https://example.org/a', content: 'two' });
    expect(a).toBe(b);
    expect(a).toMatch(/^[0-9a-f]{32}$/);
  });

  it('differs between feeds and between urls', () => {
    const base = { url: 'https://example.org/a', content: 'x' };
    expect(articleId({ feedId: 'f1', ...base })).not.toBe(articleId({ feedId: 'f2', ...base }));
    expect(articleId({ feedId: 'f1', ...base })).not.toBe(
      articleId({ feedId: 'f1', url: 'https://example.org/b', content: 'x' }),
    );
  });

  it('prefers the external id, and falls back to the content with whitespace folded', () => {
    const byExternal = articleId({ feedId: 'f', externalId: 'e-1', url: 'https://a.org/1', content: 'x' });
    expect(articleId({ feedId: 'f', externalId: 'e-1', url: 'https://a.org/2', content: 'y' })).toBe(
      byExternal,
    );
    expect(articleId({ feedId: 'f', content: 'Some  page\n text' })).toBe(
      articleId({ feedId: 'f', content: 'Some page text ' }),
    );
  });
});
