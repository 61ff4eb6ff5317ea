export interface ProgressStream {
  write(chunk: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

export interface ProgressCounts {
  readonly done: number;
  readonly total: number;
  readonly accepted: number;
  readonly rejected: number;
  readonly failed: number;
}

/** A one-line progress report with rate and ETA, redrawn in place; silent unless the stream is a terminal. */
export class Progress {
  readonly #stream: ProgressStream;
  readonly #enabled: boolean;
  readonly #started: number;
  readonly #now: () => number;
  #lastDraw = 0;
  #drawn = false;

  constructor(stream: ProgressStream, options: { now?: () => number; force?: boolean } = {}) {
    this.#stream = stream;
    this.#enabled = options.force ?? stream.isTTY === true;
    this.#now = options.now ?? Date.now;
    this.#started = this.#now();
  }

  update(counts: ProgressCounts): void {
    if (!this.#enabled) return;
    const now = this.#now();
    if (counts.done < counts.total && now - this.#lastDraw < 100) return;
    this.#lastDraw = now;
    const width = Math.max(20, (this.#stream.columns || 80) - 1);
    this.#stream.write(`\r\x1b[2K${formatProgress(counts, now - this.#started).slice(0, width)}`);
    this.#drawn = true;
  }

  /** Clears the line so the summary starts on a clean one. */
  finish(): void {
    if (this.#drawn) this.#stream.write('\r\x1b[2K');
    this.#drawn = false;
  }
}

export function formatProgress(counts: ProgressCounts, elapsedMs: number): string {
  const rate = elapsedMs > 0 ? (counts.done * 1_000) / elapsedMs : 0;
  const remaining = counts.total - counts.done;
  const eta = rate > 0 ? `ETA ${formatDuration((remaining / rate) * 1_000)}` : 'ETA --';
  const percent = counts.total > 0 ? Math.floor((counts.done * 100) / counts.total) : 100;
  return (
    `${counts.done}/${counts.total} (${percent}%) ` +
    `${counts.accepted} accepted, ${counts.rejected} rejected, ${counts.failed} failed · ` +
    `${rate.toFixed(1)}/s · ${eta}`
  );
}

function formatDuration(ms: number): string {
  const total = Math.ceil(ms / 1_000);
  if (total < 60) return `${total}s`;
  const minutes = Math.floor(total / 60);
  if (minutes < 60) return `${minutes}m${String(total % 60).padStart(2, '0')}s`;
  return `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}m`;
}
