import { z } from 'zod';
import { COMMON_ENV, KAFKA_ENV, parseEnv, portVariable } from '@newsflow/contracts';

const EnricherEnv = z.object({
  ...COMMON_ENV,
  ...KAFKA_ENV,
  /** Health, readiness and metrics. */
  ENRICHER_OPS_HOST: z.string().min(1).default('127.0.0.1'),
  ENRICHER_OPS_PORT: portVariable(9101),
  ENRICHER_GROUP_ID: z.string().min(1).optional(),
  /** How long the consumer group waits for a silent enricher before giving its partitions to another. */
  ENRICHER_SESSION_TIMEOUT_MS: z.coerce.number().int().min(6_000).max(300_000).default(30_000),
});

export type EnricherConfig = Readonly<z.output<typeof EnricherEnv>>;

export function loadConfig(env: Record<string, string | undefined> = process.env): EnricherConfig {
  return parseEnv(EnricherEnv, env);
}
