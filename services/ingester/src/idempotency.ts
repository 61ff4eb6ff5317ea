import { requestFingerprint, type IdempotencyCache } from '@newsflow/feeds';
import { HttpProblem } from '@newsflow/http';
import type { FastifyReply, FastifyRequest } from 'fastify';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
export const REPLAYED_HEADER = 'idempotent-replayed';

export interface Answer {
  readonly status: number;
  readonly body: unknown;
}

const VALID_KEY = /^[\x21-\x7e]{1,255}$/;

/**
 * Answers a request, or, when it carries an Idempotency-Key already answered for this feed with the
 * same method, path, query, content type and body, that answer again without doing anything.
 * The same key with another request is 422; while the first is still running, 409. Only successful
 * answers are remembered: after an error the key is free, so the retry really runs.
 */
export async function answerOnce(
  cache: IdempotencyCache,
  request: FastifyRequest,
  reply: FastifyReply,
  feedId: string,
  body: Buffer,
  produce: () => Promise<Answer>,
): Promise<FastifyReply> {
  const header = request.headers[IDEMPOTENCY_HEADER];
  if (header === undefined) {
    const answer = await produce();
    return reply.code(answer.status).send(answer.body);
  }
  const key = Array.isArray(header) ? undefined : header;
  if (key === undefined || !VALID_KEY.test(key)) {
    throw HttpProblem.of('NEWSFLOW_HTTP_VALIDATION', 'invalid Idempotency-Key header', {
      errors: [
        {
          pointer: '/headers/idempotency-key',
          message: 'expected one header of 1 to 255 visible ASCII characters',
        },
      ],
    });
  }
  const fingerprint = requestFingerprint({
    method: request.method,
    path: request.url,
    contentType: request.headers['content-type'] ?? '',
    body,
  });
  const begin = cache.begin(feedId, key, fingerprint);
  switch (begin.kind) {
    case 'replay':
      request.log.info({ idempotencyKey: key }, 'idempotent replay');
      return reply
        .code(begin.response.status)
        .header(REPLAYED_HEADER, 'true')
        .type(begin.response.contentType)
        .send(begin.response.body);
    case 'mismatch':
      throw HttpProblem.of(
        'NEWSFLOW_HTTP_IDEMPOTENCY_MISMATCH',
        'this Idempotency-Key was already used with a different request; use a new key for a new request',
      );
    case 'in-progress':
      throw HttpProblem.of(
        'NEWSFLOW_HTTP_IDEMPOTENCY_IN_PROGRESS',
        'the first request with this Idempotency-Key is still running',
        {
          retryAfterSeconds: 1,
        },
      );
    case 'new': {
      let answer: Answer;
      try {
        answer = await produce();
      } catch (error) {
        begin.abandon();
        throw error;
      }
      const text = JSON.stringify(answer.body);
      const contentType = 'application/json; charset=utf-8';
      if (answer.status >= 200 && answer.status < 300)
        begin.complete({ status: answer.status, contentType, body: text });
      else begin.abandon();
      return reply.code(answer.status).type(contentType).send(text);
    }
  }
}
