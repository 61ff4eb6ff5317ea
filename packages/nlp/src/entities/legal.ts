/** Tests on names before the type vote: lone one-word "persons" that are companies, legal text's defined terms. */
import type { EntityType, TextField } from '@newsflow/contracts';
import type { Token } from '../text/tokenize.js';
import { lowerAt, textAt, textsOf } from '../text/tokenize.js';
import { foldName } from '../ner/canonical.js';
import { isCapitalized } from '../ner/features.js';
import { isLegalForm } from '../ner/rules.js';
import { GAZ, HAS_UPPER_OR_DIGIT, QUOTE_MARKS, singularOf } from './words.js';
import { MONONYMS } from './known-names.js';
import type { TypedMention } from './document.js';
import type { Span, TypedRun } from './spans.js';
import { retypeRuns, tokenOwners } from './spans.js';

/** A contract's parties, written as names ("the Borrower", "each Lender", "the Guarantor"). */
const ROLE_NOUN = /(?:er|or|ee|ant)s?$/u;
/** A party's role written as a name, one word no list knows as a place or body: "Borrower", "Issuer". */
const isRoleName = (word: string): boolean => ROLE_NOUN.test(word) && !GAZ.singleKinds(word);
const NOT_A_PERSON_AFTER = /^\s*,?\s*(?:which|that)\b/u;

/**
 * Folded names read as a person that are most likely a company: one word in every mention, never part of a person
 * named in full here, no known first name, surname or common word (news names a person in full before using one name:
 * "Trakon said", "shares of Orlen"), or followed by "which" somewhere.
 */
export function lonePersonNames(
  mentions: readonly TypedMention[],
  names: readonly string[],
  personParts: ReadonlySet<string>,
  texts: Record<TextField, string>,
): Set<string> {
  const lone = new Set<string>();
  const full = new Set<string>();
  mentions.forEach((m, i) => {
    if (m.type !== 'PERSON') return;
    const key = foldName(names[i] as string);
    const w = m.text;
    const unknown =
      !w.includes(' ') &&
      !personParts.has(w) &&
      !GAZ.firstNames.has(w) &&
      !GAZ.personNames.has(w) &&
      MONONYMS.startingWith(w).length === 0 &&
      GAZ.singleKinds(w) === undefined &&
      !GAZ.lowerWords.has(w.toLowerCase()) &&
      !ROLE_NOUN.test(w);
    // A person the context named as one ("his wife , Máire") is one, whatever clause follows ("told his wife, Anjali,
    // that").
    if (!m.cued && (unknown || NOT_A_PERSON_AFTER.test(texts[m.field].slice(m.end, m.end + 12))))
      lone.add(key);
    else full.add(key);
  });
  for (const k of full) lone.delete(k);
  return lone;
}

/** Words of contracts and statutes; a text using four of them is legal text. */
const LEGAL_WORDS = new Set([
  'hereof',
  'herein',
  'hereunder',
  'hereto',
  'hereby',
  'hereinafter',
  'hereinbefore',
  'thereof',
  'therein',
  'thereto',
  'thereunder',
  'whereof',
  'whereas',
  'shall',
  'pursuant',
  'notwithstanding',
]);
const LEGAL_TEXT_WORDS = 4;
/** A quick look at the text before the test on its tokens: most texts have none of the words. */
export const LEGAL_HINT =
  /here(?:of|in|under|to|by|inafter|inbefore)|there(?:of|in|to|under)|whereof|whereas|shall|pursuant|notwithstanding/i;
const NOT_A_NAME_WORD = /^(?:[^\p{L}]*|\p{L})$/u;

/** Whether a text is legal text (a filing, a contract): it uses four of the legal words. */
export function isLegalText(tokens: readonly Token[]): boolean {
  const markers = new Set<string>();
  for (const { text } of tokens) {
    if (text.length < 5) continue;
    // Lower case as a rule; capitalised at a sentence's start ("Whereas").
    const word = LEGAL_WORDS.has(text) ? text : isCapitalized(text) ? text.toLowerCase() : '';
    if (LEGAL_WORDS.has(word)) markers.add(word);
  }
  return markers.size >= LEGAL_TEXT_WORDS;
}

/**
 * In legal text, the test for a name: the terms the text defines (definitions) and the capitalised terms written
 * only in common words ("the Effective Date", "Permitted Investments", "Severability") name nothing, unless the
 * gazetteer knows the whole ("Supreme Court"). A party's role ("the Borrower", "the Issuer") is a person when typed
 * as one, as the labelled filings have it, and never an organisation or a place. A word is common when the training
 * text or this text writes it in lower case; one word in the plural, when its singular is.
 */
