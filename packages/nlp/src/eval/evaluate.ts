import type { ConllDocument } from './conll.js';
import { documentText } from './conll.js';
import type { NerSystem } from './systems.js';
import type { Scores } from './score.js';
import { Counts, mentionKey, snapToTokens } from './score.js';
import { canonicalNames, foldName } from '../ner/canonical.js';

/** A name holds a letter or a digit: gold spans of punctuation alone (BTC tags a lone "@" before a user name) are not scored. */
const NAME_CHAR = /[\p{L}\p{N}]/u;

export interface SystemResult {
  mention: Scores;
  document: Scores;
  articlesPerSecond: number;
}

/**
 * Scores a system on labelled documents. Mention level: exact span (after aligning to the data's tokens) and type.
 * Document level: the set of distinct names per type, where a name is the canonical name our canonicaliser gives
 * the mention within its document (applied the same way to gold, baseline and our own mentions), folded for
 * case, diacritics, periods, possessives and a leading "the".
 */
export function evaluate(
  system: NerSystem,
  documents: readonly ConllDocument[],
  { asWritten = false }: { asWritten?: boolean } = {},
): SystemResult {
  const mention = new Counts();
  const document = new Counts();
  let seconds = 0;
  for (const doc of documents) {
    const { text, offsets } = documentText(doc, { joinSigils: true, asWritten });
    const gold = doc.spans
      .filter((s) => doc.tokens.slice(s.start, s.end).some((t) => NAME_CHAR.test(t)))
      .map((s) => ({
        start: (offsets[s.start] as [number, number])[0],
        end: (offsets[s.end - 1] as [number, number])[1],
        type: s.type,
      }));
    const t0 = process.hrtime.bigint();
    const out = system.run(text);
    seconds += Number(process.hrtime.bigint() - t0) / 1e9;
    const predicted = out.mentions.flatMap((m) => {
      const snapped = snapToTokens(m.start, m.end, text, offsets);
      return snapped ? [{ start: snapped[0], end: snapped[1], type: m.type }] : [];
    });
    mention.addSets(new Set(gold.map(mentionKey)), new Set(predicted.map(mentionKey)));
    const goldNames = canonicalNames(gold.map((g) => ({ text: text.slice(g.start, g.end), type: g.type })));
    const goldSet = new Set(gold.map((g, i) => `${g.type}|${foldName(goldNames[i] as string)}`));
    const predNames =
      out.names ??
      (() => {
        const n = canonicalNames(predicted.map((p) => ({ text: text.slice(p.start, p.end), type: p.type })));
        return predicted.map((p, i) => ({ type: p.type, name: n[i] as string }));
      })();
    document.addSets(goldSet, new Set(predNames.map((n) => `${n.type}|${foldName(n.name)}`)));
  }
  return {
    mention: mention.scores(),
    document: document.scores(),
    articlesPerSecond: seconds > 0 ? Math.round((documents.length / seconds) * 10) / 10 : 0,
  };
}
