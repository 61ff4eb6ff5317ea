import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { InfraError } from './errors.js';

export const INFRA_MODES = ['external', 'testcontainers', 'local'] as const;
export type InfraMode = (typeof INFRA_MODES)[number];
export type RequestedMode = InfraMode | 'auto';

/** Default ports per built-in profile; any other profile uses the `dev` ports unless told otherwise. */
export const PROFILE_PORTS = Object.freeze({
  dev: Object.freeze({
    kafka: 9092,
    kafkaController: 9093,
    elasticsearch: 9200,
    elasticsearchTransport: 9300,
  }),
  test: Object.freeze({
    kafka: 19092,
    kafkaController: 19093,
    elasticsearch: 19200,
    elasticsearchTransport: 19300,
  }),
});

const port = z.number().int().min(1).max(65535);
const heap = z.string().regex(/^[1-9][0-9]*[mMgG]$/, 'must be a JVM size such as "512m" or "1g"');
const absolutePath = z.string().refine((p) => path.isAbsolute(p), 'must be an absolute path');

export const startInfraOptionsSchema = z.strictObject({
  /** Names the data, logs and pid files of one stack ("dev", "test", ...). Default: env NEWSFLOW_INFRA_PROFILE, else "dev". */
  profile: z
    .string()
    .regex(
      /^[a-z0-9][a-z0-9_-]{0,39}$/i,
      'must be 1-40 letters, digits, "_" or "-", starting with a letter or digit',
    )
    .optional(),
  /** "auto" (default; env NEWSFLOW_INFRA_MODE) picks external, then testcontainers, then local. */
  mode: z.enum(['auto', 'external', 'testcontainers', 'local']).optional(),
  /** Servers to use as they are (default: env KAFKA_BROKERS and ELASTICSEARCH_URL). */
  kafkaBrokers: z.string().min(1).optional(),
  elasticsearchUrl: z.url().optional(),
  /** Kafka client listener port. Default 9092 (profile test: 19092). */
  kafkaPort: port.optional(),
  /** KRaft controller listener port. Default kafkaPort + 1. */
  kafkaControllerPort: port.optional(),
  /** Elasticsearch HTTP port. Default 9200 (profile test: 19200). */
  elasticsearchPort: port.optional(),
  /** Elasticsearch transport port. Default elasticsearchPort + 100. */
  elasticsearchTransportPort: port.optional(),
  /** Kafka JVM heap (-Xms = -Xmx). Default "512m". */
  kafkaHeap: heap.optional(),
  /** Elasticsearch JVM heap (-Xms = -Xmx). Default "1g". */
  elasticsearchHeap: heap.optional(),
  /** This profile's data, logs, config and pid files. Default <state root>/<profile>. */
  stateDir: absolutePath.optional(),
  /** Download cache. Default env NEWSFLOW_CACHE_DIR, else ${XDG_CACHE_HOME:-~/.cache}/newsflow. */
  cacheDir: absolutePath.optional(),
  /** Where the Elasticsearch distribution is unpacked. Default env NEWSFLOW_DIST_DIR, else /var/tmp/newsflow/dist as root, else <cacheDir>/dist. */
  distDir: absolutePath.optional(),
  /** Unprivileged user that runs Elasticsearch when we are root. Default "newsflow". */
  elasticsearchUser: z
    .string()
    .regex(/^[a-z_][a-z0-9_-]{0,31}$/, 'must be a valid Unix user name')
    .optional(),
  /** JDK homes; by default found from env and /usr/lib/jvm. */
  kafkaJavaHome: absolutePath.optional(),
  elasticsearchJavaHome: absolutePath.optional(),
  /** How long to wait for a server to become healthy. Default 180000 ms (first run includes downloads separately). */
  startTimeoutMs: z.number().int().positive().optional(),
  /** How long to wait after SIGTERM before SIGKILL. Default 30000 ms. */
  stopTimeoutMs: z.number().int().positive().optional(),
  /** Receives one line per event; default writes "[infra] ..." to stderr. Pass () => {} to silence. */
  log: z.custom<(line: string) => void>((v) => typeof v === 'function', 'must be a function').optional(),
});

export type StartInfraOptions = z.input<typeof startInfraOptionsSchema>;

export interface ResolveContext {
  env: Readonly<Record<string, string | undefined>>;
  /** Effective user id; 0 means Elasticsearch runs as an unprivileged user. */
  uid: number;
  homedir: string;
}

