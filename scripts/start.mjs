// `npm start`: install what is missing, build, bring up Kafka, Elasticsearch and the four services,
// push the sample articles, print where to search. Ctrl-C stops everything cleanly.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
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

const services = [
  { name: 'ingester', health: `http://127.0.0.1:${env.INGESTER_PORT}/readyz` },
  { name: 'enricher', health: `http://127.0.0.1:${env.ENRICHER_OPS_PORT}/readyz` },
  { name: 'indexer', health: `http://127.0.0.1:${env.INDEXER_OPS_PORT}/readyz` },
  { name: 'search-api', health: `http://127.0.0.1:${env.SEARCH_API_PORT}/readyz` },
];

const children = services.map(({ name }) => {
  const log = createWriteStream(path.join(logDir, `${name}.log`), { flags: 'a' });
  const child = spawn(process.execPath, [path.join(ROOT, 'services', name, 'dist', 'main.js')], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${name} exited (${code ?? signal}); see ${path.join(logDir, `${name}.log`)}`);
      void shutdown(1);
    }
  });
  return { name, child };
});

let stopping = false;
async function shutdown(exitCode) {
  if (stopping) return;
  stopping = true;
  console.log('\nstopping services…');
  await Promise.all(
    children.map(
      ({ child }) =>
        new Promise((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', resolve);
          child.kill('SIGTERM');
        }),
    ),
  );
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

async function waitReady(url, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not become ready within ${timeoutMs / 1000}s; see the logs in ${logDir}`);
}

try {
  await Promise.all(services.map((service) => waitReady(service.health)));
} catch (error) {
  console.error(error.message);
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
