/** The Span the rules pass along and the span-level clean-up: split, trim, widen persons, retype runs. */
import type { EntityType, TextField } from '@newsflow/contracts';
import type { Token } from '../text/tokenize.js';
import { lowerAt, textAt, textsOf } from '../text/tokenize.js';
import { isMonth, isOrgHead, isPersonTitle, isWeekday } from '../ner/gazetteer.js';
import type { Label } from '../ner/perceptron.js';
import { isCapitalized } from '../ner/features.js';
import { COUNTRY_CODES_IN_NEWS, STATE_ABBREVIATIONS } from '../ner/lexicon.js';
import { titleCase } from '../ner/canonical.js';
import { stopwordsFor } from '../stopwords.js';
import {
  COMPANY_NOUNS,
  COMPASS_ADJECTIVES,
  COMPASS_WORDS,
  NAME_PARTICLES,
  PERSON_PARTICLES,
  OCCUPATIONS,
  ARABIC_ARTICLE,
  KIN,
} from '../ner/heads.js';
import { isLegalForm, isPlaceCompound, isPlaceWord, wordRoleAt } from '../ner/rules.js';
import { isCommonVerbForm } from '../text/english-verbs.js';
import {
  FORM_LABELS,
  PARTY_MEMBER,
  GAZ,
  HAS_LETTER,
  HAS_UPPER_OR_DIGIT,
  POSSESSIVE,
  QUOTES_DASHES,
  SCORE,
  isDemonym,
  knownType,
  namesNationality,
  namesPlace,
  isTitle,
  isTitleAt,
  namesBody,
  namesCountry,
  namesNothingAlone,
  opensNoName,
  personLike,
  startsName,
  isGivenName,
} from './words.js';

const TYPE_OF: Record<string, EntityType> = { PER: 'PERSON', ORG: 'ORG', LOC: 'LOCATION' };

/** A mention over tokens [start, end) of one field. */
export interface Span {
  field: TextField;
  tokens: Token[];
  start: number;
  end: number;
  type: EntityType;
  /** Typed by the words around it (contextRules): it outweighs the tagger's reading of the same name elsewhere. */
  cued?: boolean;
}

export function spansFromLabels(field: TextField, tokens: Token[], labels: readonly Label[]): Span[] {
  const spans: Span[] = [];
  let open: Span | undefined;
  labels.forEach((label, i) => {
    if (label === 'O' || label.startsWith('B-') || (open && TYPE_OF[label.slice(2)] !== open.type)) {
      if (open) spans.push(open);
      open = undefined;
    }
    if (label !== 'O') {
      if (!open) open = { field, tokens, start: i, end: i + 1, type: TYPE_OF[label.slice(2)] as EntityType };
      else open.end = i + 1;
    }
  });
  if (open) spans.push(open);
  return spans;
}

export const spanText = (s: Span, text: string): string =>
  text.slice((s.tokens[s.start] as Token).start, (s.tokens[s.end - 1] as Token).end);

const NAME_CONNECTORS = new Set([
  ...PERSON_PARTICLES,
  'of',
  'and',
  'the',
  'for',
  '&',
  'upon',
  'des',
  'sur',
  'es',
  'am',
  'an',
  'do',
  "'s",
  '’s',
]);

/** Connectors no name starts with (particles such as "de" or "van" may: "de Gaulle"). */
const LEADING_CONNECTORS = new Set(['of', 'and', 'for', '&', 'upon']);

const LOCATION_CONNECTORS = new Set([...NAME_CONNECTORS].filter((w) => w !== 'and' && w !== '&'));

