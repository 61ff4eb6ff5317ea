import { createHash } from 'node:crypto';
import { EnrichedArticle, type Entity } from '@newsflow/contracts';

/** Test helper: a valid enriched article, with mentions computed from the text. */
export function entity(type: Entity['type'], name: string, text: string, salience = 0.5): Entity {
  const mentions: Entity['mentions'] = [];
  let from = 0;
  for (;;) {
    const start = text.indexOf(name, from);
    if (start < 0) break;
    mentions.push({ field: 'body', start, end: start + name.length, text: name });
    from = start + name.length;
  }
  return { type, name, mentions, count: Math.max(1, mentions.length), salience };
}

let counter = 0;

export interface ArticleSpec {
  readonly id?: string;
  readonly revision?: number;
  readonly title?: string;
  readonly body?: string;
  readonly source?: string;
  readonly feedId?: string;
  readonly publishedAt?: string;
  readonly language?: string;
  readonly tags?: string[];
  readonly people?: string[];
  readonly orgs?: string[];
  readonly locations?: string[];
  readonly keywords?: string[];
  readonly simhash?: string;
  readonly url?: string;
}

export function article(spec: ArticleSpec = {}): EnrichedArticle {
  counter += 1;
  const body = spec.body ?? `Body of test article ${counter} about nothing in particular.`;
  // Unrelated fixtures get unrelated simhashes (about 32 bits apart), so none is a near-duplicate of another.
  const simhash = spec.simhash ?? createHash('sha256').update(String(counter)).digest('hex').slice(0, 16);
  return EnrichedArticle.parse({
    schemaVersion: 1,
    id: spec.id ?? `article-${counter}`,
    revision: spec.revision ?? 1,
    feedId: spec.feedId ?? 'feed-a',
    source: spec.source ?? 'Test Wire',
    ...(spec.url === undefined ? { url: `https://news.example/${counter}` } : { url: spec.url }),
    title: spec.title ?? `Test article ${counter}`,
    body,
    authors: ['A. Writer'],
    tags: spec.tags ?? ['world'],
    publisherTags: ['news'],
    hashtags: [],
    language: { code: spec.language ?? 'en', confidence: 0.99 },
    entities: [
      ...(spec.people ?? []).map((n) => entity('PERSON', n, body, 0.9)),
      ...(spec.orgs ?? []).map((n) => entity('ORG', n, body, 0.6)),
      ...(spec.locations ?? []).map((n) => entity('LOCATION', n, body, 0.4)),
    ],
    keywords: (spec.keywords ?? ['test']).map((text, i) => ({ text, score: 1 - i / 10 })),
    fingerprint: { simhash, bands: [0, 1, 2, 3].map((b) => `${b}:${simhash.slice(b * 4, b * 4 + 4)}`) },
    publishedAt: spec.publishedAt ?? '2025-03-10T12:00:00.000Z',
    receivedAt: '2025-03-10T12:00:05.000Z',
    enrichedAt: '2025-03-10T12:00:06.000Z',
    enrichmentVersion: 'test-1',
  });
}
