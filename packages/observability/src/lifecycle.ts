import type { Logger } from 'pino';

export interface RunningService {
  /** Stop taking work, finish or hand back what is in flight, commit, disconnect. */
  stop(): Promise<void>;
}

export interface RunOptions {
  readonly logger: Logger;
  readonly start: () => Promise<RunningService>;
  /** After this long a stop that hangs is abandoned and the process exits with an error. */
  readonly stopTimeoutMs?: number;
}

/**
 * Runs a service as a process: starts it, stops it once on SIGTERM or SIGINT and exits 0 when
 * the stop completes. A failed start or an uncaught error exits non-zero after logging why.
 */
export async function runService(options: RunOptions): Promise<void> {
  const { logger } = options;
  const stopTimeoutMs = options.stopTimeoutMs ?? 30_000;
  const exit = (code: number): void => {
    // Set first: with nothing left to run, the process ends on its own before the timer fires.
    process.exitCode = code;
    logger.flush();
    // Let the asynchronous log destination drain before the process ends.
    setTimeout(() => process.exit(code), 50).unref();
  };

  process.on('uncaughtException', (error) => {
    logger.fatal({ err: error }, 'uncaught exception');
    exit(1);
  });
  process.on('unhandledRejection', (reason) => {
    logger.fatal({ err: reason }, 'unhandled rejection');
    exit(1);
  });

  let service: RunningService;
  try {
    service = await options.start();
  } catch (error) {
    logger.fatal({ err: error }, 'start failed');
    exit(1);
    return;
  }

  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    const deadline = setTimeout(() => {
      logger.error({ stopTimeoutMs }, 'stop timed out');
      exit(1);
    }, stopTimeoutMs);
    deadline.unref();
    try {
      await service.stop();
      logger.info('stopped');
      exit(0);
    } catch (error) {
      logger.error({ err: error }, 'stop failed');
      exit(1);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}
