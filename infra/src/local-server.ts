import type { ResolvedConfig } from './options.js';
import { isOurProcess, killNow, readPidFile, removeFile, terminate } from './process-utils.js';
import type { ServerControl, ServerName } from './server-control.js';

/**
 * What the local Kafka and Elasticsearch share: a process found through its pid file (and checked to be
 * ours by a marker on its command line), stopped with SIGTERM then SIGKILL, or killed at once.
 */
export abstract class LocalServer implements ServerControl {
  abstract readonly name: ServerName;
  abstract readonly endpoint: string;
  abstract readonly logFile: string;
  /** Set by start(): true when a running server was found and reused. */
  reused = false;

  protected constructor(
    protected readonly config: ResolvedConfig,
    private readonly pidFile: string,
    /** A command-line argument only this server's process has. */
    private readonly commandLineMarker: string,
  ) {}

  abstract start(): Promise<void>;
  abstract isHealthy(): Promise<boolean>;

  protected async runningPid(): Promise<number | undefined> {
    const pid = await readPidFile(this.pidFile);
    return pid !== undefined && isOurProcess(pid, this.commandLineMarker) ? pid : undefined;
  }

  async isRunning(): Promise<boolean> {
    return (await this.runningPid()) !== undefined;
  }

  async stop(): Promise<void> {
    const pid = await this.runningPid();
    if (pid !== undefined) {
      const { killed } = await terminate(pid, this.config.stopTimeoutMs);
      this.config.log(`${this.name} stopped (pid ${pid}${killed ? ', needed SIGKILL' : ''})`);
    }
    await removeFile(this.pidFile);
  }

  async kill(): Promise<void> {
    const pid = await this.runningPid();
    if (pid !== undefined) {
      await killNow(pid);
      this.config.log(`${this.name} killed (pid ${pid})`);
    }
    await removeFile(this.pidFile);
  }
}
