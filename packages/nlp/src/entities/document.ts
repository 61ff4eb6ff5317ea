/** The document pass: rules that read the whole text (a capital only at sentence starts, names found elsewhere). */
import type { EntityType, Mention, TextField } from '@newsflow/contracts';
import type { Token } from '../text/tokenize.js';
import { textAt, textsOf } from '../text/tokenize.js';
import { isMonth, isWeekday } from '../ner/gazetteer.js';
import { isCapitalized } from '../ner/features.js';
import { NEVER_ALONE, STATE_ABBREVIATIONS } from '../ner/lexicon.js';
import { titleCase } from '../ner/canonical.js';
import {
  ARABIC_ARTICLE,
  COMPANY_NAME_ENDINGS,
  COMPASS_WORDS,
  EPONYMOUS,
  GENERIC_ALONE,
  ORG_SUFFIXES,
  PERSON_PARTICLES,
} from '../ner/heads.js';
import { compoundPlace, isLegalForm } from '../ner/rules.js';
import {
  GAZ,
  QUOTES_DASHES,
  isDemonym,
  isTitle,
  personLike,
  continuesName,
  continuesNameBefore,
  namesNothingAlone,
  isOtherCountryCode,
  namesPlace,
  namesPlaceBeyondTown,
  startsName,
  WHERE,
} from './words.js';
import type { Span } from './spans.js';
import { spanText, tokenOwners } from './spans.js';

/**
 * A one-word name found only where sentences or a table's cells start ("\"Adaptation finance has to arrive…\"",
 * "Contract | Price | Change") is no name when the text writes the same word in lower case elsewhere ("adaptation
 * targets"): the capital was the sentence's.
 */
export function dropCommonWordsAtSentenceStart(spans: Span[], body: readonly Token[]): Span[] {
  const startsSentence = (s: Span): boolean => {
    let k = s.start;
    while (
      k > 0 &&
      !(s.tokens[k] as Token).sentenceStart &&
      QUOTES_DASHES.test((s.tokens[k - 1] as Token).text)
    )
      k--;
    return (s.tokens[k] as Token).sentenceStart || (s.tokens[k - 1] as Token | undefined)?.text === '|';
  };
  const lowerOf = (s: Span): string => (s.tokens[s.start] as Token).text.toLowerCase();
  const oneWordAtStart = spans.map((s) => s.end - s.start === 1 && startsSentence(s));
  // Most texts have no one-word name at a sentence start: nothing more to read then.
  const atStarts = new Set<string>();
  spans.forEach((s, i) => {
    if (oneWordAtStart[i]) atStarts.add(lowerOf(s));
  });
  if (atStarts.size === 0) return spans;
  const writtenLower = new Set<string>();
  for (const t of body) if (!t.sentenceStart && atStarts.has(t.text)) writtenLower.add(t.text);
  if (writtenLower.size === 0) return spans;
  // A word the text also writes in a name elsewhere, or capitalised mid-sentence, stays a name.
  const named = new Set<string>();
  spans.forEach((s, i) => {
    if (!oneWordAtStart[i])
      for (let k = s.start; k < s.end; k++) named.add((s.tokens[k] as Token).text.toLowerCase());
  });
  return spans.filter((s) => {
    if (s.end - s.start !== 1) return true;
    const lower = lowerOf(s);
    return !writtenLower.has(lower) || named.has(lower);
  });
}

interface Surface {
  words: string[];
  /** The words joined by spaces: one surface per text under each first word. */
  joined: string;
  type: EntityType;
}

/** Words before a month that make it the month: "in May", "since June". */
const TIME_PREPOSITIONS = new Set([
  'in',
  'on',
  'since',
  'until',
  'by',
  'from',
  'to',
  'of',
  'last',
  'next',
  'early',
  'late',
  'mid',
  'this',
  'before',
  'after',
  'during',
  'through',
  'till',
  'between',
  'and',
]);

