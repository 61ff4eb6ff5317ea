import { backoffDelay } from '@newsflow/kafka';
import type { Logger } from '@newsflow/observability';

export interface ResumeGateOptions {
  /** Resolves when the dependency answers again (e.g. Elasticsearch cluster health). */
  readonly probe: () => Promise<void>;
  readonly maxBackoffMs: number;
  readonly logger: Logger;
  /** Called whenever the number of paused partitions changes. */
  readonly onChange?: (paused: number) => void;
}

export interface ResumeGate {
  /** Registers a paused partition's resume function; the probe loop starts if it is not running. */
  add(resume: () => void): void;
  readonly paused: number;
  close(): void;
}

/**
 * Holds the resume functions of partitions paused while a dependency is down, probes the dependency
 * with exponential backoff and jitter (capped at maxBackoffMs), and resumes them all once it answers.
 */
export function createResumeGate(options: ResumeGateOptions): ResumeGate {
  const waiting: Array<() => void> = [];
  let probing = false;
  let closed = false;
  let timer: NodeJS.Timeout | undefined;

  const loop = async (attempt: number): Promise<void> => {
    if (closed) return;
    try {
      await options.probe();
    } catch (error) {
      const delayMs = backoffDelay(attempt, { maxMs: options.maxBackoffMs });
      options.logger.warn(
        { err: error, attempt, delayMs, paused: waiting.length },
        'still unavailable, partitions stay paused',
      );
      timer = setTimeout(() => void loop(attempt + 1), delayMs);
      return;
    }
    probing = false;
    const resumes = waiting.splice(0);
    options.logger.info({ partitions: resumes.length }, 'available again, resuming partitions');
    for (const resume of resumes) resume();
    options.onChange?.(0);
  };

  return {
    add(resume) {
      waiting.push(resume);
      options.onChange?.(waiting.length);
      if (probing || closed) return;
      probing = true;
      timer = setTimeout(() => void loop(1), backoffDelay(1, { maxMs: options.maxBackoffMs }));
    },
    get paused() {
      return waiting.length;
    },
    close() {
      closed = true;
      clearTimeout(timer);
    },
  };
}
