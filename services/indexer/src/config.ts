import { z } from 'zod';
import { COMMON_ENV, ELASTICSEARCH_ENV, KAFKA_ENV, parseEnv, portVariable } from '@newsflow/contracts';

const IndexerEnv = z.object({
  ...COMMON_ENV,
  ...KAFKA_ENV,
  ...ELASTICSEARCH_ENV,
  INDEXER_OPS_HOST: z.string().min(1).default('127.0.0.1'),
  INDEXER_OPS_PORT: portVariable(9102),
  INDEXER_GROUP_ID: z.string().min(1).optional(),
  /** Most documents in one bulk request; a fetched batch larger than this is written in several. */
  INDEXER_BULK_SIZE: z.coerce.number().int().min(1).max(10_000).default(500),
  /** Longest wait between two retries while Elasticsearch is down or saturated. */
  INDEXER_MAX_BACKOFF_MS: z.coerce.number().int().min(100).default(30_000),
  /** Attempts of one document Elasticsearch keeps refusing for now (429, 5xx) before it is dead-lettered. */
  INDEXER_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(1_000).default(10),
  /** How long the consumer group waits for a silent indexer before giving its partitions to another. */
  INDEXER_SESSION_TIMEOUT_MS: z.coerce.number().int().min(6_000).max(300_000).default(30_000),
  /** Bulk request timeout. */
  INDEXER_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1_000).default(30_000),
});

export type IndexerConfig = Readonly<z.output<typeof IndexerEnv>>;

export function loadConfig(env: Record<string, string | undefined> = process.env): IndexerConfig {
  return parseEnv(IndexerEnv, env);
}
