import { Kafka, logLevel, type LogEntry, type logCreator } from 'kafkajs';
import type { Logger } from 'pino';

export interface KafkaClientOptions {
  readonly brokers: readonly string[];
  readonly clientId: string;
  readonly logger: Logger;
  /** How long to wait for a broker connection before an attempt fails. */
  readonly connectionTimeoutMs?: number;
  readonly requestTimeoutMs?: number;
}

const PINO_LEVEL: Record<number, 'error' | 'warn' | 'info' | 'debug'> = {
  [logLevel.ERROR]: 'error',
  [logLevel.WARN]: 'warn',
  [logLevel.INFO]: 'info',
  [logLevel.DEBUG]: 'debug',
};

/** kafkajs logs through the service's pino logger, so its lines are JSON like every other line. */
function pinoLogCreator(logger: Logger): logCreator {
  const kafkaLogger = logger.child({ component: 'kafkajs' });
  return () =>
    ({ level, log }: LogEntry) => {
      const { message, timestamp: _timestamp, logger: _name, ...fields } = log;
      // kafkajs reports every reconnect attempt as an error; the services report what matters themselves.
      const pinoLevel = level === logLevel.ERROR ? 'warn' : (PINO_LEVEL[level] ?? 'info');
      kafkaLogger[pinoLevel](fields, message);
    };
}

export function createKafka(options: KafkaClientOptions): Kafka {
  return new Kafka({
    clientId: options.clientId,
    brokers: [...options.brokers],
    connectionTimeout: options.connectionTimeoutMs ?? 3_000,
    requestTimeout: options.requestTimeoutMs ?? 30_000,
    logLevel: logLevel.WARN,
    logCreator: pinoLogCreator(options.logger),
    retry: { initialRetryTime: 200, retries: 8, maxRetryTime: 5_000 },
  });
}
