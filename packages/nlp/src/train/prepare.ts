import type { EntityType } from '@newsflow/contracts';
import type { ConllDocument } from '../eval/conll.js';
import { documentText } from '../eval/conll.js';
import type { Token } from '../text/tokenize.js';
import { tokenize } from '../text/tokenize.js';
import type { Label } from '../ner/perceptron.js';

const SHORT: Record<EntityType, string> = { PERSON: 'PER', ORG: 'ORG', LOCATION: 'LOC' };

export interface TrainingDocument {
  tokens: Token[];
  labels: Label[];
}

/**
 * Re-tokenises a labelled document with our tokenizer (as the extractor will see its text) and projects the gold
 * spans onto our tokens by character offsets: a token starting inside a gold span takes its type.
 */
export function toTrainingDocument(doc: ConllDocument): TrainingDocument {
  const { text, offsets } = documentText(doc);
  const tokens = tokenize(text);
  const charSpans = doc.spans
    .map((s) => ({
      start: (offsets[s.start] as [number, number])[0],
      end: (offsets[s.end - 1] as [number, number])[1],
      type: s.type,
    }))
    .sort((a, b) => a.start - b.start);
  const labels: Label[] = [];
  let k = 0;
  let lastSpan = -1;
  for (const t of tokens) {
    while (k < charSpans.length && (charSpans[k] as { end: number }).end <= t.start) k++;
    const span = charSpans[k];
    if (span && t.start >= span.start && t.start < span.end) {
      labels.push(((k === lastSpan ? 'I-' : 'B-') + SHORT[span.type]) as Label);
      lastSpan = k;
    } else {
      labels.push('O');
    }
  }
  return { tokens, labels };
}
