/** The p-th percentile (0..100) of a list of numbers, by nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

export const round = (value: number, digits = 1): number => Math.round(value * 10 ** digits) / 10 ** digits;

/** Runs `task` over `items` with at most `concurrency` at once; resolves when all are done. */
export async function pool<T>(
  items: readonly T[],
  concurrency: number,
  task: (item: T, index: number) => Promise<unknown>,
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next;
      next += 1;
      await task(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}

/**
 * Runs `task` over `items` either as fast as `concurrency` allows (closed loop) or, with `perSecond`,
 * starting one every 1/perSecond s whatever the answers (open loop, as independent clients do).
 */
export async function drive<T>(
  items: readonly T[],
  rate: { concurrency: number } | { perSecond: number },
  task: (item: T, index: number) => Promise<unknown>,
): Promise<void> {
  if ('concurrency' in rate) return pool(items, rate.concurrency, task);
  const started = performance.now();
  await Promise.all(
    items.map(async (item, index) => {
      await new Promise((resolve) =>
        setTimeout(resolve, started + (index * 1000) / rate.perSecond - performance.now()),
      );
      await task(item, index);
    }),
  );
}
