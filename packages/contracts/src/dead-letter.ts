import { z } from 'zod';
import { IsoDateTime, PREVIOUS_SCHEMA_VERSION, SCHEMA_VERSION } from './raw-article.js';

const OriginV1 = z.object({
  topic: z.string(),
  partition: z.number().int().nonnegative(),
  offset: z.string(),
  /** Message key as UTF-8, or null when the message had none. */
  key: z.string().nullable(),
  headers: z.record(z.string(), z.string()),
});

const Origin = OriginV1.extend({
  /** Since version 2: when the failed message was written to its topic (Kafka timestamp, ms), null if unknown. */
  timestamp: z.string().regex(/^\d+$/, 'milliseconds since the epoch').nullable(),
});

const letterFields = {
  /** The original message value, base64, byte for byte. */
  payload: z.string(),
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
  attempts: z.number().int().positive(),
  firstFailedAt: IsoDateTime,
  lastFailedAt: IsoDateTime,
  service: z.string(),
  correlationId: z.string().optional(),
  articleId: z.string().optional(),
};

const DeadLetterV1 = z.object({
  schemaVersion: z.literal(PREVIOUS_SCHEMA_VERSION),
  origin: OriginV1,
  ...letterFields,
});
const DeadLetterV2 = z.object({ schemaVersion: z.literal(SCHEMA_VERSION), origin: Origin, ...letterFields });
type DeadLetterV1 = z.output<typeof DeadLetterV1>;
type DeadLetterV2 = z.output<typeof DeadLetterV2>;

/** A version 1 dead letter did not record when the original message was written: it is unknown. */
export function upgradeDeadLetter(letter: DeadLetterV1 | DeadLetterV2): DeadLetterV2 {
  if (letter.schemaVersion === SCHEMA_VERSION) return letter;
  return { ...letter, schemaVersion: SCHEMA_VERSION, origin: { ...letter.origin, timestamp: null } };
}

/**
 * Everything needed to understand a failed message and replay it to where it came from.
 * Reads versions 1 and 2; a version 1 letter is upgraded on read.
 */
export const DeadLetter = z
  .discriminatedUnion('schemaVersion', [DeadLetterV1, DeadLetterV2])
  .transform(upgradeDeadLetter);
export type DeadLetter = z.output<typeof DeadLetter>;
