/**
 * Counts messages handed to Kafka and not yet acknowledged. `tryAcquire` refuses at once instead of
 * queueing when the bound would be passed, so a caller under load answers "later" (503) rather than
 * piling up memory and latency.
 */
export class InFlightLimit {
  #inFlight = 0;
  constructor(readonly max: number) {
    if (!Number.isInteger(max) || max < 1)
      throw new RangeError(`maxInFlight must be an integer >= 1, got ${max}`);
  }

  get inFlight(): number {
    return this.#inFlight;
  }

  /** Takes `count` slots, or none and returns false. A single request larger than the bound passes when nothing else is in flight. */
  tryAcquire(count: number): boolean {
    if (count <= 0) return true;
    if (this.#inFlight > 0 && this.#inFlight + count > this.max) return false;
    this.#inFlight += count;
    return true;
  }

  release(count: number): void {
    this.#inFlight = Math.max(0, this.#inFlight - Math.max(0, count));
  }
}
