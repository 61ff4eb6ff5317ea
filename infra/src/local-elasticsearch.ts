import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { chmod, chown, cp, mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ensureElasticsearchInstall, ensureElasticsearchZip } from './downloads.js';
import { renderElasticsearchHeapOptions, renderElasticsearchYml } from './elasticsearch-config.js';
import { InfraError } from './errors.js';
import { findElasticsearchJava } from './java.js';
import type { JavaHome } from './java.js';
import { withLock } from './lock.js';
import type { ResolvedConfig } from './options.js';
import { elasticsearchClusterName, elasticsearchPaths } from './paths.js';
import { waitForPortFree, readPidFile, removeFile, tailFile, terminate, waitUntil } from './process-utils.js';
import { LocalServer } from './local-server.js';
import { ensureSystemUser } from './system-user.js';
import type { SystemUser } from './system-user.js';
import { VERSIONS } from './versions.js';

interface Prepared {
  java: JavaHome;
  home: string;
  user: SystemUser | undefined;
}

/** GET /_cluster/health?wait_for_status=yellow; true for yellow or green. */
export async function isElasticsearchHealthy(url: string, waitSeconds = 1): Promise<boolean> {
  try {
    const response = await fetch(`${url}/_cluster/health?wait_for_status=yellow&timeout=${waitSeconds}s`, {
      signal: AbortSignal.timeout(waitSeconds * 1000 + 2000),
    });
    if (!response.ok) return false;
    const body = (await response.json()) as { status?: string };
    return body.status === 'yellow' || body.status === 'green';
  } catch {
    return false;
  }
}

/**
 * Checks that `user` can reach `dir`: every ancestor must be searchable by it. Root's home (mode 700) is the
 * usual trap.
 */
async function assertReachable(dir: string, user: SystemUser): Promise<void> {
  let current = path.dirname(dir);
  for (;;) {
    const s = await stat(current).catch(() => undefined);
    if (s !== undefined) {
      const bit = s.uid === user.uid ? 0o100 : s.gid === user.gid ? 0o010 : 0o001;
      if ((s.mode & bit) === 0) {
        throw new InfraError(
          'NEWSFLOW_INFRA_PATH_NOT_ACCESSIBLE',
          `Elasticsearch runs as user "${user.name}", which cannot enter ${current} (mode ${(s.mode & 0o777).toString(8)}) ` +
            `on the way to ${dir}. Use a state folder it can reach (the default as root is /var/tmp/newsflow; ` +
            `set NEWSFLOW_STATE_DIR or the stateDir option) or chmod o+x ${current}`,
          { meta: { dir, blockedAt: current } },
        );
      }
    }
    const parent = path.dirname(current);
    if (parent === current) return;
    current = parent;
  }
}

async function chownTree(target: string, user: SystemUser): Promise<void> {
  await chown(target, user.uid, user.gid);
  const s = await stat(target);
  if (!s.isDirectory()) return;
  for (const entry of await readdir(target)) await chownTree(path.join(target, entry), user);
}

/** Elasticsearch (integ-test distribution) as a local JVM process, run as an unprivileged user when we are root. */
export class LocalElasticsearch extends LocalServer {
  readonly name = 'elasticsearch' as const;
  readonly endpoint: string;
  readonly logFile: string;
  readonly paths: ReturnType<typeof elasticsearchPaths>;
  private prepared: Promise<Prepared> | undefined;

  constructor(config: ResolvedConfig) {
    const paths = elasticsearchPaths(config.paths.stateDir, config.profile);
    super(config, paths.pidFile, `-Djava.io.tmpdir=${paths.tmpDir}`);
    this.paths = paths;
    this.endpoint = `http://${config.elasticsearch.host}:${config.elasticsearch.port}`;
    this.logFile = this.paths.logFile;
  }

