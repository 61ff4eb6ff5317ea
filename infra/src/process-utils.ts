import { readFileSync, readdirSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** True while the process exists and is not a zombie. */
export function isPidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (comm) S ..." — comm may contain spaces or parentheses, the state follows the last ")".
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    if (state !== 'Z' && state !== 'X') return true;
    // A killed JVM's main thread turns zombie while its other threads still exit and hold its sockets.
    return readdirSync(`/proc/${pid}/task`).length > 1;
  } catch {
    return process.platform !== 'linux';
  }
}

export function readCmdline(pid: number): string[] {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8')
      .split('\0')
      .filter((s) => s !== '');
  } catch {
    return [];
  }
}

/** Alive and its command line contains `marker` (guards against a recycled pid). */
export function isOurProcess(pid: number, marker: string): boolean {
  if (!isPidAlive(pid)) return false;
  if (process.platform !== 'linux') return true;
  return readCmdline(pid).some((arg) => arg.includes(marker));
}

export async function readPidFile(file: string): Promise<number | undefined> {
  try {
    const pid = Number((await readFile(file, 'utf8')).trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

export async function writePidFile(file: string, pid: number): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${pid}\n`);
}

export async function removeFile(file: string): Promise<void> {
  await rm(file, { force: true });
}

export async function waitUntil(
  predicate: () => boolean | Promise<boolean>,
  timeoutMs: number,
  intervalMs = 200,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await predicate()) return true;
    if (Date.now() >= deadline) return false;
    await sleep(Math.min(intervalMs, Math.max(0, deadline - Date.now())));
  }
}

function signal(pid: number, sig: NodeJS.Signals, group: boolean): void {
  try {
    process.kill(group ? -pid : pid, sig);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ESRCH' && group) {
      signal(pid, sig, false);
      return;
    }
    if (code !== 'ESRCH') throw error;
  }
}

export interface TerminateResult {
  /** True when SIGTERM was not enough and SIGKILL was sent. */
  killed: boolean;
}

/** SIGTERM, wait up to timeoutMs, then SIGKILL. `group` signals the whole process group led by pid. */
export async function terminate(pid: number, timeoutMs: number, group = false): Promise<TerminateResult> {
  if (!isPidAlive(pid)) return { killed: false };
  signal(pid, 'SIGTERM', group);
  if (await waitUntil(() => !isPidAlive(pid), timeoutMs, 100)) return { killed: false };
  signal(pid, 'SIGKILL', group);
  await waitUntil(() => !isPidAlive(pid), 10_000, 50);
  return { killed: true };
}

export async function killNow(pid: number, group = false): Promise<void> {
  if (!isPidAlive(pid)) return;
  signal(pid, 'SIGKILL', group);
  await waitUntil(() => !isPidAlive(pid), 10_000, 50);
}

/** True when nothing listens on host:port (we could bind it). */
export function isPortFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen({ port, host, exclusive: true }, () => {
      server.close(() => resolve(true));
    });
  });
}

/** Waits up to timeoutMs for a port to become free (a just-stopped server may still hold it briefly). */
export function waitForPortFree(port: number, host = '127.0.0.1', timeoutMs = 5000): Promise<boolean> {
  return waitUntil(() => isPortFree(port, host), timeoutMs, 200);
}

export function canConnect(port: number, host = '127.0.0.1', timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    const done = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** Last `lines` lines of a text file, or '' when it cannot be read. */
export async function tailFile(file: string, lines = 20): Promise<string> {
  try {
    const text = await readFile(file, 'utf8');
    return text
      .split('\n')
      .slice(-lines - 1)
      .join('\n')
      .trimEnd();
  } catch {
    return '';
  }
}
