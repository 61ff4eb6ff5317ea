import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SHARED = process.env.NEWSFLOW_SHARED_DIR ?? path.resolve(ROOT, '..', 'shared');

export type ServiceName = 'ingester' | 'enricher' | 'indexer' | 'search-api';

/** A service started as its real process from its build, with every log line it printed kept. */
export interface ServiceProcess {
  readonly name: ServiceName;
  readonly child: ChildProcess;
  readonly lines: string[];
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>;
  /** SIGKILL: a crash, with nothing cleaned up. */
  kill(): Promise<void>;
}

export function requiredEnv(name: 'KAFKA_BROKERS' | 'ELASTICSEARCH_URL'): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the suite with "npm test", which provides the servers`);
  return value;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export function startService(name: ServiceName, env: Record<string, string>): ServiceProcess {
  const child = spawn(process.execPath, [path.join(ROOT, 'services', name, 'dist', 'main.js')], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const collect = (chunk: Buffer): void => {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    name,
    child,
    lines,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}

/** Polls until `probe` returns a value, or fails with the last error after `timeoutMs`. */
export async function eventually<T>(
  probe: () => Promise<T | undefined>,
  timeoutMs: number,
  what: string,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
}

export async function waitReady(url: string, timeoutMs = 60_000): Promise<void> {
  await eventually(async () => ((await fetch(url)).ok ? true : undefined), timeoutMs, `${url} to be ready`);
}

export function uniquePrefix(label: string): string {
  return `t${label}${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
}

/** Keeps every service's log lines under test-artifacts/, to read after a failure. */
export function saveLogs(services: readonly ServiceProcess[], label: string): void {
  const dir = path.join(ROOT, 'test-artifacts', 'logs');
  mkdirSync(dir, { recursive: true });
  for (const service of services) {
    writeFileSync(path.join(dir, `${label}-${service.name}.log`), `${service.lines.join('\n')}\n`);
  }
}
