/** Rules from lists of names: the gazetteer's organisations, countries and places, mononyms, MISC phrases. */
import type { EntityType, TextField } from '@newsflow/contracts';
import type { Token } from '../text/tokenize.js';
import { sentenceHas, textAt, textsOf } from '../text/tokenize.js';
import type { PhraseKind, PhraseMatch } from '../ner/gazetteer.js';
import { COUNTRY_CODES_IN_NEWS, KNOWN_BODIES, KNOWN_MONONYMS, KNOWN_PLACES } from '../ner/lexicon.js';
import { isAllCapitals, isCapitalized } from '../ner/features.js';
import { titleCase } from '../ner/canonical.js';
import { KNOWN_MISC } from '../ner/heads.js';
import {
  GAZ,
  continuesName,
  continuesNameBefore,
  isDemonym,
  isTitle,
  nameGoesOn,
  namesNothingAlone,
} from './words.js';
import type { Span, TypedRun } from './spans.js';
import { retypeRuns, tokenOwners } from './spans.js';
import { speaksOfSport } from './sports.js';

export const GAZ_TYPE: Partial<Record<PhraseKind, EntityType>> = {
  COUNTRY: 'LOCATION',
  PLACE: 'LOCATION',
  ORG: 'ORG',
};

const DOTTED_CODE = /^(?:\p{Lu}\.){2,3}$/u;

/**
 * A country code news writes, written with periods ("U.K.", "U.A.E."): the gazetteer knows "UK" and "UAE" only, and
 * the tagger's features read the gazetteer, so the dotted forms are matched here rather than added to it.
 */
function dottedCountryCodes(tokens: readonly Token[]): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  tokens.forEach(({ text }, k) => {
    // A period second ("U.") before the test: most tokens fail it at once.
    if (text.charCodeAt(1) !== 46 || !DOTTED_CODE.test(text)) return;
    const code = text.replaceAll('.', '');
    if (COUNTRY_CODES_IN_NEWS.has(code) && GAZ.singleKinds(code)?.has('COUNTRY'))
      out.push({ start: k, end: k + 1, kind: 'COUNTRY' });
  });
  return out;
}

/**
 * A country a headline shouts, in a line of capitals ("THAILAND HEADS TO EARLY ELECTION"): the gazetteer knows it as
 * written in a sentence ("Thailand"). One word; a shouted name of several is found beside the same name in the text.
 */
function shoutedCountries(tokens: readonly Token[], headline: readonly boolean[] | undefined): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  if (!headline) return out;
  tokens.forEach(({ text }, k) => {
    if (!headline[k] || text.length < 4 || !isAllCapitals(text) || !/^\p{L}+$/u.test(text)) return;
    const name = titleCase(text);
    // Not a nationality ("THAI") nor a given name ("JORDAN").
    if (isDemonym(name) || GAZ.firstNames.has(name)) return;
    if (GAZ.singleKinds(name)?.has('COUNTRY')) out.push({ start: k, end: k + 1, kind: 'COUNTRY' });
  });
  return out;
}

/** A lower-case letter. */
const LOWER_CASE = /\p{Ll}/u;

const holdsComma = (tokens: readonly Token[], m: PhraseMatch): boolean =>
  tokens.slice(m.start, m.end).some((t) => t.text === ',');

/**
 * High-precision gazetteer rules: a well-known organisation, country or place the tagger left untagged is tagged,
 * and a tagged span that is exactly a well-known organisation takes the type ORG ("White House"). In a line in
 * Headline Case (`headline`, per token), where every word has a capital, only a country is tagged
 * ("Panama Picks Builders for Reservoir"), unless English writes it in lower case too ("Turkey").
 */