/**
 * Tags untagged occurrences of names already found in the document (and of persons' first and last names). In a
 * headline, a longer name the document holds takes in the shorter names found inside it ("Pennsylvania Supreme
 * Court" over the gazetteer's "Supreme Court").
 */
export function propagate(
  spans: Span[],
  fields: Array<{ field: TextField; tokens: Token[]; fold?: boolean; foldAt?: readonly boolean[] }>,
): Span[] {
  const byFirst = new Map<string, Surface[]>();
  const add = (words: string[], type: EntityType): void => {
    const first = words[0];
    // A surname may open with an Arabic article or a particle: "al-Kaabi" of "Saad Sherida al-Kaabi", "von der Leyen".
    if (
      first === undefined ||
      !(startsName(first) || ARABIC_ARTICLE.test(first) || (words.length > 1 && PERSON_PARTICLES.has(first)))
    )
      return;
    const lower = first.toLowerCase();
    if (NEVER_ALONE.has(lower)) return;
    if (words.length === 1 && (isWeekday(lower) || first.length < 2)) return;
    if (words.length === 1 && isMonth(lower) && type !== 'PERSON') return;
    let list = byFirst.get(first);
    if (!list) byFirst.set(first, (list = []));
    const joined = words.join(' ');
    const upper = first.toUpperCase();
    if (upper !== first) {
      let l2 = byFirst.get(upper);
      if (!l2) byFirst.set(upper, (l2 = []));
      if (!l2.some((x) => x.joined === joined)) l2.push({ words, joined, type });
    }
    if (!list.some((x) => x.joined === joined)) list.push({ words, joined, type });
  };
  for (const s of spans) {
    const words = s.tokens.slice(s.start, s.end).map((t) => t.text);
    add(words, s.type);
    // A company without its legal form, as headlines write it: "Halcyon Semiconductor" of "Halcyon Semiconductor Corp".
    if (s.type === 'ORG') {
      let end = words.length;
      while (end > 1 && (isLegalForm((words[end - 1] as string).toLowerCase()) || words[end - 1] === ','))
        end--;
      if (end < words.length) add(words.slice(0, end), 'ORG');
      // Nor the word that completes its name, when the gazetteer knows the first as a company: "Toyota" of "Toyota
      // Motor", "Sony" of "Sony Group" (not "General" of "General Motors", a given name, "Ford", nor "Azores" of
      // "Azores Airlines").
      const first = words[0] as string;
      const kinds = end === 2 ? GAZ.singleKinds(first) : undefined;
      if (
        kinds &&
        (kinds.has('ORG') || kinds.has('COMPANY')) &&
        COMPANY_NAME_ENDINGS.has((words[1] as string).toLowerCase()) &&
        !GAZ.lowerWords.has(first.toLowerCase()) &&
        !GAZ.firstNames.has(first)
      )
        add([first], 'ORG');
    }
    if (s.type === 'PERSON' && words.length > 1) {
      add([words[words.length - 1] as string], 'PERSON');
      add([words[0] as string], 'PERSON');
      // The surname with its particles: "von der Leyen" of "Ursula von der Leyen", "de la Cruz".
      const particle = words.findIndex((word, k) => k > 0 && PERSON_PARTICLES.has(word));
      if (particle > 0 && particle < words.length - 1) add(words.slice(particle), 'PERSON');
    }
  }
  const out = [...spans];
  const replaced = new Set<number>();
  for (const { field, tokens, fold: foldField, foldAt } of fields) {
    // The span in `out` that holds each token, or -1.
    const owner = new Int32Array(tokens.length).fill(-1);
    let fold = foldField === true;
    const same = (a: string, b: string): boolean => a === b || (fold && a.toUpperCase() === b.toUpperCase());
    out.forEach((s, o) => {
      if (s.field === field) for (let k = s.start; k < s.end; k++) owner[k] = o;
    });
    // Whether token k is free for a name over [from, to): untagged, or in a headline inside a span within it.
    const free = (k: number, from: number, to: number): boolean => {
      const o = owner[k] as number;
      if (o < 0) return true;
      const s = out[o] as Span;
      return fold && s.start >= from && s.end <= to;
    };
    for (let i = 0; i < tokens.length; i++) {
      fold = foldField === true || foldAt?.[i] === true;
      // In a headline, a span may open a longer name: "Kenya" of "Kenya Airways Grounds Two Jets".
      const taken = owner[i] as number;
      if (taken >= 0 && !(fold && (out[taken] as Span).start === i)) continue;
      const shortest = taken >= 0 ? (out[taken] as Span).end - i + 1 : 1;
      const cands = byFirst.get(fold ? (tokens[i] as Token).text.toUpperCase() : (tokens[i] as Token).text);
      if (!cands) continue;
      let best: Surface | undefined;
      for (const c of cands) {
        if (c.words.length < shortest || (best && c.words.length <= best.words.length)) continue;
        if (i + c.words.length > tokens.length) continue;
        let ok = true;
        for (let k = 0; ok && k < c.words.length; k++)
          ok =
            free(i + k, i, i + c.words.length) && same((tokens[i + k] as Token).text, c.words[k] as string);
        // A name must not be the start or the end of a longer capitalised run we did not tag ("Washington Post",
        // "Patrick Collison" where only "John Collison" was tagged).
        const before = tokens[i - 1];
        const after = tokens[i + c.words.length];
        if (ok && !fold && c.words.length === 1 && (continuesName(after) || continuesNameBefore(tokens, i)))
          ok = false;
        // "May" the person, not the month: not after "in", "since"… and not before a number.
        if (ok && c.words.length === 1 && isMonth((c.words[0] as string).toLowerCase())) {
          if ((before && TIME_PREPOSITIONS.has(before.lower)) || (after && /^\d/.test(after.text)))
            ok = false;
        }
        // A country's code the document reads as a body's acronym names the body: "Electoral Commission (EC)".
        const word = c.words[0] as string;
        if (
          ok &&
          c.words.length === 1 &&
          namesNothingAlone(word, after) &&
          !(c.type === 'ORG' && isOtherCountryCode(word))
        )
          ok = false;
        if (ok) best = c;
      }
      if (best) {
        out.push({ field, tokens, start: i, end: i + best.words.length, type: best.type });
        for (let k = i; k < i + best.words.length; k++) {
          if ((owner[k] as number) >= 0) replaced.add(owner[k] as number);
          owner[k] = out.length - 1;
        }
        i += best.words.length - 1;
      }
    }
  }
  return replaced.size === 0 ? out : out.filter((_, o) => !replaced.has(o));
}

