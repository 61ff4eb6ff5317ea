import type { Client } from '@elastic/elasticsearch';
import type { Logger } from '@newsflow/observability';
import type { IndexNames } from '@newsflow/search';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { toApiProblem } from './errors.js';

/** What every route needs: set up once in buildApp. */
export interface RouteContext {
  readonly client: Client;
  readonly names: IndexNames;
  readonly logger: Logger;
  /** Most rows one export streams. */
  readonly exportLimit: number;
}

type Handler = (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;

/** Runs a handler, turning typed errors (query syntax, cursor, Elasticsearch) into problems. */
export function guarded(handler: Handler): Handler {
  return async (request, reply) => {
    try {
      return await handler(request, reply);
    } catch (error) {
      throw toApiProblem(error);
    }
  };
}