export function gazetteerRules(
  spans: Span[],
  field: TextField,
  tokens: Token[],
  headline?: readonly boolean[],
): Span[] {
  const matches = [
    ...GAZ.matchTokens(tokens),
    ...dottedCountryCodes(tokens),
    ...shoutedCountries(tokens, headline),
  ];
  if (matches.length === 0) return spans;
  const owner = tokenOwners(spans, field, tokens);
  const out = [...spans];
  const personWords = new Set<string>();
  // First words of longer names the text holds: "LG" of "LG Energy Solution" is no name alone in its headline.
  const nameOpeners = new Set<string>();
  for (const s of spans) {
    if (s.end - s.start > 1) nameOpeners.add((s.tokens[s.start] as Token).text);
    if (s.type === 'PERSON' && s.end - s.start > 1)
      for (let k = s.start; k < s.end; k++) personWords.add((s.tokens[k] as Token).text);
  }
  for (const m of matches) {
    // A state or province of several words is as sure a place as a country ("British Columbia", which the tagger
    // may read as "British Airways"); one word ("Georgia", "Victoria") may be anything.
    const type =
      GAZ_TYPE[m.kind] ??
      ((m.kind === 'REGION' || m.kind === 'CITY') && m.end - m.start > 1 ? 'LOCATION' : undefined);
    if (!type) continue;
    const first = tokens[m.start] as Token;
    if (!isCapitalized(first.text)) continue;
    if (m.end - m.start === 1 && namesNothingAlone(first.text, tokens[m.end], first.lower)) continue;
    const o = owner[m.start] as number;
    // A well-known organisation, country, state or city of several words over shorter pieces the tagger found
    // ("RIA" in "RIA Novosti", "People" and "China" in "People 's Republic of China", "New [Mexico]", "Khan
    // [Younis]"); not a city where the text speaks of sport, whose name is its team's ("Green Bay 's final drive"),
    // nor a city and its state after a comma, two places as the labelled news has them ("Washington , D.C.").
    const town = m.kind === 'CITY' || m.kind === 'REGION';
    if (
      m.end - m.start > 1 &&
      (type === 'ORG' || m.kind === 'COUNTRY' || (town && !speaksOfSport(tokens) && !holdsComma(tokens, m)))
    ) {
      const inside = new Set<number>();
      let outside = false;
      for (let k = m.start; k < m.end; k++) if ((owner[k] as number) >= 0) inside.add(owner[k] as number);
      for (const i of inside) {
        const s = out[i] as Span;
        if (s.start < m.start || s.end > m.end) outside = true;
      }
      if (
        !outside &&
        !(
          inside.size === 1 &&
          (out[[...inside][0] as number] as Span).start === m.start &&
          (out[[...inside][0] as number] as Span).end === m.end
        )
      ) {
        for (const i of inside) out[i] = { ...(out[i] as Span), end: (out[i] as Span).start };
        out.push({ field, tokens, start: m.start, end: m.end, type });
        for (let k = m.start; k < m.end; k++) owner[k] = out.length - 1;
        continue;
      }
      // A longer span ending in it is that organisation's branch ("Kenya Red Cross").
      if (type === 'ORG' && inside.size === 1) {
        const s = out[[...inside][0] as number] as Span;
        if (s.end === m.end && s.start < m.start && s.type !== 'ORG') {
          out[[...inside][0] as number] = { ...s, type };
          continue;
        }
      }
    }
    if (o >= 0) {
      const s = out[o] as Span;
      if (s.start === m.start && s.end === m.end && s.type !== type) {
        // A well-known organisation is one; a country or place tagged as a person is a place unless the
        // document names a person with that word ("Denzel Washington").
        if (type === 'ORG') out[o] = { ...s, type };
        // A country or state read as an organisation is the place ("U.S. President", "Japan beat Syria", "the
        // British Columbia coast").
        else if ((m.kind === 'COUNTRY' || m.kind === 'REGION') && s.type === 'ORG') out[o] = { ...s, type };
        else if (s.type === 'PERSON' && m.end - m.start === 1 && !personWords.has(first.text))
          out[o] = { ...s, type };
      }
      continue;
    }
    let free = true;
    for (let k = m.start; k < m.end; k++) if ((owner[k] as number) >= 0) free = false;
    if (!free) continue;
    if (headline?.[m.start] === true) {
      // A well-known organisation written as its acronym is one too: "EU Observers Urge Malawi", "IAEA Chief Warns";
      // not the first word of a longer name the text holds ("LG Energy Solution Signs $4.3 Billion Deal").
      const acronym =
        m.kind === 'ORG' &&
        m.end - m.start === 1 &&
        /^\p{Lu}{2,6}$/u.test(first.text) &&
        !nameOpeners.has(first.text);
      // A country English writes in lower case too ("Turkey") may be that word; not one written in capitals in a
      // line that is not ("UK's FCA Fines Harwell Bank", "US Lawmakers Press Meta").
      const written = /^\p{Lu}{2,}$/u.test(first.text) && sentenceHas(tokens, m.start, LOWER_CASE);
      if ((m.kind !== 'COUNTRY' && !acronym) || (!written && GAZ.lowerWords.has(first.lower))) continue;
    } else {
      if (m.end - m.start === 1 && first.sentenceStart && GAZ.lowerWords.has(first.lower)) continue;
      // Not the start or end of a longer capitalised name ("Amazon Web Services", "New Mexico State"); a title after
      // it is none ("Kenya Chief Justice Martha Koome").
      const after = tokens[m.end];
      if (
        (continuesName(after) && !isTitle((after as Token).text, (after as Token).lower)) ||
        continuesNameBefore(tokens, m.start)
      )
        continue;
    }
    out.push({ field, tokens, start: m.start, end: m.end, type });
  }
  return out.filter((s) => s.end > s.start);
}