/** An elided particle before a capital inside a name: "Côte d'Ivoire", "Ballon d'Or", "Coeur d'Alene". */
const ELIDED_PARTICLE = /^[dl]['’]\p{Lu}/u;

/** Words that end an enumeration inside a name. */
const ENUMERATION_ENDS = new Set(['and', '&', 'y', 'e', 'und', 'et']);

/**
 * The type of the owner the words of span s before token k, an owner's possessive, name, where the gazetteer knows
 * them as a body or a country, also a body after its country ("U.S. Treasury").
 */
function knownOwnerType(s: Span, k: number): EntityType | undefined {
  const words = textsOf(s.tokens, s.start, k);
  const kind = GAZ.wholeKind(words);
  if (kind === 'COUNTRY') return 'LOCATION';
  if (kind === 'ORG') return 'ORG';
  const bodyOfCountry =
    words.length > 1 &&
    namesCountry(s.tokens, s.start, s.start + 1) &&
    GAZ.wholeKind(words.slice(1)) === 'ORG';
  return bodyOfCountry ? 'ORG' : undefined;
}

/**
 * Splits a span at lower-case words that cannot be inside a name ("Putin meets Donald Trump"), at a colon, which
 * ends a label ("If to the Bank: Union Bank of California"), after a known owner ("Bundestag 's Paul-Loebe-Haus")
 * and between bodies a comma lists.
 */
export function splitAtLowercase(s: Span): Span[] {
  let allowed = s.type === 'PERSON' ? PERSON_PARTICLES : NAME_CONNECTORS;
  let type = s.type;
  // Two places joined by "and" are two places ("Canada and Britain"), unless the whole is one ("Trinidad and Tobago");
  // so are two organisations: each ends in an organisation's head ("University of Lagos and Lagos State
  // University"), or, unless the whole reads as one body ("Ministry of Economy and Finance", "England and Wales
  // Cricket Board"), the gazetteer knows one of them ("Mighty Earth and Greenpeace", "Morgan Stanley and Deutsche
  // Bank AG") or each is one word ("Ambev and Heineken").
  if (s.type !== 'PERSON' && s.end - s.start > 2) {
    const words = s.tokens.slice(s.start, s.end).map((t) => t.text);
    const and = words.indexOf('and');
    // A known body after its country is one too: "U.S. Securities and Exchange Commission".
    const known = GAZ.wholeKind(words) !== undefined || GAZ.wholeKind(words.slice(1)) !== undefined;
    // A legal form after "and" is the company's own: "Eli Lilly and Co", "Procter and Company".
    const formAfter = and === words.length - 2 && /^(?:co\.?|company)$/i.test(words[and + 1] as string);
    if (and > 0 && and < words.length - 1 && !known && !formAfter) {
      const left = words.slice(0, and);
      const right = words.slice(and + 1);
      const endsInHead = (part: readonly string[]): boolean =>
        isOrgHead((part[part.length - 1] as string).toLowerCase());
      // "England and Wales Cricket Board": one body, named for both. A body "of" a place is whole before another
      // name ("Commonwealth Bank of Australia and Westpac"), not before another place ("Court of England and Wales").
      const ofPlace =
        left.length > 2 && left[left.length - 2] === 'of' && namesPlace(left.slice(-1)) && !namesPlace(right);
      // Not a body the gazetteer knows before another: "Morgan Stanley and Deutsche Bank AG".
      const oneBody =
        (left.includes('of') && !ofPlace) ||
        left.includes('for') ||
        (endsInHead(right) && !endsInHead(left) && GAZ.wholeKind(left) !== 'ORG');
      // A body "of" something, then another body named in full: "Massachusetts Institute of Technology and Princeton
      // University" (not "Ministry of Economy and Finance").
      const twoNamedBodies =
        left.includes('of') &&
        left.slice(0, left.indexOf('of')).some(namesBody) &&
        right.length >= 2 &&
        endsInHead(right);
      if (
        s.type === 'LOCATION' ||
        // "The Age and The Canberra Times": an article after "and" opens another name; so does a body's head that
        // opened the first: "Bank Mandiri and Bank Rakyat Indonesia".
        right[0] === 'The' ||
        (right[0] === left[0] && right.length > 1 && isOrgHead((left[0] as string).toLowerCase())) ||
        // A head right after "of" is the body's topic, not its end: "Ministry of Petroleum and Energy".
        (endsInHead(left) && left[left.length - 2] !== 'of' && endsInHead(right)) ||
        twoNamedBodies ||
        (!oneBody &&
          // No word of a body: "Dollo Ado and Doolow", "Burna Boy and Tems".
          (!words.some(namesBody) ||
            GAZ.wholeKind(left) !== undefined ||
            GAZ.wholeKind(right) !== undefined ||
            (left.length === 1 && right.length === 1)))
      ) {
        allowed = LOCATION_CONNECTORS;
        // Two places the tagger read as one organisation are the places: "the Gold Coast and Toowoomba".
        if (s.type === 'ORG' && !words.some(namesBody) && namesPlace(left) && namesPlace(right))
          type = 'LOCATION';
      }
    }
  }
  // Two bodies the gazetteer knows, or one and a nationality, either side of "for" are no one name: "left Boca
  // Juniors for Flamengo", "an offer from Tottenham Hotspur for Dutch midfielder …" (not "Court of Appeal for British
  // Columbia", "Democratic Party for the People").
  let forAfterBody = -1;
  let at = s.type === 'ORG' ? s.start + 1 : s.end;
  while (at < s.end - 1 && textAt(s.tokens, at) !== 'for') at++;
  if (at < s.end - 1) {
    const right = textsOf(s.tokens, at + 1, s.end);
    if (
      GAZ.wholeKind(textsOf(s.tokens, s.start, at)) === 'ORG' &&
      (GAZ.wholeKind(right) === 'ORG' || (right.length === 1 && isDemonym(right[0] as string)))
    )
      forAfterBody = at;
  }
  const out: Span[] = [];
  let from = s.start;
  // A headline in capitals: its verbs are no part of a name ("NETANYAHU MEETS ARAFAT ENVOY", "DOLE WINS OHIO").
  let shoutedSpan = s.end - s.start > 2;
  for (let i = s.start; i < s.end && shoutedSpan; i++)
    shoutedSpan = !/\p{Ll}/u.test((s.tokens[i] as Token).text);
  // An enumeration inside a name ends with "and": "Ministry of Land, Infrastructure, Transport and Tourism".
  let joined = false;
  for (let i = s.start; i < s.end && !joined; i++) joined = ENUMERATION_ENDS.has((s.tokens[i] as Token).text);
  // A name that ends in a body's or place's head holds no headline verb: "Specific Claims Tribunal".
  const headed = (wordRoleAt(s.tokens, s.end - 1) & 3) !== 0;
  for (let i = s.start; i < s.end; i++) {
    const w = (s.tokens[i] as Token).text;
    // A body the gazetteer knows that owns the rest: "the U.S. Treasury 's Office of Foreign Assets Control".
    const owner =
      i > s.start && i + 1 < s.end && POSSESSIVE.test(w) && from === s.start
        ? knownOwnerType(s, i)
        : undefined;
    if (owner) {
      out.push({ ...s, start: s.start, end: i, type: owner });
      from = i + 1;
      continue;
    }
    if (
      i > s.start &&
      (w === ':' ||
        i === forAfterBody ||
        // Two bodies a comma lists, with no "and" to make them one name: "the CGT , Force Ouvriere ( FO )"; a legal
        // form after a comma is the company's ("CBS , Inc.").
        (w === ',' && type === 'ORG' && !joined && !isLegalForm(lowerAt(s.tokens, i + 1))) ||
        (shoutedSpan && isCommonVerbForm(w.toLowerCase()) && !isPlaceWord(w.toLowerCase())) ||
        (!headed && headlineVerb(w)) ||
        // A place and the region after its comma are two places: "Eugene , Oregon", as the labelled data has them
        // 657 times to 10.
        (w === ',' && type === 'LOCATION') ||
        // "the" inside a name follows a connector ("Bank of the West"), else it starts a phrase of its own
        // ("Bank the Revolving Note").
        (w === 'the' && !NAME_CONNECTORS.has((s.tokens[i - 1] as Token).text)) ||
        (/^\p{Ll}/u.test(w) && !allowed.has(w) && !w.includes('-') && !ELIDED_PARTICLE.test(w)))
    ) {
      if (i > from) out.push({ ...s, start: from, end: i, type });
      from = i + 1;
    }
  }
  // What follows a headline's verb, if only common words, names nothing: "DOJ Moves Closer", "Morena Vows Response".
  const afterVerb = from > s.start && !headed && headlineVerb(textAt(s.tokens, from - 1));
  let common = afterVerb;
  for (let k = from; k < s.end && common; k++) common = GAZ.lowerWords.has(lowerAt(s.tokens, k));
  if (from < s.end && !common) out.push({ ...s, start: from, end: s.end, type });
  return out;
}

/**
 * A headline's verb in Title Case inside a span, which ends the name before it ("Morena Vows Response", "Okonkwo
 * Knocks Out Hale"): a common verb's form in "-s" whose stem is one too, no name's word.
 */
export function headlineVerb(word: string): boolean {
  // Most words end otherwise: the last letter before the expression.
  if (!word.endsWith('s') || !/^\p{Lu}\p{Ll}+s$/u.test(word)) return false;
  const lower = word.toLowerCase();
  const stem =
    lower.endsWith('es') && isCommonVerbForm(lower.slice(0, -2)) ? lower.slice(0, -2) : lower.slice(0, -1);
  return (
    isCommonVerbForm(lower) &&
    isCommonVerbForm(stem) &&
    !GAZ.personNames.has(word) &&
    !GAZ.firstNames.has(word) &&
    GAZ.singleKinds(word) === undefined
  );
}

/** Particles that may join a person's name to the surname after them; not the ones English or Spanish use alone. */
const SURNAME_PARTICLES = new Set([...NAME_PARTICLES].filter((w) => w !== 'el'));
/** Particles that open a surname used alone: "von der Leyen", "de la Cruz", "dos Santos" (not "do", an English word). */
const LEADING_PARTICLES = new Set([
  'von',
  'van',
  'der',
  'den',
  'de',
  'del',
  'della',
  'di',
  'da',
  'dos',
  'das',
  'du',
  'la',
  'ten',
  'ter',
]);

/**
 * Whether the word before token `start` of a person, known as a name though not as a first name, is the given name
 * before a surname that opens with a particle ("Marine" of "Marine Le Pen"): not a place, a demonym or an initial.
 */
function givenBeforeParticle(s: Span, start: number): boolean {
  const particle = (s.tokens[start] as Token).text;
  if (start !== s.start || !isCapitalized(particle) || !PERSON_PARTICLES.has(particle.toLowerCase()))
    return false;
  const w = (s.tokens[start - 1] as Token).text;
  const kinds = GAZ.singleKinds(w);
  return /^\p{Lu}\p{Ll}+$/u.test(w) && !isDemonym(w) && !(kinds && [...kinds].some((k) => k !== 'COMPANY'));
}

/**
 * Words after which an unknown given name may open a person's name before a known surname: "the alliance of
 * Tejashwi Yadav", "led by Tejashwi Yadav"; not after "and" ("Deir al-Balah and Khan Younis").
 */
const BEFORE_UNKNOWN_GIVEN = new Set(['of', 'by']);

/** What joins the sides of a fixture: "Mainz v Hoffenheim". */
const FIXTURE_JOINS = new Set(['v', 'v.', 'vs', 'vs.']);

const NOT_BEFORE_GIVEN = new Set([
  'the',
  'a',
  'an',
  'in',
  'at',
  'from',
  'to',
  'on',
  'into',
  'near',
  'and',
  'or',
]);

/** A capitalised word that no list knows: no common word, place, organisation, first name or name. */
const unknownName = (w: string): boolean =>
  /^\p{Lu}\p{Ll}+$/u.test(w) &&
  !GAZ.lowerWords.has(w.toLowerCase()) &&
  GAZ.singleKinds(w) === undefined &&
  !GAZ.firstNames.has(w) &&
  !GAZ.personNames.has(w) &&
  !isDemonym(w);

/** A given name with an apostrophe inside: "A'ja Wilson", "Ja'Marr Chase", "De'Aaron Fox"; not an Irish surname. */
const APOSTROPHE_GIVEN = /^(?!O['’])\p{Lu}\p{Ll}*['’]\p{L}\p{Ll}+$/u;

const HYPHENATED_NAME = /^\p{Lu}\p{Ll}+-\p{L}\p{Ll}+$/u;
/** A Korean given name of two syllables, the second in lower case ("Heung-min", "Jae-in"), and a surname of one. */
const KOREAN_GIVEN = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;
const KOREAN_SURNAME = /^\p{Lu}\p{Ll}{1,4}$/u;

/** "J.J." of "J.J. McCarthy", "T.J." of "T.J. Watt"; not a place's code: "U.S.", "N.J.", "D.C.", "L.A.". */
function twoInitials(w: string): boolean {
  if (w.length !== 4 || !/^\p{Lu}\.\p{Lu}\.$/u.test(w)) return false;
  const letters = w.replaceAll('.', '');
  return (
    !COUNTRY_CODES_IN_NEWS.has(letters) && !STATE_ABBREVIATIONS.has(w.slice(0, -1)) && !PLACE_CODES.has(w)
  );
}
const PLACE_CODES = new Set(['D.C.', 'L.A.', 'U.N.', 'E.U.']);

/**
 * Two capitals before a name that are a title, a position or a medium, not initials: "PM Shinzo Abe", "Sinn Féin TD
 * Aoife Ní Mhurchú", "TV Globo".
 */
const NOT_INITIALS = new Set([
  'PM',
  'TD',
  'TV',
  'MD',
  'DJ',
  'MC',
  'GM',
  'VP',
  'QB',
  'WR',
  'RB',
  'TE',
  'LB',
  'CB',
  'OK',
]);

/**
 * Two initials without periods before a surname and given name, as South Asian and some American names are written:
 * "KP | Sharma Oli", "MK | Stalin", "DK | Metcalf"; not a code of a country news writes, a state or a body, nor a
 * post-nominal.
 */
const initialsUnpointed = (w: string, first: boolean): boolean =>
  first &&
  /^\p{Lu}{2}$/u.test(w) &&
  !NOT_INITIALS.has(w) &&
  !ENGLISH_STOPWORDS.has(w.toLowerCase()) &&
  !COUNTRY_CODES_IN_NEWS.has(w) &&
  !STATE_ABBREVIATIONS.has(w) &&
  !POST_NOMINALS.has(w) &&
  // Codes of countries the news does not write ("KP", "DK") are no bar.
  [...(GAZ.singleKinds(w) ?? [])].every((kind) => kind === 'COUNTRY');

/**
 * "M." of "M. Atherton", "H." of "H. Ross Perot": the tagger, trained on few, leaves a leading initial out. Not a
 * list's letter before a word no list knows as a name, at a line's start: "B. Borrower shall …".
 */
const isInitial = (w: string, s: Span, start: number): boolean =>
  (/^\p{Lu}\.$/u.test(w) || twoInitials(w)) &&
  !(
    (s.tokens[start - 1] as Token).sentenceStart &&
    s.end - start === 1 &&
    !GAZ.personNames.has((s.tokens[start] as Token).text)
  );

/**
 * Whether the capitalised word `w` before token `start` of person `s` (before `surname`) opens the person's name: a
 * given name, known or not, or an initial.
 */
function opensPersonBefore(s: Span, start: number, w: string, surname: string): boolean {
  const parts = w.split('-');
  const knownGiven =
    parts.every((p) => isGivenName(p) || GAZ.personNames.has(p)) &&
    (isGivenName(parts[0] as string) ||
      givenBeforeParticle(s, start) ||
      // A name the lists know, no place, title nor common word, before a surname alone: "climber Lenny |
      // Martinez"; not a side of a fixture ("St Pauli v Holstein | Kiel").
      (s.end - start === 1 &&
        GAZ.singleKinds(w) === undefined &&
        !GAZ.lowerWords.has(w.toLowerCase()) &&
        !isTitle(w) &&
        !FIXTURE_JOINS.has(textAt(s.tokens, start - 2)) &&
        /^\p{Lu}\p{Ll}+$/u.test(w)));
  if (knownGiven) return true;
  // A given name no list knows, before a surname alone: hyphenated ("Lip-Bu Tan", "Hyun-woo Park") or with an
  // apostrophe ("A'ja Wilson"), not after "the"; or a plain one opening a sentence ("Tigst Assefa of Ethiopia
  // broke …"; not a tweet's drawn-out cry: "Ooooo Justin") or after "of" or "by" before a surname the lists know
  // ("the alliance of Tejashwi Yadav").
  const markedGiven = (): boolean =>
    (HYPHENATED_NAME.test(w) && !RANKED.test(w) && !isPlaceCompound(w)
      ? personLike(s.tokens, start, s.end)
      : APOSTROPHE_GIVEN.test(w)) && textAt(s.tokens, start - 2).toLowerCase() !== 'the';
  const plainGiven = (): boolean =>
    ((s.tokens[start - 1] as Token).sentenceStart ||
      // After a title: "Brigadier General Hossein | Farahani".
      isTitle(textAt(s.tokens, start - 2)) ||
      (BEFORE_UNKNOWN_GIVEN.has(textAt(s.tokens, start - 2)) &&
        GAZ.personNames.has(surname) &&
        GAZ.singleKinds(surname) === undefined) ||
      (/^\p{Ll}+$/u.test(textAt(s.tokens, start - 2)) &&
        !NOT_BEFORE_GIVEN.has(textAt(s.tokens, start - 2)) &&
        !isTitle(w) &&
        unknownName(surname))) &&
    /^\p{Lu}\p{Ll}+$/u.test(w) &&
    !/(\p{L})\1\1/u.test(w);
  const unknownGiven =
    s.end - start === 1 &&
    GAZ.singleKinds(w) === undefined &&
    !isDemonym(w) &&
    !GAZ.lowerWords.has(w.toLowerCase()) &&
    (markedGiven() || plainGiven());
  return unknownGiven || isInitial(w, s, start) || initialsUnpointed(w, start === s.start);
}

/**
 * Widens a person's span over a first name the tagger left out ("Jean-Claude" in "Jean-Claude Juncker") and over a
 * surname after particles it cut off ("Ursula von" + "der Leyen").
 */
export function extendPersons(spans: Span[]): Span[] {
  // Per field, which tokens a span holds (a flag per token, not a string per token to look up).
  const takenIn = new Map<TextField, Uint8Array>();
  for (const s of spans) {
    let taken = takenIn.get(s.field);
    if (!taken) takenIn.set(s.field, (taken = new Uint8Array(s.tokens.length)));
    taken.fill(1, s.start, s.end);
  }
  return spans.map((s) => {
    const taken = takenIn.get(s.field) as Uint8Array;
    // A surname the tagger read as a place or body after an initial is a person's: "M. Atherton"; a country read as
    // a place stays one ("P.R. China").
    if (
      s.type !== 'PERSON' &&
      s.end - s.start === 1 &&
      s.start > 0 &&
      taken[s.start - 1] !== 1 &&
      isInitial((s.tokens[s.start - 1] as Token).text, s, s.start) &&
      GAZ.personNames.has((s.tokens[s.start] as Token).text) &&
      !(s.type === 'LOCATION' && GAZ.singleKinds((s.tokens[s.start] as Token).text)?.has('COUNTRY'))
    )
      return { ...s, type: 'PERSON', start: s.start - 1 };
    // Two initials or more, apart, before one word: "B. R. Gavai", "J. B. Pardiwala", whatever the word alone reads as.
    if (s.type !== 'PERSON' && s.end - s.start === 1) {
      let first = s.start;
      while (first > 0 && taken[first - 1] !== 1 && /^\p{Lu}\.$/u.test(textAt(s.tokens, first - 1))) first--;
      if (s.start - first >= 2 && !GAZ.singleKinds(textAt(s.tokens, s.start))?.has('COUNTRY'))
        return { ...s, type: 'PERSON', start: first };
    }
    // Initials the tagger read alone before a surname it left out: "T.J. | Watt".
    const after = s.tokens[s.end];
    if (
      s.end - s.start === 1 &&
      twoInitials((s.tokens[s.start] as Token).text) &&
      after !== undefined &&
      !after.sentenceStart &&
      taken[s.end] !== 1 &&
      isCapitalized(after.text) &&
      GAZ.personNames.has(after.text)
    )
      return { ...s, type: 'PERSON', end: s.end + 1 };
    if (s.type !== 'PERSON') return s;
    const free = (k: number): boolean =>
      k < s.tokens.length && !(s.tokens[k] as Token).sentenceStart && taken[k] !== 1;
    let end = s.end;
    let k = end;
    while (free(k) && SURNAME_PARTICLES.has((s.tokens[k] as Token).text)) k++;
    if (
      (k > end || SURNAME_PARTICLES.has((s.tokens[end - 1] as Token).text)) &&
      free(k) &&
      isCapitalized((s.tokens[k] as Token).text)
    )
      end = k + 1;
    // A third name no list knows, before a lower-case word, after two whose first is no given name the lists know,
    // as Indonesian and Thai names run: "Purbaya Yudhi | Sadewa", "Srisaket Sor | Rungvisai".
    else if (
      end - s.start === 2 &&
      !GAZ.firstNames.has(textAt(s.tokens, s.start)) &&
      free(end) &&
      unknownName(textAt(s.tokens, end)) &&
      !isCapitalized(textAt(s.tokens, end + 1))
    )
      end++;
    if (end !== s.end) s = { ...s, end };
    let start = s.start;
    // A surname's particles the tagger left out: "von der [Leyen]", "de la [Cruz] told supporters"; not before a given
    // name, where the particle is a word of another language ("de Ross Ashcroft", "la foto di Demi").
    while (
      start > 0 &&
      !(s.tokens[start] as Token).sentenceStart &&
      taken[start - 1] !== 1 &&
      LEADING_PARTICLES.has(textAt(s.tokens, start - 1)) &&
      !GAZ.firstNames.has(textAt(s.tokens, s.start))
    )
      start--;
    // A Korean surname before the given name alone, a common word the tagger left out: "Son | Heung-min", "Moon |
    // Jae-in" (at a sentence's start too).
    if (
      s.end - start === 1 &&
      KOREAN_GIVEN.test(textAt(s.tokens, start)) &&
      start > 0 &&
      taken[start - 1] !== 1 &&
      KOREAN_SURNAME.test(textAt(s.tokens, start - 1)) &&
      // "Son" is a kin word the titles hold.
      (!isTitleAt(s.tokens, start - 1) || KIN.has(lowerAt(s.tokens, start - 1)))
    )
      return { ...s, start: start - 1 };
    while (start > 0 && !(s.tokens[start] as Token).sentenceStart && taken[start - 1] !== 1) {
      const w = (s.tokens[start - 1] as Token).text;
      const surname = textAt(s.tokens, start);
      if (
        !isCapitalized(w) ||
        isPersonTitle(w.toLowerCase()) ||
        honorificAt(s.tokens, start - 1) ||
        nationalBeforeName(w, surname) ||
        !opensPersonBefore(s, start, w, surname)
      )
        break;
      start--;
    }
    return start === s.start ? s : { ...s, start };
  });
}

/** Members of parliaments and assemblies, after a name ("Jo Stevens MP") or after their party ("Labour MP"). */
const MEMBERS = ['MP', 'MEP', 'MSP', 'MLA'];
/** As written after their party, one or several: "Labour MP", "SNP MSPs". */
const MEMBERS_OF_PARLIAMENTS = new Set([...MEMBERS, ...MEMBERS.map((m) => `${m}s`)]);

const POST_NOMINALS = new Set(['KC', 'QC', 'SC', ...MEMBERS, 'OBE', 'MBE', 'CBE', 'PhD']);

/**
 * Words of military ranks of several words, which open no name beside another of them: "Brigadier General Nabil
 * Abdallah", "Lt Gen Inam Haider Malik", "Major General", "Air Marshal".
 */
const RANK_WORDS = new Set([
  'Brigadier',
  'General',
  'Gen',
  'Major',
  'Maj',
  'Lieutenant',
  'Lt',
  'Rear',
  'Vice',
  'Admiral',
  'Adm',
  'Air',
  'Marshal',
  'Vice-Marshal',
  'Colonel',
  'Col',
]);
const YEAR = /^(?:19|20)\d\d$/;
/**
 * A kind of business opening a sentence before a body's name, as the labelled news has it: "Steelmaker Thyssenkrupp
 * AG", "Planemaker Embraer"; not a head that opens names ("Bank Indonesia", "Union Berlin").
 */
export const kindOfBusinessOpening = (t: Token): boolean => {
  if (!t.sentenceStart) return false;
  const lower = t.lower;
  // Or its plural before a list: "Housebuilders Persimmon and Taylor Wimpey gained".
  const kind = lower.endsWith('s') && !COMPANY_NOUNS.has(lower) ? lower.slice(0, -1) : lower;
  return COMPANY_NOUNS.has(kind) && !isOrgHead(kind) && !isOrgHead(lower);
};
/** Words for a national that are given names too ("Dane Coles"). */
const NATIONALS_NAMED_SO = new Set(['Dane', 'Finn', 'Scot']);
/** A national before a given name: "Dane Mikkel Søndergaard", not "Dane Coles". */
const nationalBeforeName = (word: string, next: string): boolean =>
  NATIONALS_NAMED_SO.has(word) && GAZ.firstNames.has(next);
/** Malaysian titles: "Datuk", "Dato'", "Datin", and what ranks them ("Datuk Seri", "Datuk Wira", "Tan Sri"). */
const MALAY_TITLES = new Set(['Datuk', 'Dato', 'Datin', 'Datuk’', 'Dato’']);
const MALAY_TITLE_RANKS = new Set(['Seri', 'Sri', 'Wira', 'Paduka', 'Patinggi', 'Setia', 'Amar']);

/** Whether token k is (part of) a Malaysian title before a name: "Datuk Seri", "Dato' Sri", "Tan Sri", "Puan Sri". */
function malayTitleAt(tokens: readonly Token[], k: number): boolean {
  const w = textAt(tokens, k);
  const before = textAt(tokens, k - 1);
  if (MALAY_TITLES.has(w)) return true;
  if (w === "'" || w === '’') return before === 'Dato' || before === 'Datuk';
  if ((w === 'Tan' || w === 'Puan') && textAt(tokens, k + 1) === 'Sri') return true;
  return (
    MALAY_TITLE_RANKS.has(w) &&
    (MALAY_TITLES.has(before) || before === "'" || before === '’' || before === 'Tan' || before === 'Puan')
  );
}

/**
 * Honorifics before a person's name that no list of titles holds: "Alhaji Aliko Dangote", "Thiru V. C. Chandrakumar",
 * "Begum Khaleda Zia", "Sardar Vallabhbhai Patel".
 */
const HONORIFICS = new Set([
  'Alhaji',
  'Alhaj',
  'Hajiya',
  'Hajia',
  'Daw',
  'Thiru',
  'Thirumathi',
  'Shri',
  'Smt',
  'Sayyed',
  'Sayyid',
  'Begum',
  'Sardar',
]);

/** Whether token k is an honorific or a Malaysian title, which opens no person's name ("Datuk", "Begum", "Shri"). */
export const honorificAt = (tokens: readonly Token[], k: number): boolean =>
  HONORIFICS.has(textAt(tokens, k)) || malayTitleAt(tokens, k);

/**
 * Words that point into a document, or along a road, by a number: "Chapter 11", "Section 230", "Exhibit 10.1",
 * "Milepost 12".
 */
const REFERENCE_WORDS = new Set([
  'Chapter',
  'Section',
  'Clause',
  'Article',
  'Exhibit',
  'Schedule',
  'Annex',
  'Appendix',
  'Figure',
  'Paragraph',
  'Milepost',
  // A bill before a legislature: "Bill 21", "Bill C-11".
  'Bill',
]);
const REFERENCE_NUMBER = /^(?:\p{N}[\p{N}.]*|[A-Z]|[IVX]+|[A-Z]{1,2}-\p{N}+)$/u;

/**
 * A reference into a document, not a name: a reference word before its number, and "Page" before "2 of 12" (a
 * surname before a number alone, as in a scorecard's "Page 45", stays a name).
 */
function isReference(word: string, next: Token | undefined, afterNext: Token | undefined): boolean {
  if (!next || !REFERENCE_NUMBER.test(next.text)) return false;
  return REFERENCE_WORDS.has(word) || (word === 'Page' && afterNext?.text === 'of');
}

/** Parties' adjectives that stand before a member's name: "Communist Jeannette Jara", "Conservative Kemi Badenoch". */
const PARTY_ADJECTIVES = new Set(['Communist', 'Socialist', 'Conservative', 'Liberal', 'Tory', 'Leftist']);

/** A scientist's occupation, which lists of words may lack: "Climatologist", "Volcanologist", "Oceanographer". */
export const SCIENTIST = /^\p{Lu}\p{Ll}+(?:ologist|ographer)$/u;

/** A rank written as one word: "Fifth-seeded", "top-ranked", "second-placed". */
const RANKED = /^\p{L}+-(?:seeded|ranked|placed)$/iu;

/** A name made a likeness of itself: "Grenfell-style", "Borat-like", "Thatcher-era", "Bond-themed". */
const LIKENESS = /^\p{Lu}[\p{L}.]*-(?:style|like|esque|era|type|inspired|themed)$/u;

const ENGLISH_STOPWORDS = stopwordsFor('en');
/** A word in capitals of two letters or more. */
const shouted = (word: string): boolean => word.length > 1 && /^\p{Lu}+$/u.test(word);

/** First words of parties whose members are "… Democrat": "Liberal Democrat", "New Democrat", "Social Democrat". */
const MEMBERS_PARTIES = new Set(['Liberal', 'New', 'Social', 'Christian', 'Free']);

/** Punctuation that ends a sentence or clause, never a name: "Florence Tan ;" as the tagger once read it. */
const TRAILING_STOPS = new Set([',', '.', ';', ':']);
/** Months written short, as price tables name contracts (not "Jan", "Mar", "May", "Jun": names' words too). */
const CONTRACT_MONTHS = new Set(['Feb', 'Apr', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec']);

/**
 * A title or nationality that is a given name too, as it is after a title: "Chief Executive Sultan Al Jaber",
 * "Energy Minister German Galushchenko".
 */
const GIVEN_NAMES_AFTER_TITLES = new Set(['Sultan', 'German']);
const givenNameAfterTitle = (tokens: readonly Token[], k: number): boolean =>
  GIVEN_NAMES_AFTER_TITLES.has(textAt(tokens, k)) && k > 0 && isTitleAt(tokens, k - 1);

/** Trims titles, "the", possessives and stray punctuation; undefined when nothing name-like remains. */
export function tidy(s: Span): Span | undefined {
  // Read once: the spans come in several shapes, which makes every read of a field slow.
  const { tokens, type } = s;
  let { start, end } = s;
  // A place the gazetteer knows whole, which the tagger read as a person: "chief [Latin America] economist".
  if (type === 'PERSON' && end - start >= 2 && knownType(tokens, start, end) === 'LOCATION')
    return tidy({ ...s, type: 'LOCATION' });
  const word = (i: number): string => (tokens[i] as Token).text;
  const lower = (i: number): string => (tokens[i] as Token).lower;
  // A bracket the name opens and does not close ends it: "Janata Dal ( United" is "Janata Dal".
  let open = -1;
  for (let k = start + 1; k < end; k++)
    if (word(k) === '(') open = k;
    else if (word(k) === ')') open = -1;
  if (open >= 0) end = open;
  // A legal form's period ends the sentence before a common word: "Meridian Energy Ltd. Samples were taken".
  for (let k = start + 2; k < end; k++)
    if (word(k - 1).endsWith('.') && isLegalForm(lower(k - 1)) && GAZ.lowerWords.has(lower(k))) {
      end = k;
      break;
    }
  while (
    end > start &&
    (POSSESSIVE.test(word(end - 1)) ||
      QUOTES_DASHES.test(word(end - 1)) ||
      // A shouted word after a shouted name is no part of it: "POCHETTINO OUT", "CHIEFS ARE GOING".
      (end - start > 1 &&
        shouted(word(end - 1)) &&
        shouted(word(end - 2)) &&
        ENGLISH_STOPWORDS.has(lower(end - 1))) ||
      TRAILING_STOPS.has(word(end - 1)) ||
      // A name ends with a name word, not a connector ("Silicium de", "Bank of").
      (NAME_CONNECTORS.has(word(end - 1)) && /^\p{Ll}/u.test(word(end - 1))) ||
      // A score or squad number after a name ("Seattle 3", "Solanke 9"), a post-nominal ("Alexandra Pryce KC").
      (type !== 'ORG' && end - start > 1 && /^\p{N}+$/u.test(word(end - 1))) ||
      // A contract's month in a price table: "Brent Aug ($/bbl) | 64.18".
      (end - start > 1 && CONTRACT_MONTHS.has(word(end - 1))) ||
      // A weekday after a place is when, as wires write it: "fell on Wall Street Thursday", "in London Monday".
      (type === 'LOCATION' && end - start > 1 && isWeekday(lower(end - 1))) ||
      // A time behind in standings: "3. Pellizzari +2:34" (but "Disney+" is the service's name).
      (type === 'PERSON' && word(end - 1) === '+') ||
      (type === 'PERSON' && end - start > 2 && POST_NOMINALS.has(word(end - 1))) ||
      // A member of a parliament after the party: "the Labour MP for Shrewsbury", "SNP MSPs".
      (type === 'ORG' && end - start > 1 && MEMBERS_OF_PARLIAMENTS.has(word(end - 1))) ||
      (type === 'PERSON' && end - start > 1 && FORM_LABELS.has(word(end - 1))) ||
      // A party's member is no part of where the member is from: "a New York [Democrat]" (but "Liberal Democrat",
      // "New Democrat" name parties' members, and "Republican Stadium" goes on).
      (end - start > 1 &&
        PARTY_MEMBER.has(word(end - 1)) &&
        !MEMBERS_PARTIES.has(word(end - 2)) &&
        !/^\p{Lu}/u.test(textAt(tokens, end))) ||
      isReference(word(end - 1), tokens[end], tokens[end + 1]))
  )
    end--;
  // The owner's possessive the tagger took into the name it owns ("Taiwan [’s Ministry of Defense]"): the rest is a
  // name when it has an organisation's head word or a word that is no common noun ("Miami 's Hottest" is none).
  if (end - start > 1 && POSSESSIVE.test(word(start))) {
    start++;
    let named = false;
    for (let k = start; k < end && !named; k++) {
      const l = lower(k);
      named = isOrgHead(l) || (HAS_LETTER.test(l) && !GAZ.lowerWords.has(l));
    }
    if (!named) return undefined;
  }
  // Leading titles and demonyms are not part of a person's name ("Minnesotan Scott LeDoux", "Senator Kerry").
  while (
    start < end &&
    (QUOTES_DASHES.test(word(start)) ||
      lower(start) === 'the' ||
      // A year qualifies the name after it: "a 2023 Government Accountability Office report".
      (end - start > 1 && YEAR.test(word(start))) ||
      // A leaderboard's score before a player: "208 Rory McIlroy (Northern Ireland) 71 66 71".
      (type === 'PERSON' && end - start > 1 && /^\p{N}+$/u.test(word(start))) ||
      (type === 'ORG' && end - start > 1 && kindOfBusinessOpening(tokens[start] as Token)) ||
      // A name starts with a name word, not a connector ("mayor [of Boston]") nor where it is based
      // ("the [Amsterdam-based] Lindqvist Institute").
      (LEADING_CONNECTORS.has(word(start)) && end - start > 1) ||
      (isPlaceCompound(word(start)) && end - start > 1) ||
      // A sentence's first preposition or a press release's label: "About Acme Robotics", "SOURCE Acme Robotics".
      (end - start > 1 && opensNoName(tokens[start] as Token)) ||
      (type === 'PERSON' &&
        end - start > 1 &&
        ((isTitleAt(tokens, start) && !givenNameAfterTitle(tokens, start)) ||
          FORM_LABELS.has(word(start)) ||
          honorificAt(tokens, start) ||
          // A company's legal form that ended the sentence before: "… Pte Ltd. Tanigawa said".
          (word(start).endsWith('.') && isLegalForm(lower(start))) ||
          (RANK_WORDS.has(word(start)) &&
            (RANK_WORDS.has(word(start + 1)) || (start > 0 && RANK_WORDS.has(word(start - 1))))) ||
          (isDemonym(word(start)) && !givenNameAfterTitle(tokens, start)) ||
          // The end of a nationality of two words, its first word left out: "New [Zealander Graham Ashby]".
          (start > 0 && isDemonym(`${word(start - 1)} ${word(start)}`)) ||
          (end - start > 2 && nationalBeforeName(word(start), word(start + 1))) ||
          // A role opening the sentence: "Comedian Carlos Álvarez", "Ringleader Daniel Kershaw", "Councilwoman
          // Tammy Ruhl".
          (end - start > 2 &&
            (tokens[start] as Token).sentenceStart &&
            (OCCUPATIONS.has(lower(start)) ||
              SCIENTIST.test(word(start)) ||
              (GAZ.lowerWords.has(lower(start)) && !GAZ.firstNames.has(word(start))))))))
  )
    start++;
  if (start >= end) return undefined;
  // A standings table's header: "Pos Team P W D L GF GA Pts".
  for (let k = start; k + 2 < end; k++)
    if (word(k) === 'W' && word(k + 1) === 'D' && word(k + 2) === 'L') return undefined;
  // A rank names nobody, alone or cut from one: "promoted to Air Marshal", "Air" of "Air Marshal Robert Chipman".
  let rank = end - start > 1 || RANK_WORDS.has(textAt(tokens, end));
  for (let k = start; k < end && rank; k++) rank = RANK_WORDS.has(word(k));
  if (rank) return undefined;
  // A Malaysian title alone names nobody: "Dato" of "Dato' Sri Najib Razak".
  if (end - start === 1 && MALAY_TITLES.has(word(start))) return undefined;
  // A nationality of two words before a person: "Puerto Rican Jasmine Camacho-Quinn".
  if (type === 'PERSON' && end - start > 2 && isDemonym(`${word(start)} ${word(start + 1)}`)) start += 2;
  // A nationality or party before a person the tagger read with it as a place or organisation: "Ugandan Oscar
  // Chelimo", "Communist Jeannette Jara" (a first name that is no common word: not "Egyptian Red Crescent"; no compass
  // adjective: not "Western Sydney").
  if (
    type !== 'PERSON' &&
    end - start === 3 &&
    (isDemonym(word(start)) || PARTY_ADJECTIVES.has(word(start))) &&
    !COMPASS_ADJECTIVES.has(word(start)) &&
    GAZ.firstNames.has(word(start + 1)) &&
    !GAZ.lowerWords.has(lower(start + 1)) &&
    personLike(tokens, start + 1, end)
  )
    return { ...s, start: start + 1, end, type: 'PERSON' };
  // A name that holds its article: "The Hague", "THE HAGUE" in a dateline.
  const article = start > 0 ? word(start - 1) : '';
  if (
    (article === 'The' || article === 'THE') &&
    GAZ.wholeKind([
      'The',
      ...tokens.slice(start, end).map((t) => (article === 'THE' ? titleCase(t.text) : t.text)),
    ])
  )
    start--;
  // An elided particle the tagger left out ends the name: "Côte d'Ivoire", "Ballon d'Or".
  // So does an Arabic article joined to the next word: "Deir al-Balah".
  while (
    end < tokens.length &&
    (ELIDED_PARTICLE.test(word(end)) || ARABIC_ARTICLE.test(word(end))) &&
    !(tokens[end] as Token).sentenceStart
  )
    end++;
  const words: string[] = [];
  for (let k = start; k < end; k++) words.push(word(k));
  if (!words.some((w) => HAS_UPPER_OR_DIGIT.test(w))) return undefined;
  if (namesNationality(words)) return undefined;
  if (
    !startsName(words[0] as string) &&
    !/^\p{N}/u.test(words[0] as string) &&
    !/^(?:al|de|van|von|da|di|le|la|el|bin)$/.test(words[0] as string)
  )
    return undefined;
  // A reference alone with its number ("Exhibit B", "Section 13").
  if (words.length === 2 && isReference(words[0] as string, tokens[start + 1], tokens[start + 2]))
    return undefined;
  if (words.length === 1) {
    const firstLower = lower(start);
    if (
      namesNothingAlone(words[0] as string, tokens[end], firstLower) ||
      isReference(words[0] as string, tokens[end], tokens[end + 1]) ||
      isMonth(firstLower) ||
      isWeekday(firstLower)
    )
      return undefined;
    // A title alone ("the Senator said") names nobody.
    if (type === 'PERSON' && isTitle(words[0] as string)) return undefined;
    // The first word of a demonym: "South Korean President Lee".
    if (COMPASS_WORDS.has(words[0] as string) && isDemonym(textAt(tokens, end))) return undefined;
    if ((words[0] as string).length === 1) return undefined;
    // A likeness, not the name: "a Grenfell-style tower", "US-style", "Thatcher-era reforms".
    if (LIKENESS.test(words[0] as string)) return undefined;
  }
  // A shop's or a ground's name that ends in 's, where nothing it could own follows: "Macy's said", "Dillard's was
  // added", "at Lord's on Sunday".
  if (
    type !== 'PERSON' &&
    end + 1 < tokens.length &&
    /^['’]s$/.test(word(end)) &&
    !(tokens[end + 1] as Token).sentenceStart &&
    NOTHING_OWNED.test(word(end + 1))
  )
    end++;
  // Field by field: spreading the span took a fifth of tidy's time.
  return { field: s.field, tokens, start, end, type, cued: s.cued };
}

/** Words that cannot start what a possessive owns. */
const NOTHING_OWNED =
  /^(?:[,.;:!?)]|in|on|at|to|by|from|with|and|or|was|were|is|has|had|will|would|said|says|became|opened|closed|announced|reported)$/;

/** Per token of a field's text, the index in `spans` of the span holding it, -1 for none. */
export function tokenOwners(spans: readonly Span[], field: TextField, tokens: readonly Token[]): Int32Array {
  const owner = new Int32Array(tokens.length).fill(-1);
  spans.forEach((s, i) => {
    if (s.field === field) for (let k = s.start; k < s.end; k++) owner[k] = i;
  });
  return owner;
}

export interface TypedRun {
  start: number;
  end: number;
  type: EntityType | 'DROP';
}

/**
 * Each run, typed by a rule that read the words around it, replaces the spans inside it (or, 'DROP', removes them),
 * unless a span straddles its edges; the new spans are marked cued for the document's type vote.
 */
export function retypeRuns(
  spans: Span[],
  field: TextField,
  tokens: Token[],
  runs: readonly TypedRun[],
): Span[] {
  if (runs.length === 0) return spans;
  const owner = tokenOwners(spans, field, tokens);
  const dropped = new Set<number>();
  const added: Span[] = [];
  // A span that runs on into a number only took the score along ("Seattle 3").
  const scoreAfter = (s: Span, end: number): boolean => s.end === end + 1 && SCORE.test(textAt(tokens, end));
  for (const { start, end, type } of runs) {
    const inside = new Set<number>();
    let outside = false;
    for (let k = start; k < end; k++) {
      const o = owner[k] as number;
      if (o < 0) continue;
      const s = spans[o] as Span;
      if (s.start < start || (s.end > end && !scoreAfter(s, end))) outside = true;
      inside.add(o);
    }
    if (outside) continue;
    for (const o of inside) dropped.add(o);
    if (type !== 'DROP') added.push({ field, tokens, start, end, type, cued: true });
  }
  if (dropped.size === 0 && added.length === 0) return spans;
  return [...spans.filter((_, k) => !dropped.has(k)), ...added];
}
