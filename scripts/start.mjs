// `npm start`: install what is missing, build, bring up Kafka, Elasticsearch and the four services,
// push the sample articles, print where to search. Ctrl-C stops everything cleanly.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT, build, ensureInstalled, run, startServers } from './lib.mjs';

ensureInstalled();
build();

const servers = await startServers('dev');
const logDir = path.join(ROOT, '.newsflow', 'logs');
mkdirSync(logDir, { recursive: true });

const env = {
  ...process.env,
  KAFKA_BROKERS: servers.kafkaBrokers,
  ELASTICSEARCH_URL: servers.elasticsearchUrl,
  INGESTER_PORT: process.env.INGESTER_PORT ?? '8081',
  SEARCH_API_PORT: process.env.SEARCH_API_PORT ?? '8080',
  ENRICHER_OPS_PORT: process.env.ENRICHER_OPS_PORT ?? '9101',
  INDEXER_OPS_PORT: process.env.INDEXER_OPS_PORT ?? '9102',
};
// Without a feeds file, a local demo feed: its key is kept in .newsflow/demo-feed.key for `newsflow push`.
if (!env.FEEDS_FILE) {
  const { ensureDemoFeed } = await import(path.join(ROOT, 'packages', 'feeds', 'dist', 'index.js'));
  env.FEEDS_FILE = ensureDemoFeed(path.join(ROOT, '.newsflow')).feedsFile;
}

const { SERVICE_NAMES, startServiceProcess } = await import(path.join(ROOT, 'infra', 'dist', 'index.js'));
const logFile = (name) => path.join(logDir, `${name}.log`);
const services = SERVICE_NAMES.map((name) => {
  const service = startServiceProcess(name, { env, logFile: logFile(name), keepLines: false });
  service.child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${name} exited (${code ?? signal}); see ${logFile(name)}`);
      void shutdown(1);
    }
  });
  return service;
});

let stopping = false;
async function shutdown(exitCode) {
  if (stopping) return;
  stopping = true;
  console.log('\nstopping services…');
  await Promise.all(services.map((service) => service.stop()));
  if (servers.reused?.kafka || servers.reused?.elasticsearch) {
    console.log(
      'Kafka and Elasticsearch were running before `npm start` and are left running (npm run infra:down -- --profile dev stops them).',
    );
  } else {
    console.log('stopping Kafka and Elasticsearch…');
  }
  await servers.stop();
  process.exit(exitCode);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

try {
  await Promise.all(services.map((service) => service.waitReady(120_000)));
} catch (error) {
  console.error(`${error.message}\nsee the logs in ${logDir}`);
  await shutdown(1);
}

console.log('pushing the sample articles…');
run(
  process.execPath,
  [path.join(ROOT, 'packages', 'cli', 'dist', 'main.js'), 'push', path.join(ROOT, 'samples', 'articles')],
  {
    env: { ...env, INGESTER_URL: `http://127.0.0.1:${env.INGESTER_PORT}` },
  },
);

console.log(`
newsflow is running.
  search page     http://127.0.0.1:${env.SEARCH_API_PORT}/
  search API      http://127.0.0.1:${env.SEARCH_API_PORT}/v1/search?q=…
  push articles   POST http://127.0.0.1:${env.INGESTER_PORT}/v1/articles   (or: npx newsflow push FILE…)
  kafka           ${servers.kafkaBrokers}
  elasticsearch   ${servers.elasticsearchUrl}
  logs            ${logDir}/<service>.log
Ctrl-C stops everything.`);
