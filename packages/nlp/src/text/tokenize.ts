/** A token of a clean string: [start, end) in UTF-16 code units. */
export interface Token {
  text: string;
  /** The text in lower case, made once here: the rules and the keywords ask it of most tokens, many times. */
  lower: string;
  start: number;
  end: number;
  /** First token of a sentence (after . ! ? or a line break, or the first of the text). */
  sentenceStart: boolean;
}

// Words may hold inner apostrophes, hyphens, periods and ampersands ("O'Brien", "Jean-Claude", "AT&T", "3.5"); a
// link is one token, without the punctuation after it; a number written from its decimal point is one token, as
// CoNLL writes it (a standings row's ".526"); a Danish company's legal form is one token ("Novo Nordisk A/S").
const TOKEN_RE =
  /https?:\/\/\S*[^\s.,;:!?)\]'"”’]|[@#][\p{L}\p{N}_]+|A\/S(?![\p{L}\p{N}])|[\p{L}\p{M}\p{N}]+(?:[-'’.&][\p{L}\p{M}\p{N}]+)*|\.\d+|\S/gu;
/** An e-mail address, tried only where a word is followed by "@" (the domain of "press@apple.com" is no handle). */
const EMAIL_RE = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/uy;

/**
 * The text of token k (an integer), or "" past either end: the rules look a word or two beyond a name that ends a
 * text. Tested against the bounds, not read past them: an index below zero is a property name to the engine.
 */
export function textAt(tokens: readonly Token[], k: number): string {
  return k >= 0 && k < tokens.length ? (tokens[k] as Token).text : '';
}

/** The lower-case text of token k (an integer), or "" past either end, as textAt. */
export function lowerAt(tokens: readonly Token[], k: number): string {
  return k >= 0 && k < tokens.length ? (tokens[k] as Token).lower : '';
}

/** `text.toLowerCase()`, without the call for ASCII already in lower case: most words, and punctuation. */
function lowerCase(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90)) return text.toLowerCase();
  }
  return text;
}

/** The texts of tokens [start, end). */
export function textsOf(tokens: readonly Token[], start: number, end: number): string[] {
  return tokens.slice(start, end).map((t) => t.text);
}

/** A lower-case word of four letters or more, as running text holds and a headline in Headline Case does not. */
export const LONG_LOWER_WORD = /^\p{Ll}{4,}$/u;

/** Whether a token of the sentence holding token k passes `test`. */
export function sentenceHas(tokens: readonly Token[], k: number, test: RegExp): boolean {
  let from = k;
  while (from > 0 && !(tokens[from] as Token).sentenceStart) from--;
  for (let j = from; j < tokens.length && (j === from || !(tokens[j] as Token).sentenceStart); j++)
    if (test.test(textAt(tokens, j))) return true;
  return false;
}