export interface KafkaSettings {
  readonly host: string;
  readonly port: number;
  readonly controllerPort: number;
  readonly heap: string;
  readonly javaHome: string | undefined;
}

export interface ElasticsearchSettings {
  readonly host: string;
  readonly port: number;
  readonly transportPort: number;
  readonly heap: string;
  readonly javaHome: string | undefined;
  /** Run as this user (only when we are root), else undefined: run as ourselves. */
  readonly runAsUser: string | undefined;
}

export interface ResolvedConfig {
  readonly profile: string;
  readonly requestedMode: RequestedMode;
  readonly external: { readonly kafkaBrokers: string; readonly elasticsearchUrl: string } | undefined;
  readonly kafka: KafkaSettings;
  readonly elasticsearch: ElasticsearchSettings;
  readonly paths: { readonly stateDir: string; readonly cacheDir: string; readonly distDir: string };
  readonly startTimeoutMs: number;
  readonly stopTimeoutMs: number;
  readonly log: (line: string) => void;
  /** The environment the config was read from (for JDK discovery). */
  readonly env: Readonly<Record<string, string | undefined>>;
}

const defaultLog = (line: string): void => {
  process.stderr.write(`[infra] ${line}\n`);
};

function envString(env: ResolveContext['env'], name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

export function defaultContext(): ResolveContext {
  return { env: process.env, uid: process.getuid?.() ?? -1, homedir: os.homedir() };
}

/** The state root that holds one folder per profile. Root's home is private, so as root it is /var/tmp/newsflow. */
export function defaultStateRoot(ctx: ResolveContext): string {
  const explicit = envString(ctx.env, 'NEWSFLOW_STATE_DIR');
  if (explicit !== undefined) return path.resolve(explicit);
  if (ctx.uid === 0) return '/var/tmp/newsflow';
  const xdg = envString(ctx.env, 'XDG_STATE_HOME') ?? path.join(ctx.homedir, '.local', 'state');
  return path.join(xdg, 'newsflow');
}

export function defaultCacheDir(ctx: ResolveContext): string {
  const explicit = envString(ctx.env, 'NEWSFLOW_CACHE_DIR');
  if (explicit !== undefined) return path.resolve(explicit);
  const xdg = envString(ctx.env, 'XDG_CACHE_HOME') ?? path.join(ctx.homedir, '.cache');
  return path.join(xdg, 'newsflow');
}

function formatIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(options)'}: ${issue.message}`)
    .join('; ');
}

