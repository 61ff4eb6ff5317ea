import { z } from 'zod';

/** A feed id: what goes onto every article and log line, so it stays short and safe to print. */
export const FeedId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]{0,62}$/, 'lowercase letters, digits, "-" or "_", 1 to 63 characters');
export type FeedId = z.infer<typeof FeedId>;

/** How an API key is stored: never the key itself, only `sha256:` and the hex digest of the key. */
export const KeyHash = z.string().regex(/^sha256:[0-9a-f]{64}$/, '"sha256:" followed by 64 hex digits');

/** Token bucket: `perSecond` articles refill, up to `burst` at once. */
export const FeedRateLimit = z.strictObject({
  perSecond: z.number().positive().max(1_000_000),
  burst: z.number().int().positive().max(1_000_000),
});
export type FeedRateLimit = z.infer<typeof FeedRateLimit>;

/** An RSS or Atom document the ingester fetches on a schedule, turning new items into articles. */
export const FeedPull = z.strictObject({
  url: z.url({ protocol: /^https?$/ }),
  /** Seconds between two polls when all is well. */
  intervalSeconds: z.number().int().min(1).max(86_400).default(300),
  /** Source given to the articles; defaults to the feed's only allowed source, else the URL's host. */
  source: z.string().trim().min(1).max(200).optional(),
});
export type FeedPull = z.infer<typeof FeedPull>;

/** One feed as configured in the file named by FEEDS_FILE. */
export const FeedConfig = z.strictObject({
  id: FeedId,
  name: z.string().trim().min(1).max(200),
  /** Absent for a feed that is only polled. */
  keyHash: KeyHash.optional(),
  /** Sources this feed may write; "*" allows any. */
  sources: z.array(z.string().trim().min(1).max(200)).min(1).default(['*']),
  rateLimit: FeedRateLimit.default({ perSecond: 50, burst: 200 }),
  pull: FeedPull.optional(),
  /** A disabled feed keeps its id and history but is refused (401) and not polled. */
  disabled: z.boolean().default(false),
});
export type FeedConfig = z.infer<typeof FeedConfig>;

/** The feeds file: `{ "feeds": [...] }`, ids unique. */
export const FeedsFile = z.strictObject({ feeds: z.array(FeedConfig) }).superRefine((file, ctx) => {
  const seen = new Set<string>();
  file.feeds.forEach((feed, index) => {
    if (seen.has(feed.id)) {
      ctx.addIssue({
        code: 'custom',
        path: ['feeds', index, 'id'],
        message: `duplicate feed id "${feed.id}"`,
      });
    }
    seen.add(feed.id);
  });
});
export type FeedsFile = z.infer<typeof FeedsFile>;

/** One field that is wrong: where (JSON pointer) and what was expected. */
export const ProblemFieldIssue = z.object({ pointer: z.string(), message: z.string() });

/** RFC 9457 problem details, as every error response of the HTTP services carries them. */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  /** Stable, documented code: match on this, never on the text. */
  code: z.string(),
  detail: z.string(),
  instance: z.string().optional(),
  errors: z.array(ProblemFieldIssue).optional(),
});
export type Problem = z.infer<typeof Problem>;

/** The answer to an accepted article: Kafka has it. */
export const AcceptedArticle = z.object({
  id: z.string(),
  revision: z.number().int().nonnegative(),
  feedId: z.string(),
  correlationId: z.string(),
});
export type AcceptedArticle = z.infer<typeof AcceptedArticle>;

/** One item of a batch answer, in the order of the request. */
export const BatchItemResult = z.discriminatedUnion('status', [
  z.object({
    index: z.number().int().nonnegative(),
    status: z.literal('accepted'),
    id: z.string(),
    revision: z.number().int().nonnegative(),
  }),
  z.object({
    index: z.number().int().nonnegative(),
    status: z.literal('rejected'),
    code: z.string(),
    detail: z.string(),
    errors: z.array(ProblemFieldIssue),
  }),
]);
export type BatchItemResult = z.infer<typeof BatchItemResult>;

export const BatchResult = z.object({
  feedId: z.string(),
  correlationId: z.string(),
  accepted: z.number().int().nonnegative(),
  rejected: z.number().int().nonnegative(),
  items: z.array(BatchItemResult),
});
export type BatchResult = z.infer<typeof BatchResult>;
