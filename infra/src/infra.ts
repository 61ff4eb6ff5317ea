import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { InfraError, toInfraError } from './errors.js';
import { LocalElasticsearch } from './local-elasticsearch.js';
import { LocalKafka } from './local-kafka.js';
import { chooseMode } from './mode.js';
import { defaultContext, resolveConfig } from './options.js';
import type { InfraMode, ResolveContext, ResolvedConfig, StartInfraOptions } from './options.js';
import { readPidFile } from './process-utils.js';
import { stateFile } from './paths.js';
import type { ServerControl } from './server-control.js';
import { startWithTestcontainers } from './testcontainers.js';
import { VERSIONS } from './versions.js';

export interface InfraStopOptions {
  /** Also stop servers that were already running when startInfra found them (default false). */
  force?: boolean;
}

export interface Infra {
  readonly profile: string;
  readonly mode: InfraMode;
  /** Comma-separated host:port list for Kafka clients. */
  readonly kafkaBrokers: string;
  /** Base URL for the Elasticsearch client. */
  readonly elasticsearchUrl: string;
  /** Per-server control; undefined in external mode. */
  readonly kafka: ServerControl | undefined;
  readonly elasticsearch: ServerControl | undefined;
  /** The profile's folder with data, logs and pid files (local mode). */
  readonly stateDir: string | undefined;
  /** Servers that were already running and were reused; stop() leaves them running unless force is set. */
  readonly reused: { readonly kafka: boolean; readonly elasticsearch: boolean };
  /** Stops what this call started (external mode: nothing). */
  stop(options?: InfraStopOptions): Promise<void>;
}

interface StateRecord {
  profile: string;
  mode: 'local';
  versions: { kafka: string; elasticsearch: string };
  kafka: { brokers: string; logFile: string; pidFile: string };
  elasticsearch: { url: string; logFile: string; pidFile: string };
  updatedAt: string;
}

/**
 * Gets Kafka and Elasticsearch: external servers from KAFKA_BROKERS and ELASTICSEARCH_URL; else containers
 * when a container engine answers; else local processes (downloaded once, cached), started in parallel.
 * Resolves once both are healthy.
 */
export async function startInfra(
  options: StartInfraOptions = {},
  ctx: ResolveContext = defaultContext(),
): Promise<Infra> {
  const config = resolveConfig(options, ctx);
  const mode = await chooseMode(config);
  switch (mode) {
    case 'external': {
      const external = config.external;
      if (external === undefined)
        throw new InfraError('NEWSFLOW_INFRA_INTERNAL', 'external mode without servers');
      config.log(
        `using external servers: kafka ${external.kafkaBrokers}, elasticsearch ${external.elasticsearchUrl}`,
      );
      return Object.freeze({
        profile: config.profile,
        mode,
        kafkaBrokers: external.kafkaBrokers,
        elasticsearchUrl: external.elasticsearchUrl.replace(/\/+$/, ''),
        kafka: undefined,
        elasticsearch: undefined,
        stateDir: undefined,
        reused: Object.freeze({ kafka: true, elasticsearch: true }),
        stop: async () => {},
      });
    }
    case 'testcontainers': {
      const stack = await startWithTestcontainers(config);
      return Object.freeze({
        profile: config.profile,
        mode,
        kafkaBrokers: stack.kafka.endpoint,
        elasticsearchUrl: stack.elasticsearch.endpoint,
        kafka: stack.kafka,
        elasticsearch: stack.elasticsearch,
        stateDir: undefined,
        reused: Object.freeze({ kafka: false, elasticsearch: false }),
        stop: () => stack.stop(),
      });
    }
    case 'local':
      return startLocal(config);
  }
}

