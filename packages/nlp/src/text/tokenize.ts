/** A token of a clean string: [start, end) in UTF-16 code units. */
export interface Token {
  text: string;
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

/** The text of token k, or "" past either end: the rules look a word or two beyond a name that ends a text. */
export function textAt(tokens: readonly Token[], k: number): string {
  return (tokens[k] as Token | undefined)?.text ?? '';
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
const POSSESSIVE_RE = /['’][sS]$/;
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
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let atSentenceStart = true;
  let lastEnd = 0;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    let start = m.index;
    let word = m[0];
    let end = start + word.length;
    if (text.charCodeAt(end) === 64 /* @ */) {
      EMAIL_RE.lastIndex = start;
      const email = EMAIL_RE.exec(text);
      if (email) {
        word = email[0];
        end = start + word.length;
        TOKEN_RE.lastIndex = end;
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
        TOKEN_RE.lastIndex = end;
      }
    }
    // A possessive written apart from its name ("Trump 's", as CoNLL data is written) is the one token it is when
    // joined ("Trump's" gives "Trump" "'s"), so that the model trains on the tokens it meets in articles.
    if ((word === "'" || word === '’') && isPossessiveS(text, end)) {
      word += text.charAt(end);
      end += 1;
      TOKEN_RE.lastIndex = end;
    }
    if (hasNewline(text, lastEnd, start)) atSentenceStart = true;
    if (word.length > 2 && POSSESSIVE_RE.test(word)) {
      const stemEnd = end - 2;
      tokens.push({ text: word.slice(0, -2), start, end: stemEnd, sentenceStart: atSentenceStart });
      atSentenceStart = false;
      start = stemEnd;
      word = word.slice(-2);
    }
    const token: Token = { text: word, start, end, sentenceStart: atSentenceStart };
    tokens.push(token);
    lastEnd = end;
    if (word.length === 1 && SENTENCE_END.has(word)) atSentenceStart = true;
    else if (atSentenceStart && word.length === 1 && OPENERS.has(word)) atSentenceStart = true;
    else atSentenceStart = false;
  }
  return tokens;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** An "s" or "S" at `at` that ends a word. */
function isPossessiveS(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return (c === 115 || c === 83) && (at + 1 >= text.length || !WORD_CHAR.test(text.charAt(at + 1)));
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}