/**
 * A national statistics office named "Statistics" and its country is one organisation: "Statistics Poland",
 * "Statistics South Africa", "Statistics Netherlands" (the training part labels them so; the tagger read the country
 * alone).
 */
export function statisticsOffices(spans: Span[], field: TextField, tokens: Token[]): Span[] {
  const runs: TypedRun[] = [];
  for (const m of GAZ.matchTokens(tokens))
    if (m.kind === 'COUNTRY' && m.start > 0 && (tokens[m.start - 1] as Token).text === 'Statistics')
      runs.push({ start: m.start - 1, end: m.end, type: 'ORG' });
  return retypeRuns(spans, field, tokens, runs);
}

/**
 * A person news names by one name or a stage name (KNOWN_MONONYMS), or a body or a state the gazetteer lacks
 * (KNOWN_BODIES, KNOWN_PLACES), is one wherever the text writes it alone: the tagger's other type is changed, a name
 * it left untagged ("Pedri scored twice") is added, a longer span holding it is left as it is.
 */
export function knownNames(spans: Span[], field: TextField, tokens: Token[]): Span[] {
  // Which span holds each token: built at the first name found, as most texts hold none.
  let owner: Int32Array | undefined;
  let out: Span[] | undefined;
  const partial: TypedRun[] = [];
  for (let k = 0; k < tokens.length; k++) {
    for (const words of KNOWN_NAMES.startingWith((tokens[k] as Token).text)) {
      if (!KNOWN_NAMES.at(tokens, k, words)) continue;
      const end = k + words.length;
      // Not part of a longer name: "Rema 1000", a Norwegian grocer; a title after it is no part of it ("District of
      // Columbia Mayor Muriel Bowser").
      const after = tokens[end];
      if (nameGoesOn(after) && !isTitle(after.text, after.lower)) continue;
      const type = KNOWN_TYPES.get(words.join(' ')) as EntityType;
      // Nor a place's end: "British West Indies" (but "In West Bengal", "The West Indies").
      const before = tokens[k - 1];
      if (
        type === 'LOCATION' &&
        before &&
        !(tokens[k] as Token).sentenceStart &&
        isCapitalized(before.text) &&
        !isTitle(before.text, before.lower) &&
        !(before.sentenceStart && GAZ.lowerWords.has(before.lower))
      )
        continue;
      owner ??= tokenOwners(spans, field, tokens);
      const o = owner[k] as number;
      let whole = true;
      for (let j = k; j < end; j++) if (owner[j] !== o) whole = false;
      if (!whole) {
        // A span of some of its words only ("Bad [Bunny]" at a sentence's start) gives way to the whole name.
        partial.push({ start: k, end, type });
        break;
      }
      out ??= [...spans];
      if (o < 0) out.push({ field, tokens, start: k, end, type });
      else if ((out[o] as Span).start === k && (out[o] as Span).end === end)
        out[o] = { ...(out[o] as Span), type };
      break;
    }
  }
  return retypeRuns(out ?? spans, field, tokens, partial);
}

