import { z } from 'zod';

/**
 * Version of the message envelopes this code writes. Consumers accept this and the previous one, and
 * upgrade the previous one on read (the schemas below do it), so code past the decoder sees one shape.
 * - 1: first version.
 * - 2: dead letters record when the failed message was first written (`origin.timestamp`); raw and
 *   enriched articles keep the shape of version 1 and are only relabelled on read.
 */
export const SCHEMA_VERSION = 2;
export const PREVIOUS_SCHEMA_VERSION = 1;
export const ACCEPTED_SCHEMA_VERSIONS = [PREVIOUS_SCHEMA_VERSION, SCHEMA_VERSION] as const;
export type AcceptedSchemaVersion = (typeof ACCEPTED_SCHEMA_VERSIONS)[number];

const MAX_TITLE = 1_000;
const MAX_BODY = 1_000_000;

export const LanguageCode = z.string().regex(/^[a-z]{2}$/, 'an ISO 639-1 code such as "en"');
export const IsoDateTime = z.iso.datetime({ offset: true });

/** What a feed sends as JSON: one article. Unknown fields are ignored, never stored. */
export const ArticleInput = z.object({
  url: z.url({ protocol: /^https?$/ }).max(2_048),
  title: z.string().trim().min(1).max(MAX_TITLE),
  body: z.string().trim().min(1).max(MAX_BODY),
  source: z.string().trim().min(1).max(200),
  publishedAt: IsoDateTime,
  language: LanguageCode.optional(),
  authors: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
  tags: z.array(z.string().trim().min(1).max(200)).max(100).default([]),
  externalId: z.string().trim().min(1).max(200).optional(),
});
export type ArticleInput = z.infer<typeof ArticleInput>;

/** The article as the feed sent it: structured JSON, a scraped text page, or an HTML page. */
export const RawContent = z.discriminatedUnion('format', [
  z.object({ format: z.literal('article'), title: z.string(), body: z.string() }),
  z.object({ format: z.literal('scraped'), text: z.string().max(MAX_BODY) }),
  z.object({ format: z.literal('html'), html: z.string().max(MAX_BODY * 5) }),
]);
export type RawContent = z.infer<typeof RawContent>;

const RawArticleFields = z.object({
  schemaVersion: z.literal(ACCEPTED_SCHEMA_VERSIONS),
  id: z.string().min(1),
  /** Orders versions of one article: a replayed older revision never overwrites a newer one. */
  revision: z.number().int().nonnegative(),
  feedId: z.string().min(1),
  receivedAt: IsoDateTime,
  source: z.string().min(1),
  url: z.string().optional(),
  externalId: z.string().optional(),
  publishedAt: IsoDateTime.optional(),
  language: LanguageCode.optional(),
  authors: z.array(z.string()).default([]),
  tags: z.array(z.string()).default([]),
  content: RawContent,
});
type RawArticleFields = z.output<typeof RawArticleFields>;

/** Version 1 and 2 raw articles have the same fields: upgrading relabels the version. */
export function upgradeRawArticle(article: RawArticleFields): RawArticleFields {
  return article.schemaVersion === SCHEMA_VERSION ? article : { ...article, schemaVersion: SCHEMA_VERSION };
}

/**
 * Message on the raw topic: the source of truth that everything downstream can be rebuilt from.
 * Reads the current and the previous schema version (upgraded on read); unknown fields are dropped.
 */
export const RawArticle = RawArticleFields.transform(upgradeRawArticle);
export type RawArticle = z.output<typeof RawArticle>;
