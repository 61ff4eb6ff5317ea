import type { Logger } from 'pino';
import { AbandonedBatch, type BatchContext } from './consumer-runner.js';
import { backoffDelay, type BackoffOptions } from './backoff.js';

export { backoffDelay, type BackoffOptions } from './backoff.js';

/**
 * Retries work that fails for a reason outside the message (a server down) for as long as the
 * consumer owns the batch, heartbeating between attempts; the batch stays uncommitted meanwhile,
 * which holds back its partition with bounded memory. Gives up with AbandonedBatch on stop or rebalance.
 */
export async function retryWhileActive<T>(
  work: (attempt: number) => Promise<T>,
  context: BatchContext,
  logger: Logger,
  what: string,
  options: BackoffOptions = {},
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work(attempt);
    } catch (error) {
      if (!context.isActive()) throw new AbandonedBatch(`${what} failed while stopping`, { cause: error });
      const delayMs = backoffDelay(attempt, options);
      logger.warn({ err: error, attempt, delayMs }, `${what} failed, retrying`);
      await waitWhileActive(delayMs, context);
    }
  }
}

/**
 * Waits in short steps, heartbeating, so a long backoff neither loses the partition nor delays a stop.
 * Throws AbandonedBatch as soon as the consumer stops or loses the partition.
 */
export async function waitWhileActive(ms: number, context: BatchContext): Promise<void> {
  const step = 1_000;
  for (let waited = 0; ; waited += step) {
    if (!context.isActive()) throw new AbandonedBatch('stopped or lost the partition while waiting to retry');
    if (waited >= ms) return;
    await new Promise((resolve) => setTimeout(resolve, Math.min(step, ms - waited)));
    await context.heartbeat().catch(() => undefined);
  }
}
