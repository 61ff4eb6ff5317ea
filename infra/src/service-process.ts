import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const SERVICE_NAMES = ['ingester', 'enricher', 'indexer', 'search-api'] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

/** The repository root, from this package's place in it. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Node flags each service runs with (here, docker-compose.yml, the Dockerfile's examples, bench:enrich). The
 * enricher's old generation is capped: left alone, V8 lets its heap grow with the articles it has seen (RSS 361 MB
 * after 3,000 in bench:enrich, 250 MB after 1,000); capped at 192 MB it stays at 226–263 MB at the same speed. Its
 * largest input (a 5 MB HTML page) needs 200 MB, as the enrichment reads at most 1 MB of HTML.
 */
export const SERVICE_NODE_FLAGS: Readonly<Record<ServiceName, readonly string[]>> = {
  ingester: [],
  enricher: ['--max-old-space-size=192'],
  indexer: [],
  'search-api': [],
};

/** The environment variable holding each service's HTTP port (ops port for the consumers). */
export const SERVICE_PORT_VARIABLE: Readonly<Record<ServiceName, string>> = {
  ingester: 'INGESTER_PORT',
  enricher: 'ENRICHER_OPS_PORT',
  indexer: 'INDEXER_OPS_PORT',
  'search-api': 'SEARCH_API_PORT',
};

export interface ServiceProcessOptions {
  readonly env: Readonly<Record<string, string>>;
  /** Appends every line the service prints to this file. */
  readonly logFile?: string;
  /** Keep the printed lines in `lines` (default true). A long-running stack turns it off to bound memory. */
  readonly keepLines?: boolean;
}

/** One of the four services, run as its real process from its build. */
export interface ServiceProcess {
  readonly name: ServiceName;
  readonly child: ChildProcess;
  /** Every line the service printed so far (its JSON logs). */
  readonly lines: string[];
  /**
   * Resolves with the service's base URL once it listens; fails at once if the process exits first. With its port
   * variable unset or 0 the service binds a port the system picks and the URL comes from its "listening" log line
   * (at LOG_LEVEL info or lower), so no two processes can race for a port picked in advance.
   */
  listening(timeoutMs?: number): Promise<string>;
  /** As `listening`, then until /readyz answers 200. */
  waitReady(timeoutMs?: number): Promise<string>;
  /** SIGTERM, and the exit code once the process has stopped. */
  stop(): Promise<number | null>;
  /** SIGKILL: a crash, nothing cleaned up. */
  kill(): Promise<void>;
}

export function startServiceProcess(name: ServiceName, options: ServiceProcessOptions): ServiceProcess {
  const portVariable = SERVICE_PORT_VARIABLE[name];
  const env = { ...process.env, [portVariable]: '0', ...options.env };
  const port = Number(env[portVariable]);
  const main = path.join(REPO_ROOT, 'services', name, 'dist', 'main.js');
  const child = spawn(process.execPath, [...SERVICE_NODE_FLAGS[name], main], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const log = options.logFile ? createWriteStream(options.logFile, { flags: 'a' }) : undefined;
  let partial = '';
  const keepLines = options.keepLines ?? true;
  let url = port > 0 ? `http://127.0.0.1:${port}` : undefined;
  const collect = (chunk: Buffer): void => {
    log?.write(chunk);
    if (!keepLines && url !== undefined) return;
    const text = partial + chunk.toString('utf8');
    const parts = text.split('\n');
    partial = parts.pop() ?? '';
    for (const line of parts) {
      if (!line) continue;
      url ??= listeningUrl(name, line);
      if (keepLines) lines.push(line);
    }
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      log?.end();
      resolve(code);
    }),
  );
  const running = (): boolean => child.exitCode === null && child.signalCode === null;

  /** Polls `probe` until it holds, failing with the service's last words if the process exits first. */
  const until = async (probe: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> => {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (!running()) throw new Error(`${name} exited before it was ${what}:\n${lines.slice(-5).join('\n')}`);
      if (await probe()) return;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`${name} was not ${what} within ${timeoutMs} ms`);
  };
  const listening = async (timeoutMs = 60_000): Promise<string> => {
    await until(async () => url !== undefined, timeoutMs, 'listening');
    return url as string;
  };

  return {
    name,
    child,
    lines,
    listening,
    waitReady: async (timeoutMs = 60_000) => {
      const started = Date.now();
      const base = await listening(timeoutMs);
      const ready = (): Promise<boolean> =>
        fetch(`${base}/readyz`).then(
          (response) => response.ok,
          () => false,
        );
      await until(ready, timeoutMs - (Date.now() - started), `ready at ${base}/readyz`);
      return base;
    },
    stop: async () => {
      if (running()) child.kill('SIGTERM');
      return exited;
    },
    kill: async () => {
      if (running()) child.kill('SIGKILL');
      await exited;
    },
  };
}

/** The URL in a service's "listening" line ("ingester listening", "indexer running"), if this is that line. */
function listeningUrl(name: ServiceName, line: string): string | undefined {
  if (!line.includes(`"${name} listening"`) && !line.includes(`"${name} running"`)) return undefined;
  try {
    const fields = JSON.parse(line) as { url?: unknown; opsUrl?: unknown };
    const found = fields.url ?? fields.opsUrl;
    return typeof found === 'string' ? found : undefined;
  } catch {
    return undefined;
  }
}

/** A TCP port free on the loopback interface right now. */
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
