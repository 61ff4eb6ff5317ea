// `npm test`: the whole suite against real Kafka and Elasticsearch, ending with "N passed, N failed".
// Extra arguments go to jest, e.g. `npm test -- --selectProjects unit`.
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT, build, ensureInstalled, ensureSystemPackages, startServers } from './lib.mjs';

/** The projects named by --selectProjects, or undefined for all. */
function selectedProjects(args) {
  const index = args.indexOf('--selectProjects');
  if (index === -1) return undefined;
  const names = [];
  for (const arg of args.slice(index + 1)) {
    if (arg.startsWith('-')) break;
    names.push(arg);
  }
  return names;
}

const jestArgs = process.argv.slice(2);
const selected = selectedProjects(jestArgs);
const needsServers = !selected || selected.some((project) => project !== 'unit');

ensureInstalled();
ensureSystemPackages({ browser: !selected || selected.includes('browser') });
build();

let servers;
if (needsServers) {
  servers = await startServers('test');
  process.env.KAFKA_BROKERS = servers.kafkaBrokers;
  process.env.ELASTICSEARCH_URL = servers.elasticsearchUrl;
  console.log(`kafka ${servers.kafkaBrokers}, elasticsearch ${servers.elasticsearchUrl} (${servers.mode})`);
}

const artifacts = path.join(ROOT, 'test-artifacts');
mkdirSync(artifacts, { recursive: true });
const results = path.join(artifacts, 'jest-results.json');
const jest = spawnSync(
  process.execPath,
  [
    path.join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js'),
    '--json',
    `--outputFile=${results}`,
    ...jestArgs,
  ],
  {
    cwd: ROOT,
    stdio: 'inherit',
    env: {
      ...process.env,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules`.trim(),
    },
  },
);

await servers?.stop();

if (existsSync(results)) {
  const summary = JSON.parse(readFileSync(results, 'utf8'));
  console.log(`${summary.numPassedTests} passed, ${summary.numFailedTests} failed`);
} else {
  console.log('0 passed, 0 failed');
}
process.exit(jest.status ?? 1);
