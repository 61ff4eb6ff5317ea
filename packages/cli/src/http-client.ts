import type { FieldIssue, PageSubmissionParams } from '@newsflow/contracts';
import { nameOf, reasonOf, ResponseError, TransportError } from './errors.js';

/** An RFC 9457 problem as the newsflow services send it; every field is optional on the wire. */
export interface Problem {
  readonly type?: string;
  readonly title?: string;
  readonly status?: number;
  readonly code?: string;
  readonly detail?: string;
  readonly errors: readonly FieldIssue[];
}

export type Sendable =
  | { readonly kind: 'article'; readonly article: unknown }
  | {
      readonly kind: 'page';
      readonly format: 'scraped' | 'html';
      readonly page: string;
      readonly params: PageSubmissionParams;
    };

/** What one request came to. `retryable` answers (429, 502, 503, 504) may succeed later. */
export type SendResult =
  | {
      readonly outcome: 'accepted';
      readonly status: number;
      readonly id: string;
      readonly revision: number;
      readonly correlationId: string;
    }
  | { readonly outcome: 'rejected'; readonly status: number; readonly problem: Problem }
  | {
      readonly outcome: 'retryable';
      readonly status: number;
      readonly problem: Problem;
      /** From Retry-After, when the server sent one. */
      readonly retryAfterMs: number | undefined;
    }
  | { readonly outcome: 'failed'; readonly status: number; readonly problem: Problem };

export interface IngesterClientOptions {
  /** Base URL of the ingester, e.g. http://127.0.0.1:8081. */
  readonly baseUrl: string;
  /** Per-request timeout in milliseconds. */
  readonly timeoutMs: number;
  readonly userAgent?: string;
  /** The feed's API key, sent as `Authorization: Bearer <key>`; never logged or printed. */
  readonly apiKey?: string | undefined;
}

const RETRYABLE_STATUSES = new Set([429, 502, 503, 504]);
const CONTENT_TYPES = { scraped: 'text/plain; charset=utf-8', html: 'text/html; charset=utf-8' } as const;

/**
 * Talks to the ingester's HTTP API with fetch. Sends one article per request; a batch endpoint would add
 * a method here returning one SendResult per item, so the push command's accounting stays the same.
 */
export class IngesterClient {
  readonly #options: IngesterClientOptions;
  readonly #endpoint: URL;

  constructor(options: IngesterClientOptions) {
    this.#options = options;
    this.#endpoint = new URL(
      'v1/articles',
      options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`,
    );
  }

  get endpoint(): string {
    return this.#endpoint.toString();
  }

  /** Sends one article or page. Throws TransportError when no HTTP answer arrives (refused, reset, timeout). */
  async send(item: Sendable): Promise<SendResult> {
    const url = new URL(this.#endpoint);
    let body: string;
    let contentType: string;
    if (item.kind === 'article') {
      body = JSON.stringify(item.article);
      contentType = 'application/json';
    } else {
      body = item.page;
      contentType = CONTENT_TYPES[item.format];
      for (const [name, value] of Object.entries(item.params)) {
        if (typeof value === 'string') url.searchParams.set(name, value);
      }
    }
    const response = await this.#fetch(url, {
      method: 'POST',
      headers: {
        'content-type': contentType,
        accept: 'application/json, application/problem+json',
        'user-agent': this.#options.userAgent ?? 'newsflow-cli',
        ...(this.#options.apiKey ? { authorization: `Bearer ${this.#options.apiKey}` } : {}),
      },
      body,
    });
    return readResult(response);
  }

  async #fetch(url: URL, init: RequestInit): Promise<Response> {
    try {
      return await fetch(url, { ...init, signal: AbortSignal.timeout(this.#options.timeoutMs) });
    } catch (cause) {
      if (nameOf(cause) === 'TimeoutError' || nameOf(cause) === 'AbortError') {
        throw new TransportError(
          'NEWSFLOW_CLI_TIMEOUT',
          `no answer from ${url.origin} within ${this.#options.timeoutMs} ms`,
          {
            cause,
          },
        );
      }
      throw new TransportError('NEWSFLOW_CLI_TRANSPORT', `cannot reach ${url.origin}: ${reasonOf(cause)}`, {
        cause,
      });
    }
  }
}

async function readResult(response: Response): Promise<SendResult> {
  const status = response.status;
  const text = await response.text().catch(() => '');
  const json = parseJson(text);
  if (status === 202 || status === 200 || status === 201) {
    const accepted = json as { id?: unknown; revision?: unknown; correlationId?: unknown } | undefined;
    if (typeof accepted?.id !== 'string') {
      throw new ResponseError(`the ingester answered ${status} without an article id`, status);
    }
    return {
      outcome: 'accepted',
      status,
      id: accepted.id,
      revision: typeof accepted.revision === 'number' ? accepted.revision : 0,
      correlationId: typeof accepted.correlationId === 'string' ? accepted.correlationId : '',
    };
  }
  const problem = toProblem(json, status, text);
  if (RETRYABLE_STATUSES.has(status)) {
    return {
      outcome: 'retryable',
      status,
      problem,
      retryAfterMs: parseRetryAfter(response.headers.get('retry-after')),
    };
  }
  if (status >= 400 && status < 500) return { outcome: 'rejected', status, problem };
  return { outcome: 'failed', status, problem };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function toProblem(json: unknown, status: number, text: string): Problem {
  if (typeof json !== 'object' || json === null) {
    return { status, detail: text.trim().slice(0, 500) || `HTTP ${status}`, errors: [] };
  }
  const raw = json as Record<string, unknown>;
  const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
  const errors = Array.isArray(raw['errors'])
    ? raw['errors'].flatMap((entry: unknown): FieldIssue[] => {
        if (typeof entry !== 'object' || entry === null) return [];
        const issue = entry as Record<string, unknown>;
        return [{ pointer: str(issue['pointer']) ?? '/', message: str(issue['message']) ?? '' }];
      })
    : [];
  const problem: { -readonly [K in keyof Problem]: Problem[K] } = { status, errors };
  const type = str(raw['type']);
  const title = str(raw['title']);
  const code = str(raw['code']);
  const detail = str(raw['detail']);
  if (type !== undefined) problem.type = type;
  if (title !== undefined) problem.title = title;
  if (code !== undefined) problem.code = code;
  if (detail !== undefined) problem.detail = detail;
  return problem;
}

/** Retry-After as milliseconds: delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1_000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
