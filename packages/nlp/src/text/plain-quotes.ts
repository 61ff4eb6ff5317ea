const TYPOGRAPHIC = /[“”„‟«»‘’‚‛]/;
const EVERY_TYPOGRAPHIC = /[“”„‟«»‘’‚‛]/g;
const SINGLE = new Set(['‘', '’', '‚', '‛']);

/**
 * A word with typographic quotes and apostrophes written plain (“ ” « » as ", ‘ ’ as '): the model and the
 * gazetteer read "Trump’s" as "Trump's", as most of the training text writes it.
 */
export function plainQuotes(word: string): string {
  return TYPOGRAPHIC.test(word) ? word.replace(EVERY_TYPOGRAPHIC, (c) => (SINGLE.has(c) ? "'" : '"')) : word;
}
