import { registerOpsRoutes, type OpsRoutesOptions } from '@newsflow/observability';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { createHttpServer } from './server.js';

export interface OpsServerOptions extends OpsRoutesOptions {
  readonly logger: Logger;
  readonly host: string;
  readonly port: number;
}

/** For services without an API of their own (the consumers): health, readiness and metrics on their own port. */
export async function startOpsServer(
  options: OpsServerOptions,
): Promise<{ url: string; server: FastifyInstance }> {
  const server = createHttpServer({ logger: options.logger });
  registerOpsRoutes(server, options);
  const url = await server.listen({ host: options.host, port: options.port });
  return { url, server };
}
