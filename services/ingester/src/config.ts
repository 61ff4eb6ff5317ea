import { z } from 'zod';
import { COMMON_ENV, KAFKA_ENV, parseEnv, portVariable } from '@newsflow/contracts';

const IngesterEnv = z.object({
  ...COMMON_ENV,
  ...KAFKA_ENV,
  INGESTER_HOST: z.string().min(1).default('127.0.0.1'),
  INGESTER_PORT: portVariable(8081),
  /** Largest request body in bytes. */
  INGESTER_BODY_LIMIT: z.coerce.number().int().min(1_024).default(2 * 1_048_576),
  /** How long a publish may wait for Kafka's acknowledgement before the ingester answers 503. */
  INGESTER_ACK_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  /** Feed id given to articles pushed without authentication. */
  INGESTER_DEFAULT_FEED: z.string().min(1).default('public'),
});

export type IngesterConfig = Readonly<z.output<typeof IngesterEnv>>;

export function loadConfig(env: Record<string, string | undefined> = process.env): IngesterConfig {
  return parseEnv(IngesterEnv, env);
}