/** Validates options once, fills defaults from env and the profile, and freezes the result. Pure given ctx. */
export function resolveConfig(
  options: StartInfraOptions = {},
  ctx: ResolveContext = defaultContext(),
): ResolvedConfig {
  const parsed = startInfraOptionsSchema.safeParse(options);
  if (!parsed.success) {
    throw new InfraError(
      'NEWSFLOW_INFRA_INVALID_OPTIONS',
      `Invalid infra options: ${formatIssues(parsed.error)}`,
      {
        cause: parsed.error,
      },
    );
  }
  const o = parsed.data;
  const env = ctx.env;

  const profileFromEnv = envString(env, 'NEWSFLOW_INFRA_PROFILE');
  const profile = o.profile ?? profileFromEnv ?? 'dev';
  if (
    o.profile === undefined &&
    profileFromEnv !== undefined &&
    !/^[a-z0-9][a-z0-9_-]{0,39}$/i.test(profile)
  ) {
    throw new InfraError(
      'NEWSFLOW_INFRA_INVALID_OPTIONS',
      `NEWSFLOW_INFRA_PROFILE="${profile}" is not a valid profile name: use 1-40 letters, digits, "_" or "-"`,
    );
  }

  const modeFromEnv = envString(env, 'NEWSFLOW_INFRA_MODE');
  let requestedMode: RequestedMode = o.mode ?? 'auto';
  if (o.mode === undefined && modeFromEnv !== undefined) {
    if (modeFromEnv !== 'auto' && !(INFRA_MODES as readonly string[]).includes(modeFromEnv)) {
      throw new InfraError(
        'NEWSFLOW_INFRA_INVALID_OPTIONS',
        `NEWSFLOW_INFRA_MODE="${modeFromEnv}" is not one of auto, ${INFRA_MODES.join(', ')}`,
      );
    }
    requestedMode = modeFromEnv as RequestedMode;
  }

  const kafkaBrokers = o.kafkaBrokers ?? envString(env, 'KAFKA_BROKERS');
  const elasticsearchUrl = o.elasticsearchUrl ?? envString(env, 'ELASTICSEARCH_URL');
  const wantsExternal = requestedMode === 'auto' || requestedMode === 'external';
  if (wantsExternal && (kafkaBrokers === undefined) !== (elasticsearchUrl === undefined)) {
    throw new InfraError(
      'NEWSFLOW_INFRA_INVALID_OPTIONS',
      `Only one of KAFKA_BROKERS (${kafkaBrokers ?? 'unset'}) and ELASTICSEARCH_URL (${
        elasticsearchUrl === undefined ? 'unset' : 'set'
      }) is set: set both to use external servers, or neither to let infra start them`,
    );
  }
  if (wantsExternal && elasticsearchUrl !== undefined && !z.url().safeParse(elasticsearchUrl).success) {
    throw new InfraError(
      'NEWSFLOW_INFRA_INVALID_OPTIONS',
      'ELASTICSEARCH_URL must be a URL such as http://127.0.0.1:9200',
    );
  }
  const external =
    wantsExternal && kafkaBrokers !== undefined && elasticsearchUrl !== undefined
      ? { kafkaBrokers, elasticsearchUrl }
      : undefined;
  if (requestedMode === 'external' && external === undefined) {
    throw new InfraError(
      'NEWSFLOW_INFRA_INVALID_OPTIONS',
      'mode "external" needs KAFKA_BROKERS and ELASTICSEARCH_URL (or the kafkaBrokers and elasticsearchUrl options)',
    );
  }

  const ports = profile === 'test' ? PROFILE_PORTS.test : PROFILE_PORTS.dev;
  const kafkaPort = o.kafkaPort ?? ports.kafka;
  const kafkaControllerPort =
    o.kafkaControllerPort ?? (o.kafkaPort === undefined ? ports.kafkaController : kafkaPort + 1);
  const elasticsearchPort = o.elasticsearchPort ?? ports.elasticsearch;
  const elasticsearchTransportPort =
    o.elasticsearchTransportPort ??
    (o.elasticsearchPort === undefined ? ports.elasticsearchTransport : elasticsearchPort + 100);
  const allPorts = { kafkaPort, kafkaControllerPort, elasticsearchPort, elasticsearchTransportPort };
  const seen = new Map<number, string>();
  for (const [name, value] of Object.entries(allPorts)) {
    if (value > 65535) {
      throw new InfraError(
        'NEWSFLOW_INFRA_INVALID_OPTIONS',
        `${name} would be ${value}: set it explicitly (1-65535)`,
      );
    }
    const other = seen.get(value);
    if (other !== undefined) {
      throw new InfraError(
        'NEWSFLOW_INFRA_INVALID_OPTIONS',
        `${name} and ${other} are both ${value}: give each its own port`,
      );
    }
    seen.set(value, name);
  }

  const cacheDir = o.cacheDir ?? defaultCacheDir(ctx);
  const stateDir = o.stateDir ?? path.join(defaultStateRoot(ctx), profile);
  const distFromEnv = envString(env, 'NEWSFLOW_DIST_DIR');
  const distDir =
    o.distDir ??
    (distFromEnv === undefined ? undefined : path.resolve(distFromEnv)) ??
    (ctx.uid === 0 ? '/var/tmp/newsflow/dist' : path.join(cacheDir, 'dist'));

  const config: ResolvedConfig = {
    profile,
    requestedMode,
    external: external === undefined ? undefined : Object.freeze(external),
    kafka: Object.freeze({
      host: '127.0.0.1',
      port: kafkaPort,
      controllerPort: kafkaControllerPort,
      heap: o.kafkaHeap ?? '512m',
      javaHome: o.kafkaJavaHome,
    }),
    elasticsearch: Object.freeze({
      host: '127.0.0.1',
      port: elasticsearchPort,
      transportPort: elasticsearchTransportPort,
      heap: o.elasticsearchHeap ?? '1g',
      javaHome: o.elasticsearchJavaHome,
      runAsUser: ctx.uid === 0 ? (o.elasticsearchUser ?? 'newsflow') : undefined,
    }),
    paths: Object.freeze({ stateDir, cacheDir, distDir }),
    startTimeoutMs: o.startTimeoutMs ?? 180_000,
    stopTimeoutMs: o.stopTimeoutMs ?? 30_000,
    log: o.log ?? defaultLog,
    env: Object.freeze({ ...env }),
  };
  return Object.freeze(config);
}
