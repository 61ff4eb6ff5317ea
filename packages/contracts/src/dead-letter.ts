import { z } from 'zod';
import { ACCEPTED_SCHEMA_VERSIONS, IsoDateTime } from './raw-article.js';

/** Everything needed to understand a failed message and replay it to where it came from. */
export const DeadLetter = z.object({
  schemaVersion: z.literal(ACCEPTED_SCHEMA_VERSIONS),
  origin: z.object({
    topic: z.string(),
    partition: z.number().int().nonnegative(),
    offset: z.string(),
    /** Message key as UTF-8, or null when the message had none. */
    key: z.string().nullable(),
    headers: z.record(z.string(), z.string()),
  }),
  /** The original message value, base64, byte for byte. */
  payload: z.string(),
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
  attempts: z.number().int().positive(),
  firstFailedAt: IsoDateTime,
  lastFailedAt: IsoDateTime,
  service: z.string(),
  correlationId: z.string().optional(),
  articleId: z.string().optional(),
});
export type DeadLetter = z.infer<typeof DeadLetter>;
