import {
  ArticleInput,
  PageSubmissionParams,
  fieldIssues,
  type Submission,
} from '@newsflow/contracts';
import { HttpProblem } from '@newsflow/http';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';

function validated<S extends z.ZodType>(schema: S, value: unknown, where: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const errors = fieldIssues(result.error);
  throw HttpProblem.of(
    'NEWSFLOW_HTTP_VALIDATION',
    `${where}: ${errors.map((e) => `${e.pointer} ${e.message}`).join('; ')}`,
    { errors },
  );
}

/** Reads one article from a request, by its content type: JSON article, scraped text page or HTML page. */
export function readSubmission(request: FastifyRequest): Submission {
  const contentType = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (contentType === 'application/json') {
    return { kind: 'article', article: validated(ArticleInput, request.body, 'invalid article') };
  }
  const params = validated(PageSubmissionParams, request.query, 'invalid query parameters');
  const page = typeof request.body === 'string' ? request.body : '';
  if (page.trim().length === 0) {
    throw HttpProblem.of('NEWSFLOW_HTTP_VALIDATION', 'the page is empty', {
      errors: [{ pointer: '/', message: 'expected a non-empty page' }],
    });
  }
  return { kind: contentType === 'text/html' ? 'html' : 'scraped', page, params };
}