  /** Fetches and unpacks the distribution (once, cached), finds a JDK 21+ and the user to run as. */
  prepare(): Promise<Prepared> {
    this.prepared ??= (async () => {
      const { env, log, paths, elasticsearch } = this.config;
      const java = findElasticsearchJava(elasticsearch.javaHome, env, VERSIONS.elasticsearchMinJava);
      const user =
        elasticsearch.runAsUser === undefined
          ? undefined
          : await ensureSystemUser(elasticsearch.runAsUser, log);
      const zip = await ensureElasticsearchZip(paths.cacheDir, env, log);
      const install = await ensureElasticsearchInstall(zip.path, paths.distDir, java.home, env, log);
      if (user !== undefined) await assertReachable(path.join(install.path, 'bin'), user);
      return { java, home: install.path, user };
    })();
    this.prepared.catch(() => {
      this.prepared = undefined;
    });
    return this.prepared;
  }

  isHealthy(): Promise<boolean> {
    return isElasticsearchHealthy(this.endpoint);
  }

  async start(): Promise<void> {
    await mkdir(this.paths.dir, { recursive: true });
    await withLock(
      path.join(this.config.paths.stateDir, '.elasticsearch-start.lock'),
      this.config.startTimeoutMs + 60_000,
      () => this.startLocked(),
    );
  }

  private async startLocked(): Promise<void> {
    const { elasticsearch: es, startTimeoutMs, log } = this.config;
    const running = await this.runningPid();
    if (running !== undefined) {
      await this.assertRunningConfigMatches(running);
      this.reused = true;
      await this.waitHealthy(startTimeoutMs);
      log(`elasticsearch already running (pid ${running}) at ${this.endpoint}`);
      return;
    }
    this.reused = false;
    await removeFile(this.paths.pidFile);
    for (const [what, port] of [
      ['HTTP', es.port],
      ['transport', es.transportPort],
    ] as const) {
      if (!(await waitForPortFree(port, es.host))) {
        throw new InfraError(
          'NEWSFLOW_INFRA_PORT_IN_USE',
          `Elasticsearch ${what} port ${es.host}:${port} is already in use by another process; stop it, ` +
            `or pick other ports (elasticsearchPort / elasticsearchTransportPort options, or another --profile)`,
          { meta: { port } },
        );
      }
    }
    const { java, home, user } = await this.prepare();
    const p = this.paths;
    const clusterName = elasticsearchClusterName(this.config.profile);

    if (user !== undefined) {
      // The profile folder is ours; make sure the unprivileged user can enter it.
      const stateDir = this.config.paths.stateDir;
      await chmod(stateDir, ((await stat(stateDir)).mode & 0o777) | 0o055);
      await chmod(p.dir, 0o755);
      await assertReachable(p.dir, user);
    }
    for (const dir of [p.dataDir, p.logsDir, p.tmpDir]) await mkdir(dir, { recursive: true });
    if (!existsSync(path.join(p.configDir, 'jvm.options'))) {
      await cp(path.join(home, 'config'), p.configDir, { recursive: true });
    }
    await mkdir(path.join(p.configDir, 'jvm.options.d'), { recursive: true });
    await writeFile(
      path.join(p.configDir, 'elasticsearch.yml'),
      renderElasticsearchYml({
        clusterName,
        host: es.host,
        httpPort: es.port,
        transportPort: es.transportPort,
        dataDir: p.dataDir,
        logsDir: p.logsDir,
      }),
    );
    await writeFile(
      path.join(p.configDir, 'jvm.options.d', 'newsflow-heap.options'),
      renderElasticsearchHeapOptions(es.heap),
    );
    if (user !== undefined) {
      // Config is small: own all of it. Data, logs and tmp only hold what the server itself wrote.
      await chownTree(p.configDir, user);
      for (const dir of [p.dir, p.dataDir, p.logsDir, p.tmpDir]) await chown(dir, user.uid, user.gid);
    }

    log(
      `starting elasticsearch ${VERSIONS.elasticsearch} on ${this.endpoint} (Java ${java.version}, heap ${es.heap}` +
        `${user === undefined ? '' : `, user ${user.name}`}); log: ${p.logFile}`,
    );
    const started = Date.now();
    const out = openSync(p.stdoutFile, 'a');
    let launcher: Promise<number | null>;
    try {
      const child = spawn(path.join(home, 'bin', 'elasticsearch'), ['-d', '-p', p.pidFile], {
        cwd: p.logsDir,
        detached: true,
        stdio: ['ignore', out, out],
        ...(user === undefined ? {} : { uid: user.uid, gid: user.gid }),
        env: {
          PATH: this.config.env['PATH'] ?? '/usr/local/bin:/usr/bin:/bin',
          LANG: 'C.UTF-8',
          HOME: p.dir,
          ES_JAVA_HOME: java.home,
          ES_PATH_CONF: p.configDir,
          ES_TMPDIR: p.tmpDir,
          // The launcher probes JVM flags through temp folders of its own; keep them out of /tmp.
          CLI_JAVA_OPTS: `-Djava.io.tmpdir=${p.tmpDir}`,
        },
      });
      launcher = new Promise((resolve, reject) => {
        child.once('error', reject);
        child.once('exit', (code) => resolve(code));
      });
      await new Promise<void>((resolve, reject) => {
        child.once('spawn', resolve);
        child.once('error', reject);
      });
      // Not unref'd: we wait for the launcher, which exits by itself once the daemonized node has started.
    } catch (error) {
      throw new InfraError('NEWSFLOW_INFRA_START_FAILED', `Could not launch Elasticsearch from ${home}`, {
        cause: error,
      });
    } finally {
      closeSync(out);
    }
    // In daemon mode (-d) the launcher returns once the node has started, or fails with the reason.
    let timer: NodeJS.Timeout | undefined;
    const outcome = await Promise.race([
      launcher.then((code) => ({ code })),
      new Promise<'timeout'>((resolve) => {
        timer = setTimeout(resolve, startTimeoutMs, 'timeout');
      }),
    ]).finally(() => clearTimeout(timer));
    if (outcome === 'timeout' || outcome.code !== 0) {
      const pid = await readPidFile(p.pidFile);
      if (pid !== undefined) await terminate(pid, 5_000);
      await removeFile(p.pidFile);
      const details = `${await tailFile(p.stdoutFile, 20)}\n${await tailFile(p.logFile, 10)}`;
      throw new InfraError(
        outcome === 'timeout' ? 'NEWSFLOW_INFRA_START_TIMEOUT' : 'NEWSFLOW_INFRA_START_FAILED',
        outcome === 'timeout'
          ? `Elasticsearch did not start within ${startTimeoutMs} ms; see ${p.logFile} and ${p.stdoutFile}:\n${details}`
          : `Elasticsearch failed to start (launcher exit ${outcome.code}); see ${p.stdoutFile} and ${p.logFile}:\n${details}`,
        { meta: { logFile: p.logFile } },
      );
    }
    await this.waitHealthy(Math.max(10_000, startTimeoutMs - (Date.now() - started)));
    log(
      `elasticsearch healthy at ${this.endpoint} after ${Date.now() - started} ms (pid ${await readPidFile(p.pidFile)})`,
    );
  }

