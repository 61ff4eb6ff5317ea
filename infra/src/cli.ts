#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { isInfraError } from './errors.js';
import { infraStatus, startInfra, stopInfra } from './infra.js';
import type { StartInfraOptions } from './options.js';

const USAGE = `Usage: newsflow-infra <up|down|status> [options]

  up       start Kafka and Elasticsearch for a profile (local mode: in the background, then exit)
  down     stop a profile's local servers
  status   show whether a profile's servers run (exit 0 when both are healthy, 3 otherwise)

Options:
  --profile NAME              data/ports set: dev (default; 9092/9200), test (19092/19200) or any name
  --mode MODE                 auto (default), local, testcontainers or external
  --kafka-port N              Kafka client port (controller: N+1)
  --elasticsearch-port N      Elasticsearch HTTP port (transport: N+100)
  --kafka-heap SIZE           e.g. 512m (default)
  --elasticsearch-heap SIZE   e.g. 1g (default)
  --state-dir DIR             folder for the profile's data, logs and pid files
  --json                      print one JSON object instead of plain lines

Environment: KAFKA_BROKERS + ELASTICSEARCH_URL (use external servers), NEWSFLOW_INFRA_MODE,
NEWSFLOW_INFRA_PROFILE, NEWSFLOW_STATE_DIR, NEWSFLOW_CACHE_DIR, ES_JAVA_HOME, KAFKA_JAVA_HOME.`;

function toPort(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n)) throw new Error(`${flag} must be a port number, got "${value}"`);
  return n;
}

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      profile: { type: 'string' },
      mode: { type: 'string' },
      'kafka-port': { type: 'string' },
      'elasticsearch-port': { type: 'string' },
      'kafka-heap': { type: 'string' },
      'elasticsearch-heap': { type: 'string' },
      'state-dir': { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const command = positionals[0];
  if (values.help || command === undefined) {
    process.stdout.write(`${USAGE}\n`);
    return command === undefined && !values.help ? 2 : 0;
  }
  const json = values.json === true;
  const options: StartInfraOptions = {
    ...(values.profile === undefined ? {} : { profile: values.profile }),
    ...(values['state-dir'] === undefined ? {} : { stateDir: values['state-dir'] }),
    log: (line) => {
      if (!json) process.stderr.write(`[infra] ${line}\n`);
    },
  };
  const kafkaPort = toPort(values['kafka-port'], '--kafka-port');
  const elasticsearchPort = toPort(values['elasticsearch-port'], '--elasticsearch-port');

  switch (command) {
    case 'up': {
      const infra = await startInfra({
        ...options,
        ...(values.mode === undefined ? {} : { mode: values.mode as NonNullable<StartInfraOptions['mode']> }),
        ...(kafkaPort === undefined ? {} : { kafkaPort }),
        ...(elasticsearchPort === undefined ? {} : { elasticsearchPort }),
        ...(values['kafka-heap'] === undefined ? {} : { kafkaHeap: values['kafka-heap'] }),
        ...(values['elasticsearch-heap'] === undefined
          ? {}
          : { elasticsearchHeap: values['elasticsearch-heap'] }),
      });
      const summary = {
        profile: infra.profile,
        mode: infra.mode,
        kafkaBrokers: infra.kafkaBrokers,
        elasticsearchUrl: infra.elasticsearchUrl,
        stateDir: infra.stateDir,
        logs: { kafka: infra.kafka?.logFile, elasticsearch: infra.elasticsearch?.logFile },
      };
      if (json) process.stdout.write(`${JSON.stringify(summary)}\n`);
      else {
        process.stdout.write(
          [
            `profile:          ${infra.profile} (${infra.mode})`,
            `KAFKA_BROKERS=${infra.kafkaBrokers}`,
            `ELASTICSEARCH_URL=${infra.elasticsearchUrl}`,
            ...(infra.kafka?.logFile === undefined ? [] : [`kafka log:        ${infra.kafka.logFile}`]),
            ...(infra.elasticsearch?.logFile === undefined
              ? []
              : [`elasticsearch log: ${infra.elasticsearch.logFile}`]),
            '',
          ].join('\n'),
        );
      }
      if (infra.mode === 'testcontainers') {
        // Containers are removed when this process exits: stay in the foreground until interrupted.
        process.stderr.write('[infra] containers run until this command is interrupted (Ctrl-C)\n');
        await new Promise<void>((resolve) => {
          process.once('SIGINT', () => resolve());
          process.once('SIGTERM', () => resolve());
        });
        await infra.stop();
      }
      return 0;
    }
    case 'down': {
      await stopInfra(options);
      if (json)
        process.stdout.write(`${JSON.stringify({ profile: values.profile ?? 'dev', stopped: true })}\n`);
      else
        process.stdout.write(
          `stopped profile ${values.profile ?? process.env['NEWSFLOW_INFRA_PROFILE'] ?? 'dev'}\n`,
        );
      return 0;
    }
    case 'status': {
      const status = await infraStatus({
        ...options,
        ...(kafkaPort === undefined ? {} : { kafkaPort }),
        ...(elasticsearchPort === undefined ? {} : { elasticsearchPort }),
      });
      if (json) process.stdout.write(`${JSON.stringify(status)}\n`);
      else {
        const line = (name: string, s: typeof status.kafka): string =>
          `${name.padEnd(14)} ${s.running ? (s.healthy ? 'healthy' : 'running, not healthy') : 'stopped'}  ${s.endpoint}` +
          `${s.pid === undefined ? '' : `  pid ${s.pid}`}  log ${s.logFile}`;
        process.stdout.write(
          [
            `profile ${status.profile} (${status.stateDir})`,
            line('kafka', status.kafka),
            line('elasticsearch', status.elasticsearch),
            '',
          ].join('\n'),
        );
      }
      return status.kafka.healthy && status.elasticsearch.healthy ? 0 : 3;
    }
    default:
      process.stderr.write(`unknown command "${command}"\n${USAGE}\n`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (isInfraError(error)) process.stderr.write(`error ${error.code}: ${error.message}\n`);
    else process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