/** A mention with the type its span had, before the document's vote gives each name one type. */
export interface TypedMention extends Mention {
  type: EntityType;
  cued: boolean;
}

/** A word's type as a country or a well-known organisation the gazetteer holds ("Israel", "Hamas"), if either. */
function countryOrBody(word: string): EntityType | undefined {
  const kinds = GAZ.singleKinds(word);
  return kinds?.has('COUNTRY') ? 'LOCATION' : kinds?.has('ORG') ? 'ORG' : undefined;
}

interface DocumentNames {
  /** Each name's type, and each word of a person's name as a person's. */
  known: Map<string, EntityType>;
  /** Words of persons named in full: a double-barrelled surname among them is one ("Desmond Okafor-Lyle"). */
  inFullNames: Set<string>;
}

/** The names of a document's spans, which split a hyphenated word in two. */
function namesOf(spans: readonly Span[], texts: Record<TextField, string>): DocumentNames {
  const known = new Map<string, EntityType>();
  const inFullNames = new Set<string>();
  for (const s of spans)
    if (s.end - s.start >= 1) {
      const t = spanText(s, texts[s.field]);
      if (!t.includes('-')) known.set(t, s.type);
      if (s.type === 'PERSON')
        for (const w of t.split(' ')) {
          if (!known.has(w)) known.set(w, 'PERSON');
          if (s.end - s.start > 1) inFullNames.add(w);
        }
    }
  return { known, inFullNames };
}

