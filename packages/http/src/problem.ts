import type { FieldIssue } from '@newsflow/contracts';

/** Generic HTTP error codes; each service adds its own with its own prefix. */
export const HTTP_ERROR_CODES = {
  NEWSFLOW_HTTP_VALIDATION: { status: 400, title: 'The request is not valid' },
  NEWSFLOW_HTTP_MALFORMED_BODY: { status: 400, title: 'The body could not be read' },
  NEWSFLOW_HTTP_UNAUTHORIZED: { status: 401, title: 'A valid API key is required' },
  NEWSFLOW_HTTP_FORBIDDEN: { status: 403, title: 'This key may not do that' },
  NEWSFLOW_HTTP_NOT_FOUND: { status: 404, title: 'Not found' },
  NEWSFLOW_HTTP_METHOD_NOT_ALLOWED: { status: 405, title: 'Method not allowed' },
  NEWSFLOW_HTTP_IDEMPOTENCY_IN_PROGRESS: {
    status: 409,
    title: 'A request with this Idempotency-Key is in progress',
  },
  NEWSFLOW_HTTP_BODY_TOO_LARGE: { status: 413, title: 'The body is too large' },
  NEWSFLOW_HTTP_TOO_MANY_ITEMS: { status: 413, title: 'The batch has too many items' },
  NEWSFLOW_HTTP_UNSUPPORTED_MEDIA_TYPE: { status: 415, title: 'Unsupported content type' },
  NEWSFLOW_HTTP_IDEMPOTENCY_MISMATCH: {
    status: 422,
    title: 'This Idempotency-Key was used for a different request',
  },
  NEWSFLOW_HTTP_RATE_LIMITED: { status: 429, title: 'Too many requests' },
  NEWSFLOW_HTTP_UNAVAILABLE: { status: 503, title: 'Temporarily unavailable' },
  NEWSFLOW_HTTP_INTERNAL: { status: 500, title: 'Internal error' },
} as const satisfies Record<string, { status: number; title: string }>;

export type HttpErrorCode = keyof typeof HTTP_ERROR_CODES;

export interface ProblemOptions {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail?: string;
  readonly errors?: readonly FieldIssue[];
  /** Seconds a client should wait before retrying (sent as Retry-After). */
  readonly retryAfterSeconds?: number;
  /** Extra response headers, e.g. WWW-Authenticate. Never secrets: they may be logged. */
  readonly headers?: Readonly<Record<string, string>>;
  readonly cause?: unknown;
}

/** An error that becomes an RFC 9457 problem+json response. */
export class HttpProblem extends Error {
  override readonly name = 'HttpProblem';
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly errors: readonly FieldIssue[] | undefined;
  readonly retryAfterSeconds: number | undefined;
  readonly headers: Readonly<Record<string, string>>;

  constructor(options: ProblemOptions) {
    super(options.detail ?? options.title, { cause: options.cause });
    this.status = options.status;
    this.code = options.code;
    this.title = options.title;
    this.errors = options.errors;
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.headers = options.headers ?? {};
  }

  static of(
    code: HttpErrorCode,
    detail?: string,
    extra: Partial<Pick<ProblemOptions, 'errors' | 'retryAfterSeconds' | 'headers' | 'cause'>> = {},
  ): HttpProblem {
    const known = HTTP_ERROR_CODES[code];
    return new HttpProblem({ ...known, code, ...(detail === undefined ? {} : { detail }), ...extra });
  }

  toBody(instance?: string): Record<string, unknown> {
    return {
      type: `https://newsflow.dev/problems/${this.code.toLowerCase().replace(/_/g, '-')}`,
      title: this.title,
      status: this.status,
      code: this.code,
      detail: this.message,
      ...(instance ? { instance } : {}),
      ...(this.errors ? { errors: this.errors } : {}),
    };
  }
}
