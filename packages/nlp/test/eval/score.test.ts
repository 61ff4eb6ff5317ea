import { describe, expect, it } from '@jest/globals';
import { Counts, snapToTokens } from '../../src/eval/score.js';

describe('Counts', () => {
  it('computes precision, recall and F1 per type and micro-averaged', () => {
    const c = new Counts();
    c.addSets(
      new Set(['PERSON|a', 'PERSON|b', 'ORG|c']),
      new Set(['PERSON|a', 'ORG|x', 'ORG|c', 'LOCATION|y']),
    );
    const s = c.scores();
    expect(s.PERSON).toEqual({ p: 1, r: 0.5, f1: 0.6667 });
    expect(s.ORG).toEqual({ p: 0.5, r: 1, f1: 0.6667 });
    expect(s.LOCATION).toEqual({ p: 0, r: 0, f1: 0 });
    expect(s.micro).toEqual({ p: 0.5, r: 0.6667, f1: 0.5714 });
  });
});

describe('snapToTokens', () => {
  const text = "Trump's visit to St. Petersburg .";
  const offsets: Array<[number, number]> = [
    [0, 7],
    [8, 13],
    [14, 16],
    [17, 20],
    [21, 31],
    [32, 33],
  ];
  it('widens to whole tokens and trims punctuation', () => {
    expect(snapToTokens(0, 5, text, offsets)).toEqual([0, 7]);
    expect(snapToTokens(17, 33, text, offsets)).toEqual([17, 31]);
  });
  it('gives undefined for a span of only punctuation', () => {
    expect(snapToTokens(32, 33, text, offsets)).toBeUndefined();
  });
});