/** A seeding number before a name: "1-Alessandro Ferri", "9-Stefan Novak". */
const SEED = /^\p{N}{1,2}-(?=\p{Lu}\p{Ll})/u;

/** Prefixes that make a word of a name an attitude or a time: "Pro-Russian", "anti-Trump", "post-Brexit". */
const NAME_PREFIX = /^(?:pro|anti|post|pre|non|ex|neo)-/i;

/**
 * The spans as mentions. "Trump-Putin" → "Trump" and "Putin" when both are names found elsewhere in the document,
 * "Israel-Hamas" when each is a country or a well-known organisation and one a country; a word such as "Pro-Russian"
 * is no name, nor the country in a currency's sign ("US$"), nor a seed's number part of a player's.
 */
export function splitHyphenated(spans: Span[], texts: Record<TextField, string>): TypedMention[] {
  let names: DocumentNames | undefined;
  const out: TypedMention[] = [];
  for (const s of spans) {
    let start = (s.tokens[s.start] as Token).start;
    const last = s.tokens[s.end - 1] as Token;
    // "New York-listed" names New York.
    const compound = compoundPlace(last.text);
    const end = compound ? last.start + compound.length : last.end;
    // The country a currency's sign writes in names no place: "US$9 million", "NZ$4.2 million".
    if (texts[s.field][end] === '$') continue;
    // A seed's number joined to a player's name in results: "1-Alessandro Ferri (Italy)", not "the 5-Star Movement";
    // a party's letter before a state: "R-Iowa".
    const prefix = s.type === 'PERSON' ? SEED : s.type === 'LOCATION' ? PARTY_PREFIX : undefined;
    const stripped = prefix?.exec((s.tokens[s.start] as Token).text);
    if (stripped) start += stripped[0].length;
    const text = texts[s.field].slice(start, end);
    if (s.end - s.start === 1 && text.includes('-')) {
      // The document's names, gathered for its first such word: most texts have none.
      const { known, inFullNames } = (names ??= namesOf(spans, texts));
      if (!(s.type === 'PERSON' && inFullNames.has(text))) {
        if (NAME_PREFIX.test(text)) continue;
        const parts = text.split('-');
        const listed = parts.map(countryOrBody);
        const types = parts.map((p, k) => known.get(p) ?? listed[k]);
        // Beyond the names of the document, a country among the parts: not a party's "Liberal-Labour".
        const split =
          parts.every((p) => known.has(p)) ||
          (types.every((t) => t !== undefined) && listed.includes('LOCATION'));
        if (parts.length > 1 && split) {
          let pos = start;
          for (const [k, p] of parts.entries()) {
            out.push({
              field: s.field,
              start: pos,
              end: pos + p.length,
              text: p,
              type: types[k] as EntityType,
              cued: false,
            });
            pos += p.length + 1;
          }
          continue;
        }
      }
    }
    // A state's or province's abbreviation keeps the period the tokenizer took for a sentence's end: "Frankfort,
    // Ky.", "(D-N.H.)".
    const dot =
      s.type === 'LOCATION' && texts[s.field][end] === '.' && STATE_ABBREVIATIONS.has(text) ? '.' : '';
    out.push({
      field: s.field,
      start,
      end: end + dot.length,
      text: text + dot,
      type: s.type,
      cued: s.cued === true,
    });
  }
  return out;
}

/** A lawmaker's party and state after the name: "Dale Henricksen, R-Iowa,", "(D-Ill.)", "R-UTAH". */
const PARTY_TAG = /^[RDI]-(\p{Lu}[\p{L}.]*)$/u;
/** A party tag's prefix, no part of the state's name. */
const PARTY_PREFIX = /^[RDI]-(?=\p{Lu})/u;

