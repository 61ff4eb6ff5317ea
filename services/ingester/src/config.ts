import { z } from 'zod';
import { COMMON_ENV, KAFKA_ENV, parseEnv, portVariable } from '@newsflow/contracts';

const IngesterEnv = z.object({
  ...COMMON_ENV,
  ...KAFKA_ENV,
  INGESTER_HOST: z.string().min(1).default('127.0.0.1'),
  INGESTER_PORT: portVariable(8081),
  /** Largest body of POST /v1/articles, in bytes. */
  INGESTER_BODY_LIMIT: z.coerce
    .number()
    .int()
    .min(1_024)
    .default(2 * 1_048_576),
  /** Largest body of POST /v1/articles:batch, in bytes. */
  INGESTER_BATCH_BODY_LIMIT: z.coerce
    .number()
    .int()
    .min(1_024)
    .default(16 * 1_048_576),
  /** Most articles in one batch. */
  INGESTER_BATCH_MAX_ITEMS: z.coerce.number().int().min(1).default(1_000),
  /** Longest time to receive one whole request; slower uploads are cut off. */
  INGESTER_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1_000).default(30_000),
  /** How long a publish may wait for Kafka's acknowledgement before the ingester answers 503. */
  INGESTER_ACK_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  /** Articles waiting for Kafka's acknowledgement at most; beyond, requests get 503 at once. */
  INGESTER_MAX_IN_FLIGHT: z.coerce.number().int().min(1).default(5_000),
  /**
   * `feeds` (default): every /v1 request needs `Authorization: Bearer <key>` of a feed in FEEDS_FILE.
   * `none`: no keys, every article belongs to INGESTER_DEFAULT_FEED, no rate limit. For tests and
   * local experiments only.
   */
  INGESTER_AUTH: z.enum(['feeds', 'none']).default('feeds'),
  /** The feeds file (JSON, see docs/feed-api.md); re-read when it changes. Required unless INGESTER_AUTH=none. */
  FEEDS_FILE: z.string().min(1).default('.newsflow/feeds.json'),
  /** Feed id given to articles when INGESTER_AUTH=none. */
  INGESTER_DEFAULT_FEED: z.string().min(1).default('public'),
  /** How long an Idempotency-Key's answer is remembered. */
  INGESTER_IDEMPOTENCY_TTL_SECONDS: z.coerce.number().int().min(1).default(86_400),
  /** Idempotency keys remembered at most (oldest forgotten first). */
  INGESTER_IDEMPOTENCY_MAX_KEYS: z.coerce.number().int().min(1).default(10_000),
  /** `on` (default): feeds with a `pull` URL are polled. `off`: never. */
  INGESTER_POLL: z.enum(['on', 'off']).default('on'),
  /** Feeds polled at once. */
  INGESTER_POLL_CONCURRENCY: z.coerce.number().int().min(1).default(4),
  /** One feed fetch at most. */
  INGESTER_POLL_TIMEOUT_MS: z.coerce.number().int().min(100).default(15_000),
  /** Longest wait between polls of a failing feed. */
  INGESTER_POLL_MAX_BACKOFF_MS: z.coerce.number().int().min(1_000).default(3_600_000),
});

export type IngesterConfig = Readonly<z.output<typeof IngesterEnv>>;

export function loadConfig(env: Record<string, string | undefined> = process.env): IngesterConfig {
  return parseEnv(IngesterEnv, env);
}
