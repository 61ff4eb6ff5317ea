import { NEAR_DUPLICATE_BITS, hammingDistance } from '@newsflow/contracts';
import { fingerprint } from '../fingerprint.js';
import { mulberry32 } from '../train/random.js';

/**
 * How well the fingerprint groups syndicated copies: each article is copied the ways outlets republish a wire
 * story, and each copy is scored by its simhash distance to the original; every pair of different articles is
 * scored too. A copy within NEAR_DUPLICATE_BITS is grouped with its original by search; a pair of different
 * articles within it would be grouped wrongly.
 */
export type SyndicationEdit = (body: string, rand: () => number) => string;

/** Sentences or paragraphs: the text's lines. */
const lines = (body: string): string[] => body.split('\n').filter((line) => line.trim() !== '');

const pick = <T>(items: readonly T[], rand: () => number): T => items[Math.floor(rand() * items.length)] as T;

const BYLINES = ['By Maria Lopez, Staff Reporter', 'By Tom Okafor | Business Desk', 'From our wire services'];
const CREDITS = [
  '(Reporting by Jane Smith; Editing by Tom Brown)',
  'This article was originally published by a partner news agency.',
  'Copyright 2026. All rights reserved.',
];

export const SYNDICATION_EDITS: Readonly<Record<string, SyndicationEdit>> = {
  /** The outlet's own byline above the story. */
  byline: (body, rand) => `${pick(BYLINES, rand)}\n${body}`,
  /** A credit or copyright line under it. */
  credit: (body, rand) => `${body}\n${pick(CREDITS, rand)}`,
  /** The last fifth of the story cut to fit (at least one line, never the first). */
  trimmed: (body) => {
    const all = lines(body);
    return all.slice(0, Math.max(1, all.length - Math.max(1, Math.round(all.length / 5)))).join('\n');
  },
  /** A copy editor's touch: three words replaced by other words of the story. */
  copyEdited: (body, rand) => {
    const words = body.split(' ');
    for (let k = 0; k < 3; k++) words[Math.floor(rand() * words.length)] = pick(words, rand);
    return words.join(' ');
  },
  /** All of the above. */
  all: (body, rand) => {
    const { byline, credit, trimmed, copyEdited } = SYNDICATION_EDITS as Record<string, SyndicationEdit>;
    return [trimmed, copyEdited, byline, credit].reduce(
      (text, edit) => (edit as SyndicationEdit)(text, rand),
      body,
    );
  },
};

export interface DistanceSummary {
  count: number;
  /** Share within NEAR_DUPLICATE_BITS (0..1). */
  grouped: number;
  median: number;
  p90: number;
  max: number;
  min: number;
}

function summarise(distances: number[]): DistanceSummary {
  const sorted = [...distances].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.floor(q * (sorted.length - 1))] ?? 0;
  return {
    count: sorted.length,
    grouped: sorted.length === 0 ? 0 : sorted.filter((d) => d <= NEAR_DUPLICATE_BITS).length / sorted.length,
    median: at(0.5),
    p90: at(0.9),
    max: at(1),
    min: at(0),
  };
}

export interface DuplicatesReport {
  articles: number;
  /** Copy to original, per edit. */
  copies: Record<string, DistanceSummary>;
  /** Every pair of different articles. */
  unrelated: DistanceSummary;
}

/** Distances of each body's syndicated copies to it, and between different bodies (seeded, reproducible). */
export function duplicatesReport(bodies: readonly string[], seed = 1): DuplicatesReport {
  const rand = mulberry32(seed);
  const prints = bodies.map((body) => fingerprint(body).simhash);
  const copies = Object.fromEntries(
    Object.entries(SYNDICATION_EDITS).map(([name, edit]) => [
      name,
      summarise(
        bodies.map((body, i) => hammingDistance(prints[i] as string, fingerprint(edit(body, rand)).simhash)),
      ),
    ]),
  );
  const unrelated: number[] = [];
  for (let i = 0; i < prints.length; i++)
    for (let j = i + 1; j < prints.length; j++)
      unrelated.push(hammingDistance(prints[i] as string, prints[j] as string));
  return { articles: bodies.length, copies, unrelated: summarise(unrelated) };
}
