import type { Entity, EntityType, Mention, TextField } from '@newsflow/contracts';
import type { Token } from './text/tokenize.js';
import { textAt, tokenize } from './text/tokenize.js';
import { isHeadlineCase } from './text/headline.js';
import { gazetteer } from './ner/gazetteer.js';
import type { PhraseKind, PhraseMatch } from './ner/gazetteer.js';
import { isMonth, isOrgHead, isPersonTitle, isWeekday } from './ner/gazetteer.js';
import { tagger } from './ner/tagger.js';
import type { Tagger } from './ner/tagger.js';
import type { Label } from './ner/perceptron.js';
import { canonicalNames, foldName } from './ner/canonical.js';
import { COUNTRY_CODES_IN_NEWS, KNOWN_MONONYMS, NEVER_ALONE } from './ner/lexicon.js';
import { isAllCapitals, isCapitalized } from './ner/features.js';
import { applyRules, headlineSentences, isLegalForm, isPlaceWord, wordRole } from './ner/rules.js';
import {
  COMPANY_NOUNS,
  EMPLOYEE_ROLES,
  EVENT_HEADS,
  GENERIC_ALONE,
  KIN,
  KIN_OWNERS,
  KNOWN_MISC,
  NAME_PARTICLES,
  PERSON_PARTICLES,
  NAMED_BUSINESSES,
  OCCUPATIONS,
  ORG_SUFFIXES,
  PERSON_ROLES,
  PLACE_AFTER,
  PLACES_AFTER,
  RESULT_VERBS,
  STORM_HEADS,
  TEAM_ROLES,
  VENUE_HEADS,
  PLACE_HEADS,
  PLACE_OF,
  STREET_HEADS,
} from './ner/heads.js';

const GAZ = gazetteer();
const SHIPPED_TAGGER = tagger();

const TYPE_OF: Record<string, EntityType> = { PER: 'PERSON', ORG: 'ORG', LOC: 'LOCATION' };

/** A mention over tokens [start, end) of one field. */
interface Span {
  field: TextField;
  tokens: Token[];
  start: number;
  end: number;
  type: EntityType;
  /** Typed by the words around it (contextRules): it outweighs the tagger's reading of the same name elsewhere. */
  cued?: boolean;
}

