import {
  ArticleInput,
  PageSubmissionParams,
  fieldIssues,
  type FieldIssue,
  type Submission,
} from '@newsflow/contracts';
import { parseUntrustedJson } from '@newsflow/feeds';
import { HttpProblem } from '@newsflow/http';
import type { z } from 'zod';

export const ARTICLE_MEDIA_TYPES = ['application/json', 'text/plain', 'text/html'] as const;
export const BATCH_MEDIA_TYPES = ['application/json', 'application/x-ndjson'] as const;

type Checked<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: FieldIssue[] };

function check<S extends z.ZodType>(schema: S, value: unknown): Checked<z.output<S>> {
  const result = schema.safeParse(value);
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: fieldIssues(result.error) };
}

const summary = (errors: readonly FieldIssue[]): string =>
  errors
    .slice(0, 10)
    .map((e) => `${e.pointer} ${e.message}`)
    .join('; ');

function validated<S extends z.ZodType>(schema: S, value: unknown, where: string): z.output<S> {
  const checked = check(schema, value);
  if (checked.ok) return checked.value;
  throw HttpProblem.of('NEWSFLOW_HTTP_VALIDATION', `${where}: ${summary(checked.errors)}`, {
    errors: checked.errors,
  });
}

/** One article from the text of a POST /v1/articles body, by its media type. */
export function readSubmission(mediaType: string, text: string, query: unknown): Submission {
  if (mediaType === 'application/json') {
    const parsed = parseUntrustedJson(text);
    if (!parsed.ok) throw HttpProblem.of('NEWSFLOW_HTTP_MALFORMED_BODY', parsed.reason);
    return { kind: 'article', article: validated(ArticleInput, parsed.value, 'invalid article') };
  }
  const params = validated(PageSubmissionParams, query, 'invalid query parameters');
  if (text.trim().length === 0) {
    throw HttpProblem.of('NEWSFLOW_HTTP_VALIDATION', 'the page is empty', {
      errors: [{ pointer: '/', message: 'expected a non-empty page' }],
    });
  }
  return { kind: mediaType === 'text/html' ? 'html' : 'scraped', page: text, params };
}

export type ItemCheck =
  | { readonly ok: true; readonly submission: Submission }
  | {
      readonly ok: false;
      readonly code: 'NEWSFLOW_HTTP_VALIDATION' | 'NEWSFLOW_HTTP_MALFORMED_BODY';
      readonly detail: string;
      readonly errors: FieldIssue[];
    };

/** One item of a batch: a JSON article, validated alone; pointers are relative to the item. */
export function checkItem(value: unknown): ItemCheck {
  const checked = check(ArticleInput, value);
  if (checked.ok) return { ok: true, submission: { kind: 'article', article: checked.value } };
  return {
    ok: false,
    code: 'NEWSFLOW_HTTP_VALIDATION',
    detail: `invalid article: ${summary(checked.errors)}`,
    errors: checked.errors,
  };
}

/** Refuses a media type a route does not take, naming those it does. */
export function requireMediaType(mediaType: string, accepted: readonly string[]): void {
  if (!accepted.includes(mediaType)) {
    throw HttpProblem.of(
      'NEWSFLOW_HTTP_UNSUPPORTED_MEDIA_TYPE',
      `content type "${mediaType.slice(0, 100) || '(none)'}" is not accepted here; send one of ${accepted.join(', ')}`,
    );
  }
}