export function definedTermTest(
  tokens: readonly Token[],
  defined: ReadonlySet<string>,
): (name: string, type: EntityType) => boolean {
  const lowerHere = new Set<string>();
  for (const t of tokens) if (!t.sentenceStart && !HAS_UPPER_OR_DIGIT.test(t.text)) lowerHere.add(t.text);
  return (name, type) => {
    const words = name.split(' ');
    if (GAZ.wholeKind(words) !== undefined) return false;
    if (words.length === 1 && isRoleName(name)) return type !== 'PERSON';
    if (defined.has(foldName(name))) return true;
    const common = (lower: string): boolean => GAZ.lowerWords.has(lower) || lowerHere.has(lower);
    // One word in the plural whose singular is common names nothing either ("Subsidiaries", "Liens"); inside a
    // longer name it may ("Board of Governors").
    if (words.length === 1 && !GAZ.singleKinds(name)) {
      const lower = name.toLowerCase();
      const singular = singularOf(lower);
      if (singular !== lower && common(singular)) return true;
    }
    return words.every((w) => NOT_A_NAME_WORD.test(w) || common(w.toLowerCase()));
  };
}

/** Words between a name's bracket and the quoted short name: (the “Bank”), (hereinafter “Bank”). */
const BEFORE_SHORT_NAME = new Set(['the', 'hereinafter']);
const SHORT_NAME_WORDS = 3;
/** The word before a short name given far from the party's name (and "the"): "hereinafter referred to as the". */
const REFERRED_AS = new Set(['as', 'called']);
/** How many tokens before its short name a party's name may stand, past its description. */
const PARTY_REACH = 60;
/** A word of a party's name that may stand inside a defined term: a common word ("Bank") or a role ("Borrower"). */
const isPlainWord = (word: string): boolean => {
  const lower = word.toLowerCase();
  return GAZ.lowerWords.has(lower) || ROLE_NOUN.test(lower);
};
const LEGAL_FORM_TOKENS = 5;
/** What may stand between a party's name and the bracket of its short name: its legal form ("Co . , Ltd ."). */
const betweenNameAndBracket = (word: string): boolean =>
  word === '.' || word === ',' || isLegalForm(word.toLowerCase());

/** Words after a quoted term that define it: “Indenture” means, “Bonds” shall have the meaning. */
const DEFINING_VERBS = new Set(['means', 'mean', 'shall', 'has', 'have', 'includes', 'refers']);
/** Words between a bracket and the term it defines: ( the “Bonds” ), ( collectively, “Liens” ). */
const BEFORE_DEFINED = new Set(['the', 'a', 'an', 'each', 'collectively', ',', 'hereinafter']);
const DEFINED_TERM_TOKENS = 8;

/**
 * The terms a legal text defines, folded: a quoted phrase of capitalised words followed by "means" (or "shall
 * mean", "has the meaning"), or set in brackets after what it stands for (the Indenture of Trust (the “Indenture”)).
 * They name nothing; a party's short name is defined so too, and partyNames tells them apart.
 */
export function definitions(tokens: readonly Token[]): Set<string> {
  const defined = new Set<string>();
  for (let open = 0; open < tokens.length; open++) {
    if (!QUOTE_MARKS.has(textAt(tokens, open)) || !isCapitalized(textAt(tokens, open + 1))) continue;
    let close = open + 2;
    while (close < open + DEFINED_TERM_TOKENS && !QUOTE_MARKS.has(textAt(tokens, close))) close++;
    if (!QUOTE_MARKS.has(textAt(tokens, close))) continue;
    let before = open - 1;
    while (BEFORE_DEFINED.has(lowerAt(tokens, before))) before--;
    let after = close + 1;
    while (textAt(tokens, after) === ',' || textAt(tokens, after) === ')') after++;
    if (textAt(tokens, before) === '(' || DEFINING_VERBS.has(textAt(tokens, after)))
      defined.add(foldName(textsOf(tokens, open + 1, close).join(' ')));
    open = close;
  }
  return defined;
}

/**
 * Spans inside a mention of a term the text defines (definitions) give way: "Indemnified" of "an Indemnified
 * Person", the "Bonds" of (the “Bonds”); not a name that goes on beyond it ("Board of Governors" where "Board" is
 * defined), nor a term the gazetteer knows as a whole ("Hong Kong").
 */