const POSSESSIVE = /^['’][sS]?$/;
const HAS_UPPER_OR_DIGIT = /[\p{Lu}\p{N}]/u;
const QUOTES_DASHES = /^[-–—'"“”‘’]+$/;

function spansFromLabels(field: TextField, tokens: Token[], labels: readonly Label[]): Span[] {
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

const spanText = (s: Span, text: string): string =>
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

/** "Amsterdam-based", "London-headquartered": where an organisation is, not its name. */
const BASED_IN = /^\p{Lu}[\p{L}.-]*-(?:based|headquartered)$/u;

/** Connectors no name starts with (particles such as "de" or "van" may: "de Gaulle"). */
const LEADING_CONNECTORS = new Set(['of', 'and', 'for', '&', 'upon']);

const LOCATION_CONNECTORS = new Set([...NAME_CONNECTORS].filter((w) => w !== 'and' && w !== '&'));

/** An elided particle before a capital inside a name: "Côte d'Ivoire", "Ballon d'Or", "Coeur d'Alene". */
const ELIDED_PARTICLE = /^[dl]['’]\p{Lu}/u;
/** The Arabic article joined to the name's next word: "Deir al-Balah", "Bab el-Mandeb", "Ain al-Hilweh". */
const ARABIC_ARTICLE = /^(?:al|el|ad|ash|as|at|an|ar|az|ud|ul)-\p{Lu}/u;

/**
 * Splits a span at lower-case words that cannot be inside a name ("Putin meets Donald Trump") and at a colon, which
 * ends a label ("If to the Bank: Union Bank of California").
 */
function splitAtLowercase(s: Span): Span[] {
  let allowed = s.type === 'PERSON' ? PERSON_PARTICLES : NAME_CONNECTORS;
  // Two places joined by "and" are two places ("Canada and Britain"), unless the whole is one ("Trinidad and Tobago");
  // so are two organisations: each ends in an organisation's head ("University of Lagos and Lagos State
  // University"), or, unless the whole reads as one body ("Ministry of Economy and Finance", "England and Wales
  // Cricket Board"), the gazetteer knows one of them ("Mighty Earth and Greenpeace") or each is one word ("Ambev
  // and Heineken").
  if (s.type !== 'PERSON' && s.end - s.start > 2) {
    const words = s.tokens.slice(s.start, s.end).map((t) => t.text);
    const and = words.indexOf('and');
    if (and > 0 && and < words.length - 1 && GAZ.wholeKind(words) === undefined) {
      const left = words.slice(0, and);
      const right = words.slice(and + 1);
      const endsInHead = (part: readonly string[]): boolean =>
        isOrgHead((part[part.length - 1] as string).toLowerCase());
      // "England and Wales Cricket Board": one body, named for both.
      const oneBody = left.includes('of') || left.includes('for') || (endsInHead(right) && !endsInHead(left));
      if (
        s.type === 'LOCATION' ||
        (endsInHead(left) && endsInHead(right)) ||
        (!oneBody &&
          (GAZ.wholeKind(left) !== undefined ||
            GAZ.wholeKind(right) !== undefined ||
            (left.length === 1 && right.length === 1)))
      )
        allowed = LOCATION_CONNECTORS;
    }
  }
  const out: Span[] = [];
  let from = s.start;
  for (let i = s.start; i < s.end; i++) {
    const w = (s.tokens[i] as Token).text;
    if (
      (w === ':' ||
        // "the" inside a name follows a connector ("Bank of the West"), else it starts a phrase of its own
        // ("Bank the Revolving Note").
        (w === 'the' && i > s.start && !NAME_CONNECTORS.has((s.tokens[i - 1] as Token).text)) ||
        (/^\p{Ll}/u.test(w) && !allowed.has(w) && !w.includes('-') && !ELIDED_PARTICLE.test(w))) &&
      i > s.start
    ) {
      if (i > from) out.push({ ...s, start: from, end: i });
      from = i + 1;
    }
  }
  if (from < s.end) out.push({ ...s, start: from, end: s.end });
  return out;
}

/** Particles that may join a person's name to the surname after them; not the ones English or Spanish use alone. */
const SURNAME_PARTICLES = new Set([...NAME_PARTICLES].filter((w) => w !== 'el'));

/**
 * Widens a person's span over a first name the tagger left out ("Jean-Claude" in "Jean-Claude Juncker") and over a
 * surname after particles it cut off ("Ursula von" + "der Leyen").
 */
function extendPersons(spans: Span[]): Span[] {
  const taken = new Set<string>();
  for (const s of spans) for (let k = s.start; k < s.end; k++) taken.add(s.field + k);
  return spans.map((s) => {
    if (s.type !== 'PERSON') return s;
    const free = (k: number): boolean =>
      k < s.tokens.length && !(s.tokens[k] as Token).sentenceStart && !taken.has(s.field + k);
    let end = s.end;
    let k = end;
    while (free(k) && SURNAME_PARTICLES.has((s.tokens[k] as Token).text)) k++;
    if (
      (k > end || SURNAME_PARTICLES.has((s.tokens[end - 1] as Token).text)) &&
      free(k) &&
      isCapitalized((s.tokens[k] as Token).text)
    )
      end = k + 1;
    if (end !== s.end) s = { ...s, end };
    let start = s.start;
    while (start > 0 && !(s.tokens[start] as Token).sentenceStart && !taken.has(s.field + (start - 1))) {
      const w = (s.tokens[start - 1] as Token).text;
      const parts = w.split('-');
      if (
        !isCapitalized(w) ||
        isPersonTitle(w.toLowerCase()) ||
        !parts.every((p) => GAZ.firstNames.has(p) || GAZ.personNames.has(p)) ||
        !GAZ.firstNames.has(parts[0] as string)
      )
        break;
      start--;
    }
    return start === s.start ? s : { ...s, start };
  });
}

/** A capitalised word, or a brand written in camel case ("eBay", "heyQuid"). */
const startsName = (word: string): boolean => isCapitalized(word) || /^\p{Ll}+\p{Lu}/u.test(word);

const POST_NOMINALS = new Set(['KC', 'QC', 'MP', 'MEP', 'MSP', 'MLA', 'OBE', 'MBE', 'CBE', 'PhD']);
/** Labels of a signature block or a byline around a name: "By: Bing Yu Title: …", "Name: Zhang Jilun". */
const FORM_LABELS = new Set([
  'By',
  'Name',
  'Title',
  'Tel',
  'Telephone',
  'Fax',
  'Email',
  'Attn',
  'Attention',
  'Date',
  'Its',
  'Telecopier',
  'Facsimile',
  'Phone',
]);
/** Words that point into a document by a number: "Chapter 11", "Section 230", "Exhibit 10.1", "Clause 18". */
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
]);
const REFERENCE_NUMBER = /^(?:\p{N}[\p{N}.]*|[A-Z]|[IVX]+)$/u;

/**
 * A reference into a document, not a name: a reference word before its number, and "Page" before "2 of 12" (a
 * surname before a number alone, as in a scorecard's "Page 45", stays a name).
 */
function isReference(word: string, next: Token | undefined, afterNext: Token | undefined): boolean {
  if (!next || !REFERENCE_NUMBER.test(next.text)) return false;
  return REFERENCE_WORDS.has(word) || (word === 'Page' && afterNext?.text === 'of');
}

/**
 * Words for peoples, languages and faiths the gazetteer's demonyms miss, and country forms news uses only as
 * adjectives ("Saudi officials"): like demonyms, no entity alone (CoNLL's MISC).
 */
const PEOPLE_WORDS = new Set([
  // a person by nationality: "Spaniard Jon Rahm"
  'Spaniard',
  'Briton',
  'Swede',
  'Frenchman',
  'Frenchwoman',
  'Englishman',
  'Englishwoman',
  'Dutchman',
  'Dutchwoman',
  'Scotsman',
  'Scotswoman',
  'Welshman',
  'Welshwoman',
  'Irishman',
  'Irishwoman',
  'Saudi',
  'Philippine',
  'Tamil',
  'Māori',
  'Maori',
  'Hindi',
  'Pashtun',
  'Uyghur',
  'Uighur',
  'Rohingya',
  'Sikh',
  'Hindu',
  'Kurd',
  'Buddhist',
  'Tibetan',
  'Cantonese',
  'Mandarin',
  'English',
  'Basque',
  'Catalan',
  'Flemish',
  'Yoruba',
  'Igbo',
  'Hausa',
  'Zulu',
  // nationalities the country list spells otherwise ("Kazakhstani", "Slovene", "Icelander")
  'Kazakh',
  'Uzbek',
  'Kyrgyz',
  'Tajik',
  'Azeri',
  'Nepali',
  'Korean',
  'Slovenian',
  'Icelandic',
  'Scottish',
  'Welsh',
  'Argentinian',
  'Ecuadorian',
  'Luxembourgish',
]);
/** "PM", "CD": a two- or three-letter country code that news does not use as a name. */
const isOtherCountryCode = (word: string): boolean =>
  /^[A-Z]{2,3}$/.test(word) &&
  !COUNTRY_CODES_IN_NEWS.has(word) &&
  GAZ.singleKinds(word)?.has('COUNTRY') === true;
const isDemonym = (word: string): boolean => GAZ.demonyms.has(word) || PEOPLE_WORDS.has(word);

/**
 * A word that names nothing on its own: a common acronym that is also a code ("AI" is Anguilla's), a form's label
 * ("Title:"), a common word in capitals before a colon (a party's label in a signature block, "LENDER:", or a
 * headline's "UPDATE:"), a demonym ("Thai"), a country code news does not write ("7 PM"), a retweet marker
 * ("RT @user", not the broadcaster).
 */
function namesNothingAlone(word: string, next: Token | undefined): boolean {
  return (
    NEVER_ALONE.has(word.toLowerCase()) ||
    FORM_LABELS.has(word) ||
    (next?.text === ':' &&
      isAllCapitals(word) &&
      GAZ.lowerWords.has(word.toLowerCase()) &&
      GAZ.singleKinds(word) === undefined) ||
    isDemonym(word) ||
    isOtherCountryCode(word) ||
    ((word === 'RT' || word === 'MT') && next?.text.startsWith('@') === true)
  );
}

const COMPASS_WORDS = new Set(['North', 'South', 'East', 'West', 'Central']);

/** Trims titles, "the", possessives and stray punctuation; undefined when nothing name-like remains. */
function tidy(s: Span): Span | undefined {
  let { start, end } = s;
  const word = (i: number): string => (s.tokens[i] as Token).text;
  while (
    end > start &&
    (POSSESSIVE.test(word(end - 1)) ||
      QUOTES_DASHES.test(word(end - 1)) ||
      word(end - 1) === ',' ||
      word(end - 1) === '.' ||
      // A name ends with a name word, not a connector ("Silicium de", "Bank of").
      (NAME_CONNECTORS.has(word(end - 1)) && /^\p{Ll}/u.test(word(end - 1))) ||
      // A score or squad number after a name ("Seattle 3", "Solanke 9"), a post-nominal ("Alexandra Pryce KC").
      (s.type !== 'ORG' && end - start > 1 && /^\p{N}+$/u.test(word(end - 1))) ||
      (s.type === 'PERSON' && end - start > 2 && POST_NOMINALS.has(word(end - 1))) ||
      (s.type === 'PERSON' && end - start > 1 && FORM_LABELS.has(word(end - 1))) ||
      isReference(word(end - 1), s.tokens[end], s.tokens[end + 1]))
  )
    end--;
  // The owner's possessive the tagger took into the name it owns ("Taiwan [’s Ministry of Defense]"): the rest is a
  // name when it has an organisation's head word or a word that is no common noun ("Miami 's Hottest" is none).
  if (end - start > 1 && POSSESSIVE.test(word(start))) {
    start++;
    let named = false;
    for (let k = start; k < end && !named; k++) {
      const lower = word(k).toLowerCase();
      named = isOrgHead(lower) || (HAS_LETTER.test(lower) && !GAZ.lowerWords.has(lower));
    }
    if (!named) return undefined;
  }
  // Leading titles and demonyms are not part of a person's name ("Minnesotan Scott LeDoux", "Senator Kerry").
  while (
    start < end &&
    (QUOTES_DASHES.test(word(start)) ||
      word(start).toLowerCase() === 'the' ||
      // A name starts with a name word, not a connector ("mayor [of Boston]") nor where it is based
      // ("the [Amsterdam-based] Lindqvist Institute").
      (LEADING_CONNECTORS.has(word(start)) && end - start > 1) ||
      (BASED_IN.test(word(start)) && end - start > 1) ||
      (s.type === 'PERSON' &&
        end - start > 1 &&
        (isPersonTitle(word(start).toLowerCase()) ||
          FORM_LABELS.has(word(start)) ||
          isDemonym(word(start)) ||
          // A role opening the sentence: "Comedian Carlos Álvarez", "Ringleader Daniel Kershaw", "Councilwoman
          // Tammy Ruhl".
          (end - start > 2 &&
            (s.tokens[start] as Token).sentenceStart &&
            (OCCUPATIONS.has(word(start).toLowerCase()) ||
              (GAZ.lowerWords.has(word(start).toLowerCase()) && !GAZ.firstNames.has(word(start))))))))
  )
    start++;
  if (start >= end) return undefined;
  // A nationality before a person the tagger read with it as a place or organisation: "Ugandan Oscar Chelimo" (a
  // first name that is no common word: not "Egyptian Red Crescent"; no compass adjective: not "Western Sydney").
  if (
    s.type !== 'PERSON' &&
    end - start === 3 &&
    isDemonym(word(start)) &&
    !/^(?:Western|Eastern|Northern|Southern|Central)$/.test(word(start)) &&
    GAZ.firstNames.has(word(start + 1)) &&
    !GAZ.lowerWords.has(word(start + 1).toLowerCase()) &&
    personLike(s.tokens, start + 1, end)
  )
    return { ...s, start: start + 1, end, type: 'PERSON' };
  // A name that holds its article: "The Hague".
  if (
    start > 0 &&
    word(start - 1) === 'The' &&
    GAZ.wholeKind(['The', ...s.tokens.slice(start, end).map((t) => t.text)])
  )
    start--;
  // An elided particle the tagger left out ends the name: "Côte d'Ivoire", "Ballon d'Or".
  // So does an Arabic article joined to the next word: "Deir al-Balah".
  while (
    end < s.tokens.length &&
    (ELIDED_PARTICLE.test(word(end)) || ARABIC_ARTICLE.test(word(end))) &&
    !(s.tokens[end] as Token).sentenceStart
  )
    end++;
  const words: string[] = [];
  for (let k = start; k < end; k++) words.push(word(k));
  if (!words.some((w) => HAS_UPPER_OR_DIGIT.test(w))) return undefined;
  // A demonym of several words is no entity ("South Korean", "Costa Rican").
  if (words.length > 1 && GAZ.demonyms.has(words.join(' '))) return undefined;
  if (
    !startsName(words[0] as string) &&
    !/^\p{N}/u.test(words[0] as string) &&
    !/^(?:al|de|van|von|da|di|le|la|el|bin)$/.test(words[0] as string)
  )
    return undefined;
  if (words.length === 1) {
    const lower = (words[0] as string).toLowerCase();
    if (
      namesNothingAlone(words[0] as string, s.tokens[end]) ||
      isReference(words[0] as string, s.tokens[end], s.tokens[end + 1]) ||
      isMonth(lower) ||
      isWeekday(lower)
    )
      return undefined;
    // A title alone ("the Senator said") names nobody.
    if (s.type === 'PERSON' && isPersonTitle(lower)) return undefined;
    // The first word of a demonym: "South Korean President Lee".
    if (COMPASS_WORDS.has(words[0] as string) && isDemonym(textAt(s.tokens, end))) return undefined;
    if ((words[0] as string).length === 1) return undefined;
  }
  // A shop's name that ends in 's, where nothing it could own follows: "Macy's said", "Dillard's was added".
  if (
    s.type === 'ORG' &&
    end + 1 < s.tokens.length &&
    /^['’]s$/.test(word(end)) &&
    !(s.tokens[end + 1] as Token).sentenceStart &&
    NOTHING_OWNED.test(word(end + 1))
  )
    end++;
  return { ...s, start, end };
}

/** Words that cannot start what a possessive owns. */
const NOTHING_OWNED =
  /^(?:[,.;:!?)]|in|on|at|to|by|from|with|and|or|was|were|is|has|had|will|would|said|says|became|opened|closed|announced|reported)$/;

const GAZ_TYPE: Partial<Record<PhraseKind, EntityType>> = {
  COUNTRY: 'LOCATION',
  PLACE: 'LOCATION',
  ORG: 'ORG',
};

/** Per token of a field's text, the index in `spans` of the span holding it, -1 for none. */
function tokenOwners(spans: readonly Span[], field: TextField, tokens: readonly Token[]): Int32Array {
  const owner = new Int32Array(tokens.length).fill(-1);
  spans.forEach((s, i) => {
    if (s.field === field) for (let k = s.start; k < s.end; k++) owner[k] = i;
  });
  return owner;
}

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
 * High-precision gazetteer rules: a well-known organisation, country or place the tagger left untagged is tagged,
 * and a tagged span that is exactly a well-known organisation takes the type ORG ("White House").
 */
function gazetteerRules(spans: Span[], field: TextField, tokens: Token[]): Span[] {
  const matches = [...GAZ.matchTokens(tokens), ...dottedCountryCodes(tokens)];
  if (matches.length === 0) return spans;
  const owner = tokenOwners(spans, field, tokens);
  const out = [...spans];
  const personWords = new Set<string>();
  for (const s of spans)
    if (s.type === 'PERSON' && s.end - s.start > 1)
      for (let k = s.start; k < s.end; k++) personWords.add((s.tokens[k] as Token).text);
  for (const m of matches) {
    const type = GAZ_TYPE[m.kind];
    if (!type) continue;
    const first = tokens[m.start] as Token;
    if (!isCapitalized(first.text)) continue;
    if (m.end - m.start === 1 && namesNothingAlone(first.text, tokens[m.end])) continue;
    const o = owner[m.start] as number;
    // A well-known organisation or country of several words over shorter pieces the tagger found ("RIA" in "RIA
    // Novosti", "People" and "China" in "People 's Republic of China").
    if ((type === 'ORG' || m.kind === 'COUNTRY') && m.end - m.start > 1) {
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
        // A country read as an organisation is the country ("U.S. President", "Japan beat Syria").
        else if (m.kind === 'COUNTRY' && s.type === 'ORG') out[o] = { ...s, type };
        else if (s.type === 'PERSON' && m.end - m.start === 1 && !personWords.has(first.text))
          out[o] = { ...s, type };
      }
      continue;
    }
    let free = true;
    for (let k = m.start; k < m.end; k++) if ((owner[k] as number) >= 0) free = false;
    if (!free) continue;
    if (m.end - m.start === 1 && first.sentenceStart && GAZ.lowerWords.has(first.text.toLowerCase()))
      continue;
    // Not the start or end of a longer capitalised name ("Amazon Web Services", "New Mexico State").
    if (continuesName(tokens[m.end]) || continuesNameBefore(tokens, m.start)) continue;
    out.push({ field, tokens, start: m.start, end: m.end, type });
  }
  return out.filter((s) => s.end > s.start);
}

/**
 * A person news names by one name or a stage name (KNOWN_MONONYMS) is a person wherever the text writes it alone:
 * the tagger's organisation or place is retyped, a name it left untagged ("Pedri scored twice") is added, a longer
 * span holding it is left as it is.
 */
function knownMononyms(spans: Span[], field: TextField, tokens: Token[]): Span[] {
  // Which span holds each token: built at the first name found, as most texts hold none.
  let owner: Int32Array | undefined;
  let out: Span[] | undefined;
  for (let k = 0; k < tokens.length; k++) {
    for (const words of MONONYMS.startingWith((tokens[k] as Token).text)) {
      if (!MONONYMS.at(tokens, k, words)) continue;
      const end = k + words.length;
      // Not part of a longer name: "Rema 1000", a Norwegian grocer.
      const after = tokens[end];
      if (after && !after.sentenceStart && /^[\p{Lu}\p{N}]/u.test(after.text)) continue;
      owner ??= tokenOwners(spans, field, tokens);
      const o = owner[k] as number;
      let whole = true;
      for (let j = k; j < end; j++) if (owner[j] !== o) whole = false;
      if (!whole) continue;
      out ??= [...spans];
      if (o < 0) out.push({ field, tokens, start: k, end, type: 'PERSON' });
      else if ((out[o] as Span).start === k && (out[o] as Span).end === end)
        out[o] = { ...(out[o] as Span), type: 'PERSON' };
      break;
    }
  }
  return out ?? spans;
}

/** A word starting with a capital letter (not a digit or a quote). */
const capitalisedWord = (t: Token): boolean => isCapitalized(t.text) && /^\p{L}/u.test(t.text);

/** A capitalised word right after a name in its sentence, which would make the name part of a longer one. */
function continuesName(after: Token | undefined): boolean {
  return after !== undefined && !after.sentenceStart && capitalisedWord(after);
}

/**
 * The same before the name at `start`, but for words that stand before names without being part of them: "The", a
 * title, a nationality, a sentence's first common word ("The Kremlin", "President Trump", "German Merz", "But Trump").
 */
function continuesNameBefore(tokens: readonly Token[], start: number): boolean {
  const before = tokens[start - 1];
  if (!before || (tokens[start] as Token).sentenceStart || !capitalisedWord(before)) return false;
  const lower = before.text.toLowerCase();
  return (
    before.text !== 'The' &&
    !isPersonTitle(lower) &&
    !isDemonym(before.text) &&
    !(before.sentenceStart && GAZ.lowerWords.has(lower))
  );
}

/** A number, with at most two letters after it ("2022", "1990s", "3D", "5G"): never an entity. */
const NUMBERISH = /^\p{N}[\p{N}.,:/'’-]*\p{L}{0,2}$/u;
const HAS_LETTER = /\p{L}/u;
const APPOSITION_ARTICLE = new Set(['a', 'an', 'the']);

/** "Name, a/an/the … analyst": a role noun within four words after the comma and article. */
function roleApposition(tokens: readonly Token[], end: number): boolean {
  if (textAt(tokens, end) !== ',') return false;
  const next = tokens[end + 1];
  if (!next) return false;
  if (next.text === 'who') return true;
  if (!APPOSITION_ARTICLE.has(next.text.toLowerCase())) return false;
  for (let k = end + 2; k < Math.min(tokens.length, end + 6); k++) {
    const w = (tokens[k] as Token).text;
    if (PERSON_ROLES.has(w.toLowerCase())) return true;
    if (!/^\p{L}/u.test(w)) return false;
  }
  return false;
}

/** Whether the gazetteer knows a word alone as a country, city, region, place or well-known organisation. */
function namesPlaceOrOrg(word: string): boolean {
  const kinds = GAZ.singleKinds(word);
  if (!kinds) return false;
  for (const k of kinds) if (k !== 'COMPANY') return true;
  return false;
}

/**
 * A first name the gazetteer knows (and not as a place: "Charlotte") before a surname it knows as one, or, in a
 * two-word name, before a capitalised word it knows as nothing else ("Jack Pendower").
 */
function knownFirstAndSurname(first: string, last: string, words: number): boolean {
  if (!GAZ.firstNames.has(first) || namesPlaceOrOrg(first) || namesPlaceOrOrg(last)) return false;
  if (GAZ.personNames.has(last)) return true;
  return (
    words === 2 &&
    GAZ.singleKinds(last) === undefined &&
    !GAZ.lowerWords.has(last.toLowerCase()) &&
    !ORG_SUFFIXES.has(last.toLowerCase())
  );
}

/** The kind the gazetteer gives tokens [start, end) as one whole name, if any. */
const wholeKindOf = (tokens: readonly Token[], start: number, end: number): PhraseKind | undefined =>
  GAZ.wholeKind(tokens.slice(start, end).map((t) => t.text));

/** The type the gazetteer gives tokens [start, end) as one whole name (companies included), if any. */
function knownType(tokens: readonly Token[], start: number, end: number): EntityType | undefined {
  const kind = wholeKindOf(tokens, start, end);
  if (kind === undefined) return undefined;
  return kind === 'ORG' || kind === 'COMPANY' ? 'ORG' : 'LOCATION';
}

/** Whether the gazetteer knows tokens [start, end) as one organisation, country, region, city or place. */
function knownWhole(tokens: readonly Token[], start: number, end: number): boolean {
  const kind = wholeKindOf(tokens, start, end);
  return kind !== undefined && kind !== 'COMPANY';
}

/**
 * What the words of a span say about it, whatever the tagger read: numbers are no entities ("2022", "3D"); a
 * head noun alone ("Society", "Gulf", "Grid") takes the capitalised words before it ("Saaristo Grid") or is
 * dropped; a name ending in a street head is a place ("Mill Street"), in a company or research-firm head an
 * organisation ("Pohjola Insight", "Cobalt Street Partners"), in a landform a place ("Pine Ridge"); two or three
 * capitalised words read as an organisation or place are a person when the gazetteer knows the first as a first
 * name and the last as a name, or a role follows ("Ada Vinter, an energy analyst at …"); a known first name alone
 * takes the capitalised word after it that no span holds ("Jack Trevithick").
 */
function headRules(spans: Span[]): Span[] {
  const owned = new Map<Token[], Set<number>>();
  for (const s of spans) {
    let o = owned.get(s.tokens);
    if (!o) owned.set(s.tokens, (o = new Set()));
    for (let k = s.start; k < s.end; k++) o.add(k);
  }
  const out: Span[] = [];
  for (const span of spans) {
    let s = span;
    const { tokens } = s;
    const word = (k: number): string => (tokens[k] as Token).text;
    if (insideKnownMisc(tokens, s.start, s.end)) continue;
    if (s.end - s.start === 1) {
      const w = word(s.start);
      if (NUMBERISH.test(w)) continue;
      if (GENERIC_ALONE.has(w.toLowerCase())) {
        let start = s.start;
        const o = owned.get(tokens) as Set<number>;
        while (
          start > 0 &&
          s.start - start < 2 &&
          !(tokens[start] as Token).sentenceStart &&
          !o.has(start - 1) &&
          isCapitalized(word(start - 1)) &&
          /^\p{L}/u.test(word(start - 1)) &&
          !NEVER_ALONE.has(word(start - 1).toLowerCase()) &&
          !isPersonTitle(word(start - 1).toLowerCase())
        )
          start--;
        // "the Gulf" is a place of its own.
        if (start === s.start && !GAZ.singleKinds(w)?.has('PLACE')) continue;
        s = { ...s, start };
      } else if (GAZ.firstNames.has(w) && s.end < tokens.length) {
        // A known first name the tagger cut off from its surname ("master Jack Trevithick said").
        const next = tokens[s.end] as Token;
        const o = owned.get(tokens) as Set<number>;
        if (
          !next.sentenceStart &&
          !o.has(s.end) &&
          /^\p{Lu}\p{Ll}+$/u.test(next.text) &&
          !NEVER_ALONE.has(next.text.toLowerCase()) &&
          !GENERIC_ALONE.has(next.text.toLowerCase()) &&
          !ORG_SUFFIXES.has(next.text.toLowerCase()) &&
          GAZ.singleKinds(next.text) === undefined
        ) {
          o.add(s.end);
          s = { ...s, end: s.end + 1, type: 'PERSON' };
        }
      }
    } else {
      let letters = false;
      for (let k = s.start; k < s.end && !letters; k++) letters = HAS_LETTER.test(word(k));
      if (!letters) continue;
    }
    // A name the tagger began at its modifier takes the name word before it ("O'Hare International Airport").
    if (s.end - s.start >= 2 && NAME_MODIFIERS.has(word(s.start))) {
      const o = owned.get(tokens) as Set<number>;
      let start = s.start;
      while (
        start > 0 &&
        s.start - start < 3 &&
        !(tokens[start] as Token).sentenceStart &&
        !o.has(start - 1) &&
        runWord(word(start - 1)) &&
        !isDemonym(word(start - 1)) &&
        !isPersonTitle(word(start - 1).toLowerCase())
      )
        o.add(--start);
      if (start !== s.start) s = { ...s, start };
    }
    // A name before a legal form is a company's ("Evergreen Solar, Inc." was a person); it holds the form written
    // against it ("Tesla Inc."), not one after a comma, as the labelled data sets write them.
    if (s.type !== 'LOCATION') {
      const comma = textAt(tokens, s.end) === ',';
      const form = comma ? s.end + 1 : s.end;
      const o = owned.get(tokens) as Set<number>;
      if (
        form < tokens.length &&
        !(tokens[form] as Token).sentenceStart &&
        !o.has(form) &&
        /^\p{Lu}/u.test(word(form)) &&
        isLegalForm(word(form).toLowerCase())
      ) {
        if (!comma) o.add(form);
        s = { ...s, end: comma ? s.end : form + 1, type: 'ORG' };
      }
    }
    // A name the tagger ended before its street word is that street ("40 William St.", "3003 Tasman Drive").
    const after = tokens[s.end];
    if (
      continuesName(after) &&
      STREET_HEADS.has((after as Token).text.toLowerCase()) &&
      !(owned.get(tokens) as Set<number>).has(s.end)
    )
      s = { ...s, end: s.end + 1 };
    const n = s.end - s.start;
    const last = word(s.end - 1).toLowerCase();
    if (n >= 2) {
      if (ORG_SUFFIXES.has(last)) {
        if (s.type !== 'ORG' && !knownWhole(tokens, s.start, s.end)) s = { ...s, type: 'ORG' };
      } else if (STREET_HEADS.has(last) || PLACE_HEADS.has(last) || VENUE_HEADS.has(last)) {
        // Unless known as a whole: "Downing Street" is the government, "Wall Street" the market.
        if (s.type !== 'LOCATION' && !knownWhole(tokens, s.start, s.end)) s = { ...s, type: 'LOCATION' };
      } else if (s.type === 'LOCATION' && placeThenName(tokens, s.start, s.end)) {
        s = { ...s, type: 'ORG' };
      } else if (s.type !== 'PERSON' && n <= 3 && !GENERIC_ALONE.has(last) && (wordRole(last) & 3) === 0) {
        let nameLike = true;
        for (let k = s.start; k < s.end && nameLike; k++) {
          const w = word(k);
          nameLike = isCapitalized(w) && /^\p{Lu}\p{Ll}/u.test(w);
        }
        if (
          nameLike &&
          (knownFirstAndSurname(word(s.start), word(s.end - 1), n) || roleApposition(tokens, s.end)) &&
          !knownWhole(tokens, s.start, s.end)
        )
          s = { ...s, type: 'PERSON' };
      }
    }
    out.push(s);
  }
  return out;
}

/** Words after a place that name a part of it or a building there ("Hong Kong Special Administrative Region"). */
const PLACE_AFTER_PLACE = new Set([
  'special',
  'administrative',
  'autonomous',
  'region',
  'territory',
  'district',
  'prefecture',
  'municipality',
  'embassy',
  'consulate',
  'room',
  'garden',
  'cemetery',
  'field',
  'fields',
  'range',
  'dock',
  'docks',
  'forest',
  'plain',
  'plains',
  'pass',
]);

/**
 * A known place followed by capitalised English words that are neither a place nor a kind of place: a team or a
 * company named for where it is ("Sacramento Kings", "Tokyo Electron", "Abu Dhabi Ports"), not "Kansas City",
 * "Sacramento Valley", "Jammu Kashmir" or "Minas Gerais".
 */
function placeThenName(tokens: readonly Token[], start: number, end: number): boolean {
  if (knownWhole(tokens, start, end)) return false;
  for (let p = end - 1; p > start; p--) {
    const kind = wholeKindOf(tokens, start, p);
    if (kind === undefined || kind === 'ORG' || kind === 'COMPANY') continue;
    for (let k = p; k < end; k++) {
      const w = (tokens[k] as Token).text;
      const lower = w.toLowerCase();
      if (
        !/^\p{Lu}\p{Ll}/u.test(w) ||
        !(GAZ.lowerWords.has(lower) || GAZ.lowerWords.has(lower.replace(/s$/, ''))) ||
        isPlaceWord(lower) ||
        PLACE_AFTER_PLACE.has(lower) ||
        PLACE_HEADS.has(lower) ||
        STREET_HEADS.has(lower) ||
        VENUE_HEADS.has(lower) ||
        GAZ.singleKinds(w) !== undefined ||
        GAZ.demonyms.has(w)
      )
        return false;
    }
    return true;
  }
  return false;
}

/** Words that follow a name's own word rather than start a name: "O'Hare International Airport". */
const NAME_MODIFIERS = new Set([
  'International',
  'National',
  'Regional',
  'Municipal',
  'Memorial',
  'Metropolitan',
]);

/** Names of several words, found in a text's tokens by their first word. */
class PhraseList {
  private readonly byFirst = new Map<string, string[][]>();
  /** The most words a name has. */
  readonly longest: number;

  constructor(names: Iterable<string>) {
    let longest = 0;
    for (const name of names) {
      const words = name.split(' ');
      const first = words[0] as string;
      this.byFirst.set(first, [...(this.byFirst.get(first) ?? []), words]);
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
const MONONYMS = new PhraseList(KNOWN_MONONYMS);

/** Whether tokens [start, end) are a KNOWN_MISC name or part of one ("West" of "West Texas Intermediate"). */
function insideKnownMisc(tokens: readonly Token[], start: number, end: number): boolean {
  if (end - start > KNOWN_MISC_NAMES.longest) return false;
  for (let k = start; k >= 0 && k > start - KNOWN_MISC_NAMES.longest; k--)
    for (const words of KNOWN_MISC_NAMES.startingWith((tokens[k] as Token).text))
      if (k + words.length >= end && KNOWN_MISC_NAMES.at(tokens, k, words)) return true;
  return false;
}

/** A capitalised word of a name ("Piastri", "Jae-il", "KHARTOUM"), not a month, weekday or function word. */
function runWord(w: string): boolean {
  if (!isCapitalized(w)) return false;
  const l = w.toLowerCase();
  return !isMonth(l) && !isWeekday(l) && !NEVER_ALONE.has(l);
}

/** Plural nouns that own the rest of a name: "People 's Liberation Army", "Workers ' Party", "Women 's Aid". */
const COLLECTIVE_OWNERS = new Set([
  'People',
  'Workers',
  'Women',
  'Farmers',
  'Citizens',
  'Children',
  'Veterans',
]);

/**
 * Capitalised words joined by "&" are one organisation ("Pratt & Whitney", "Kirkland & Ellis", "S & P Global
 * Ratings", "Bed Bath & Beyond"), unless both sides are places the gazetteer knows or the whole is a country with
 * "and" ("Trinidad & Tobago"); so are words joined by the possessive of a collective noun ("People 's Liberation
 * Army", "National People 's Congress", "People 's Bank of China"), typed by the gazetteer when it knows the whole.
 */
function joinRule(spans: Span[], field: TextField, tokens: Token[]): Span[] {
  const out: Span[] = [];
  const capital = (k: number): boolean =>
    k >= 0 && k < tokens.length && /^\p{Lu}/u.test((tokens[k] as Token).text);
  for (let k = 1; k < tokens.length - 1; k++) {
    const joiner = tokens[k] as Token;
    // Only "&" and an apostrophe join (the tests below are for the few such tokens).
    const first = joiner.text.charCodeAt(0);
    if (first !== 0x26 && first !== 0x27 && first !== 0x2019) continue;
    const ampersand = joiner.text === '&';
    // The possessive is "'s" or, in text with a space before it, "'" + "s".
    const split = /^['’]$/.test(joiner.text) && textAt(tokens, k + 1) === 's';
    const owner =
      (POSSESSIVE.test(joiner.text) || split) && COLLECTIVE_OWNERS.has((tokens[k - 1] as Token).text);
    const next = split ? k + 2 : k + 1;
    if ((!ampersand && !owner) || !capital(k - 1) || !capital(next) || (tokens[next] as Token).sentenceStart)
      continue;
    let start = k - 1;
    while (start > 0 && !(tokens[start] as Token).sentenceStart && capital(start - 1)) start--;
    let end = next + 1;
    for (;;) {
      while (end < tokens.length && !(tokens[end] as Token).sentenceStart && capital(end)) end++;
      // "of China" after a possessive name.
      if (owner && textAt(tokens, end) === 'of' && capital(end + 1)) end += 2;
      else break;
    }
    while (start < k - 1 && isPersonTitle((tokens[start] as Token).text.toLowerCase())) start++;
    if (ampersand) {
      const asAnd = tokens.slice(start, end).map((t) => (t === joiner ? 'and' : t.text));
      if (
        (knownType(tokens, start, k) === 'LOCATION' && knownType(tokens, next, end) === 'LOCATION') ||
        GAZ.wholeKind(asAnd) === 'COUNTRY'
      )
        continue;
    }
    out.push({ field, tokens, start, end, type: knownType(tokens, start, end) ?? 'ORG' });
    k = end;
  }
  if (out.length === 0) return spans;
  const inside = (s: Span): boolean =>
    s.field === field && out.some((o) => s.start < o.end && s.end > o.start);
  return [...spans.filter((s) => !inside(s)), ...out];
}

/** A span's new bounds, and the neighbouring span it takes in. */
interface Widening {
  start: number;
  end: number;
  absorbs: Span | undefined;
}

/**
 * Widens each span of a field as `widen` decides, given the span holding a token (the table built only when asked:
 * most texts have no candidate), and drops the neighbour a span takes in; a span already taken in stays as it is.
 */
function widenSpans(
  spans: Span[],
  field: TextField,
  tokens: Token[],
  widen: (s: Span, spanAt: (k: number) => Span | undefined) => Widening | undefined,
): Span[] {
  let owner: Int32Array | undefined;
  const spanAt = (k: number): Span | undefined =>
    spans[(owner ??= tokenOwners(spans, field, tokens))[k] ?? -1];
  const dropped = new Set<Span>();
  const out = spans.map((s) => {
    if (s.field !== field || dropped.has(s)) return s;
    const w = widen(s, spanAt);
    if (!w) return s;
    if (w.absorbs) dropped.add(w.absorbs);
    return { ...s, start: w.start, end: w.end };
  });
  return dropped.size === 0 ? out : out.filter((s) => !dropped.has(s));
}

/**
 * An organisation named by common nouns joined by "and" starts at the first of them: "Securities and Exchange Board
 * of India", "Trade and Industry Ministry", where the tagger began at the second. Only common words (the gazetteer's
 * lower-case words) before a head word: "Issuer and Wachovia Bank" stays a bank.
 */
function joinCommonNounsOverAnd(spans: Span[], field: TextField, tokens: Token[]): Span[] {
  const owner = tokenOwners(spans, field, tokens);
  const common = (k: number): boolean => {
    const w = (tokens[k] as Token).text;
    return isCapitalized(w) && GAZ.lowerWords.has(w.toLowerCase());
  };
  // A capitalised word before the first noun makes it part of a longer name, unless it opens the sentence ("The").
  const nameWordBefore = (k: number): boolean => {
    const before = tokens[k - 1] as Token;
    return isCapitalized(before.text) && !(before.sentenceStart && common(k - 1));
  };
  return spans.map((s) => {
    const first = s.start - 2;
    if (s.type !== 'ORG' || s.field !== field || first < 0 || (tokens[s.start - 1] as Token).text !== 'and')
      return s;
    if (
      (owner[first] as number) >= 0 ||
      !common(first) ||
      (first > 0 && !(tokens[first] as Token).sentenceStart && nameWordBefore(first))
    )
      return s;
    let head = s.start;
    while (head < s.end && (tokens[head] as Token).text !== 'of') head++;
    head--;
    if (head <= s.start || !isOrgHead((tokens[head] as Token).text.toLowerCase())) return s;
    for (let k = s.start; k < head; k++) if (!common(k)) return s;
    return { ...s, start: first };
  });
}

/** Heads of bodies named with their country after "of" ("Communist Party of China"), or "in" (a mission's). */
const OF_PLACE_HEADS = new Set([
  'Party',
  'Front',
  'Movement',
  'Alliance',
  'Congress',
  'Council',
  'Mission',
  'Force',
]);
const IN_PLACE_HEADS = new Set(['Mission', 'Force']);

/**
 * A party, movement, council or mission and the place it is of is one organisation: "Communist Party of China",
 * "Workers ' Party of Korea", "United Nations Interim Force in Lebanon", where the tagger ended it before the place.
 */
function orgOfPlace(spans: Span[], field: TextField, tokens: Token[]): Span[] {
  return widenSpans(spans, field, tokens, (s, spanAt) => {
    if (s.type !== 'ORG' || s.end + 1 >= tokens.length) return undefined;
    const head = (tokens[s.end - 1] as Token).text;
    const link = (tokens[s.end] as Token).text;
    if (!((link === 'of' && OF_PLACE_HEADS.has(head)) || (link === 'in' && IN_PLACE_HEADS.has(head))))
      return undefined;
    const place = spanAt(s.end + 1);
    if (!place || place.type !== 'LOCATION' || place.start !== s.end + 1) return undefined;
    // A force or mission in a city is only stationed there ("Police Force in Honiara").
    if (link === 'in' && wholeKindOf(tokens, place.start, place.end) !== 'COUNTRY') return undefined;
    return { start: s.start, end: place.end, absorbs: place };
  });
}

const ACRONYM = /^\p{Lu}{2,8}$/u;
/** How many lower-case words an acronym's definition may hold between its capitalised words ("and", "for the"). */
const DEFINITION_GAP = 2;

/**
 * Where a name defined by its acronym starts: "Independent Electoral and Boundaries Commission ( IEBC )", "Kilusang
 * Magbubukid ng Pilipinas ( KMP )": walking back from the bracket, each capitalised word gives the acronym's next
 * letter from the end, lower-case words between them are skipped; -1 when the words do not spell it.
 */
function definitionStart(tokens: readonly Token[], open: number, acronym: string): number {
  let letter = acronym.length - 1;
  let gap = 0;
  for (let k = open - 1; k >= 0 && letter >= 0; k--) {
    const t = tokens[k] as Token;
    const w = t.text;
    if (isCapitalized(w) && /^\p{L}/u.test(w)) {
      if (w.charAt(0).toUpperCase() !== acronym.charAt(letter)) return -1;
      letter--;
      gap = 0;
      if (letter < 0) return k;
    } else if (/^\p{Ll}+$/u.test(w) && ++gap <= DEFINITION_GAP && k < open - 1) {
      // skipped
    } else return -1;
    if (t.sentenceStart) return -1;
  }
  return -1;
}

/**
 * A name followed by its acronym in brackets is one name, its words spelling the acronym (Schwartz and Hearst's
 * definitions): the whole becomes one span, a place when the gazetteer knows it as one ("Democratic Republic of
 * Congo ( DRC )"), else an organisation, whatever the tagger read ("Tamilaga Vettri Kazhagam ( TVK )"); the acronym
 * gets the same type. A law, an event or an index so defined ("Digital Markets Act ( DMA )") is no entity.
 */
function acronymDefinitions(spans: Span[], field: TextField, tokens: Token[]): Span[] {
  const runs: TypedRun[] = [];
  for (let i = 1; i + 2 < tokens.length; i++) {
    if ((tokens[i] as Token).text !== '(' || (tokens[i + 2] as Token).text !== ')') continue;
    const acronym = (tokens[i + 1] as Token).text;
    if (!ACRONYM.test(acronym)) continue;
    const start = definitionStart(tokens, i, acronym);
    if (start < 0 || i - start < 2) continue;
    const type: EntityType | 'DROP' = EVENT_HEADS.has((tokens[i - 1] as Token).text.toLowerCase())
      ? 'DROP'
      : (knownType(tokens, start, i) ?? 'ORG');
    runs.push({ start, end: i, type }, { start: i + 1, end: i + 2, type });
  }
  return retypeRuns(spans, field, tokens, runs);
}

/** Particles inside organisations' names only: "Banque des Territoires", "Bangko Sentral ng Pilipinas". */
const ORG_PARTICLES = new Set(['des', 'ng']);

/** Articles after a particle: "de la", "de los". */
const ARTICLES_AFTER_PARTICLE = new Set(['la', 'le', 'las', 'los', 'les']);

/**
 * An organisation or place and the name after a particle (and an article) are one name: "Silicium de Provence",
 * "Banco Central de la República Argentina", "Rio de Janeiro", where the tagger made two of them; "la" or "le"
 * alone is an article ("and la Caixa").
 */
function joinOverParticles(spans: Span[], field: TextField, tokens: Token[]): Span[] {
  return widenSpans(spans, field, tokens, (s, spanAt) => {
    if (s.type === 'PERSON') return undefined;
    const particle = textAt(tokens, s.end);
    if (!NAME_PARTICLES.has(particle) && !ORG_PARTICLES.has(particle)) return undefined;
    let k = s.end + 1;
    if (ARTICLES_AFTER_PARTICLE.has(textAt(tokens, k))) k++;
    const next = spanAt(k);
    if (!next || next.start !== k || next.type === 'PERSON' || (tokens[k] as Token).sentenceStart)
      return undefined;
    return { start: s.start, end: next.end, absorbs: next };
  });
}

/** Geographic heads named with "of" and a place: "Strait of Hormuz", "Bay of Bengal", "Isle of Man". */
const HEADS_OF_PLACES = new Set(['Strait', 'Straits', 'Bay', 'Gulf', 'Sea', 'Isle', 'Cape', 'Lake', 'Mount']);

/** A place after a geographic head and "of" is part of its name: "Strait of Messina", where the tagger took "Messina". */
function placesOfHeads(spans: Span[], field: TextField, tokens: Token[]): Span[] {
  return widenSpans(spans, field, tokens, (s, spanAt) => {
    const head = s.start - 2;
    if (s.type !== 'LOCATION' || head < 0) return undefined;
    if ((tokens[s.start - 1] as Token).text !== 'of' || !HEADS_OF_PLACES.has((tokens[head] as Token).text))
      return undefined;
    const other = spanAt(head);
    // Only a span of the head alone gives way ("Strait" read as a place by itself).
    if (other && (other.start !== head || other.end !== head + 1)) return undefined;
    return { start: head, end: s.end, absorbs: other };
  });
}

/** A club's initials or numeral before its city: "RKC" of "RKC Waalwijk", "JC" of "Roda JC Kerkrade", "II". */
const CLUB_INITIALS = /^(?:[A-Z][A-Za-z]?[A-Z]{1,3}|[A-Z]{2}|I{2,3}|IV)$/;

/**
 * A club named by initials (or a numeral) and its city is one organisation: "NAC Breda", "Willem II Tilburg",
 * where the tagger ended the name before the city.
 */
function clubsWithTheirCity(spans: Span[], field: TextField, tokens: Token[]): Span[] {
  return widenSpans(spans, field, tokens, (s, spanAt) => {
    if (s.type !== 'ORG' || s.end >= tokens.length) return undefined;
    const city = tokens[s.end] as Token;
    if (city.sentenceStart || !CLUB_INITIALS.test((tokens[s.end - 1] as Token).text)) return undefined;
    // Not a known body's office in a city ("UN Geneva", "EU Brussels").
    if (!GAZ.singleKinds(city.text)?.has('CITY') || knownWhole(tokens, s.start, s.end)) return undefined;
    const other = spanAt(s.end);
    if (other && other.end > s.end + 1) return undefined;
    return { start: s.start, end: s.end + 1, absorbs: other };
  });
}

/** Words that may be a person's name: "Oscar", "Jae-il"; no title, head word, known place or organisation. */
function personLike(tokens: readonly Token[], start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const w = (tokens[k] as Token).text;
    const l = w.toLowerCase();
    if (!/^\p{Lu}\p{Ll}+(?:-\p{L}+)?$/u.test(w)) return false;
    if (isPersonTitle(l) || namesPlaceOrOrg(w) || wordRole(w) !== 0) return false;
    if (ORG_SUFFIXES.has(l) || GENERIC_ALONE.has(l) || PLACE_HEADS.has(l) || STREET_HEADS.has(l))
      return false;
    if (EVENT_HEADS.has(l)) return false;
  }
  return (
    !GAZ.lowerWords.has((tokens[end - 1] as Token).text.toLowerCase()) && !knownWhole(tokens, start, end)
  );
}

/** Whether the gazetteer knows tokens [start, end) as one country, region, city or place. */
const knownPlace = (tokens: readonly Token[], start: number, end: number): boolean =>
  knownType(tokens, start, end) === 'LOCATION';

/** Business nouns that name the company beside them; "its rival", "the parent" or "the unit" may not. */
const APPOSED_BUSINESSES = new Set(
  [...COMPANY_NOUNS].filter((w) => w !== 'unit' && w !== 'parent' && w !== 'rival' && w !== 'agency'),
);

/** "the regional network operator, Western Peninsula Power, said": the name set off between commas after one. */
function namedAfterCompanyNoun(tokens: readonly Token[], a: number, b: number): boolean {
  return (
    textAt(tokens, a - 1) === ',' &&
    textAt(tokens, b) === ',' &&
    !(tokens[a] as Token).sentenceStart &&
    APPOSED_BUSINESSES.has(textAt(tokens, a - 2))
  );
}

/** "X, a manganese producer": a company noun within four words after the comma and article, before any role. */
function companyApposition(tokens: readonly Token[], end: number): boolean {
  if (textAt(tokens, end) !== ',') return false;
  const text = (k: number): string => textAt(tokens, k);
  const art = text(end + 1).toLowerCase();
  // "X, a … company", or an owner's: "X, Estonia's state-owned transmission company".
  let from: number;
  if (art === 'a' || art === 'an') from = end + 2;
  else if (isCapitalized(text(end + 1)) && POSSESSIVE.test(text(end + 2))) from = end + 3;
  else return false;
  for (let k = from; k < Math.min(tokens.length, from + 4); k++) {
    const w = (tokens[k] as Token).text.toLowerCase();
    if (PERSON_ROLES.has(w)) return false;
    if (APPOSED_BUSINESSES.has(w))
      return !PERSON_ROLES.has((tokens[k + 1] as Token | undefined)?.text.toLowerCase() ?? '');
    if (!/^\p{Ll}/u.test(w)) return false;
  }
  return false;
}

/**
 * What the words around a capitalised run say about it (news cues, whatever the tagger read): a sports event
 * ("Berlin Marathon") is no entity; an industry head makes a company ("Arcadium Lithium", "Hanwha Aerospace");
 * two name-like words after a possessive are a person ("McLaren 's Oscar Piastri", "Microsoft 's Satya Nadella"),
 * as are two or three before a role apposition ("Oluwaseun Adeyemi , an economist at") or after "said" and before
 * a comma, and names after a family member ("his wife , Máire"); "shares of X", "X 's chief executive", "X , a …
 * company", "carmaker X", "analysts at X" make an organisation; "X province", "the city of X", "near X" a place.
 */
const STATE_THEN = new Set([
  'of',
  'in',
  'on',
  'and',
  'or',
  'to',
  'for',
  'by',
  'from',
  'last',
  'this',
  'since',
]);

function contextType(tokens: readonly Token[], a: number, b: number): EntityType | 'DROP' | undefined {
  const type = contextCue(tokens, a, b);
  if (type === undefined || type === 'DROP') return type;
  return isDemonym(
    tokens
      .slice(a, b)
      .map((t) => t.text)
      .join(' '),
  )
    ? undefined
    : type;
}

const X_BEFORE = new Set(['on', 'platform', 'network', 'site', 'app']);

const SCORE = /^\d{1,3}$/;

/**
 * A club named by its city or region, as sports news writes it: a role after it ("Porto coach"), a result verb and a
 * score around it ("beat Sevilla 3 - 1", "Donegal beat Tyrone 1 - 17 to 1 - 16"), or a score in a line of results
 * ("Toronto 6 , Baltimore 2"). CoNLL labels such teams organisations; a country stays a place (national teams).
 */
function teamByItsPlace(tokens: readonly Token[], a: number, b: number): boolean {
  const inSentence = (k: number): boolean => k < tokens.length && !(tokens[k] as Token).sentenceStart;
  const text = (k: number): string => (tokens[k] as Token).text;
  const next = inSentence(b) ? text(b) : '';
  const cue =
    TEAM_ROLES.has(next) ||
    SCORE.test(next) ||
    (RESULT_VERBS.has(next) && [2, 3, 4, 5].some((d) => inSentence(b + d) && SCORE.test(text(b + d))));
  if (!cue) return false;
  if (!knownPlaceNotCountry(tokens, a, b)) return false;
  if (!SCORE.test(next)) return true;
  // A score after the name: a result verb before it, or another name and score in the same sentence.
  if (!(tokens[a] as Token).sentenceStart && RESULT_VERBS.has(text(a - 1))) return true;
  let start = a;
  while (start > 0 && !(tokens[start] as Token).sentenceStart) start--;
  for (let k = start; k + 1 < tokens.length && (k === start || inSentence(k)); k++)
    if ((k < a || k >= b) && isCapitalized(text(k)) && inSentence(k + 1) && SCORE.test(text(k + 1)))
      return true;
  return false;
}

/** What the gazetteer knows tokens [a, b) as: every kind of a single word, the one kind of a phrase. */
function gazetteerKinds(tokens: readonly Token[], a: number, b: number): ReadonlySet<PhraseKind | undefined> {
  return b - a === 1
    ? (GAZ.singleKinds((tokens[a] as Token).text) ?? new Set())
    : new Set([wholeKindOf(tokens, a, b)]);
}

/** Whether the gazetteer knows tokens [a, b) as a country, city, region or place, whatever else it knows them as. */
function knownAsPlace(tokens: readonly Token[], a: number, b: number): boolean {
  const kinds = gazetteerKinds(tokens, a, b);
  return kinds.has('COUNTRY') || kinds.has('CITY') || kinds.has('REGION') || kinds.has('PLACE');
}

/** A city, region or place the gazetteer knows, whatever else it knows the name as, but not a country. */
function knownPlaceNotCountry(tokens: readonly Token[], a: number, b: number): boolean {
  return !gazetteerKinds(tokens, a, b).has('COUNTRY') && knownAsPlace(tokens, a, b);
}

const AGE = /^[\p{L}\p{N}]+-year-old$/u;
/** The most words of a name before "and" that the family-member test walks back over. */
const MAX_NAME_WORDS = 4;

/**
 * Whether the run at token a names a family member: "his wife , Máire", "the minister 's son Omar", and the second
 * of two ("her sons Colm and Donnchadh"), not the third.
 */
function namedKin(tokens: readonly Token[], a: number): boolean {
  const text = (k: number): string => textAt(tokens, k);
  if ((tokens[a] as Token).sentenceStart) return false;
  let k = a - 1;
  if (text(k) === 'and') {
    // The run before "and", back to its start (a name's few words: a long list is not walked again for each name).
    let start = k - 1;
    if (start < 0 || !runWord(text(start))) return false;
    while (
      start > 0 &&
      a - start < MAX_NAME_WORDS + 2 &&
      runWord(text(start - 1)) &&
      !(tokens[start] as Token).sentenceStart
    )
      start--;
    if ((tokens[start] as Token).sentenceStart) return false;
    k = start - 1;
  }
  if (text(k) === ',') k--;
  if (!KIN.has(text(k))) return false;
  // An age between the owner and the family member: "whose seven-year-old son Tomás".
  const owner = AGE.test(text(k - 1)) ? k - 2 : k - 1;
  return KIN_OWNERS.has(text(owner).toLowerCase());
}

/** Nouns after a leader's surname that name what the leader leads or led. */
const LEADERS_RULE = new Set(['administration', 'presidency']);

/** `contextType` before the demonym check; cheap cues first, gazetteer look-ups only when a cue holds. */
function contextCue(tokens: readonly Token[], a: number, b: number): EntityType | 'DROP' | undefined {
  const n = b - a;
  if (n > 4) return undefined;
  const text = (k: number): string => textAt(tokens, k);
  const lower = (k: number): string => text(k).toLowerCase();
  // The social network: "posted on X", "X , formerly Twitter".
  if (n === 1 && text(a) === 'X')
    return X_BEFORE.has(lower(a - 1)) || (text(b) === ',' && lower(b + 1) === 'formerly') ? 'ORG' : undefined;
  if (n >= 2 && (STORM_HEADS.has(text(a)) || (text(a) === 'Tropical' && STORM_HEADS.has(text(a + 1)))))
    return 'DROP';
  if (teamByItsPlace(tokens, a, b)) return 'ORG';
  const last = n >= 2 ? lower(b - 1) : '';
  if (n >= 2 && EVENT_HEADS.has(last)) return 'DROP';
  if (n >= 2 && ORG_SUFFIXES.has(last)) return knownWhole(tokens, a, b) ? undefined : 'ORG';
  const sentenceStart = (tokens[a] as Token).sentenceStart;
  // The cues are lower-case words as they stand in running text ("near", "said", "carmaker").
  const prev = sentenceStart ? '' : text(a - 1);
  const prev2 = sentenceStart || (tokens[a - 1] as Token).sentenceStart ? '' : text(a - 2);
  const next = text(b);
  if (n === 2) {
    // The possessive is "'s" or, in text with a space before it, "'" + "s".
    const owner = POSSESSIVE.test(prev) ? a - 2 : prev === 's' && POSSESSIVE.test(text(a - 2)) ? a - 3 : -1;
    if (owner >= 0 && runWord(text(owner)) && personLike(tokens, a, b)) return 'PERSON';
  }
  if (
    n >= 2 &&
    n <= 3 &&
    ((prev === 'said' && (next === ',' || next === '.')) || roleApposition(tokens as Token[], b)) &&
    personLike(tokens, a, b)
  )
    return 'PERSON';
  if (namedKin(tokens, a) && !ORG_SUFFIXES.has(lower(b - 1))) return 'PERSON';
  // A leader's name for the government they lead: "the Obama administration" (Obama is a town in Japan too), "the
  // Trump presidency"; not "the Taliban administration". Not before "government": "the Labor government".
  if (
    n === 1 &&
    LEADERS_RULE.has(next) &&
    /^\p{Lu}\p{Ll}+$/u.test(text(a)) &&
    knownType(tokens, a, b) !== 'ORG'
  )
    return 'PERSON';
  // "singer Rosalía", and a sentence's first word: "Writer Aisling Doherty said".
  const occupation =
    OCCUPATIONS.has(prev) ||
    (a > 0 && (tokens[a - 1] as Token).sentenceStart && OCCUPATIONS.has(prev.toLowerCase()));
  if (n <= 3 && occupation && personLike(tokens, a, b)) return 'PERSON';
  const firstName = n >= 2 && GAZ.firstNames.has(text(a));
  if (PLACE_AFTER.has(text(b))) {
    // "Maharashtra state", but not "Trump state visit" nor "Xinhua state news agency".
    const stateNoun = text(b) === 'state' && /^\p{Ll}/u.test(text(b + 1)) && !STATE_THEN.has(text(b + 1));
    if (!stateNoun && !firstName) return 'LOCATION';
  }
  if (listedBeforePlaces(tokens, b)) return 'LOCATION';
  if (prev === 'of' && PLACE_OF.has(prev2) && lower(a - 3) === 'the') return 'LOCATION';
  // "the mayor of Boston", "governor of Texas": a known place after a title and "of" is that place.
  if (prev === 'of' && isPersonTitle(prev2.toLowerCase()) && knownAsPlace(tokens, a, b)) return 'LOCATION';
  if (prev === 'near') return knownType(tokens, a, b) === 'ORG' ? undefined : 'LOCATION';
  if (afterRiverNoun(tokens, a)) return 'LOCATION';
  let org = (prev === 'of' || prev === 'in') && prev2.toLowerCase() === 'shares';
  if (!org) {
    const after = POSSESSIVE.test(next) ? b + 1 : next === "'" && lower(b + 1) === 's' ? b + 2 : -1;
    if (after >= 0) {
      const n1 = lower(after);
      const n2 = lower(after + 1);
      org = n1 === 'shares' || n1 === 'ceo' || (n1 === 'chief' && (n2 === 'executive' || n2 === 'financial'));
    }
  }
  org ||=
    (prev === 'at' && EMPLOYEE_ROLES.has(prev2)) ||
    (COMPANY_NOUNS.has(prev) && (!firstName || NAMED_BUSINESSES.has(prev))) ||
    companyApposition(tokens, b) ||
    namedAfterCompanyNoun(tokens, a, b);
  return org && !knownPlace(tokens, a, b) ? 'ORG' : undefined;
}

/** What joins names listed together: "Torridge and Taw", "Kunda , Loviisa". */
const LIST_JOINS = new Set([',', 'and']);

/**
 * Whether the name ending before token b is one of names listed before a plural geographic noun (PLACES_AFTER):
 * the last of them ("… and Bono East regions") or one before it ("Ashanti and …", "Kunda , …").
 */
function listedBeforePlaces(tokens: readonly Token[], b: number): boolean {
  let k = b;
  let listed = 0;
  // Forward over ", Name" and "and Name" of the list.
  while (
    k + 1 < tokens.length &&
    LIST_JOINS.has(textAt(tokens, k)) &&
    runWord(textAt(tokens, k + 1)) &&
    listed < 4
  ) {
    k = runEnd(tokens, k + 1);
    listed++;
  }
  const noun = tokens[k];
  return noun !== undefined && !noun.sentenceStart && PLACES_AFTER.has(noun.text);
}

/**
 * Whether the name at token a follows "river" or "rivers" in lower case, itself or as the next of a list of names
 * ("the river Thames", "the rivers Torridge and Taw").
 */
function afterRiverNoun(tokens: readonly Token[], a: number): boolean {
  let k = a - 1;
  // Back over "X and" / "X ," of a list of one-word names.
  while (k >= 2 && LIST_JOINS.has(textAt(tokens, k)) && runWord(textAt(tokens, k - 1))) k -= 2;
  const noun = tokens[k];
  return (
    noun !== undefined &&
    !(tokens[k + 1] as Token).sentenceStart &&
    (noun.text === 'river' || noun.text === 'rivers')
  );
}

/** The end of the capitalised run starting at token i: name words, and particles between them ("Banco do Brasil"). */
function runEnd(tokens: readonly Token[], i: number): number {
  const text = (k: number): string => (tokens[k] as Token).text;
  let j = i + 1;
  while (j < tokens.length && !(tokens[j] as Token).sentenceStart) {
    if (runWord(text(j))) {
      j++;
      continue;
    }
    // Particles, one or two ("van den Broek"), before a name word.
    let p = j;
    while (
      p < j + 2 &&
      p < tokens.length &&
      NAME_PARTICLES.has(text(p)) &&
      !(tokens[p] as Token).sentenceStart
    )
      p++;
    if (p > j && p < tokens.length && !(tokens[p] as Token).sentenceStart && runWord(text(p))) j = p + 1;
    else break;
  }
  return j;
}

/** Applies `contextType` to each capitalised run of a field (outside Headline-Case sentences). */
function contextRules(spans: Span[], field: TextField, tokens: Token[], skip?: readonly boolean[]): Span[] {
  const runs: TypedRun[] = [];
  const text = (k: number): string => (tokens[k] as Token).text;
  let i = 0;
  while (i < tokens.length) {
    if (!runWord(text(i)) || skip?.[i]) {
      i++;
      continue;
    }
    const j = runEnd(tokens, i);
    let a = i;
    while (a < j && (isPersonTitle(text(a).toLowerCase()) || (wordRole(text(a)) & 4) !== 0)) a++;
    const type = a < j ? contextType(tokens, a, j) : undefined;
    // A person's nationality before the name is not part of it ("play Ukrainian Marta Kostyuk , who"), as in tidy.
    while (type === 'PERSON' && j - a > 1 && isDemonym(text(a))) a++;
    if (type) runs.push({ start: a, end: j, type });
    i = j;
  }
  return retypeRuns(spans, field, tokens, runs);
}

interface TypedRun {
  start: number;
  end: number;
  type: EntityType | 'DROP';
}

/**
 * Each run, typed by a rule that read the words around it, replaces the spans inside it (or, 'DROP', removes them),
 * unless a span straddles its edges; the new spans are marked cued for the document's type vote.
 */
function retypeRuns(spans: Span[], field: TextField, tokens: Token[], runs: readonly TypedRun[]): Span[] {
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

/**
 * A one-word name found only where sentences start ("\"Adaptation finance has to arrive…\"") is no name when the
 * text writes the same word in lower case elsewhere ("adaptation targets"): the capital was the sentence's.
 */
function dropCommonWordsAtSentenceStart(spans: Span[], body: readonly Token[]): Span[] {
  const startsSentence = (s: Span): boolean => {
    let k = s.start;
    while (
      k > 0 &&
      !(s.tokens[k] as Token).sentenceStart &&
      QUOTES_DASHES.test((s.tokens[k - 1] as Token).text)
    )
      k--;
    return (s.tokens[k] as Token).sentenceStart;
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

/**
 * A union's local is an organisation, with its union's name before it when written so and its number: "Local 212",
 * "UAW Local 2087", "Teamsters Local 418".
 */
function unionLocals(spans: Span[], field: TextField, tokens: Token[]): Span[] {
  const runs: TypedRun[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    if ((tokens[i] as Token).text !== 'Local' || !/^\d{1,5}$/.test((tokens[i + 1] as Token).text)) continue;
    let start = i;
    while (start > 0 && !(tokens[start] as Token).sentenceStart && runWord((tokens[start - 1] as Token).text))
      start--;
    runs.push({ start, end: i + 2, type: 'ORG' });
  }
  return retypeRuns(spans, field, tokens, runs);
}

/** Whether every word of tokens [a, b) is a common word ("Article 3 Security 4": a table of contents). */
function allCommonWords(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!GAZ.lowerWords.has((tokens[k] as Token).text.toLowerCase())) return false;
  return true;
}

/** How many numbers follow a team's name in a standings row, at least ("Kashima Antlers 10 7 1 2 17 8 22"). */
const STANDINGS_NUMBERS = 5;
const LOWER_WORD = /^\p{Ll}{2,}/u;
/**
 * What may follow a team's score besides the next team: the end of the line, the set or period scores, the other
 * team of the game or the next game ("Boston 5 , New York Yankees 3 ; Toronto 6 , Baltimore 2").
 */
const AFTER_A_SCORE = new Set(['.', '(', ',', ';']);

/**
 * Lines of results and standings rows, as sports pages print them: a name followed by one score and then the next
 * name, the end of the line, scores in brackets, a comma or a semicolon ("Kashima Antlers 2 Urawa Reds 1", "Trefl
 * Gdansk 1 ( 25 - 21", "Boston 5 , New York Yankees 3 ;"), or by five numbers or more ("Kyoto Sanga 10 6 2 2 16 10
 * 20"), is a team, the whole name: an organisation, a country a place (national teams); a name in brackets before
 * a number is a player ("Arsenal 2 ( Martinelli 49 , Saka 88 )"). A line needs two teams, not only of common words
 * unless the gazetteer knows the name ("Arsenal"; a table of contents: "Article 3 Security 4"), and no more
 * lower-case words than names ("the Boeing 737 Max 9 jets" is prose); names followed by two to four numbers are no
 * teams (golf rounds: "Lilia Vu 69 68 67").
 */
function resultsLines(
  spans: Span[],
  field: TextField,
  tokens: Token[],
  lines: ReadonlyArray<[number, number]>,
): Span[] {
  const text = (k: number): string => (tokens[k] as Token).text;
  const teams: TypedRun[] = [];
  for (const [from, to] of lines) {
    if (!twoNumbers(tokens, from, to)) continue;
    const line: TypedRun[] = [];
    const scorers: TypedRun[] = [];
    let lowerWords = 0;
    let depth = 0;
    for (let i = from; i < to;) {
      if (!runWord(text(i))) {
        if (LOWER_WORD.test(text(i))) lowerWords++;
        else if (text(i) === '(') depth++;
        else if (text(i) === ')') depth = Math.max(0, depth - 1);
        i++;
        continue;
      }
      const j = runEnd(tokens, i);
      let p = j;
      while (p < to && SCORE.test(text(p))) p++;
      const numbers = p - j;
      // Names in brackets are a team's players ("Surrey 412 ( Sibley 156 , Pope 61 )").
      if (
        depth === 0 &&
        (numbers === 1 || numbers >= STANDINGS_NUMBERS) &&
        (p === to || runWord(text(p)) || AFTER_A_SCORE.has(text(p))) &&
        (!allCommonWords(tokens, i, j) || knownWhole(tokens, i, j))
      )
        line.push({ start: i, end: j, type: wholeKindOf(tokens, i, j) === 'COUNTRY' ? 'LOCATION' : 'ORG' });
      // A name in brackets before a minute is a scorer ("Arsenal 2 ( Martinelli 49 , Saka 88 )").
      else if (depth > 0 && numbers >= 1) scorers.push({ start: i, end: j, type: 'PERSON' });
      i = p;
    }
    if (line.length >= 2 && lowerWords <= line.length) teams.push(...line, ...scorers);
  }
  if (teams.length === 0) return spans;
  // A span that runs over a score between two teams ("Middlesbrough 1 Liverpool") is cut at it first.
  const cut = spans.flatMap((s) => {
    if (s.field !== field) return [s];
    const parts: Span[] = [];
    let from = s.start;
    for (let k = s.start; k < s.end; k++)
      if (SCORE.test(text(k)) && k > s.start && k + 1 < s.end) {
        if (k > from) parts.push({ ...s, start: from, end: k });
        from = k + 1;
      }
    if (parts.length === 0) return [s];
    parts.push({ ...s, start: from, end: s.end });
    return parts;
  });
  return retypeRuns(cut, field, tokens, teams);
}

/** Whether tokens [from, to) hold two numbers: a quick test that most sentences of prose fail. */
function twoNumbers(tokens: readonly Token[], from: number, to: number): boolean {
  let n = 0;
  for (let k = from; k < to; k++) {
    const c = (tokens[k] as Token).text.charCodeAt(0);
    if (c >= 48 && c <= 57 && ++n === 2) return true;
  }
  return false;
}

/**
 * Results of individual sports, where a player's country follows in brackets: "Jhonatan Narváez ( Ecuador ) 3:31:12",
 * "Ruoning Yin ( China ) 67 69 68", in a line with numbers; a name a person may have (no club's or company's word).
 */
function playersWithCountry(
  spans: Span[],
  field: TextField,
  tokens: Token[],
  lines: ReadonlyArray<[number, number]>,
): Span[] {
  const text = (k: number): string => textAt(tokens, k);
  const players: TypedRun[] = [];
  for (const [from, to] of lines) {
    if (!twoNumbers(tokens, from, to)) continue;
    for (let i = from; i < to;) {
      if (!runWord(text(i))) {
        i++;
        continue;
      }
      const j = Math.min(runEnd(tokens, i), to);
      if (text(j) === '(') {
        let close = j + 1;
        while (close < Math.min(to, j + 5) && text(close) !== ')') close++;
        if (
          text(close) === ')' &&
          wholeKindOf(tokens, j + 1, close) === 'COUNTRY' &&
          personLike(tokens, i, j)
        )
          players.push({ start: i, end: j, type: 'PERSON' });
      }
      i = j;
    }
  }
  return retypeRuns(spans, field, tokens, players);
}

/** Each sentence's first token and the token after its last. */
function sentences(tokens: readonly Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  while (from < tokens.length) {
    let to = from + 1;
    while (to < tokens.length && !(tokens[to] as Token).sentenceStart) to++;
    out.push([from, to]);
    from = to;
  }
  return out;
}

/** Before the fielder or bowler who dismissed a batsman: "c Carey b Cummins", "st Pant b Jadeja", "c & b Lyon". */
const DISMISSED_BY = new Set(['c', 'b', 'st', '&']);
/** After a batsman's name: how he was out. */
const HOW_OUT = new Set(['c', 'b', 'st', 'lbw']);
const CRICKET_WORDS = new Set(['innings', 'overs', 'wickets']);
const FIGURE_ENDS = new Set([',', ';', ')']);

/**
 * Cricket scorecards, where names stand alone between figures: in a sentence with two dismissals ("Jaiswal c Carey b
 * Cummins 61", "Gill lbw b Boland 23", "Jadeja not out 47") or the words of an innings, the names next to a
 * dismissal, and the names in brackets before a score or bowling figures ("( Smith 112 , Konstas 58 ; Bumrah 4 - 79
 * )"), are players.
 */
function scorecards(
  spans: Span[],
  field: TextField,
  tokens: Token[],
  lines: ReadonlyArray<[number, number]>,
): Span[] {
  const text = (k: number): string => textAt(tokens, k);
  const players: TypedRun[] = [];
  // Brackets stay open across the sentences the tokenizer ends at ";", and so does the scorecard.
  let depth = 0;
  let inCard = false;
  for (const [from, to] of lines) {
    let dismissals = 0;
    let cricket = false;
    for (let k = from; k < to; k++) {
      const w = text(k);
      if (
        w === 'lbw' ||
        ((w === 'c' || w === 'b' || w === 'st') && k + 1 < to && runWord(text(k + 1))) ||
        ((w === 'not' || w === 'run') && text(k + 1) === 'out')
      )
        dismissals++;
      else if (CRICKET_WORDS.has(w)) cricket = true;
    }
    inCard = dismissals >= 2 || cricket || (inCard && depth > 0);
    if (!inCard) {
      depth = 0;
      continue;
    }
    for (let i = from; i < to;) {
      const w = text(i);
      if (!runWord(w)) {
        if (w === '(') depth++;
        else if (w === ')') depth = Math.max(0, depth - 1);
        i++;
        continue;
      }
      const j = Math.min(runEnd(tokens, i), to);
      const before = i > from ? text(i - 1) : '';
      const after = j < to ? text(j) : '';
      const out = HOW_OUT.has(after) || ((after === 'not' || after === 'run') && text(j + 1) === 'out');
      const figures =
        depth > 0 &&
        SCORE.test(after) &&
        (FIGURE_ENDS.has(text(j + 1)) ||
          text(j + 1) === 'not' ||
          (text(j + 1) === '-' && SCORE.test(text(j + 2)) && FIGURE_ENDS.has(text(j + 3))));
      if ((dismissals >= 2 && (DISMISSED_BY.has(before) || out)) || figures)
        players.push({ start: i, end: j, type: 'PERSON' });
      i = j;
    }
  }
  return retypeRuns(spans, field, tokens, players);
}

interface Surface {
  words: string[];
  type: EntityType;
}

/** Tags untagged occurrences of names already found in the document (and of persons' first and last names). */
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

function propagate(
  spans: Span[],
  fields: Array<{ field: TextField; tokens: Token[]; fold?: boolean; foldAt?: readonly boolean[] }>,
): Span[] {
  const byFirst = new Map<string, Surface[]>();
  const add = (words: string[], type: EntityType): void => {
    const first = words[0];
    if (first === undefined || !startsName(first) || NEVER_ALONE.has(first.toLowerCase())) return;
    if (words.length === 1 && (isWeekday(first.toLowerCase()) || first.length < 2)) return;
    if (words.length === 1 && isMonth(first.toLowerCase()) && type !== 'PERSON') return;
    let list = byFirst.get(first);
    if (!list) byFirst.set(first, (list = []));
    const upper = first.toUpperCase();
    if (upper !== first) {
      let l2 = byFirst.get(upper);
      if (!l2) byFirst.set(upper, (l2 = []));
      if (!l2.some((x) => x.words.join(' ') === words.join(' '))) l2.push({ words, type });
    }
    if (!list.some((x) => x.words.join(' ') === words.join(' '))) list.push({ words, type });
  };
  for (const s of spans) {
    const words = s.tokens.slice(s.start, s.end).map((t) => t.text);
    add(words, s.type);
    if (s.type === 'PERSON' && words.length > 1) {
      add([words[words.length - 1] as string], 'PERSON');
      add([words[0] as string], 'PERSON');
    }
  }
  const out = [...spans];
  for (const { field, tokens, fold: foldField, foldAt } of fields) {
    const taken = new Uint8Array(tokens.length);
    let fold = foldField === true;
    const same = (a: string, b: string): boolean => a === b || (fold && a.toUpperCase() === b.toUpperCase());
    for (const s of spans) if (s.field === field) for (let k = s.start; k < s.end; k++) taken[k] = 1;
    for (let i = 0; i < tokens.length; i++) {
      if (taken[i]) continue;
      fold = foldField === true || foldAt?.[i] === true;
      const cands = byFirst.get(fold ? (tokens[i] as Token).text.toUpperCase() : (tokens[i] as Token).text);
      if (!cands) continue;
      let best: Surface | undefined;
      for (const c of cands) {
        if (best && c.words.length <= best.words.length) continue;
        if (i + c.words.length > tokens.length) continue;
        let ok = true;
        for (let k = 0; k < c.words.length; k++)
          if (taken[i + k] || !same((tokens[i + k] as Token).text, c.words[k] as string)) ok = false;
        // A name must not be the start or the end of a longer capitalised run we did not tag ("Washington Post",
        // "Patrick Collison" where only "John Collison" was tagged).
        const before = tokens[i - 1];
        const after = tokens[i + c.words.length];
        if (ok && !fold && c.words.length === 1 && (continuesName(after) || continuesNameBefore(tokens, i)))
          ok = false;
        // "May" the person, not the month: not after "in", "since"… and not before a number.
        if (ok && c.words.length === 1 && isMonth((c.words[0] as string).toLowerCase())) {
          if (
            (before && TIME_PREPOSITIONS.has(before.text.toLowerCase())) ||
            (after && /^\d/.test(after.text))
          )
            ok = false;
        }
        if (ok && c.words.length === 1 && namesNothingAlone(c.words[0] as string, after)) ok = false;
        if (ok) best = c;
      }
      if (best) {
        out.push({ field, tokens, start: i, end: i + best.words.length, type: best.type });
        for (let k = i; k < i + best.words.length; k++) taken[k] = 1;
        i += best.words.length - 1;
      }
    }
  }
  return out;
}

const HANDLE = /^@[\p{L}\p{N}_]{2,}$/u;
const HASHTAG = /^#[\p{L}\p{N}_]{2,}$/u;
/** A word inside a handle that makes it an organisation's account ("@BBCNews", "@WestMidsPolice"). */
const ORG_HANDLE_WORD =
  /news|tv|radio|fm|times|post|press|daily|online|official|hq|fc|club|police|gov|party|council|media|magazine|live|sport|team|org|inc|group|bank|air|records|music|games|app|store|journal|herald|tribune|gazette|network|channel|foundation|trust|charity|school|universit|college|hospital|nhs/i;

/** The type of the account behind a handle: a well-known place or organisation, an organisation's words, else a person. */
function handleType(name: string): EntityType {
  const words = name
    .replace(/_+/g, ' ')
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .trim()
    .split(' ');
  const kind = GAZ.wholeKind(words);
  const known = kind && GAZ_TYPE[kind];
  if (known) return known;
  if (ORG_HANDLE_WORD.test(name)) return 'ORG';
  return 'PERSON';
}

/**
 * Short texts only (tweets, captions): an @handle is the account of a person or an organisation, and a hashtag
 * that is a name found in the text or a well-known place or organisation is that entity ("#Ukraine", "#UN").
 */
function socialNames(spans: Span[], field: TextField, tokens: Token[]): Span[] {
  const known = new Map<string, EntityType>();
  for (const s of spans)
    if (s.field === field)
      for (let k = s.start; k < s.end; k++) known.set((s.tokens[k] as Token).text, s.type);
  const out = [...spans];
  tokens.forEach((t, i) => {
    let type: EntityType | undefined;
    if (HANDLE.test(t.text)) type = handleType(t.text.slice(1));
    else if (HASHTAG.test(t.text)) {
      const name = t.text.slice(1);
      const kind = GAZ.wholeKind([name]);
      type = known.get(name) ?? (kind && !namesNothingAlone(name, undefined) ? GAZ_TYPE[kind] : undefined);
    }
    if (type) out.push({ field, tokens, start: i, end: i + 1, type });
  });
  return out;
}

/** A mention with the type its span had, before the document's vote gives each name one type. */
interface TypedMention extends Mention {
  type: EntityType;
  cued: boolean;
}

/** "Trump-Putin" → "Trump" and "Putin" when both are names found elsewhere in the document. */
function splitHyphenated(spans: Span[], texts: Record<TextField, string>): TypedMention[] {
  const known = new Map<string, EntityType>();
  for (const s of spans)
    if (s.end - s.start >= 1) {
      const t = spanText(s, texts[s.field]);
      if (!t.includes('-')) known.set(t, s.type);
      if (s.type === 'PERSON') for (const w of t.split(' ')) if (!known.has(w)) known.set(w, 'PERSON');
    }
  const out: TypedMention[] = [];
  for (const s of spans) {
    const start = (s.tokens[s.start] as Token).start;
    const end = (s.tokens[s.end - 1] as Token).end;
    const text = texts[s.field].slice(start, end);
    if (s.end - s.start === 1 && text.includes('-')) {
      const parts = text.split('-');
      if (parts.length > 1 && parts.every((p) => known.has(p))) {
        let pos = start;
        for (const p of parts) {
          out.push({
            field: s.field,
            start: pos,
            end: pos + p.length,
            text: p,
            type: known.get(p) as EntityType,
            cued: false,
          });
          pos += p.length + 1;
        }
        continue;
      }
    }
    out.push({ field: s.field, start, end, text, type: s.type, cued: s.cued === true });
  }
  return out;
}

/**
 * The tagger's labels corrected by the token-level rules of rules.ts. Sentences in Headline Case or capitals
 * (a headline or subheading inside the body) get no labels here: names found elsewhere are matched in them later.
 */
function labelsOf(t: Tagger, tokens: Token[], headline?: readonly boolean[]): Label[] {
  const roles = new Uint8Array(tokens.length);
  const labels = t.tag(tokens, roles);
  applyRules(tokens, labels, GAZ, roles);
  if (headline) for (let i = 0; i < labels.length; i++) if (headline[i]) labels[i] = 'O';
  return labels;
}

export interface ExtractOptions {
  /** Set false to skip the document-level pass (used to measure what it adds). */
  documentPass?: boolean;
  /** Another tagger than the shipped one (cross-validation). */
  tagger?: Tagger;
}

/** Texts with fewer tokens are tweets or captions, not articles. */
const ARTICLE_TOKENS = 120;
/** A contract's parties, written as names ("the Borrower", "each Lender", "the Guarantor"). */
const ROLE_NOUN = /(?:er|or|ee|ant)s?$/u;
const NOT_A_PERSON_AFTER = /^\s*,?\s*(?:which|that)\b/u;

/**
 * Folded names read as a person that are most likely a company: one word in every mention, never part of a person
 * named in full here, no known first name, surname or common word (news names a person in full before using one name:
 * "Trakon said", "shares of Orlen"), or followed by "which" somewhere.
 */
function lonePersonNames(
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
    // A person the context named as one ("his wife , Máire") is one.
    if ((unknown && !m.cued) || NOT_A_PERSON_AFTER.test(texts[m.field].slice(m.end, m.end + 12)))
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
const LEGAL_HINT =
  /here(?:of|in|under|to|by|inafter|inbefore)|there(?:of|in|to|under)|whereof|whereas|shall|pursuant|notwithstanding/i;
const NOT_A_NAME_WORD = /^(?:[^\p{L}]*|\p{L})$/u;

/**
 * In legal text (a filing, a contract), the test for a name written only in common words: the capitalised defined
 * terms ("the Effective Date", "Permitted Investments", "Severability") name nothing, unless the gazetteer knows
 * the whole ("Supreme Court"). A party's role ("the Borrower", "the Issuer") is a person when typed as one, as the
 * labelled filings have it, and never an organisation or a place. A word is common when the training text or this
 * text writes it in lower case. Undefined for any other text.
 */
function definedTermTest(
  tokens: readonly Token[],
): ((name: string, type: EntityType) => boolean) | undefined {
  const markers = new Set<string>();
  for (const { text } of tokens) {
    if (text.length < 5) continue;
    // Lower case as a rule; capitalised at a sentence's start ("Whereas").
    const word = LEGAL_WORDS.has(text) ? text : isCapitalized(text) ? text.toLowerCase() : '';
    if (LEGAL_WORDS.has(word)) markers.add(word);
  }
  if (markers.size < LEGAL_TEXT_WORDS) return undefined;
  const lowerHere = new Set<string>();
  for (const t of tokens) if (!t.sentenceStart && !HAS_UPPER_OR_DIGIT.test(t.text)) lowerHere.add(t.text);
  return (name, type) => {
    const words = name.split(' ');
    if (GAZ.wholeKind(words) !== undefined) return false;
    if (words.length === 1 && ROLE_NOUN.test(name) && !GAZ.singleKinds(name)) return type !== 'PERSON';
    return words.every((w) => {
      const lower = w.toLowerCase();
      return NOT_A_NAME_WORD.test(w) || GAZ.lowerWords.has(lower) || lowerHere.has(lower);
    });
  };
}

/**
 * Named entities of an article: PERSON, ORG and LOCATION with their mentions (offsets into the clean title and
 * body), one canonical name each, counts and salience. Non-English text yields no entities.
 */
export function extractEntities(
  title: string,
  body: string,
  language: string,
  options: ExtractOptions = {},
): Entity[] {
  if (language !== 'en' && language !== 'und') return [];
  const bodyTokens = tokenize(body);
  const titleTokens = tokenize(title);
  const headline = isHeadlineCase(titleTokens);
  const TAGGER = options.tagger ?? SHIPPED_TAGGER;
  let spans: Span[] = [];
  const bodyHeadlines = headlineSentences(bodyTokens, GAZ, true);
  for (const s of spansFromLabels('body', bodyTokens, labelsOf(TAGGER, bodyTokens, bodyHeadlines)).flatMap(
    splitAtLowercase,
  )) {
    const t = tidy(s);
    if (t) spans.push(t);
  }
  if (!headline) {
    for (const s of spansFromLabels('title', titleTokens, labelsOf(TAGGER, titleTokens)).flatMap(
      splitAtLowercase,
    )) {
      const t = tidy(s);
      if (t) spans.push(t);
    }
  }
  spans = extendPersons(spans);
  spans = gazetteerRules(spans, 'body', bodyTokens);
  if (!headline) spans = gazetteerRules(spans, 'title', titleTokens);
  spans = knownMononyms(spans, 'body', bodyTokens);
  if (!headline) spans = knownMononyms(spans, 'title', titleTokens);
  spans = headRules(spans);
  spans = dropCommonWordsAtSentenceStart(spans, bodyTokens);
  spans = contextRules(spans, 'body', bodyTokens, bodyHeadlines);
  if (!headline) spans = contextRules(spans, 'title', titleTokens);
  const bodySentences = sentences(bodyTokens);
  spans = unionLocals(spans, 'body', bodyTokens);
  spans = resultsLines(spans, 'body', bodyTokens, bodySentences);
  spans = scorecards(spans, 'body', bodyTokens, bodySentences);
  spans = playersWithCountry(spans, 'body', bodyTokens, bodySentences);
  // In articles only: tweets write "&" for "and" between names.
  if (bodyTokens.length >= ARTICLE_TOKENS) {
    spans = joinRule(spans, 'body', bodyTokens);
    if (!headline) spans = joinRule(spans, 'title', titleTokens);
  } else {
    spans = socialNames(spans, 'body', bodyTokens);
    spans = socialNames(spans, 'title', titleTokens);
  }
  spans = joinCommonNounsOverAnd(spans, 'body', bodyTokens);
  if (!headline) spans = joinCommonNounsOverAnd(spans, 'title', titleTokens);
  spans = joinOverParticles(spans, 'body', bodyTokens);
  if (!headline) spans = joinOverParticles(spans, 'title', titleTokens);
  spans = placesOfHeads(spans, 'body', bodyTokens);
  if (!headline) spans = placesOfHeads(spans, 'title', titleTokens);
  spans = orgOfPlace(spans, 'body', bodyTokens);
  if (!headline) spans = orgOfPlace(spans, 'title', titleTokens);
  spans = clubsWithTheirCity(spans, 'body', bodyTokens);
  if (!headline) spans = clubsWithTheirCity(spans, 'title', titleTokens);
  spans = acronymDefinitions(spans, 'body', bodyTokens);
  if (options.documentPass !== false) {
    spans = propagate(spans, [
      { field: 'body', tokens: bodyTokens, foldAt: bodyHeadlines },
      { field: 'title', tokens: titleTokens, fold: headline },
    ]);
  }
  const mentions = splitHyphenated(spans, { title, body });
  // The name of "@BBCNews" or "#Ukraine" is what follows the sigil.
  for (const m of mentions)
    if (m.text.startsWith('@') || m.text.startsWith('#')) {
      m.start++;
      m.text = m.text.slice(1);
    }
  // A lone word that is the first or last name of a person named in full here is that person ("Trump").
  const personParts = new Set<string>();
  for (const m of mentions)
    if (m.type === 'PERSON' && m.text.includes(' ')) {
      const w = m.text.split(' ');
      personParts.add(w[0] as string);
      personParts.add(w[w.length - 1] as string);
    }
  for (const m of mentions) {
    if (m.type !== 'PERSON' && !m.text.includes(' ') && personParts.has(m.text)) {
      const kinds = GAZ.singleKinds(m.text);
      if (!kinds || !(kinds.has('COUNTRY') || kinds.has('PLACE') || kinds.has('ORG'))) m.type = 'PERSON';
    }
  }
  const names = canonicalNames(mentions);
  // One type per canonical name: votes of its mentions, multi-word mentions counting double, a mention typed by a
  // context rule two more.
  const votes = new Map<string, Map<EntityType, number>>();
  mentions.forEach((m, i) => {
    const key = foldName(names[i] as string);
    let v = votes.get(key);
    if (!v) votes.set(key, (v = new Map()));
    v.set(m.type, (v.get(m.type) ?? 0) + (m.text.includes(' ') ? 2 : 1) + (m.cued ? 2 : 0));
  });
  // Only in articles: a tweet or a caption names people by one name all the time.
  const lonePersons =
    bodyTokens.length >= ARTICLE_TOKENS
      ? lonePersonNames(mentions, names, personParts, { title, body })
      : new Set<string>();
  const typeOf = (key: string): EntityType => {
    let best: EntityType = 'ORG';
    let n = -1;
    for (const [t, c] of votes.get(key) ?? []) if (c > n) [best, n] = [t, c];
    if (best === 'PERSON' && lonePersons.has(key)) return 'ORG';
    return best;
  };
  const definedTerm = LEGAL_HINT.test(body) ? definedTermTest(bodyTokens) : undefined;
  const definedTerms = new Set<string>();
  const entities = new Map<string, { type: EntityType; name: string; mentions: Mention[] }>();
  mentions.forEach((m, i) => {
    const name = names[i] as string;
    const key = foldName(name);
    if (definedTerms.has(key)) return;
    let e = entities.get(key);
    if (!e) {
      const type = typeOf(key);
      if (definedTerm?.(name, type)) return void definedTerms.add(key);
      entities.set(key, (e = { type, name, mentions: [] }));
    }
    e.mentions.push({ field: m.field, start: m.start, end: m.end, text: m.text });
  });
  const maxCount = Math.max(1, ...[...entities.values()].map((e) => e.mentions.length));
  const result: Entity[] = [...entities.values()].map((e) => {
    e.mentions.sort((a, b) => (a.field === b.field ? a.start - b.start : a.field === 'title' ? -1 : 1));
    const inTitle = e.mentions.some((m) => m.field === 'title');
    const firstBody = e.mentions.find((m) => m.field === 'body');
    const lead = firstBody ? 1 - firstBody.start / Math.max(1, body.length) : 0;
    const salience = Math.min(
      1,
      0.4 * (inTitle ? 1 : 0) + 0.25 * lead + 0.35 * (e.mentions.length / maxCount),
    );
    return {
      type: e.type,
      name: e.name,
      mentions: e.mentions,
      count: e.mentions.length,
      salience: Math.round(salience * 1000) / 1000,
    };
  });
  result.sort((a, b) => b.salience - a.salience || b.count - a.count || (a.name < b.name ? -1 : 1));
  return result;
}
