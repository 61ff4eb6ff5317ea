import { describe, expect, it } from '@jest/globals';
import { parseConll } from '../../src/eval/conll.js';
import { evaluate } from '../../src/eval/evaluate.js';
import type { NerSystem } from '../../src/eval/systems.js';

/** A system that finds exactly the given character spans. */
const fixed = (
  mentions: Array<{ start: number; end: number; type: 'PERSON' | 'ORG' | 'LOCATION' }>,
): NerSystem => ({
  name: 'fixed',
  run: () => ({ mentions }),
});

describe('evaluate', () => {
  it('does not score gold spans of punctuation alone (BTC tags a lone "@")', () => {
    // Text: "@ bbcnews and Vladimir Putin"
    const [doc] = parseConll('@\tB-ORG\nbbcnews\tB-ORG\nand\tO\nVladimir\tB-PER\nPutin\tI-PER\n', 'tweet');
    const r = evaluate(
      fixed([
        { start: 2, end: 9, type: 'ORG' },
        { start: 14, end: 28, type: 'PERSON' },
      ]),
      [doc!],
    );
    expect(r.mention.micro).toEqual({ p: 1, r: 1, f1: 1 });
  });

  it('counts a person named in full and by surname as one entity on both sides', () => {
    // Text: "Vladimir Putin spoke\nPutin left"; the system finds only the surname.
    const [doc] = parseConll('Vladimir\tB-PER\nPutin\tI-PER\nspoke\tO\n\nPutin\tB-PER\nleft\tO\n', 'doc');
    const r = evaluate(
      fixed([
        { start: 0, end: 14, type: 'PERSON' },
        { start: 21, end: 26, type: 'PERSON' },
      ]),
      [doc!],
    );
    expect(r.document.PERSON).toEqual({ p: 1, r: 1, f1: 1 });
  });
});
