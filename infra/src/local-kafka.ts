import { spawn } from 'node:child_process';
import { existsSync, openSync, closeSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ensureKafkaLibs, runCommand } from './downloads.js';
import { InfraError } from './errors.js';
import { findKafkaJava } from './java.js';
import type { JavaHome } from './java.js';
import {
  kafkaJvmArgs,
  newKafkaClusterId,
  renderKafkaLog4j2Xml,
  renderKafkaServerProperties,
} from './kafka-config.js';
import { isKafkaHealthy } from './kafka-probe.js';
import { withLock } from './lock.js';
import type { ResolvedConfig } from './options.js';
import { kafkaPaths } from './paths.js';
import {
  isPidAlive,
  waitForPortFree,
  removeFile,
  tailFile,
  terminate,
  waitUntil,
  writePidFile,
} from './process-utils.js';
import { LocalServer } from './local-server.js';
import { VERSIONS } from './versions.js';

/** Kafka 4 (KRaft, combined broker + controller) as a local JVM process. */
export class LocalKafka extends LocalServer {
  readonly name = 'kafka' as const;
  readonly endpoint: string;
  readonly logFile: string;
  readonly paths: ReturnType<typeof kafkaPaths>;
  private prepared: Promise<{ java: JavaHome; libs: string }> | undefined;

  constructor(config: ResolvedConfig) {
    const paths = kafkaPaths(config.paths.stateDir);
    super(config, paths.pidFile, paths.serverProperties);
    this.paths = paths;
    this.endpoint = `${config.kafka.host}:${config.kafka.port}`;
    this.logFile = this.paths.logFile;
  }

  /** Fetches the jars (once, cached) and finds a JDK. */
  prepare(): Promise<{ java: JavaHome; libs: string }> {
    this.prepared ??= (async () => {
      const java = findKafkaJava(this.config.kafka.javaHome, this.config.env, VERSIONS.kafkaMinJava);
      const libs = await ensureKafkaLibs(this.config.paths.cacheDir, this.config.env, this.config.log);
      return { java, libs: libs.path };
    })();
    this.prepared.catch(() => {
      this.prepared = undefined;
    });
    return this.prepared;
  }

  isHealthy(): Promise<boolean> {
    return isKafkaHealthy(this.config.kafka.host, this.config.kafka.port);
  }

  async start(): Promise<void> {
    await mkdir(this.paths.dir, { recursive: true });
    await withLock(path.join(this.paths.dir, 'start.lock'), this.config.startTimeoutMs + 60_000, () =>
      this.startLocked(),
    );
  }

