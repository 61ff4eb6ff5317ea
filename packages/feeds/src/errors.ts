export const FEEDS_ERROR_CODES = [
  /** The feeds file is missing, not JSON, or does not match the FeedsFile schema. */
  'NEWSFLOW_FEEDS_FILE_INVALID',
  /** A feed with this id or name already exists. */
  'NEWSFLOW_FEEDS_DUPLICATE',
  /** An RSS or Atom document could not be fetched or read. */
  'NEWSFLOW_FEEDS_PULL_FAILED',
] as const;
export type FeedsErrorCode = (typeof FEEDS_ERROR_CODES)[number];

/** Something about feeds is wrong; never carries a key, only ids, paths and causes. */
export class FeedsError extends Error {
  override readonly name = 'FeedsError';
  constructor(
    readonly code: FeedsErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
