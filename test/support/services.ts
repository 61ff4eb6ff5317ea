import { startServiceProcess, type ServiceName, type ServiceProcess } from '@newsflow/infra';

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SHARED = process.env.NEWSFLOW_SHARED_DIR ?? path.resolve(ROOT, '..', 'shared');

export type { ServiceName, ServiceProcess } from '@newsflow/infra';

export function requiredEnv(name: 'KAFKA_BROKERS' | 'ELASTICSEARCH_URL'): string {
  const value = process.env[name];
  if (!value)
    throw new Error(`${name} is not set: run the suite with "npm test", which provides the servers`);
  return value;
}

/** A service as its real process, from its build, logging at info so tests can read what ops would. */
export function startService(name: ServiceName, env: Record<string, string>): ServiceProcess {
  return startServiceProcess(name, { env: { LOG_LEVEL: 'info', ...env } });
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
  throw new Error(
    `timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`,
  );
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
