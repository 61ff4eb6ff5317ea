export const CLI_ERROR_CODES = [
  'NEWSFLOW_CLI_USAGE',
  'NEWSFLOW_CLI_INPUT',
  'NEWSFLOW_CLI_TRANSPORT',
  'NEWSFLOW_CLI_TIMEOUT',
  'NEWSFLOW_CLI_RESPONSE',
] as const;
export type CliErrorCode = (typeof CLI_ERROR_CODES)[number];

/** Base of every error the CLI raises on purpose. */
export class CliError extends Error {
  override readonly name: string = 'CliError';
  constructor(
    readonly code: CliErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The command line is wrong: the command prints its usage and exits 2. */
export class UsageError extends CliError {
  override readonly name = 'UsageError';
  constructor(message: string, options?: { cause?: unknown }) {
    super('NEWSFLOW_CLI_USAGE', message, options);
  }
}

/** A file or folder named on the command line cannot be read. */
export class InputError extends CliError {
  override readonly name = 'InputError';
  constructor(
    message: string,
    readonly path: string,
    options?: { cause?: unknown },
  ) {
    super('NEWSFLOW_CLI_INPUT', message, options);
  }
}

/** The request never got an HTTP answer: connection refused, reset, DNS failure or timeout. Retryable. */
export class TransportError extends CliError {
  override readonly name = 'TransportError';
  constructor(
    code: 'NEWSFLOW_CLI_TRANSPORT' | 'NEWSFLOW_CLI_TIMEOUT',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(code, message, options);
  }
}

/** The server answered something the CLI cannot read (e.g. a 202 without an id). */
export class ResponseError extends CliError {
  override readonly name = 'ResponseError';
  constructor(
    message: string,
    readonly status: number,
    options?: { cause?: unknown },
  ) {
    super('NEWSFLOW_CLI_RESPONSE', message, options);
  }
}

/** Any thrown value as a readable one-line reason (duck-typed: errors may come from another realm). */
export function reasonOf(error: unknown): string {
  const message = messageOf(error);
  if (message === undefined) return String(error);
  const cause =
    typeof error === 'object' && error !== null && 'cause' in error ? messageOf(error.cause) : undefined;
  return cause === undefined || message.includes(cause) ? message : `${message}: ${cause}`;
}

function messageOf(value: unknown): string | undefined {
  return typeof value === 'object' &&
    value !== null &&
    'message' in value &&
    typeof value.message === 'string'
    ? value.message
    : undefined;
}

/** The `name` of a thrown value, e.g. "TimeoutError", whichever realm it came from. */
export function nameOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string'
    ? error.name
    : undefined;
}
