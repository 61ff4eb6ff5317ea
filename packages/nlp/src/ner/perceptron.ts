/** Greedy left-to-right averaged perceptron over string features (Collins 2002; Honnibal's tagger design). */
export const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'] as const;
export type Label = (typeof LABELS)[number];
export const NUM_LABELS = LABELS.length;

/** allowed[prev][next]: BIO transitions (I-X only after B-X or I-X). */
export const ALLOWED: boolean[][] = LABELS.map((prev) =>
  LABELS.map((next) => {
    if (!next.startsWith('I-')) return true;
    const type = next.slice(2);
    return prev === 'B-' + type || prev === 'I-' + type;
  }),
);

export function argmaxAllowed(scores: Float64Array | Float32Array, prevLabel: number): number {
  const allowed = ALLOWED[prevLabel] as boolean[];
  let best = 0;
  let bestScore = -Infinity;
  for (let k = 0; k < NUM_LABELS; k++) {
    if (!allowed[k]) continue;
    const s = scores[k] as number;
    if (s > bestScore) {
      bestScore = s;
      best = k;
    }
  }
  return best;
}

/** Trainable weights with averaging. */
export class AveragedPerceptron {
  readonly weights = new Map<string, Float64Array>();
  private readonly totals = new Map<string, Float64Array>();
  private readonly stamps = new Map<string, Float64Array>();
  private instances = 0;

  score(features: readonly string[], into: Float64Array): void {
    for (const f of features) {
      const w = this.weights.get(f);
      if (!w) continue;
      for (let k = 0; k < NUM_LABELS; k++) into[k] = (into[k] as number) + (w[k] as number);
    }
  }

  tick(): void {
    this.instances++;
  }

  update(truth: number, guess: number, features: readonly string[], amount = 1): void {
    if (truth === guess) return;
    for (const f of features) {
      let w = this.weights.get(f);
      let tot = this.totals.get(f);
      let st = this.stamps.get(f);
      if (!w || !tot || !st) {
        w = new Float64Array(NUM_LABELS);
        tot = new Float64Array(NUM_LABELS);
        st = new Float64Array(NUM_LABELS);
        this.weights.set(f, w);
        this.totals.set(f, tot);
        this.stamps.set(f, st);
      }
      for (const [k, delta] of [
        [truth, amount],
        [guess, -amount],
      ] as const) {
        tot[k] = (tot[k] as number) + (this.instances - (st[k] as number)) * (w[k] as number);
        st[k] = this.instances;
        w[k] = (w[k] as number) + delta;
      }
    }
  }

  /** Replaces weights by their averages; call once after training. */
  average(): void {
    for (const [f, w] of this.weights) {
      const tot = this.totals.get(f) as Float64Array;
      const st = this.stamps.get(f) as Float64Array;
      for (let k = 0; k < NUM_LABELS; k++) {
        const total = (tot[k] as number) + (this.instances - (st[k] as number)) * (w[k] as number);
        w[k] = total / Math.max(1, this.instances);
      }
    }
  }
}