  /** A running server of this profile must listen where we were asked to. */
  private async assertRunningConfigMatches(pid: number): Promise<void> {
    const text = await readFile(path.join(this.paths.configDir, 'elasticsearch.yml'), 'utf8').catch(() => '');
    const port = Number(/^http\.port: *([0-9]+)/m.exec(text)?.[1]);
    if (port !== this.config.elasticsearch.port) {
      throw new InfraError(
        'NEWSFLOW_INFRA_PROFILE_CONFLICT',
        `Elasticsearch of profile "${this.config.profile}" is already running (pid ${pid}) on HTTP port ${port || 'unknown'}, ` +
          `not ${this.config.elasticsearch.port}; stop it first (newsflow-infra down --profile ${this.config.profile}) ` +
          `or use another profile`,
      );
    }
  }

  private async waitHealthy(timeoutMs: number): Promise<void> {
    let gone = false;
    const ok = await waitUntil(
      async () => {
        if ((await this.runningPid()) === undefined) {
          gone = true;
          return true;
        }
        return isElasticsearchHealthy(this.endpoint, 2);
      },
      timeoutMs,
      250,
    );
    if (gone || !ok) {
      throw new InfraError(
        gone ? 'NEWSFLOW_INFRA_START_FAILED' : 'NEWSFLOW_INFRA_START_TIMEOUT',
        `Elasticsearch at ${this.endpoint} ${gone ? 'exited' : `was not yellow or green within ${timeoutMs} ms`}; ` +
          `see ${this.logFile}:\n${await tailFile(this.logFile, 15)}`,
        { meta: { logFile: this.logFile } },
      );
    }
  }
}