async function startLocal(config: ResolvedConfig): Promise<Infra> {
  const { stateDir } = config.paths;
  await mkdir(stateDir, { recursive: true, mode: 0o755 });
  await chmod(stateDir, 0o755).catch(() => undefined);
  const kafka = new LocalKafka(config);
  const elasticsearch = new LocalElasticsearch(config);
  const started = Date.now();
  const results = await Promise.allSettled([kafka.start(), elasticsearch.start()]);
  const failures = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failures.length > 0) {
    // Leave nothing half-started behind (but never stop a server we merely reused).
    await Promise.allSettled(
      [kafka, elasticsearch].map((s, i) =>
        results[i]?.status === 'fulfilled' && !s.reused ? s.stop() : undefined,
      ),
    );
    const first = toInfraError(failures[0]?.reason, 'starting local servers');
    if (failures.length > 1)
      config.log(`also failed: ${toInfraError(failures[1]?.reason, 'starting').message}`);
    throw first;
  }
  const record: StateRecord = {
    profile: config.profile,
    mode: 'local',
    versions: { kafka: VERSIONS.kafka, elasticsearch: VERSIONS.elasticsearch },
    kafka: { brokers: kafka.endpoint, logFile: kafka.logFile, pidFile: kafka.paths.pidFile },
    elasticsearch: {
      url: elasticsearch.endpoint,
      logFile: elasticsearch.logFile,
      pidFile: elasticsearch.paths.pidFile,
    },
    updatedAt: new Date().toISOString(),
  };
  await writeFile(stateFile(stateDir), `${JSON.stringify(record, null, 2)}\n`);
  config.log(
    `profile "${config.profile}" ready in ${Date.now() - started} ms: KAFKA_BROKERS=${kafka.endpoint} ` +
      `ELASTICSEARCH_URL=${elasticsearch.endpoint} (state: ${stateDir})`,
  );
  const reused = Object.freeze({ kafka: kafka.reused, elasticsearch: elasticsearch.reused });
  return Object.freeze({
    profile: config.profile,
    mode: 'local' as const,
    kafkaBrokers: kafka.endpoint,
    elasticsearchUrl: elasticsearch.endpoint,
    kafka,
    elasticsearch,
    stateDir,
    reused,
    stop: async (stopOptions: InfraStopOptions = {}) => {
      const force = stopOptions.force === true;
      await Promise.all([
        force || !reused.kafka ? kafka.stop() : undefined,
        force || !reused.elasticsearch ? elasticsearch.stop() : undefined,
      ]);
      if (force || (!reused.kafka && !reused.elasticsearch)) await rm(stateFile(stateDir), { force: true });
    },
  });
}

export type StopInfraOptions = Pick<StartInfraOptions, 'profile' | 'stateDir' | 'stopTimeoutMs' | 'log'>;

/** Stops a profile's local servers found through their pid files (for `newsflow-infra down`). */
export async function stopInfra(
  options: StopInfraOptions = {},
  ctx: ResolveContext = defaultContext(),
): Promise<void> {
  const config = resolveConfig(
    { ...options, mode: 'local' },
    { ...ctx, env: { ...ctx.env, KAFKA_BROKERS: undefined, ELASTICSEARCH_URL: undefined } },
  );
  const kafka = new LocalKafka(config);
  const elasticsearch = new LocalElasticsearch(config);
  const results = await Promise.allSettled([kafka.stop(), elasticsearch.stop()]);
  await rm(stateFile(config.paths.stateDir), { force: true });
  const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failure !== undefined) {
    throw new InfraError('NEWSFLOW_INFRA_STOP_FAILED', `Stopping profile "${config.profile}" failed`, {
      cause: failure.reason,
    });
  }
}

export interface ServerStatus {
  readonly running: boolean;
  readonly healthy: boolean;
  readonly pid: number | undefined;
  readonly endpoint: string;
  readonly logFile: string;
}

export interface InfraStatus {
  readonly profile: string;
  readonly stateDir: string;
  readonly kafka: ServerStatus;
  readonly elasticsearch: ServerStatus;
}

export type InfraStatusOptions = Omit<StartInfraOptions, 'mode' | 'kafkaBrokers' | 'elasticsearchUrl'>;

/** Whether a profile's local servers run and answer. Endpoints come from the last start when known. */
export async function infraStatus(
  options: InfraStatusOptions = {},
  ctx: ResolveContext = defaultContext(),
): Promise<InfraStatus> {
  const base = resolveConfig(
    { ...options, mode: 'local' },
    { ...ctx, env: { ...ctx.env, KAFKA_BROKERS: undefined, ELASTICSEARCH_URL: undefined } },
  );
  let config = base;
  const recorded = await readFile(stateFile(base.paths.stateDir), 'utf8')
    .then((t) => JSON.parse(t) as Partial<StateRecord>)
    .catch(() => undefined);
  const kafkaPort = Number(recorded?.kafka?.brokers?.split(':').pop());
  const esPort = Number(recorded?.elasticsearch?.url?.split(':').pop());
  if (
    options.kafkaPort === undefined &&
    options.elasticsearchPort === undefined &&
    kafkaPort > 0 &&
    esPort > 0
  ) {
    config = resolveConfig(
      { ...options, mode: 'local', kafkaPort, elasticsearchPort: esPort, log: base.log },
      { ...ctx, env: { ...ctx.env, KAFKA_BROKERS: undefined, ELASTICSEARCH_URL: undefined } },
    );
  }
  const kafka = new LocalKafka(config);
  const elasticsearch = new LocalElasticsearch(config);
  const describe = async (server: LocalKafka | LocalElasticsearch): Promise<ServerStatus> => {
    const running = await server.isRunning();
    return Object.freeze({
      running,
      healthy: running && (await server.isHealthy()),
      pid: running ? await readPidFile(server.paths.pidFile) : undefined,
      endpoint: server.endpoint,
      logFile: server.logFile,
    });
  };
  const [kafkaStatus, esStatus] = await Promise.all([describe(kafka), describe(elasticsearch)]);
  return Object.freeze({
    profile: config.profile,
    stateDir: config.paths.stateDir,
    kafka: kafkaStatus,
    elasticsearch: esStatus,
  });
}
