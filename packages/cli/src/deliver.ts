import type { FieldIssue } from '@newsflow/contracts';
import { CliError, reasonOf, TransportError } from './errors.js';
import type { PushItem } from './files.js';
import type { IngesterClient, SendResult } from './http-client.js';

export interface RetryPolicy {
  /** Retries after the first attempt; 0 sends once. */
  readonly retries: number;
  /** First backoff delay; doubles on each retry, with jitter. Default 500 ms. */
  readonly baseDelayMs: number;
  /** Longest wait, also the cap on a server's Retry-After. Default 30 s. */
  readonly maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { retries: 3, baseDelayMs: 500, maxDelayMs: 30_000 };

/** How one input ended. `rejected`: the ingester (or the CLI, before sending) refused it; `failed`: it never got through. */
export type ItemResult =
  | {
      readonly outcome: 'accepted';
      readonly label: string;
      readonly id: string;
      readonly revision: number;
      readonly correlationId: string;
      readonly attempts: number;
    }
  | {
      readonly outcome: 'rejected';
      readonly label: string;
      readonly status: number | undefined;
      readonly code: string | undefined;
      readonly detail: string;
      readonly errors: readonly FieldIssue[];
      readonly attempts: number;
    }
  | {
      readonly outcome: 'failed';
      readonly label: string;
      readonly status: number | undefined;
      readonly reason: string;
      readonly attempts: number;
    };

export type Sleep = (ms: number) => Promise<void>;
const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Delay before retry number `retry` (1-based): the server's Retry-After when it sent one, otherwise
 * exponential backoff with equal jitter (half fixed, half random), both capped at maxDelayMs.
 */
export function backoffDelay(
  retry: number,
  policy: RetryPolicy,
  retryAfterMs?: number,
  random: () => number = Math.random,
): number {
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, policy.maxDelayMs);
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/**
 * Sends one item, retrying 429, 502, 503, 504 and transport errors (refused, reset, timeout) up to
 * policy.retries times. Re-sending an article the ingester did take is harmless: its id is stable, so
 * it only becomes a newer revision of the same article.
 */
export async function deliver(
  item: PushItem,
  client: Pick<IngesterClient, 'send'>,
  policy: RetryPolicy,
  sleep: Sleep = realSleep,
): Promise<ItemResult> {
  const label = item.label;
  if (item.kind === 'invalid') {
    return {
      outcome: 'rejected',
      label,
      status: undefined,
      code: 'NEWSFLOW_CLI_INPUT',
      detail: item.reason,
      errors: [],
      attempts: 0,
    };
  }
  for (let attempt = 1; ; attempt += 1) {
    let result: SendResult;
    try {
      result = await client.send(item);
    } catch (error) {
      if (error instanceof TransportError && attempt <= policy.retries) {
        await sleep(backoffDelay(attempt, policy));
        continue;
      }
      const status = error instanceof CliError && 'status' in error ? Number(error.status) : undefined;
      return { outcome: 'failed', label, status, reason: reasonOf(error), attempts: attempt };
    }
    switch (result.outcome) {
      case 'accepted':
        return {
          outcome: 'accepted',
          label,
          id: result.id,
          revision: result.revision,
          correlationId: result.correlationId,
          attempts: attempt,
        };
      case 'rejected':
        return {
          outcome: 'rejected',
          label,
          status: result.status,
          code: result.problem.code,
          detail: result.problem.detail ?? result.problem.title ?? `HTTP ${result.status}`,
          errors: result.problem.errors,
          attempts: attempt,
        };
      case 'retryable':
        if (attempt <= policy.retries) {
          await sleep(backoffDelay(attempt, policy, result.retryAfterMs));
          continue;
        }
        return {
          outcome: 'failed',
          label,
          status: result.status,
          reason: `gave up after ${attempt} attempts: ${describe(result.status, result.problem.detail)}`,
          attempts: attempt,
        };
      case 'failed':
        return {
          outcome: 'failed',
          label,
          status: result.status,
          reason: describe(result.status, result.problem.detail),
          attempts: attempt,
        };
    }
  }
}

const describe = (status: number, detail: string | undefined): string =>
  detail ? `HTTP ${status}: ${detail}` : `HTTP ${status}`;

/** Runs `work` over items with at most `concurrency` in flight; results keep the items' order. */
export async function mapConcurrent<T, R>(
  items: readonly T[],
  concurrency: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await work(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}
