const EVERY_TYPOGRAPHIC = /[“”„‟«»‘’‚‛]/g;
const SINGLE = new Set(['‘', '’', '‚', '‛']);

/** Whether a word holds one of EVERY_TYPOGRAPHIC («, », or U+2018 to U+201F), tested by code: a test per word. */
function hasTypographic(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 0xab || c === 0xbb || (c >= 0x2018 && c <= 0x201f)) return true;
  }
  return false;
}

/**
 * A word with typographic quotes and apostrophes written plain (“ ” « » as ", ‘ ’ as '): the model and the
 * gazetteer read "Trump’s" as "Trump's", as most of the training text writes it.
 */
export function plainQuotes(word: string): string {
  return hasTypographic(word) ? word.replace(EVERY_TYPOGRAPHIC, (c) => (SINGLE.has(c) ? "'" : '"')) : word;
}
