import type { Token } from './tokenize.js';
import { isCapitalized } from '../ner/features.js';

/** Words of four letters or more that Headline Case may leave in lower case. */
const HEADLINE_FUNCTION_WORDS = new Set([
  'with',
  'from',
  'into',
  'over',
  'after',
  'about',
  'that',
  'this',
  'their',
  'amid',
  'than',
  'when',
  'what',
  'will',
  'have',
  'were',
  'been',
  'they',
  'your',
  'more',
  'says',
  'upon',
  'onto',
  'down',
  'just',
  'only',
  'some',
  'most',
  'very',
]);

/** True for titles in Headline Case or ALL CAPS, where capitals say nothing about names. */
export function isHeadlineCase(tokens: readonly Token[]): boolean {
  const words = tokens.filter(
    (t) => /^\p{L}{4,}$/u.test(t.text) && !HEADLINE_FUNCTION_WORDS.has(t.text.toLowerCase()),
  );
  const letters = tokens
    .map((t) => t.text)
    .join('')
    .replace(/[^\p{L}]/gu, '');
  if (letters.length > 8 && letters === letters.toUpperCase()) return true;
  if (words.length < 3) return false;
  return words.filter((t) => isCapitalized(t.text)).length / words.length >= 0.8;
}
