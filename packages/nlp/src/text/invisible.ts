/**
 * Soft hyphens (hyphenation hints: "&shy;"), zero-width spaces and word joiners (line-break hints) and byte-order
 * marks: invisible, and scraped pages put them inside words ("Mer\u00ADkel"), where they would cut a name in two.
 * Zero-width joiners and non-joiners stay: emoji sequences and several scripts need them.
 */
const INVISIBLE = /[\u00AD\u200B\u2060\uFEFF]/g;
/** Control characters other than tab and line breaks (a broken encoding's debris): whitespace, never a letter. */
// eslint-disable-next-line no-control-regex -- matching them is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** The text as a reader sees it: invisible characters removed, control characters made spaces. */
export function visibleText(text: string): string {
  return text.replace(INVISIBLE, '').replace(CONTROL, ' ');
}