export function withoutDefinedTerms(
  spans: Span[],
  tokens: readonly Token[],
  defined: ReadonlySet<string>,
): Span[] {
  if (defined.size === 0) return spans;
  let longest = 0;
  for (const term of defined) longest = Math.max(longest, term.split(' ').length);
  const owner = tokenOwners(spans, 'body', tokens);
  const dropped = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (!isCapitalized(textAt(tokens, i))) continue;
    for (let n = Math.min(longest, tokens.length - i); n >= 1; n--) {
      const words = textsOf(tokens, i, i + n);
      if (!defined.has(foldName(words.join(' '))) || GAZ.wholeKind(words) !== undefined) continue;
      for (let k = i; k < i + n; k++) {
        const o = owner[k] as number;
        if (o >= 0 && (spans[o] as Span).start >= i && (spans[o] as Span).end <= i + n) dropped.add(o);
      }
      i += n - 1;
      break;
    }
  }
  return dropped.size === 0 ? spans : spans.filter((_, k) => !dropped.has(k));
}

/**
 * In legal text, the names of the parties by folded name, with their type: a party given a short name of its own
 * words after its name (SILICON VALLEY BANK (“Bank”), Worksoft Software Technology Ltd. (“Worksoft”)), by both,
 * of the name's type; and a role the model reads as a person in most of its one-word mentions ("Borrower"), a
 * person, as the labelled filings have it. Each names its party throughout, though written in common words; a role
 * read as no person ("the Issuer") stays a defined term.
 */
export function partyNames(spans: readonly Span[], tokens: readonly Token[]): Map<string, EntityType> {
  const parties = new Map<string, EntityType>();
  const roleVotes = new Map<string, number>();
  for (const s of spans) {
    if (s.field !== 'body') continue;
    const name = textsOf(tokens, s.start, s.end);
    if (name.length === 1 && isRoleName(name[0] as string)) {
      const role = foldName(name[0] as string);
      roleVotes.set(role, (roleVotes.get(role) ?? 0) + (s.type === 'PERSON' ? 1 : -1));
    }
    let k = s.end;
    while (k < s.end + LEGAL_FORM_TOKENS && betweenNameAndBracket(textAt(tokens, k))) k++;
    if (textAt(tokens, k) !== '(') continue;
    k++;
    while (BEFORE_SHORT_NAME.has(lowerAt(tokens, k))) k++;
    if (!QUOTE_MARKS.has(textAt(tokens, k))) continue;
    const from = ++k;
    while (k < from + SHORT_NAME_WORDS && isCapitalized(textAt(tokens, k))) k++;
    if (k === from || !QUOTE_MARKS.has(textAt(tokens, k))) continue;
    const nameWords = new Set(name.map((w) => w.toLowerCase()));
    const words = textsOf(tokens, from, k);
    if (!words.every((w) => nameWords.has(w.toLowerCase()))) continue;
    parties.set(foldName(words.join(' ')), s.type);
    parties.set(foldName(name.join(' ')), s.type);
  }
  // A short name given far from the name, after the party's description: "AIRLAND INTERNATIONAL LIMITED, a
  // corporation incorporated under the laws of …, hereinafter referred to as the "Airland"".
  for (let open = 0; open < tokens.length; open++) {
    const cue = lowerAt(tokens, open - 1) === 'the' ? open - 2 : open - 1;
    if (!QUOTE_MARKS.has(textAt(tokens, open)) || !REFERRED_AS.has(lowerAt(tokens, cue))) continue;
    let close = open + 1;
    while (close <= open + SHORT_NAME_WORDS && isCapitalized(textAt(tokens, close))) close++;
    if (close === open + 1 || !QUOTE_MARKS.has(textAt(tokens, close))) continue;
    const words = textsOf(tokens, open + 1, close).map((w) => w.toLowerCase());
    // A common word so given is the document's term for a role ("the "Company"") more often than a party's name.
    if (words.some((w) => GAZ.lowerWords.has(w))) continue;
    let party: Span | undefined;
    for (const s of spans) {
      if (s.field !== 'body' || s.end >= open || s.end < open - PARTY_REACH || (party && s.end <= party.end))
        continue;
      const nameWords = new Set(textsOf(tokens, s.start, s.end).map((x) => x.toLowerCase()));
      if (words.every((w) => nameWords.has(w))) party = s;
    }
    if (!party) continue;
    parties.set(foldName(words.join(' ')), party.type);
    parties.set(foldName(textsOf(tokens, party.start, party.end).join(' ')), party.type);
  }
  for (const [role, votes] of roleVotes) if (votes > 0 && !parties.has(role)) parties.set(role, 'PERSON');
  return parties;
}

