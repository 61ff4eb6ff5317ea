import {
  AcceptedArticle,
  ArticleInput,
  BatchResult,
  PageSubmissionParams,
  Problem,
} from '@newsflow/contracts';
import { HTTP_ERROR_CODES, REQUEST_ID_HEADER, type HttpErrorCode } from '@newsflow/http';
import { z } from 'zod';
import type { IngesterConfig } from './config.js';
import { ROUTES } from './routes.js';

type JsonSchema = Record<string, unknown>;

function schemaOf(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });

/** Problem responses for the given codes, grouped by status, each listing its codes. */
function problemResponses(codes: readonly HttpErrorCode[]): Record<string, unknown> {
  const byStatus = new Map<number, HttpErrorCode[]>();
  for (const code of codes) {
    const { status } = HTTP_ERROR_CODES[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return Object.fromEntries(
    [...byStatus.entries()]
      .sort(([a], [b]) => a - b)
      .map(([status, list]) => [
        String(status),
        {
          description: list.map((code) => `\`${code}\`: ${HTTP_ERROR_CODES[code].title}`).join('; '),
          ...(status === 429 || status === 503 || status === 409
            ? {
                headers: {
                  'Retry-After': {
                    description: 'Seconds to wait before retrying',
                    schema: { type: 'integer' },
                  },
                },
              }
            : {}),
          content: { 'application/problem+json': { schema: ref('Problem') } },
        },
      ]),
  );
}

const COMMON_CODES: readonly HttpErrorCode[] = [
  'NEWSFLOW_HTTP_MALFORMED_BODY',
  'NEWSFLOW_HTTP_VALIDATION',
  'NEWSFLOW_HTTP_UNAUTHORIZED',
  'NEWSFLOW_HTTP_IDEMPOTENCY_IN_PROGRESS',
  'NEWSFLOW_HTTP_BODY_TOO_LARGE',
  'NEWSFLOW_HTTP_UNSUPPORTED_MEDIA_TYPE',
  'NEWSFLOW_HTTP_IDEMPOTENCY_MISMATCH',
  'NEWSFLOW_HTTP_RATE_LIMITED',
  'NEWSFLOW_HTTP_UNAVAILABLE',
  'NEWSFLOW_HTTP_INTERNAL',
];

const HEADER_PARAMETERS = [
  {
    name: 'Idempotency-Key',
    in: 'header',
    required: false,
    description:
      'Makes a retry safe: the same key with the same request answers the first answer again (header Idempotent-Replayed: true); with another request, 422.',
    schema: { type: 'string', minLength: 1, maxLength: 255 },
  },
  {
    name: 'X-Request-Id',
    in: 'header',
    required: false,
    description: 'Becomes the correlation id of the article(s), on every log line about them.',
    schema: { type: 'string' },
  },
];

/** The OpenAPI 3.1 document of the feed API, generated from the same zod schemas the routes validate with. */
export function openApiDocument(config: IngesterConfig): JsonSchema {
  const pageParams = schemaOf(PageSubmissionParams, 'input') as { properties?: Record<string, JsonSchema> };
  const queryParameters = Object.entries(pageParams.properties ?? {}).map(([name, schema]) => ({
    name,
    in: 'query',
    required: false,
    description: 'Metadata of a text/plain or text/html page; ignored for JSON.',
    schema,
  }));
  const auth = config.INGESTER_AUTH === 'feeds';
  return {
    openapi: '3.1.0',
    info: {
      title: 'newsflow feed API',
      version: '1.0.0',
      description:
        'Where upstream feeds push articles. Every error is RFC 9457 problem+json with a stable `code`; see docs/feed-api.md.',
    },
    ...(auth ? { security: [{ feedKey: [] }] } : {}),
    paths: {
      [ROUTES.article]: {
        post: {
          operationId: 'pushArticle',
          summary: 'Push one article: JSON, a scraped text page or an HTML page',
          description:
            'Answers 202 once Kafka has the article. The same article (same feed and url, or same externalId) always gets the same id; a changed one a new revision.',
          parameters: [...HEADER_PARAMETERS, ...queryParameters],
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: ref('ArticleInput') },
              'text/plain': {
                schema: { type: 'string', description: 'A scraped page: title on the first line' },
              },
              'text/html': {
                schema: {
                  type: 'string',
                  description: 'An HTML page; its main text is extracted downstream',
                },
              },
            },
          },
          responses: {
            '202': {
              description: 'Kafka has the article',
              headers: { [REQUEST_ID_HEADER]: { schema: { type: 'string' } } },
              content: { 'application/json': { schema: ref('AcceptedArticle') } },
            },
            ...problemResponses([...COMMON_CODES, 'NEWSFLOW_HTTP_FORBIDDEN']),
          },
        },
      },
      [ROUTES.batch]: {
        post: {
          operationId: 'pushBatch',
          summary: `Push up to ${config.INGESTER_BATCH_MAX_ITEMS} JSON articles: a JSON array or NDJSON`,
          description:
            'Answers 200 with one result per item, in order: accepted with its id, or rejected with its problem. One bad item never sinks the batch; the accepted ones go to Kafka in one request, and if Kafka does not take them the whole batch is 503.',
          parameters: HEADER_PARAMETERS,
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: { type: 'array', items: ref('ArticleInput') } },
              'application/x-ndjson': {
                schema: { type: 'string', description: 'One JSON article per line' },
              },
            },
          },
          responses: {
            '200': {
              description: 'Each item accepted or rejected',
              content: { 'application/json': { schema: ref('BatchResult') } },
            },
            ...problemResponses([...COMMON_CODES, 'NEWSFLOW_HTTP_TOO_MANY_ITEMS']),
          },
        },
      },
    },
    components: {
      securitySchemes: {
        feedKey: {
          type: 'http',
          scheme: 'bearer',
          description: "The feed's API key, from `npx newsflow feeds add NAME`.",
        },
      },
      schemas: {
        ArticleInput: schemaOf(ArticleInput, 'input'),
        AcceptedArticle: schemaOf(AcceptedArticle, 'output'),
        BatchResult: schemaOf(BatchResult, 'output'),
        Problem: schemaOf(Problem, 'output'),
      },
    },
  };
}
