import { eld } from 'eld/extrasmall';
import type { Language } from '@newsflow/contracts';

const SAMPLE = 2_000;

const LETTER = /\p{L}/u;

/** Whether text holds at least n letters (stops at the n-th: most texts start with words). */
function hasLetters(text: string, n: number): boolean {
  let found = 0;
  for (const ch of text) if (LETTER.test(ch) && ++found >= n) return true;
  return false;
}

/**
 * Language of a text (ISO 639-1) with ELD's extra-small n-gram model (a third of the small one's memory), from
 * the first 2,000 characters.
 * "und" with confidence 0 when the text is too short or unlike any language.
 */
export function detectLanguage(text: string): Language {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  if (!hasLetters(sample, 3)) return { code: 'und', confidence: 0 };
  let result: ReturnType<typeof eld.detect>;
  try {
    result = eld.detect(sample);
  } catch {
    return { code: 'und', confidence: 0 };
  }
  if (!result.language) return { code: 'und', confidence: 0 };
  const scores = result.getScores();
  const values = Object.values(scores).sort((a, b) => b - a);
  const top = values[0] ?? 0;
  const second = values[1] ?? 0;
  // Margin of the best language over the runner-up, halved when ELD itself calls the result unreliable.
  let confidence = top > 0 ? Math.min(1, Math.max(0, (top - second) / top) * 0.5 + 0.5) : 0;
  if (!result.isReliable()) confidence *= 0.5;
  return { code: result.language, confidence: Math.round(confidence * 1000) / 1000 };
}