/** Whether a word names a US state, written out, in capitals or abbreviated as party tags write it ("N.M"). */
function namesState(word: string): boolean {
  return STATE_ABBREVIATIONS.has(word) || namesPlace([word]) || namesPlace([titleCase(word)]);
}

/**
 * The place at the head of a compound word ("the Seoul-based firm", "a New York-listed miner", "Iran-backed rebels")
 * as a span over the word, which the mention then ends before its suffix: datasets split such words ("Seoul -
 * based"), feeds do not. A span just before it that makes the place with it takes it in ("New" + "York-listed").
 */
export function placesInCompounds(spans: Span[], field: TextField, tokens: Token[]): Span[] {
  let owner: Int32Array | undefined;
  const added: Span[] = [];
  const widened = new Map<number, Span>();
  tokens.forEach((t, k) => {
    // Most words hold no hyphen: the test first, the pattern after.
    if (t.text.indexOf('-') <= 0) return;
    const tag = PARTY_TAG.exec(t.text);
    if (
      tag &&
      (textAt(tokens, k - 1) === ',' || textAt(tokens, k - 1) === '(') &&
      namesState(tag[1] as string)
    ) {
      owner ??= tokenOwners(spans, field, tokens);
      const own = owner[k] as number;
      const s = spans[own];
      if (!s) added.push({ field, tokens, start: k, end: k + 1, type: 'LOCATION' });
      else if (s.start === k && s.end === k + 1) widened.set(own, { ...s, type: 'LOCATION' });
      return;
    }
    const stem = compoundPlace(t.text);
    if (!stem) return;
    const owners = (owner ??= tokenOwners(spans, field, tokens));
    // A people is no place: "Saudi-owned", "Chinese-made".
    if (isDemonym(stem)) return;
    // One word may name a company too ("Stockholm-based").
    const place = (from: number): boolean => namesPlace([...textsOf(tokens, from, k), stem]);
    const own = owners[k] as number;
    if (own >= 0) {
      // The compound read as another type: "the [Toulouse-based] planemaker", "the [San Francisco-based] company" were
      // organisations.
      const s = spans[own] as Span;
      if (s.end === k + 1 && s.type !== 'LOCATION' && place(s.start))
        widened.set(own, { ...s, type: 'LOCATION' });
      return;
    }
    const o = k > 0 ? (owners[k - 1] as number) : -1;
    const before = spans[o];
    if (before && !widened.has(o) && place(before.start))
      widened.set(o, { ...before, end: k + 1, type: 'LOCATION' });
    else if (!before) {
      // The place's first words the tagger left untagged: "the New [York-listed] firm".
      const from = [k - 2, k - 1].find(
        (f) =>
          f >= 0 &&
          textsOf(tokens, f, k).every((w, j) => isCapitalized(w) && owners[f + j] === -1) &&
          place(f),
      );
      if (from !== undefined || place(k))
        added.push({ field, tokens, start: from ?? k, end: k + 1, type: 'LOCATION' });
    }
  });
  if (added.length === 0 && widened.size === 0) return spans;
  return [...spans.map((s, i) => widened.get(i) ?? s), ...added];
}

/**
 * A name whose last word is a person's named alone in the document, every time, is that person, whatever the tagger
 * read: "elected Sanae Takaichi" was a place, "Takaichi , 64 ," a person. Not a compass word first ("North
 * Bridgton").
 */