/** Lower-case words that keep a following period: "St." "Mr." "Corp." */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'ste',
  'jr',
  'sr',
  'prof',
  'gen',
  'gov',
  'sen',
  'rep',
  'lt',
  'col',
  'sgt',
  'capt',
  'cmdr',
  'adm',
  'maj',
  'pres',
  'rev',
  'hon',
  'co',
  'corp',
  'inc',
  'ltd',
  'bros',
  'vs',
  'mt',
  'ft',
  'jan',
  'feb',
  'mar',
  'apr',
  'aug',
  'sept',
  'sep',
  'oct',
  'nov',
  'dec',
  'no',
  'dept',
  'univ',
  'assn',
  'ave',
  'blvd',
  'gov',
  'u.s',
  'u.k',
  'u.n',
  'e.u',
  'etc',
  'al',
  'approx',
  'est',
  'fig',
  'govt',
  'messrs',
  'mme',
  'mlle',
]);
const INITIALS_RE = /^(?:\p{L}\.)+\p{L}$/u;
const SINGLE_CAPITAL_RE = /^\p{Lu}$/u;
const SENTENCE_END = new Set(['.', '!', '?', '…', ';']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«', '—', '–', '-', '•', '*']);

/**
 * Splits text into tokens with offsets. Possessive "'s" becomes its own token ("Trump" "’s"), as in CoNLL.
 * Linear in the length of the text.
 */
export function tokenize(text: string): Token[] {
  // The enrichment tokenises the same title and body for entities and keywords: remember the last few.
  const memo = MEMO.get(text);
  if (memo) return memo;
  const tokens = tokenizeUncached(text);
  if (text.length > 64) {
    if (MEMO.size >= 4) MEMO.delete(MEMO.keys().next().value as string);
    MEMO.set(text, tokens);
  }
  return tokens;
}

const MEMO = new Map<string, Token[]>();

function tokenizeUncached(text: string): Token[] {
  const tokens: Token[] = [];
  let atSentenceStart = true;
  let lastEnd = 0;
  for (let at = 0; nextToken(text, at);) {
    let { start, end } = found;
    let word = text.slice(start, end);
    if (text.charCodeAt(end) === 64 /* @ */) {
      EMAIL_RE.lastIndex = start;
      const email = EMAIL_RE.exec(text);
      if (email) {
        word = email[0];
        end = start + word.length;
      }
    }
    if (text.charCodeAt(end) === 46 /* . */) {
      const lower = word.toLowerCase();
      // A period that ends a line ends its sentence: "on X." and "in Viña del Mar." hold no initial or month.
      const endsLine =
        end + 1 >= text.length || text.charCodeAt(end + 1) === 10 || text.charCodeAt(end + 1) === 13;
      if (
        INITIALS_RE.test(word) ||
        (!endsLine && (ABBREVIATIONS.has(lower) || SINGLE_CAPITAL_RE.test(word)))
      ) {
        word += '.';
        end += 1;
      }
    }
    // A possessive written apart from its name ("Trump 's", as CoNLL data is written) is the one token it is when
    // joined ("Trump's" gives "Trump" "'s"), so that the model trains on the tokens it meets in articles.
    if ((word === "'" || word === '’') && isPossessiveS(text, end)) {
      word += text.charAt(end);
      end += 1;
    }
    if (hasNewline(text, lastEnd, start)) atSentenceStart = true;
    if (word.length > 2 && endsPossessive(word)) {
      const stemEnd = end - 2;
      const stem = word.slice(0, -2);
      tokens.push({
        text: stem,
        lower: lowerCase(stem),
        start,
        end: stemEnd,
        sentenceStart: atSentenceStart,
      });
      atSentenceStart = false;
      start = stemEnd;
      word = word.slice(-2);
    }
    const token: Token = { text: word, lower: lowerCase(word), start, end, sentenceStart: atSentenceStart };
    tokens.push(token);
    lastEnd = end;
    at = end;
    if (word.length === 1 && SENTENCE_END.has(word)) atSentenceStart = true;
    else if (atSentenceStart && word.length === 1 && OPENERS.has(word)) atSentenceStart = true;
    else atSentenceStart = false;
  }
  return tokens;
}

/** The token `nextToken` found last. */
const found = { start: 0, end: 0 };

/**
 * Finds the next token at or after `from`, as TOKEN_RE would, into `found`; false past the last. A token of ASCII
 * characters (most of an English text) is found by hand, several times faster than by the expression, which finds
 * every other one.
 */
function nextToken(text: string, from: number): boolean {
  let at = from;
  while (at < text.length && asciiClass(text, at) & SPACE) at++;
  if (at >= text.length) return false;
  const end = asciiTokenEnd(text, at);
  if (end >= 0) {
    found.start = at;
    found.end = end;
    return true;
  }
  TOKEN_RE.lastIndex = at;
  const m = TOKEN_RE.exec(text);
  if (!m) return false;
  found.start = m.index;
  found.end = m.index + m[0].length;
  return true;
}

/** ASCII classes of TOKEN_RE: white space, a letter or digit, a joiner inside a word ([-'.&]). */
const SPACE = 1;
const ALNUM = 2;
const JOINER = 4;
const ASCII = new Uint8Array(128);
for (const c of '\t\n\v\f\r ') ASCII[c.charCodeAt(0)] = SPACE;
for (const c of '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')
  ASCII[c.charCodeAt(0)] = ALNUM;
for (const c of "-'.&") ASCII[c.charCodeAt(0)] = JOINER;
/** Punctuation outside ASCII that no word holds (TOKEN_RE's \p{L}\p{M}\p{N}), common beside words in news. */
const PUNCTUATION = new Set([0x2018, 0x201c, 0x201d, 0x2013, 0x2014, 0x2026]);
const RIGHT_QUOTE = 0x2019;
const UNDERSCORE = 95;

/** The ASCII class of the character at `at`: 0 for any other character, and past the end. */
function asciiClass(text: string, at: number): number {
  const c = text.charCodeAt(at);
  return c < 128 ? (ASCII[c] as number) : 0;
}
const isAlnum = (text: string, at: number): boolean => (asciiClass(text, at) & ALNUM) !== 0;
const isAscii = (text: string, at: number): boolean => text.charCodeAt(at) < 128;

/**
 * The end of the token TOKEN_RE matches at `at` (not white space), found without it; -1 where that needs a character
 * outside ASCII read as the expression reads it (a letter, a mark, white space), or where it is a link.
 */
function asciiTokenEnd(text: string, at: number): number {
  const n = text.length;
  const c = text.charCodeAt(at);
  if (c >= 128) return -1;
  if (c === 104 /* h */ && (text.startsWith('http://', at) || text.startsWith('https://', at))) return -1;
  if (c === 64 /* @ */ || c === 35 /* # */) {
    let q = at + 1;
    while (q < n && (isAlnum(text, q) || text.charCodeAt(q) === UNDERSCORE)) q++;
    if (q < n && !isAscii(text, q)) return -1;
    return q;
  }
  // "A/S" not followed by a letter or digit; followed by one, "A" is a word.
  if (c === 65 /* A */ && text.startsWith('A/S', at)) {
    if (at + 3 >= n) return at + 3;
    if (!isAscii(text, at + 3)) return -1;
    if (!isAlnum(text, at + 3)) return at + 3;
  }
  if (c === 46 /* . */) {
    let q = at + 1;
    while (q < n && text.charCodeAt(q) >= 48 && text.charCodeAt(q) <= 57) q++;
    return q;
  }
  if (!isAlnum(text, at)) return at + 1;
  // A word: letters and digits, joined by one joiner at a time.
  let q = at + 1;
  for (;;) {
    if (q >= n) return q;
    const d = text.charCodeAt(q);
    if (d < 128) {
      const k = ASCII[d] as number;
      if (k & ALNUM) {
        q++;
        continue;
      }
      if (!(k & JOINER)) return q;
    } else if (PUNCTUATION.has(d)) return q;
    else if (d !== RIGHT_QUOTE) return -1;
    if (q + 1 >= n || PUNCTUATION.has(text.charCodeAt(q + 1))) return q;
    if (!isAscii(text, q + 1)) return -1;
    if (!isAlnum(text, q + 1)) return q;
    q += 2;
  }
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** Whether a word ends in "'s" or "’s" (either case), tested on its last two codes: a test per token. */
function endsPossessive(word: string): boolean {
  const s = word.charCodeAt(word.length - 1);
  const quote = word.charCodeAt(word.length - 2);
  return (s === 115 || s === 83) && (quote === 39 || quote === RIGHT_QUOTE);
}

/** An "s" or "S" at `at` that ends a word. */
function isPossessiveS(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return (c === 115 || c === 83) && (at + 1 >= text.length || !WORD_CHAR.test(text.charAt(at + 1)));
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}
