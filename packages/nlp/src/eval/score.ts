import type { EntityType } from '@newsflow/contracts';
import { ENTITY_TYPES } from '@newsflow/contracts';

export interface PRF {
  p: number;
  r: number;
  f1: number;
}
export type Scores = { micro: PRF } & Record<EntityType, PRF>;

/** True positives, false positives and false negatives per type. */
export class Counts {
  private readonly c = new Map<EntityType, { tp: number; fp: number; fn: number }>(
    ENTITY_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]),
  );

  /** Adds the comparison of two sets of "TYPE|key" items. */
  addSets(gold: ReadonlySet<string>, predicted: ReadonlySet<string>): void {
    for (const item of predicted) {
      const x = this.c.get(item.slice(0, item.indexOf('|')) as EntityType);
      if (!x) continue;
      if (gold.has(item)) x.tp++;
      else x.fp++;
    }
    for (const item of gold) {
      const x = this.c.get(item.slice(0, item.indexOf('|')) as EntityType);
      if (x && !predicted.has(item)) x.fn++;
    }
  }

  scores(): Scores {
    const prf = (tp: number, fp: number, fn: number): PRF => {
      const p = tp + fp === 0 ? 0 : tp / (tp + fp);
      const r = tp + fn === 0 ? 0 : tp / (tp + fn);
      const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
      const round = (v: number): number => Math.round(v * 10_000) / 10_000;
      return { p: round(p), r: round(r), f1: round(f1) };
    };
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const out: Partial<Scores> = {};
    for (const t of ENTITY_TYPES) {
      const x = this.c.get(t) as { tp: number; fp: number; fn: number };
      out[t] = prf(x.tp, x.fp, x.fn);
      tp += x.tp;
      fp += x.fp;
      fn += x.fn;
    }
    out.micro = prf(tp, fp, fn);
    return out as Scores;
  }
}

/** A predicted or gold mention: character span and type. */
export interface CharMention {
  start: number;
  end: number;
  type: EntityType;
}

const EDGE = /[\s.,;:!?"'“”‘’()[\]{}<>«»]/;

/**
 * Aligns a predicted span to the data's tokens: punctuation and spaces trimmed from both ends, then widened to
 * whole tokens (a data set's token "Trump's" holds our "Trump"). Undefined when no token is covered.
 * `offsets` are the tokens' [start, end), sorted.
 */
export function snapToTokens(
  start: number,
  end: number,
  text: string,
  offsets: ReadonlyArray<readonly [number, number]>,
): [number, number] | undefined {
  let s = start;
  let e = end;
  while (s < e && EDGE.test(text.charAt(s))) s++;
  while (e > s && EDGE.test(text.charAt(e - 1))) e--;
  if (s >= e) return undefined;
  // First token ending after s, last token starting before e (binary search).
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((offsets[mid] as readonly [number, number])[1] <= s) lo = mid + 1;
    else hi = mid;
  }
  const first = lo;
  lo = first;
  hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((offsets[mid] as readonly [number, number])[0] < e) lo = mid + 1;
    else hi = mid;
  }
  const last = lo - 1;
  if (first > last || first >= offsets.length) return undefined;
  return [(offsets[first] as readonly [number, number])[0], (offsets[last] as readonly [number, number])[1]];
}

export const mentionKey = (m: CharMention): string => `${m.type}|${m.start}:${m.end}`;
