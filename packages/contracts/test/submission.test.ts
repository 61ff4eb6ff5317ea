import { describe, expect, it } from '@jest/globals';
import {
  ArticleInput,
  RawArticle,
  toEnrichedArticle,
  toRawArticle,
  type Enrichment,
} from '@newsflow/contracts';

const receivedAt = new Date('2026-11-25T12:00:00.000Z');
const article = ArticleInput.parse({
  url: 'https://example.org/story',
  title: 'A title',
  body: 'A body.',
  source: 'example.org',
  publishedAt: '2026-11-24T08:00:00+01:00',
});

describe('toRawArticle', () => {
  it('builds a valid raw message whose revision orders re-submissions', () => {
    const raw = toRawArticle({ kind: 'article', article }, { feedId: 'feed-a', receivedAt });
    expect(RawArticle.parse(raw)).toEqual(raw);
    expect(raw.revision).toBe(receivedAt.getTime());
    expect(raw.content).toEqual({ format: 'article', title: 'A title', body: 'A body.' });
    const later = toRawArticle(
      { kind: 'article', article },
      { feedId: 'feed-a', receivedAt: new Date(receivedAt.getTime() + 1) },
    );
    expect(later.id).toBe(raw.id);
    expect(later.revision).toBeGreaterThan(raw.revision);
  });

  it('keeps a page as sent and names the feed as its source when none is given', () => {
    const raw = toRawArticle(
      { kind: 'scraped', page: 'Title\n\nBody', params: {} },
      { feedId: 'feed-b', receivedAt },
    );
    expect(raw.source).toBe('feed-b');
    expect(raw.content).toEqual({ format: 'scraped', text: 'Title\n\nBody' });
    expect(raw.publishedAt).toBeUndefined();
  });
});

describe('toEnrichedArticle', () => {
  it('dates an undated page by its arrival and carries the correlation id', () => {
    const raw = toRawArticle({ kind: 'html', page: '<p>x</p>', params: {} }, { feedId: 'f', receivedAt });
    const enrichment: Enrichment = {
      title: 't',
      body: 'b',
      publisherTags: [],
      hashtags: [],
      language: { code: 'en', confidence: 1 },
      entities: [],
      keywords: [],
      fingerprint: { simhash: '0123456789abcdef', bands: ['0:0123'] },
    };
    const enriched = toEnrichedArticle(raw, enrichment, {
      enrichedAt: receivedAt,
      enrichmentVersion: 'v1',
      correlationId: 'c-1',
    });
    expect(enriched.publishedAt).toBe(raw.receivedAt);
    expect(enriched.correlationId).toBe('c-1');
    expect(enriched.id).toBe(raw.id);
  });
});
