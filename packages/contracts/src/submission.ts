import { z } from 'zod';
import { articleId } from './ids.js';
import type { ArticleInput } from './raw-article.js';
import { IsoDateTime, LanguageCode, SCHEMA_VERSION, type RawArticle } from './raw-article.js';
import type { EnrichedArticle, Enrichment } from './enriched-article.js';

/** Metadata of a page pushed as text or HTML, given as query parameters. */
export const PageSubmissionParams = z.object({
  source: z.string().trim().min(1).max(200).optional(),
  url: z
    .url({ protocol: /^https?$/ })
    .max(2_048)
    .optional(),
  publishedAt: IsoDateTime.optional(),
  language: LanguageCode.optional(),
  externalId: z.string().trim().min(1).max(200).optional(),
});
export type PageSubmissionParams = z.infer<typeof PageSubmissionParams>;

/** One article as a feed submitted it, after validation. */
export type Submission =
  | { readonly kind: 'article'; readonly article: ArticleInput }
  | { readonly kind: 'scraped' | 'html'; readonly page: string; readonly params: PageSubmissionParams };

export interface SubmissionContext {
  readonly feedId: string;
  readonly receivedAt: Date;
}

/** The raw-topic message for a submission: a stable id, and a revision that orders re-submissions. */
export function toRawArticle(submission: Submission, context: SubmissionContext): RawArticle {
  const common = {
    schemaVersion: SCHEMA_VERSION,
    revision: context.receivedAt.getTime(),
    feedId: context.feedId,
    receivedAt: context.receivedAt.toISOString(),
  } as const;
  if (submission.kind === 'article') {
    const { article } = submission;
    return {
      ...common,
      id: articleId({
        feedId: context.feedId,
        url: article.url,
        externalId: article.externalId,
        content: `${article.title}\n${article.body}`,
      }),
      source: article.source,
      url: article.url,
      ...(article.externalId ? { externalId: article.externalId } : {}),
      publishedAt: article.publishedAt,
      ...(article.language ? { language: article.language } : {}),
      authors: article.authors,
      tags: article.tags,
      content: { format: 'article', title: article.title, body: article.body },
    };
  }
  const { page, params } = submission;
  return {
    ...common,
    id: articleId({ feedId: context.feedId, url: params.url, externalId: params.externalId, content: page }),
    source: params.source ?? context.feedId,
    ...(params.url ? { url: params.url } : {}),
    ...(params.externalId ? { externalId: params.externalId } : {}),
    ...(params.publishedAt ? { publishedAt: params.publishedAt } : {}),
    ...(params.language ? { language: params.language } : {}),
    authors: [],
    tags: [],
    content:
      submission.kind === 'scraped' ? { format: 'scraped', text: page } : { format: 'html', html: page },
  };
}

export interface EnrichmentStamp {
  readonly enrichedAt: Date;
  readonly enrichmentVersion: string;
  readonly correlationId?: string | undefined;
}

/** The enriched-topic message: the raw article's identity and metadata with what the enrichment found. */
export function toEnrichedArticle(
  raw: RawArticle,
  enrichment: Enrichment,
  stamp: EnrichmentStamp,
): EnrichedArticle {
  return {
    ...enrichment,
    schemaVersion: SCHEMA_VERSION,
    id: raw.id,
    revision: raw.revision,
    feedId: raw.feedId,
    source: raw.source,
    ...(raw.url ? { url: raw.url } : {}),
    ...(raw.externalId ? { externalId: raw.externalId } : {}),
    authors: raw.authors,
    tags: raw.tags,
    // A page without a date is dated by its arrival, so date filters and time-based indices still work.
    publishedAt: raw.publishedAt ?? raw.receivedAt,
    receivedAt: raw.receivedAt,
    enrichedAt: stamp.enrichedAt.toISOString(),
    enrichmentVersion: stamp.enrichmentVersion,
    ...(stamp.correlationId ? { correlationId: stamp.correlationId } : {}),
  };
}
