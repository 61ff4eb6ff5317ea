import { z } from 'zod';

/** Configuration that does not validate: names each bad variable and what it must be. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly code = 'NEWSFLOW_CONFIG_INVALID';
  constructor(
    message: string,
    readonly variables: readonly string[],
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/**
 * Reads a service's configuration from the environment once, at start-up.
 * The schema names variables exactly as they appear in the environment; the result is frozen.
 */
export function parseEnv<S extends z.ZodType>(
  schema: S,
  env: Record<string, string | undefined> = process.env,
): Readonly<z.output<S>> {
  const result = schema.safeParse(env);
  if (result.success) return Object.freeze(result.data);
  const problems = result.error.issues.map((issue) => {
    const variable = String(issue.path[0] ?? '(environment)');
    return { variable, line: `${variable}=${JSON.stringify(env[variable] ?? null)}: ${issue.message}` };
  });
  throw new ConfigError(
    `invalid configuration:\n  ${problems.map((p) => p.line).join('\n  ')}`,
    problems.map((p) => p.variable),
    { cause: result.error },
  );
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Variables every service reads; each service's schema extends these. */
export const COMMON_ENV = {
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  /** Prefix of every topic and index name, so stacks and test runs can share servers. */
  NEWSFLOW_PREFIX: z
    .string()
    .regex(/^[a-z0-9][a-z0-9_-]*$/, 'lowercase letters, digits, "-" or "_"')
    .default('newsflow'),
};

export const KAFKA_ENV = {
  KAFKA_BROKERS: z
    .string()
    .default('127.0.0.1:9092')
    .transform((value) =>
      value
        .split(',')
        .map((broker) => broker.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().regex(/^[^:\s]+:\d+$/, 'host:port')).min(1, 'at least one broker host:port')),
};

export const ELASTICSEARCH_ENV = {
  ELASTICSEARCH_URL: z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:9200'),
};

/** A TCP port given as an environment string. */
export const portVariable = (fallback: number) =>
  z.coerce.number().int().min(0).max(65_535).default(fallback);
