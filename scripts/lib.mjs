// Shared steps of `npm start`, `npm test` and the benchmarks: install what is missing, build, get servers.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed with exit code ${result.status ?? result.signal}`);
  }
}

/** npm install when node_modules is missing or older than the lock file; a no-op otherwise. */
export function ensureInstalled() {
  const marker = path.join(ROOT, 'node_modules', '.package-lock.json');
  const lock = path.join(ROOT, 'package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  console.log('installing dependencies…');
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error']);
}

export function build() {
  run('npx', ['tsc', '-b']);
}

/**
 * Kafka and Elasticsearch: the ones named by KAFKA_BROKERS and ELASTICSEARCH_URL when both are set,
 * otherwise testcontainers where a Docker engine runs, otherwise servers provisioned on this machine.
 */
export async function startServers(profile) {
  const { startInfra } = await import(path.join(ROOT, 'infra', 'dist', 'index.js'));
  return startInfra({ profile });
}
