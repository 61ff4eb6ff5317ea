export interface BackoffOptions {
  readonly initialMs?: number;
  readonly maxMs?: number;
}

/** Exponential backoff with full jitter: retries from many consumers do not arrive together. */
export function backoffDelay(attempt: number, options: BackoffOptions = {}): number {
  const initial = options.initialMs ?? 200;
  const max = options.maxMs ?? 30_000;
  const ceiling = Math.min(max, initial * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + Math.random() * (ceiling / 2));
}