export function personsBySurnameAlone(mentions: TypedMention[]): void {
  const aloneTypes = new Map<string, EntityType | 'MIXED'>();
  for (const m of mentions)
    if (!m.text.includes(' ')) {
      const seen = aloneTypes.get(m.text);
      aloneTypes.set(m.text, seen === undefined || seen === m.type ? m.type : 'MIXED');
    }
  for (const m of mentions) {
    if (m.type === 'PERSON' || !m.text.includes(' ')) continue;
    const words = m.text.split(' ');
    if (words.length > 3 || aloneTypes.get(words[words.length - 1] as string) !== 'PERSON') continue;
    const tokens = words.map((text) => ({
      text,
      lower: text.toLowerCase(),
      start: 0,
      end: 0,
      sentenceStart: false,
    }));
    if (!COMPASS_WORDS.has(words[0] as string) && personLike(tokens, 0, tokens.length)) m.type = 'PERSON';
  }
}

/** An owner's possessive and the space after it, at the start of a text: "Sauber's ", "Williams' ". */
const POSSESSIVE_AND_SPACE = /^['’]s?\s+/u;

/**
 * One word that owns a person named in full is a team, company or place, not a person: "Sauber's Nico Hulkenberg",
 * "BYU's AJ Dybantsa". Not a word of a person named in full here ("Trump's Susie Wiles" beside "Donald Trump").
 * Such mentions are cued organisations in the type vote.
 */
export function ownersOfPersons(
  mentions: TypedMention[],
  personParts: ReadonlySet<string>,
  texts: Record<TextField, string>,
): void {
  const fullPersonAt = new Set(
    mentions.filter((m) => m.type === 'PERSON' && m.text.includes(' ')).map((m) => `${m.field}:${m.start}`),
  );
  for (const m of mentions) {
    if (m.type !== 'PERSON' || m.text.includes(' ') || personParts.has(m.text)) continue;
    const possessive = POSSESSIVE_AND_SPACE.exec(texts[m.field].slice(m.end, m.end + 8));
    if (possessive && fullPersonAt.has(`${m.field}:${m.end + possessive[0].length}`)) {
      m.type = 'ORG';
      m.cued = true;
    }
  }
}

/**
 * A person named after a title is one as surely as a context rule says so ("President Suharto"), whatever a headline
 * read and however rarely the story names them in full: such mentions count as cued in the type vote.
 */
export function cuePersonsAfterTitles(mentions: TypedMention[], texts: Record<TextField, string>): void {
  for (const m of mentions) {
    if (m.type !== 'PERSON' || m.cued) continue;
    const before = /(\S+)\s+$/u.exec(texts[m.field].slice(Math.max(0, m.start - 24), m.start));
    if (before && isTitle(before[1] as string)) m.cued = true;
  }
}

/** Whether a name ends as a company's or another body's does: "Quillon AI Inc", "Savanna Ventures". */
function endsAsBody(words: readonly string[]): boolean {
  const last = (words[words.length - 1] as string).toLowerCase();
  return ORG_SUFFIXES.has(last) || isLegalForm(last);
}

/** A legal form after a comma: ", Inc." of "Harborview Senior Living, Inc.". */
const LEGAL_FORM_AFTER = /^,\s+([\p{L}.]+)/u;
const legalFormAfter = (m: TypedMention, texts: Record<TextField, string>): boolean =>
  isLegalForm(LEGAL_FORM_AFTER.exec(texts[m.field].slice(m.end, m.end + 10))?.[1]?.toLowerCase() ?? '');

/** What follows a dateline's place: a comma and the country or state ("PIRAEUS, Greece, July 30"). */
const DATELINE_REST = /^\s*,\s*(\p{Lu}[\p{L}]*)/u;

/** Whether a place opens a line as a dateline's does. */
function isDateline(m: TypedMention, texts: Record<TextField, string>): boolean {
  const text = texts[m.field];
  if (m.start > 0 && text.charAt(m.start - 1) !== '\n') return false;
  const next = DATELINE_REST.exec(text.slice(m.end, m.end + 24))?.[1];
  return next !== undefined && (namesPlace([next]) || STATE_ABBREVIATIONS.has(next));
}

/** One of these prepositions right before a name, with "the" or not. */
const prepositionBefore = (prepositions: readonly string[]): RegExp =>
  new RegExp(`\\b(?:${prepositions.join('|')})\\s+(?:the\\s+)?$`);
/** A preposition of place right before a name, also those that put a company nowhere: "of", "to", "from". */
const PLACE_PREPOSITION_BEFORE = prepositionBefore([...WHERE, 'of', 'from', 'to', 'into', 'on']);
/**
 * The prepositions that put a company named with its legal form somewhere: not "of", "to", "for" or "from" ("Chief
 * Executive Officer of Northfield", "legal counsel to Harborview").
 */
const WHERE_BEFORE = prepositionBefore(WHERE);
const afterPlacePreposition = (
  m: TypedMention,
  texts: Record<TextField, string>,
  before = PLACE_PREPOSITION_BEFORE,
): boolean => before.test(texts[m.field].slice(Math.max(0, m.start - 16), m.start));

/** Kinds of water a place's name ends in, which a body is named after. */
const WATERS = new Set(['river', 'lake', 'canal', 'dam', 'creek', 'sea', 'strait', 'reservoir']);

/**
 * The first words of a body the story names in full are that body, whatever the tagger read them as alone:
 * "Quillon" beside "Quillon AI Inc", "Marmara Liman" beside "Marmara Liman Isletmeleri AS", "Arvanta's plant" beside
 * "Arvanta Healthcare Pvt Ltd", "Harborview" beside "Harborview Senior Living, Inc.". Not a known place ("Kenya" of "Kenya Airways"), nor a word of a person named in full
 * otherwise ("Musk" beside "Elon Musk" and "Musk Foundation"), nor a place the body is named for, read as one and put
 * after "in", "at" or "near" ("in Assam" beside "Assam Tea Co"; an owner is none: "from Arvanta's plant"), nor a
 * person named in full and by the surname alone, whom the body is named for ("Jane Goodall" and "Goodall" beside the
 * "Jane Goodall Institute"). A person has no test of where the name stands, as "a stake in" or "shares of" a company
 * are common.
 */
export function shortFormsOfBodies(mentions: TypedMention[], texts: Record<TextField, string>): void {
  const shortForms = new Set<string>();
  // Those of companies named with their legal form, which a town's name may open ("Northfield Bancorp, Inc.").
  const ofCompanies = new Set<string>();
  // A club's or a firm's last word, no common head, for what was read as a place: "Villa" of "Aston Villa". Read as
  // a person, such a word is a surname ("Cross" beside "Red Cross").
  const lastWords = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'ORG' || !m.text.includes(' ')) continue;
    const words = m.text.split(' ');
    const last = words[words.length - 1] as string;
    const formAfter = legalFormAfter(m, texts);
    if (!endsAsBody(words) && !formAfter) {
      if (words.length === 2 && !GENERIC_ALONE.has(last.toLowerCase()) && /^\p{Lu}\p{Ll}+$/u.test(last))
        lastWords.add(last);
      continue;
    }
    const company = formAfter || isLegalForm(last.toLowerCase());
    for (let n = 1; n < words.length; n++) {
      shortForms.add(words.slice(0, n).join(' '));
      if (company) ofCompanies.add(words.slice(0, n).join(' '));
    }
  }
  if (shortForms.size === 0 && lastWords.size === 0) return;
  const isShortForm = (m: TypedMention): boolean =>
    shortForms.has(m.text) || (m.type === 'LOCATION' && lastWords.has(m.text));
  // Persons named in full, whose words are split only if a short form is no place.
  const fullPersons: string[] = [];
  let personWords: Set<string> | undefined;
  const places = new Set<string>();
  for (const m of mentions) {
    if (m.type === 'PERSON' && m.text.includes(' ') && !shortForms.has(m.text)) fullPersons.push(m.text);
    if (
      m.type === 'LOCATION' &&
      isShortForm(m) &&
      afterPlacePreposition(m, texts, ofCompanies.has(m.text) ? WHERE_BEFORE : PLACE_PREPOSITION_BEFORE) &&
      !POSSESSIVE_AND_SPACE.test(texts[m.field].slice(m.end, m.end + 4))
    )
      places.add(m.text);
    if (m.type === 'LOCATION' && isDateline(m, texts)) places.add(m.text.toLowerCase());
  }
  const loneSurnames = new Set<string>();
  for (const m of mentions) if (m.type === 'PERSON' && !m.text.includes(' ')) loneSurnames.add(m.text);
  for (const m of mentions) {
    if (
      m.type === 'ORG' ||
      !isShortForm(m) ||
      // A person named in full, whom the body is named for, named by the surname alone too: "Jane Goodall" and
      // "Goodall" beside the "Jane Goodall Institute".
      (m.type === 'PERSON' &&
        m.text.includes(' ') &&
        loneSurnames.has(m.text.slice(m.text.lastIndexOf(' ') + 1))) ||
      (m.type === 'LOCATION' && (places.has(m.text) || places.has(m.text.toLowerCase())))
    )
      continue;
    // The gazetteer knows "U.S." as "US".
    const words = m.text.replaceAll('.', '').split(' ');
    const place = ofCompanies.has(m.text) ? namesPlaceBeyondTown(words) : namesPlace(words);
    if (place) continue;
    const inPersonNames = (personWords ??= new Set(fullPersons.flatMap((name) => name.split(' '))));
    if (words.some((word) => inPersonNames.has(word))) continue;
    // Nor a water named by its kind: "the Murray River" beside "Murray River Council".
    if (m.type === 'LOCATION' && WATERS.has((words[words.length - 1] as string).toLowerCase())) continue;
    m.type = 'ORG';
  }
}

