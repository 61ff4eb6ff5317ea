import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { HttpProblem } from './problem.js';

export const REQUEST_ID_HEADER = 'x-request-id';

export interface HttpServerOptions {
  readonly logger: Logger;
  /** Largest body accepted, in bytes; larger bodies get 413. */
  readonly bodyLimit?: number;
  /**
   * Longest time to receive a whole request, in milliseconds, so a slow or stalled upload cannot hold
   * a connection forever. Default 30 000.
   */
  readonly requestTimeoutMs?: number;
}

/** Maps fastify's own errors (parsing, limits, content types) to problems a client can act on. */
function problemFromFastify(error: FastifyError): HttpProblem {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return HttpProblem.of('NEWSFLOW_HTTP_BODY_TOO_LARGE', error.message);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return HttpProblem.of('NEWSFLOW_HTTP_UNSUPPORTED_MEDIA_TYPE', error.message);
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return HttpProblem.of('NEWSFLOW_HTTP_MALFORMED_BODY', error.message);
    default:
      if (error instanceof SyntaxError || error.statusCode === 400) {
        return HttpProblem.of('NEWSFLOW_HTTP_MALFORMED_BODY', error.message);
      }
      if (error.statusCode === 413) return HttpProblem.of('NEWSFLOW_HTTP_BODY_TOO_LARGE', error.message);
      if (error.statusCode === 415)
        return HttpProblem.of('NEWSFLOW_HTTP_UNSUPPORTED_MEDIA_TYPE', error.message);
      return HttpProblem.of('NEWSFLOW_HTTP_INTERNAL', 'the server failed to handle the request', {
        cause: error,
      });
  }
}

/** Turns any thrown value into a typed problem; unknown errors become an internal error, logged with their cause. */
export function toProblem(error: unknown): HttpProblem {
  if (error instanceof HttpProblem) return error;
  if (
    error instanceof Error &&
    'code' in error &&
    typeof error.code === 'string' &&
    error.code.startsWith('FST_')
  ) {
    return problemFromFastify(error as FastifyError);
  }
  if (error instanceof Error && 'statusCode' in error) return problemFromFastify(error as FastifyError);
  return HttpProblem.of('NEWSFLOW_HTTP_INTERNAL', 'the server failed to handle the request', {
    cause: error,
  });
}

/**
 * A fastify instance with the conventions every newsflow HTTP service shares: request ids taken
 * from X-Request-Id (or made), pino request logs, and problem+json for every error and unknown route.
 */
export function createHttpServer(options: HttpServerOptions): FastifyInstance {
  const requestTimeout = options.requestTimeoutMs ?? 30_000;
  const app = Fastify({
    loggerInstance: options.logger,
    bodyLimit: options.bodyLimit ?? 1_048_576,
    requestIdHeader: REQUEST_ID_HEADER,
    genReqId: () => randomUUID(),
    return503OnClosing: true,
    requestTimeout,
    // Node checks the request timeout only every 30 s by default: check every second, so a stalled
    // upload is cut off close to the limit; headers must arrive within the same limit.
    http: {
      connectionsCheckingInterval: Math.min(1_000, requestTimeout),
      headersTimeout: Math.min(requestTimeout, 60_000),
    },
  }) as unknown as FastifyInstance;

  app.addHook('onSend', async (request, reply, payload) => {
    reply.header(REQUEST_ID_HEADER, request.id);
    return payload;
  });

  app.setErrorHandler((error, request, reply) => {
    const problem = toProblem(error);
    if (problem.status >= 500 && problem.code !== 'NEWSFLOW_HTTP_UNAVAILABLE') {
      request.log.error({ err: error }, 'request failed');
    } else {
      request.log.info({ code: problem.code, detail: problem.message }, 'request refused');
    }
    if (problem.retryAfterSeconds !== undefined)
      reply.header('retry-after', String(problem.retryAfterSeconds));
    for (const [name, value] of Object.entries(problem.headers)) reply.header(name, value);
    return reply.code(problem.status).type('application/problem+json').send(problem.toBody(request.url));
  });

  app.setNotFoundHandler((request, reply) => {
    const problem = HttpProblem.of(
      'NEWSFLOW_HTTP_NOT_FOUND',
      `no route for ${request.method} ${request.url}`,
    );
    return reply.code(404).type('application/problem+json').send(problem.toBody(request.url));
  });

  return app;
}
