export type ServerName = 'kafka' | 'elasticsearch';

/** Start, stop or kill one server; what a fault-injection test needs. */
export interface ServerControl {
  readonly name: ServerName;
  /** "127.0.0.1:9092" for Kafka, "http://127.0.0.1:9200" for Elasticsearch. */
  readonly endpoint: string;
  /** The server's main log file (undefined for external servers and containers). */
  readonly logFile: string | undefined;
  /** Starts the server (or reuses the running one) and resolves once it is healthy. Data is kept. */
  start(): Promise<void>;
  /** SIGTERM, then SIGKILL after the stop timeout; resolves once the process is gone. No-op when stopped. */
  stop(): Promise<void>;
  /** SIGKILL at once (a crash); resolves once the process is gone. */
  kill(): Promise<void>;
  /** True while the server process (or container) runs, healthy or not. */
  isRunning(): Promise<boolean>;
  /** True when the server answers (Kafka metadata / Elasticsearch cluster health yellow or green). */
  isHealthy(): Promise<boolean>;
}