/** The word after a name, past its possessive: "disease" of "Parkinson's disease". */
const WORD_AFTER_NAME = /^(?:['’]s)?\s+(\p{L}+)/u;

/**
 * A name before "virus", "disease", "fever" or "syndrome" names a disease there, and alone elsewhere in the story
 * too ("Marburg, a cousin of Ebola"; "live with Parkinson's") unless the story also puts something in or at it.
 */
export function withoutDiseases(mentions: TypedMention[], texts: Record<TextField, string>): TypedMention[] {
  const beforeDisease = new Set(
    mentions.filter((m) =>
      EPONYMOUS.has(WORD_AFTER_NAME.exec(texts[m.field].slice(m.end, m.end + 12))?.[1]?.toLowerCase() ?? ''),
    ),
  );
  if (beforeDisease.size === 0) return mentions;
  const diseases = new Set([...beforeDisease].map((m) => m.text));
  for (const m of mentions)
    if (diseases.has(m.text) && !beforeDisease.has(m) && afterPlacePreposition(m, texts))
      diseases.delete(m.text);
  return mentions.filter((m) => !diseases.has(m.text) && !beforeDisease.has(m));
}

/** What stands between a name and its alias: ", known as", ", also known as". */
const KNOWN_AS = /^,\s+(?:(?:also|better|widely|popularly|commonly)\s+)?known\s+as\s+$/;

/**
 * A name given as an organisation's alias is that organisation, whatever the tagger read it as: "Bank of Nova
 * Scotia, known as Scotiabank", "Petroleo Brasileiro SA, known as Petrobras". Such mentions are cued in the vote.
 */
export function aliasesOfBodies(mentions: TypedMention[], texts: Record<TextField, string>): void {
  let previous: TypedMention | undefined;
  for (const m of mentions.toSorted((x, y) =>
    x.field === y.field ? x.start - y.start : x.field < y.field ? -1 : 1,
  )) {
    if (
      previous?.field === m.field &&
      previous.type === 'ORG' &&
      m.type !== 'ORG' &&
      KNOWN_AS.test(texts[m.field].slice(previous.end, m.start))
    ) {
      m.type = 'ORG';
      m.cued = true;
    }
    previous = m;
  }
}
