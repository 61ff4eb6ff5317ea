/**
 * Offsets of the weights of the two features of a pair of neighbours (two words or two shapes), by the ids of the
 * two in text order, in one open-addressing table of typed arrays: the left one's feature ("w|w+1=left|right", side
 * LEFT) and the right one's ("w-1|w=left|right", side RIGHT). The tagger reads both of a pair with one look-up, as
 * the next pair of one token and the previous pair of the token after it; a Map of Maps cost twice the time.
 */
export class PairOffsets {
  private lefts = new Int32Array(16).fill(-1);
  private rights = new Int32Array(16);
  /** Per slot and side (slot * 2 + side), the offset of the feature, -1 for none. */
  private offsets = new Int32Array(32).fill(-1);
  private size = 0;

  /** Remembers the offset of the feature of the pair (left, right) on one side; ids are never negative. */
  set(left: number, right: number, side: PairSide, offset: number): void {
    if ((this.size + 1) * 2 > this.lefts.length) this.grow();
    const slot = this.slotOf(left, right);
    if ((this.lefts[slot] as number) < 0) this.size++;
    this.lefts[slot] = left;
    this.rights[slot] = right;
    this.offsets[slot * 2 + side] = offset;
  }

  /** The slot of the pair (left, right), for `offset`; -1 when it has no feature or either id is negative. */
  find(left: number, right: number): number {
    if (left < 0 || right < 0) return -1;
    const slot = this.slotOf(left, right);
    return (this.lefts[slot] as number) < 0 ? -1 : slot;
  }

  /** The offset of the feature on one side of the pair at `slot` (from `find`), or -1. */
  offset(slot: number, side: PairSide): number {
    return slot < 0 ? -1 : (this.offsets[slot * 2 + side] as number);
  }

  /** The slot holding (left, right), or the empty one where it would go (linear probing; the table is never full). */
  private slotOf(left: number, right: number): number {
    const mask = this.lefts.length - 1;
    let h = Math.imul(left, 0x9e3779b1) ^ Math.imul(right + 0x7f4a7c15, 0x85ebca6b);
    h ^= h >>> 15;
    let slot = h & mask;
    for (;;) {
      const first = this.lefts[slot] as number;
      if (first < 0 || (first === left && this.rights[slot] === right)) return slot;
      slot = (slot + 1) & mask;
    }
  }

  private grow(): void {
    const { lefts, rights, offsets } = this;
    this.lefts = new Int32Array(lefts.length * 2).fill(-1);
    this.rights = new Int32Array(lefts.length * 2);
    this.offsets = new Int32Array(lefts.length * 4).fill(-1);
    this.size = 0;
    for (let i = 0; i < lefts.length; i++)
      if ((lefts[i] as number) >= 0)
        for (const side of [LEFT, RIGHT])
          if ((offsets[i * 2 + side] as number) >= 0)
            this.set(lefts[i] as number, rights[i] as number, side, offsets[i * 2 + side] as number);
  }
}

/** Which word's feature of a pair: the left one's ("w|w+1=", "sh|sh+1=") or the right one's ("w-1|w=", "sh-1|sh="). */
export type PairSide = 0 | 1;
export const LEFT: PairSide = 0;
export const RIGHT: PairSide = 1;
