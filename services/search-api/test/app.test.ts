import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Client } from '@elastic/elasticsearch';
import { createLogger } from '@newsflow/observability';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.js';

/** Without Elasticsearch: nothing listens on port 1. */
describe('search-api when Elasticsearch is down', () => {
  let app: FastifyInstance;
  let client: Client;

  beforeAll(async () => {
    client = new Client({ node: 'http://127.0.0.1:1', maxRetries: 0, requestTimeout: 1_000 });
    app = buildApp({ client, logger: createLogger({ service: 'test', level: 'silent' }), prefix: 'unit' });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await client.close();
  });

  it('answers 503 problem+json with Retry-After, not 500', async () => {
    for (const url of ['/v1/search?q=x', '/v1/articles/abc']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(503);
      expect(response.headers['retry-after']).toBe('5');
      expect(response.json()).toMatchObject({ status: 503, code: 'NEWSFLOW_SEARCH_API_UNAVAILABLE' });
    }
  });

  it('is alive but not ready', async () => {
    expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    const ready = await app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(503);
    expect(ready.json()).toMatchObject({ checks: { elasticsearch: { ok: false } } });
  });

  it('validates before it calls Elasticsearch', async () => {
    const response = await app.inject({ method: 'GET', url: '/v1/search?size=0&q=%22' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'NEWSFLOW_SEARCH_API_VALIDATION',
      errors: [{ pointer: '/size' }],
    });
    const syntax = await app.inject({ method: 'GET', url: '/v1/search?q=%22' });
    expect(syntax.statusCode).toBe(400);
    expect(syntax.json()).toMatchObject({ code: 'NEWSFLOW_SEARCH_QUERY_SYNTAX' });
  });

  it('accepts repeated parameters and rejects empty ones', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/v1/search?entity=a&entity=&to=2025-01-01&from=2025-02-01',
    });
    expect(response.statusCode).toBe(400);
    const pointers = (response.json() as { errors: { pointer: string }[] }).errors
      .map((e) => e.pointer)
      .sort();
    expect(pointers).toEqual(['/entity/1', '/to']);
  });
});
