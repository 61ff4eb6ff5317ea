import { errors as esErrors } from '@elastic/elasticsearch';
import { ContractError, type FieldIssue } from '@newsflow/contracts';
import { HttpProblem } from '@newsflow/http';
import { InvalidCursorError, QuerySyntaxError, SearchError } from '@newsflow/search';

/** Every problem code the search API answers with, and its HTTP status. */
export const SEARCH_API_PROBLEMS = {
  NEWSFLOW_SEARCH_API_VALIDATION: { status: 400, title: 'The request parameters are not valid' },
  NEWSFLOW_SEARCH_QUERY_SYNTAX: { status: 400, title: 'The query cannot be parsed' },
  NEWSFLOW_SEARCH_CURSOR_INVALID: { status: 400, title: 'The cursor is not valid' },
  NEWSFLOW_SEARCH_API_REJECTED: { status: 400, title: 'Elasticsearch rejected the search' },
  NEWSFLOW_SEARCH_API_ARTICLE_NOT_FOUND: { status: 404, title: 'No such article' },
  NEWSFLOW_SEARCH_API_UNAVAILABLE: { status: 503, title: 'Elasticsearch is unavailable' },
  NEWSFLOW_SEARCH_API_CORRUPT_DOCUMENT: { status: 500, title: 'A stored article is not readable' },
  NEWSFLOW_SEARCH_API_INTERNAL: { status: 500, title: 'Internal error' },
} as const satisfies Record<string, { status: number; title: string }>;
export type SearchApiProblemCode = keyof typeof SEARCH_API_PROBLEMS;

/** Seconds a client should wait after a 503. */
export const RETRY_AFTER_SECONDS = 5;

export function problem(
  code: SearchApiProblemCode,
  detail: string,
  extra: { errors?: readonly FieldIssue[]; cause?: unknown; retryAfterSeconds?: number } = {},
): HttpProblem {
  return new HttpProblem({ ...SEARCH_API_PROBLEMS[code], code, detail, ...extra });
}

export function validationProblem(issues: readonly FieldIssue[]): HttpProblem {
  const detail = issues.map((i) => `${i.pointer}: ${i.message}`).join('; ');
  return problem('NEWSFLOW_SEARCH_API_VALIDATION', detail, { errors: issues });
}

function esErrorBody(error: esErrors.ResponseError): { type: string; reason: string } {
  const body = error.meta.body as
    | { error?: { type?: string; reason?: string; root_cause?: { type?: string; reason?: string }[] } }
    | undefined;
  const root = body?.error?.root_cause?.[0];
  return {
    type: root?.type ?? body?.error?.type ?? 'unknown',
    reason: root?.reason ?? body?.error?.reason ?? error.message,
  };
}

/**
 * Turns what a route threw into a problem: our typed errors and Elasticsearch's become the right
 * 4xx or 503; anything else is left for the shared handler, which answers 500 and logs it.
 */
export function toApiProblem(error: unknown, queryPointer = '/q'): unknown {
  if (error instanceof HttpProblem) return error;
  if (error instanceof QuerySyntaxError) {
    return problem('NEWSFLOW_SEARCH_QUERY_SYNTAX', error.message, {
      errors: [{ pointer: queryPointer, message: error.message }],
      cause: error,
    });
  }
  if (error instanceof InvalidCursorError) {
    return problem('NEWSFLOW_SEARCH_CURSOR_INVALID', error.message, {
      errors: [{ pointer: '/cursor', message: error.message }],
      cause: error,
    });
  }
  if (error instanceof SearchError)
    return problem('NEWSFLOW_SEARCH_API_INTERNAL', error.message, { cause: error });
  if (error instanceof ContractError) {
    return problem('NEWSFLOW_SEARCH_API_CORRUPT_DOCUMENT', error.message, { cause: error });
  }
  if (
    error instanceof esErrors.ConnectionError ||
    error instanceof esErrors.TimeoutError ||
    error instanceof esErrors.NoLivingConnectionsError
  ) {
    return problem('NEWSFLOW_SEARCH_API_UNAVAILABLE', 'Elasticsearch did not answer; retry later', {
      retryAfterSeconds: RETRY_AFTER_SECONDS,
      cause: error,
    });
  }
  if (error instanceof esErrors.ResponseError) {
    const status = error.meta.statusCode ?? 500;
    const { type, reason } = esErrorBody(error);
    if (status === 429 || status >= 500) {
      return problem(
        'NEWSFLOW_SEARCH_API_UNAVAILABLE',
        `Elasticsearch is overloaded or failing (${type}); retry later`,
        {
          retryAfterSeconds: RETRY_AFTER_SECONDS,
          cause: error,
        },
      );
    }
    return problem('NEWSFLOW_SEARCH_API_REJECTED', `${type}: ${reason}`, { cause: error });
  }
  return error;
}
