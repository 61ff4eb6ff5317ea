import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHttpServer, HttpProblem } from '@newsflow/http';
import { createLogger } from '@newsflow/observability';
import type { FastifyInstance } from 'fastify';

describe('createHttpServer', () => {
  let app: FastifyInstance;

  beforeAll(async () => {
    app = createHttpServer({ logger: createLogger({ service: 'test', level: 'silent' }), bodyLimit: 64 });
    app.post('/echo', async (request) => request.body);
    app.get('/busy', async () => {
      throw HttpProblem.of('NEWSFLOW_HTTP_UNAVAILABLE', 'try later', { retryAfterSeconds: 7 });
    });
    app.get('/boom', async () => {
      throw new TypeError('secret internals');
    });
    await app.ready();
  });
  afterAll(() => app.close());

  it("echoes the caller's request id, or makes one", async () => {
    const given = await app.inject({
      method: 'GET',
      url: '/healthz-missing',
      headers: { 'x-request-id': 'abc-1' },
    });
    expect(given.headers['x-request-id']).toBe('abc-1');
    const made = await app.inject({ method: 'GET', url: '/nothing' });
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it.each([
    ['unknown route', { method: 'GET' as const, url: '/nothing' }, 404, 'NEWSFLOW_HTTP_NOT_FOUND'],
    [
      'broken JSON',
      {
        method: 'POST' as const,
        url: '/echo',
        headers: { 'content-type': 'application/json' },
        payload: '{"a":',
      },
      400,
      'NEWSFLOW_HTTP_MALFORMED_BODY',
    ],
    [
      'a body over the limit',
      {
        method: 'POST' as const,
        url: '/echo',
        headers: { 'content-type': 'text/plain' },
        payload: 'x'.repeat(65),
      },
      413,
      'NEWSFLOW_HTTP_BODY_TOO_LARGE',
    ],
    [
      'an unsupported type',
      {
        method: 'POST' as const,
        url: '/echo',
        headers: { 'content-type': 'application/x-unknown' },
        payload: 'x',
      },
      415,
      'NEWSFLOW_HTTP_UNSUPPORTED_MEDIA_TYPE',
    ],
  ])('answers %s with problem+json', async (_what, request, status, code) => {
    const response = await app.inject(request);
    expect(response.statusCode).toBe(status);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ status, code });
  });

  it('sends Retry-After with a problem that has one', async () => {
    const response = await app.inject({ method: 'GET', url: '/busy' });
    expect(response.statusCode).toBe(503);
    expect(response.headers['retry-after']).toBe('7');
  });

  it('hides the details of an unexpected error', async () => {
    const response = await app.inject({ method: 'GET', url: '/boom' });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toMatchObject({ code: 'NEWSFLOW_HTTP_INTERNAL' });
    expect(response.body).not.toContain('secret internals');
  });
});
