/**
 * Offsets of the weights of two-word (or two-shape) features by the ids of the two, in one open-addressing table
 * of typed arrays. The tagger asks four of these per token; a Map of Maps cost twice the time.
 */
export class PairOffsets {
  private firsts = new Int32Array(16).fill(-1);
  private seconds = new Int32Array(16);
  private offsets = new Int32Array(16);
  private size = 0;

  /** Remembers the offset of the pair (a, b); ids are never negative. */
  set(a: number, b: number, offset: number): void {
    if ((this.size + 1) * 2 > this.firsts.length) this.grow();
    const slot = this.slotOf(a, b);
    if ((this.firsts[slot] as number) < 0) this.size++;
    this.firsts[slot] = a;
    this.seconds[slot] = b;
    this.offsets[slot] = offset;
  }

  /** The offset of the pair (a, b), or -1. */
  get(a: number, b: number): number {
    const slot = this.slotOf(a, b);
    return (this.firsts[slot] as number) < 0 ? -1 : (this.offsets[slot] as number);
  }

  /** The slot holding (a, b), or the empty one where it would go (linear probing; the table is never full). */
  private slotOf(a: number, b: number): number {
    const mask = this.firsts.length - 1;
    let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b);
    h ^= h >>> 15;
    let slot = h & mask;
    for (;;) {
      const first = this.firsts[slot] as number;
      if (first < 0 || (first === a && this.seconds[slot] === b)) return slot;
      slot = (slot + 1) & mask;
    }
  }

  private grow(): void {
    const { firsts, seconds, offsets } = this;
    this.firsts = new Int32Array(firsts.length * 2).fill(-1);
    this.seconds = new Int32Array(firsts.length * 2);
    this.offsets = new Int32Array(firsts.length * 2);
    this.size = 0;
    for (let i = 0; i < firsts.length; i++)
      if ((firsts[i] as number) >= 0)
        this.set(firsts[i] as number, seconds[i] as number, offsets[i] as number);
  }
}