/** Names of several words, found in a text's tokens by their first word. */
class PhraseList {
  private readonly byFirst = new Map<string, string[][]>();
  /** Every word of every name. */
  readonly words = new Set<string>();
  /** The most words a name has. */
  readonly longest: number;

  constructor(names: Iterable<string>) {
    let longest = 0;
    for (const name of names) {
      const words = name.split(' ');
      const first = words[0] as string;
      this.byFirst.set(first, [...(this.byFirst.get(first) ?? []), words]);
      for (const w of words) this.words.add(w);
      longest = Math.max(longest, words.length);
    }
    this.longest = longest;
  }

  /** The names (as words) whose first word is `word`. */
  startingWith(word: string): readonly string[][] {
    return this.byFirst.get(word) ?? NO_PHRASES;
  }

  /** Whether `words` stand at token k, in one sentence. */
  at(tokens: readonly Token[], k: number, words: readonly string[]): boolean {
    for (let w = 1; w < words.length; w++) {
      const t = tokens[k + w];
      if (!t || t.sentenceStart || t.text !== words[w]) return false;
    }
    return true;
  }
}
const NO_PHRASES: readonly string[][] = [];
const KNOWN_MISC_NAMES = new PhraseList(KNOWN_MISC);
export const MONONYMS = new PhraseList(KNOWN_MONONYMS);
const KNOWN_TYPES: ReadonlyMap<string, EntityType> = new Map([
  ...KNOWN_MONONYMS.map((name) => [name, 'PERSON'] as const),
  ...KNOWN_BODIES.map((name) => [name, 'ORG'] as const),
  ...KNOWN_PLACES.map((name) => [name, 'LOCATION'] as const),
]);
const KNOWN_NAMES = new PhraseList(KNOWN_TYPES.keys());
/**
 * The type of tokens [a, b) when they are one of the rules' known names: "Cal Fire" is a body, not a fire. Most runs
 * open with a word no known name opens with, and are not joined to be looked up.
 */
export const knownNameType = (tokens: readonly Token[], a: number, b: number): EntityType | undefined =>
  KNOWN_NAMES.startingWith(textAt(tokens, a)).length === 0
    ? undefined
    : KNOWN_TYPES.get(textsOf(tokens, a, b).join(' '));

/**
 * Where the KNOWN_MISC name or part of one that ends a span of more than one token begins, after the span's start
 * ("U.S. [West Texas Intermediate]"), or -1.
 */
export function knownMiscTail(tokens: readonly Token[], start: number, end: number): number {
  // Most spans end in a word no such name holds.
  if (!KNOWN_MISC_NAMES.words.has((tokens[end - 1] as Token).text)) return -1;
  for (let k = start + 1; k < end; k++) if (insideKnownMisc(tokens, k, end)) return k;
  return -1;
}

/** Whether tokens [start, end) are a KNOWN_MISC name or part of one ("West" of "West Texas Intermediate"). */
export function insideKnownMisc(tokens: readonly Token[], start: number, end: number): boolean {
  if (end - start > KNOWN_MISC_NAMES.longest) return false;
  // A name holds the range's last word, which few words are.
  if (end > start && !KNOWN_MISC_NAMES.words.has(textAt(tokens, end - 1))) return false;
  for (let k = start; k >= 0 && k > start - KNOWN_MISC_NAMES.longest; k--)
    for (const words of KNOWN_MISC_NAMES.startingWith((tokens[k] as Token).text))
      if (k + words.length >= end && KNOWN_MISC_NAMES.at(tokens, k, words)) return true;
  return false;
}