  private async startLocked(): Promise<void> {
    const { kafka, startTimeoutMs, log } = this.config;
    const running = await this.runningPid();
    if (running !== undefined) {
      await this.assertRunningConfigMatches(running);
      this.reused = true;
      await this.waitHealthy(running, startTimeoutMs);
      log(`kafka already running (pid ${running}) at ${this.endpoint}`);
      return;
    }
    this.reused = false;
    await removeFile(this.paths.pidFile);
    for (const [what, port] of [
      ['client', kafka.port],
      ['controller', kafka.controllerPort],
    ] as const) {
      if (!(await waitForPortFree(port, kafka.host))) {
        throw new InfraError(
          'NEWSFLOW_INFRA_PORT_IN_USE',
          `Kafka ${what} port ${kafka.host}:${port} is already in use by another process; stop it, ` +
            `or pick other ports (kafkaPort / kafkaControllerPort options, or another --profile)`,
          { meta: { port } },
        );
      }
    }
    const { java, libs } = await this.prepare();
    const p = this.paths;
    await Promise.all([p.configDir, p.dataDir, p.logsDir].map((d) => mkdir(d, { recursive: true })));
    await writeFile(
      p.serverProperties,
      renderKafkaServerProperties({
        host: kafka.host,
        port: kafka.port,
        controllerPort: kafka.controllerPort,
        dataDir: p.dataDir,
      }),
    );
    await writeFile(p.log4jConfig, renderKafkaLog4j2Xml());
    const classpath = `${libs}${path.sep}*`;

    if (!existsSync(path.join(p.dataDir, 'meta.properties'))) {
      const clusterId = newKafkaClusterId();
      log(`formatting Kafka storage in ${p.dataDir} (cluster id ${clusterId})`);
      const result = await runCommand(
        java.java,
        [
          '-Xmx256m',
          `-Dlog4j2.configurationFile=${p.log4jConfig}`,
          `-Dkafka.logs.dir=${p.logsDir}`,
          '-cp',
          classpath,
          'kafka.tools.StorageTool',
          'format',
          '-t',
          clusterId,
          '-c',
          p.serverProperties,
          '--standalone',
        ],
        { cwd: p.dir },
      );
      if (result.code !== 0) {
        throw new InfraError(
          'NEWSFLOW_INFRA_START_FAILED',
          `Formatting Kafka storage in ${p.dataDir} failed (exit ${result.code}); delete that folder if it is ` +
            `corrupt.\n${result.output.split('\n').slice(-20).join('\n')}`,
        );
      }
    }

    log(
      `starting kafka ${VERSIONS.kafka} on ${this.endpoint} (Java ${java.version}, heap ${kafka.heap}); log: ${p.logFile}`,
    );
    const out = openSync(p.stdoutFile, 'a');
    let pid: number | undefined;
    let exitCode: number | null | undefined;
    try {
      const child = spawn(
        java.java,
        [
          ...kafkaJvmArgs({ heap: kafka.heap, logsDir: p.logsDir, log4jConfig: p.log4jConfig, classpath }),
          'kafka.Kafka',
          p.serverProperties,
        ],
        {
          cwd: p.dir,
          detached: true,
          stdio: ['ignore', out, out],
          env: { ...this.config.env, LOG_DIR: p.logsDir },
        },
      );
      await new Promise<void>((resolve, reject) => {
        child.once('spawn', resolve);
        child.once('error', reject);
      });
      child.once('exit', (code) => {
        exitCode = code;
      });
      child.unref();
      pid = child.pid;
    } catch (error) {
      throw new InfraError('NEWSFLOW_INFRA_START_FAILED', `Could not launch ${java.java} for Kafka`, {
        cause: error,
      });
    } finally {
      closeSync(out);
    }
    if (pid === undefined) throw new InfraError('NEWSFLOW_INFRA_START_FAILED', 'Kafka process has no pid');
    await writePidFile(p.pidFile, pid);
    try {
      await this.waitHealthy(pid, startTimeoutMs, () => exitCode);
    } catch (error) {
      await terminate(pid, 5_000, true);
      await removeFile(p.pidFile);
      throw error;
    }
  }

  /** A running server of this profile must listen where we were asked to. */
  private async assertRunningConfigMatches(pid: number): Promise<void> {
    const text = await readFile(this.paths.serverProperties, 'utf8').catch(() => '');
    const listeners = /^listeners=(.*)$/m.exec(text)?.[1] ?? '';
    const expected = `PLAINTEXT://${this.config.kafka.host}:${this.config.kafka.port},CONTROLLER://${this.config.kafka.host}:${this.config.kafka.controllerPort}`;
    if (listeners !== expected) {
      throw new InfraError(
        'NEWSFLOW_INFRA_PROFILE_CONFLICT',
        `Kafka of profile "${this.config.profile}" is already running (pid ${pid}) with listeners ${listeners || 'unknown'}, ` +
          `not ${expected}; stop it first (newsflow-infra down --profile ${this.config.profile}) or use another profile`,
      );
    }
  }

  private async waitHealthy(
    pid: number,
    timeoutMs: number,
    exitCode?: () => number | null | undefined,
  ): Promise<void> {
    const started = Date.now();
    let exited = false;
    const healthy = await waitUntil(
      async () => {
        if (!isPidAlive(pid)) {
          exited = true;
          return true;
        }
        return this.isHealthy();
      },
      timeoutMs,
      250,
    );
    if (exited) {
      throw new InfraError(
        'NEWSFLOW_INFRA_START_FAILED',
        `Kafka exited while starting (exit code ${exitCode?.() ?? 'unknown'}); see ${this.logFile} and ${this.paths.stdoutFile}:\n` +
          `${await tailFile(this.logFile, 15)}\n${await tailFile(this.paths.stdoutFile, 10)}`,
        { meta: { logFile: this.logFile } },
      );
    }
    if (!healthy) {
      throw new InfraError(
        'NEWSFLOW_INFRA_START_TIMEOUT',
        `Kafka did not become healthy at ${this.endpoint} within ${timeoutMs} ms; see ${this.logFile}:\n${await tailFile(
          this.logFile,
          15,
        )}`,
        { meta: { logFile: this.logFile } },
      );
    }
    this.config.log(`kafka healthy at ${this.endpoint} after ${Date.now() - started} ms (pid ${pid})`);
  }
}