/**
 * Every capitalised mention of a party's name (partyNames) is the party, also inside a longer run of capitalised
 * words, a defined term of its own, whose other words name nothing ("Bank Expenses", "Borrower Company"), as the
 * labelled filings have it; the spans it overlaps give way ("Bank for Borrower" is two parties).
 */
export function partyMentions(
  spans: Span[],
  tokens: Token[],
  parties: ReadonlyMap<string, EntityType>,
): Span[] {
  if (parties.size === 0) return spans;
  const found: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isCapitalized(textAt(tokens, i)) || lowerAt(tokens, i) === 'the') continue;
    let end = i + 1;
    while (isCapitalized(textAt(tokens, end))) end++;
    const run = textsOf(tokens, i, end);
    const whole = parties.get(foldName(run.join(' ')));
    if (whole !== undefined) found.push({ field: 'body', tokens, start: i, end, type: whole, cued: true });
    // Else a party named in common words or by its role anywhere in the run, a defined term of its own ("Bank
    // Expenses", "All Bank Expenses", "Borrower Company"); not "Hong Kong" of "Hong Kong International Arbitration
    // Center".
    else
      for (let p = 0; p < run.length; p++) {
        const at = plainPartyAt(run, p, parties);
        if (!at) continue;
        found.push({ field: 'body', tokens, start: i + p, end: i + p + at.words, type: at.type, cued: true });
        p += at.words - 1;
      }
    i = end - 1;
  }
  if (found.length === 0) return spans;
  const owner = tokenOwners(spans, 'body', tokens);
  const overlapped = new Set<number>();
  for (const f of found)
    for (let k = f.start; k < f.end; k++) if ((owner[k] as number) >= 0) overlapped.add(owner[k] as number);
  return [...spans.filter((_, k) => !overlapped.has(k)), ...found];
}

/** The party named in plain words (isPlainWord) that begins at word p of a run of capitalised words. */
function plainPartyAt(
  run: readonly string[],
  p: number,
  parties: ReadonlyMap<string, EntityType>,
): { words: number; type: EntityType } | undefined {
  // "The Lender" is the party "Lender".
  if (run[p]?.toLowerCase() === 'the') return undefined;
  for (let n = Math.min(run.length - p, SHORT_NAME_WORDS); n >= 1; n--) {
    const words = run.slice(p, p + n);
    const type = parties.get(foldName(words.join(' ')));
    if (type !== undefined && words.every(isPlainWord)) return { words: n, type };
  }
  return undefined;
}

/**
 * In legal text "the Commonwealth" is the state whose laws govern ("the laws of the Commonwealth", "Commonwealth of
 * Massachusetts"): a place, as the labelled filings have it.
 */
export function commonwealthAsPlace(spans: Span[], field: TextField, tokens: Token[]): Span[] {
  const runs: TypedRun[] = [];
  tokens.forEach((t, k) => {
    if (t.text !== 'Commonwealth') return;
    const ofPlace = textAt(tokens, k + 1) === 'of' && isCapitalized(textAt(tokens, k + 2));
    runs.push({ start: k, end: ofPlace ? k + 3 : k + 1, type: 'LOCATION' });
  });
  return retypeRuns(spans, field, tokens, runs);
}

/** A house number; not a year ("2003 Brink's Bonds") nor a postal code before a country ("00062 Israel"). */
const HOUSE_NUMBER = /^(?!(?:19|20)\d\d$)[1-9]\d{0,4}$/;

/**
 * In legal text, a notice address's street is one place with its house number, as the labelled filings have it
 * ("3003 Tasman Drive", "201 Broadway"; they are not consistent about the postal code after a state, left out).
 */
export function addressNumbers(spans: Span[], field: TextField, tokens: readonly Token[]): Span[] {
  const owner = tokenOwners(spans, field, tokens);
  return spans.map((s) => {
    const before = tokens[s.start - 1];
    return s.field === field &&
      s.type === 'LOCATION' &&
      before !== undefined &&
      !(tokens[s.start] as Token).sentenceStart &&
      owner[s.start - 1] === -1 &&
      HOUSE_NUMBER.test(before.text)
      ? { ...s, start: s.start - 1 }
      : s;
  });
}
