import { z } from 'zod';
import { COMMON_ENV, ELASTICSEARCH_ENV, parseEnv, portVariable } from '@newsflow/contracts';

const SearchApiEnv = z.object({
  ...COMMON_ENV,
  ...ELASTICSEARCH_ENV,
  SEARCH_API_HOST: z.string().min(1).default('127.0.0.1'),
  SEARCH_API_PORT: portVariable(8080),
  /** How long one Elasticsearch request may take before the API answers 503. */
  SEARCH_API_ES_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  /** Most rows one export streams. */
  SEARCH_API_EXPORT_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(100_000),
});

export type SearchApiConfig = Readonly<z.output<typeof SearchApiEnv>>;

export function loadConfig(env: Record<string, string | undefined> = process.env): SearchApiConfig {
  return parseEnv(SearchApiEnv, env);
}
