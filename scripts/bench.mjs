// `npm run bench` (and bench:*): install, build, get Kafka and Elasticsearch, then run one benchmark
// from bench/. Arguments after the name go to the benchmark, e.g. `npm run bench -- --articles 5000`.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT, build, ensureInstalled, startServers } from './lib.mjs';

const [name = 'pipeline', ...args] = process.argv.slice(2);
ensureInstalled();
build();
// The enrichment benchmark is pure computation; the others need the servers.
const servers = name === 'enrich' ? undefined : await startServers('test');
const result = spawnSync(process.execPath, [path.join(ROOT, 'bench', 'dist', `${name}.js`), ...args], {
  cwd: ROOT,
  stdio: 'inherit',
  env: servers
    ? { ...process.env, KAFKA_BROKERS: servers.kafkaBrokers, ELASTICSEARCH_URL: servers.elasticsearchUrl }
    : process.env,
});
await servers?.stop();
process.exit(result.status ?? 1);
