import { InfraError } from './errors.js';
import { runCommand } from './downloads.js';

export interface SystemUser {
  readonly name: string;
  readonly uid: number;
  readonly gid: number;
}

async function lookup(name: string): Promise<SystemUser | undefined> {
  const result = await runCommand('getent', ['passwd', name]).catch(() => undefined);
  if (result === undefined || result.code !== 0) return undefined;
  const fields = result.output.trim().split(':');
  const uid = Number(fields[2]);
  const gid = Number(fields[3]);
  return Number.isInteger(uid) && Number.isInteger(gid) ? { name, uid, gid } : undefined;
}

/**
 * Elasticsearch refuses to run as root: as root we run it as an unprivileged system user, created here
 * when missing (no home, no login shell).
 */
export async function ensureSystemUser(name: string, log: (line: string) => void): Promise<SystemUser> {
  const existing = await lookup(name);
  if (existing !== undefined) return existing;
  log(`creating system user "${name}" to run Elasticsearch (it refuses to run as root)`);
  const result = await runCommand('useradd', [
    '--system',
    '--no-create-home',
    '--home-dir',
    '/nonexistent',
    '--shell',
    '/usr/sbin/nologin',
    '--user-group',
    name,
  ]).catch((error: unknown) => ({ code: -1, output: String(error) }));
  const created = await lookup(name);
  if (created !== undefined) return created;
  throw new InfraError(
    'NEWSFLOW_INFRA_USER_SETUP_FAILED',
    `Could not create the system user "${name}" that runs Elasticsearch (useradd exit ${result.code}: ${result.output.trim()}); ` +
      `create it yourself (useradd --system --user-group ${name}) or choose another with the elasticsearchUser option`,
  );
}
