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

/**
 * Machine packages the suite needs and a fresh machine may lack: Maven (to fetch Kafka and
 * Elasticsearch) and Debian's Chromium (for the browser tests). Installed with apt-get when missing.
 */
export function ensureSystemPackages({ browser }) {
  const missing = [];
  if (spawnSync('mvn', ['--version'], { stdio: 'ignore' }).status !== 0) missing.push('maven');
  if (browser && !process.env.CHROMIUM_PATH && !existsSync('/usr/bin/chromium')) missing.push('chromium');
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0 || spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status !== 0) {
    throw new Error(
      `missing ${missing.join(', ')}: install ${missing.length > 1 ? 'them' : 'it'} and run again`,
    );
  }
  console.log(`installing ${missing.join(', ')} with apt-get…`);
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
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
