import type { FastifyInstance } from 'fastify';
import type { Registry } from 'prom-client';

/** A dependency check: resolves when the dependency answers, throws with the reason otherwise. */
export type ReadinessCheck = () => Promise<void>;

export interface OpsRoutesOptions {
  /** Named checks run by /readyz, e.g. { kafka, elasticsearch }. */
  readonly checks: Readonly<Record<string, ReadinessCheck>>;
  readonly metrics: Registry;
  /** Becomes false once shutdown starts, so a load balancer stops sending work. */
  readonly isAccepting?: () => boolean;
  /** How long one check may take before it counts as failed. */
  readonly checkTimeoutMs?: number;
}

async function withTimeout(check: ReadinessCheck, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      check(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** /healthz (the process is alive), /readyz (its dependencies answer) and /metrics (Prometheus text). */
export function registerOpsRoutes(app: FastifyInstance, options: OpsRoutesOptions): void {
  const timeoutMs = options.checkTimeoutMs ?? 2_000;

  app.get('/healthz', async () => ({ status: 'ok' }));

  app.get('/readyz', async (_request, reply) => {
    const results = await Promise.all(
      Object.entries(options.checks).map(async ([name, check]) => {
        try {
          await withTimeout(check, timeoutMs);
          return [name, { ok: true }] as const;
        } catch (error) {
          return [
            name,
            { ok: false, error: error instanceof Error ? error.message : String(error) },
          ] as const;
        }
      }),
    );
    const accepting = options.isAccepting?.() ?? true;
    const ready = accepting && results.every(([, result]) => result.ok);
    return reply
      .code(ready ? 200 : 503)
      .send({ status: ready ? 'ready' : 'not ready', accepting, checks: Object.fromEntries(results) });
  });

  app.get('/metrics', async (_request, reply) => {
    reply.header('content-type', options.metrics.contentType);
    return options.metrics.metrics();
  });
}
