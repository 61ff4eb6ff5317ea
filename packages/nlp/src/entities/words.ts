/** Tests on words and runs of words that most rules share: what the gazetteer knows them as, name or not. */
import type { EntityType } from '@newsflow/contracts';
import type { Token } from '../text/tokenize.js';
import { lowerAt, textAt, textsOf } from '../text/tokenize.js';
import type { PhraseKind } from '../ner/gazetteer.js';
import { gazetteer, isOrgHead, isPersonTitle } from '../ner/gazetteer.js';
import { COUNTRY_CODES_IN_NEWS, KNOWN_PLACES, MONTHS, NEVER_ALONE, WEEKDAYS } from '../ner/lexicon.js';
import { isAllCapitals, isCapitalized } from '../ner/features.js';
import { isPlaceKind, wordRole } from '../ner/rules.js';
import { withoutDiacritics } from '../ner/canonical.js';
import {
  COMPASS_ADJECTIVES,
  COMPASS_WORDS,
  EVENT_HEADS,
  GENERIC_ALONE,
  NAME_PARTICLES,
  ORG_SUFFIXES,
  PLACE_HEADS,
  STREET_HEADS,
} from '../ner/heads.js';

export const GAZ = gazetteer();

export const POSSESSIVE = /^['’][sS]?$/;
export const HAS_UPPER_OR_DIGIT = /[\p{Lu}\p{N}]/u;
export const QUOTES_DASHES = /^[-–—'"“”‘’]+$/;
/** Double quotation marks, straight or curly, around a nickname or a title. */
export const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '“', '”']);

/** Words that open a sentence before a name but no name: prepositions, and a press release's labels. */
const OPENS_NO_NAME = new Set([
  'about',
  'from',
  'with',
  'in',
  'at',
  'on',
  'after',
  'before',
  'during',
  'since',
  'until',
  'across',
  'inside',
  'under',
  'via',
  'source',
]);

/** A sentence's first word that opens no name after it ("About Acme Robotics", "SOURCE Acme Robotics"). */
export const opensNoName = (t: Token): boolean => t.sentenceStart && OPENS_NO_NAME.has(t.lower);

/** A capitalised word, or a brand written in camel case ("eBay", "heyQuid"). */
export const startsName = (word: string): boolean => isCapitalized(word) || /^\p{Ll}+\p{Lu}/u.test(word);

/** Labels of a signature block or a byline around a name: "By: Bing Yu Title: …", "Name: Zhang Jilun". */
export const FORM_LABELS = new Set([
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

/**
 * A person or people by party, as the labelled news marks them ("Democrat Abigail Spanberger", "Democrats on the
 * panel"), though the gazetteer knows "Democrats" as an organisation.
 */
const PARTY_MEMBERS = new Set(['Democrat', 'Republican', 'Democrats', 'Republicans']);
/** One member of a party, after where the member is from: "a New York Democrat", "a Lubbock Republican". */
export const PARTY_MEMBER = new Set(['Democrat', 'Republican']);
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
  // not "Dane", a given name too ("Dane Coles")
  'Croat',
  'Serb',
  'Danes',
  'Croats',
  'Serbs',
  'Slovenes',
  'Kurds',
  'Saudi',
  'Philippine',
  'Tamil',
  'Māori',
  'Maori',
  'Hindi',
  'Urdu',
  'Tagalog',
  'Malayalam',
  'Swahili',
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
  ...PARTY_MEMBERS,
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
  // people of a region or city, and "Latin" music or business
  'Latin',
  'Latina',
  'Persian',
  'Protestant',
  'Protestants',
  'Londoner',
  'Londoners',
  'Glaswegian',
  'Mancunian',
  'Liverpudlian',
  'Parisian',
  'Parisians',
  'Muscovite',
  'Muscovites',
  'Bavarian',
  'Texan',
  'Californian',
  'Californians',
  'Floridian',
  'Floridians',
  'Ontarian',
  'Quebecer',
  'Quebecers',
  'Queenslander',
  'Queenslanders',
  'Tasmanian',
  'Aucklander',
  'Albertan',
  'Albertans',
  // peoples: "Innu leaders", "Druze villages"
  'Innu',
  'Inuit',
  'Métis',
  'Cree',
  'Ojibwe',
  'Anishinaabe',
  'Maasai',
  'Kikuyu',
  'Tigrayan',
  'Tigrayans',
  'Druze',
  'Alawite',
  'Alawites',
  'Yazidi',
  'Yazidis',
  'Bedouin',
]);
/** Units written with capitals: "the 1800 MHz band", "a 500 MW plant". */
const UNITS = new Set(['Hz', 'kHz', 'MHz', 'GHz', 'kW', 'MW', 'GW', 'kWh', 'MWh', 'GWh', 'TWh']);
/** A demonym that is also the name of a city or an organisation: "Djibouti", "Gibraltar", "the Vatican". */
const namesCityOrOrg = (word: string): boolean => {
  const kinds = GAZ.singleKinds(word);
  return kinds !== undefined && (kinds.has('CITY') || kinds.has('ORG'));
};
/** "PM", "CD": a two- or three-letter country code that news does not use as a name. */
export const isOtherCountryCode = (word: string): boolean =>
  /^[A-Z]{2,3}$/.test(word) &&
  !COUNTRY_CODES_IN_NEWS.has(word) &&
  GAZ.singleKinds(word)?.has('COUNTRY') === true;
/** A lower-case plural's singular ("boundaries" → "boundary"); a word without the plural's "s" is returned as it is. */
export const singularOf = (lower: string): string =>
  lower.endsWith('ies') ? lower.slice(0, -3) + 'y' : lower.replace(/s$/, '');

export const isDemonym = (word: string): boolean => GAZ.demonyms.has(word) || PEOPLE_WORDS.has(word);
/**
 * A nationality of two words or more, which names no entity: "South Korean", "Costa Rican", "West African", and a
 * side of a country before a demonym, "Northern Irishman", or another nationality, "Bosnian Serb".
 */
export function namesNationality(words: readonly string[]): boolean {
  if (words.length < 2) return false;
  if (GAZ.demonyms.has(words.join(' '))) return true;
  const side = words[0] as string;
  // And two nationalities: "Bosnian Serb", "Iraqi Kurd"; not a party's members ("Christian Democrats").
  const people = words[1] as string;
  return (
    words.length === 2 &&
    (COMPASS_WORDS.has(side) ||
      COMPASS_ADJECTIVES.has(side) ||
      (isDemonym(side) && !PARTY_MEMBERS.has(people))) &&
    isDemonym(people)
  );
}
/**
 * A person's title as the rules know it: the model's title list (`isPersonTitle`, a trained feature) and the titles
 * the rules add (wordRole, from rules.ts: "Sheriff", "Ombudsman"). `lower` is the word in lower case, where the caller
 * has it.
 */
export const isTitle = (word: string, lower = word.toLowerCase()): boolean =>
  isPersonTitle(lower) || isStrictTitle(word, lower);
/** isTitle of token k, false past either end. */
export function isTitleAt(tokens: readonly Token[], k: number): boolean {
  if (k < 0 || k >= tokens.length) return false;
  const t = tokens[k] as Token;
  return isTitle(t.text, t.lower);
}
/**
 * A title the rules add, or one of them elected and not yet in office ("Mayor-elect", "President-elect"); `lower` is
 * the word in lower case, where the caller has it.
 */
export const isStrictTitle = (word: string, lower?: string): boolean =>
  ((word.endsWith('-elect') ? wordRole(word.slice(0, -6)) : wordRole(word, lower)) & 4) !== 0;
/** "19-year-old", "two-year-old": someone's age, used as a noun ("the 19-year-old was charged"). */
export const AGE = /^[\p{L}\p{N}]+-year-old$/u;

/**
 * Quantifiers, capitalised where they open a sentence ("All other terms", "Each Lender"); they may begin a name ("All
 * Blacks").
 */
const QUANTIFIERS = new Set([
  'all',
  'each',
  'every',
  'any',
  'some',
  'no',
  'none',
  'both',
  'either',
  'neither',
  'such',
  'other',
  'another',
  'many',
  'most',
  'several',
  'few',
]);

/** Metals and crops, which market reports and their tables write capitalised ("Nickel | 15,230"). */
const COMMODITIES = new Set([
  'aluminium',
  'aluminum',
  'nickel',
  'cobalt',
  'copper',
  'zinc',
  'palladium',
  'platinum',
  'lithium',
  'wheat',
  'soybeans',
  'cocoa',
]);

/**
 * A word that names nothing on its own: a common acronym that is also a code ("AI" is Anguilla's), a quantifier
 * ("All"), a form's label ("Title:"), a unit ("MHz"), a common word in capitals before a colon (a party's label in a
 * signature block, "LENDER:", or a headline's "UPDATE:"), a demonym ("Thai"; not one that also names a city or an
 * organisation), a country code news does not write ("7 PM"), a retweet marker ("RT @user", not the broadcaster),
 * an age ("the 19-year-old"), a metal or crop ("Nickel"). `lower` is the word in lower case, where the caller has it.
 */
export function namesNothingAlone(
  word: string,
  next: Token | undefined,
  lower = word.toLowerCase(),
): boolean {
  return (
    NEVER_ALONE.has(lower) ||
    QUANTIFIERS.has(lower) ||
    FORM_LABELS.has(word) ||
    UNITS.has(word) ||
    COMMODITIES.has(lower) ||
    (next?.text === ':' &&
      isAllCapitals(word) &&
      GAZ.lowerWords.has(lower) &&
      GAZ.singleKinds(word) === undefined) ||
    (isDemonym(word) && (PARTY_MEMBERS.has(word) || !namesCityOrOrg(word))) ||
    isOtherCountryCode(word) ||
    AGE.test(word) ||
    ((word === 'RT' || word === 'MT') && next?.text.startsWith('@') === true)
  );
}

/** A word starting with a capital letter (not a digit or a quote). */
export const capitalisedWord = (t: Token): boolean => isCapitalized(t.text) && /^\p{L}/u.test(t.text);

/** A capitalised word right after a name in its sentence, which would make the name part of a longer one. */
export function continuesName(after: Token | undefined): boolean {
  return after !== undefined && !after.sentenceStart && capitalisedWord(after);
}

/** The same, or a number: "Rema 1000", a Norwegian grocer, is no "Rema". */
export function nameGoesOn(after: Token | undefined): after is Token {
  return after !== undefined && !after.sentenceStart && /^[\p{Lu}\p{N}]/u.test(after.text);
}

/**
 * The same before the name at `start`, but for words that stand before names without being part of them: "The", a
 * title, a nationality, a sentence's first common word ("The Kremlin", "President Trump", "German Merz", "But Trump").
 */
export function continuesNameBefore(tokens: readonly Token[], start: number): boolean {
  const before = tokens[start - 1];
  if (!before || (tokens[start] as Token).sentenceStart || !capitalisedWord(before)) return false;
  const lower = before.lower;
  return (
    before.text !== 'The' &&
    !isPersonTitle(lower) &&
    !isDemonym(before.text) &&
    !(before.sentenceStart && GAZ.lowerWords.has(lower))
  );
}

export const HAS_LETTER = /\p{L}/u;

/** Whether the gazetteer knows a word alone as a country, city, region, place or well-known organisation. */
export function namesPlaceOrOrg(word: string): boolean {
  const kinds = GAZ.singleKinds(word);
  if (!kinds) return false;
  for (const k of kinds) if (k !== 'COMPANY') return true;
  return false;
}

/** The rules' places the gazetteer lacks ("Himachal Pradesh", "Nunavut"), which count as its regions. */
const KNOWN_PLACE_NAMES: ReadonlySet<string> = new Set(KNOWN_PLACES);

/**
 * Whether the gazetteer knows these words as a place of a kind `counts` takes: any of a single word's kinds
 * ("Stockholm" is a company's name too), the kind of several words as one name; or the rules know them as a place.
 */
function namesPlaceAs(
  words: readonly string[],
  counts: (kind: PhraseKind, name: string) => boolean,
): boolean {
  if (words.length !== 1) {
    const name = words.join(' ');
    const kind = GAZ.wholeKind(words);
    if (kind !== undefined && isPlaceKind(kind)) return counts(kind, name);
    return KNOWN_PLACE_NAMES.has(name) && counts('REGION', name);
  }
  const word = words[0] as string;
  for (const kind of GAZ.singleKinds(word) ?? []) if (isPlaceKind(kind) && counts(kind, word)) return true;
  return KNOWN_PLACE_NAMES.has(word) && counts('REGION', word);
}

/** Whether the gazetteer knows these words as a place. */
export function namesPlace(words: readonly string[]): boolean {
  return namesPlaceAs(words, () => true);
}

/**
 * Whether the gazetteer knows these words as a place other than a town: a country, a region, a well-known place or
 * a big city ("Kenya", "Assam", "Tokyo"; not "Pinecrest" or "Northfield", towns also named by companies).
 */
export function namesPlaceBeyondTown(words: readonly string[]): boolean {
  return namesPlaceAs(words, (kind, name) => kind !== 'CITY' || GAZ.bigCities.has(name));
}

/** The kind the gazetteer gives tokens [start, end) as one whole name, if any (a range past either end read as
 * textsOf slices it). */
export const wholeKindOf = (tokens: readonly Token[], start: number, end: number): PhraseKind | undefined =>
  start >= 0 && end <= tokens.length
    ? GAZ.wholeKindOfRange(tokens, start, end)
    : GAZ.wholeKind(textsOf(tokens, start, end));

/** The type the gazetteer gives tokens [start, end) as one whole name (companies included), if any. */
export function knownType(tokens: readonly Token[], start: number, end: number): EntityType | undefined {
  const kind = wholeKindOf(tokens, start, end);
  if (kind === undefined) return undefined;
  return kind === 'ORG' || kind === 'COMPANY' ? 'ORG' : 'LOCATION';
}

/** Whether the gazetteer knows tokens [start, end) as one organisation, country, region, city or place. */
export function knownWhole(tokens: readonly Token[], start: number, end: number): boolean {
  const kind = wholeKindOf(tokens, start, end);
  return kind !== undefined && kind !== 'COMPANY';
}

/** Months, weekdays and function words in lower case: capitalised, they are no word of a name. */
const NO_RUN_WORDS: ReadonlySet<string> = new Set([...MONTHS, ...WEEKDAYS, ...NEVER_ALONE]);

/**
 * Whether token k (false past either end) is a capitalised word of a name ("Piastri", "Jae-il", "KHARTOUM"), not a
 * month, weekday or function word.
 */
export function runWordAt(tokens: readonly Token[], k: number): boolean {
  if (k < 0 || k >= tokens.length) return false;
  const t = tokens[k] as Token;
  return isCapitalized(t.text) && !NO_RUN_WORDS.has(t.lower);
}

const INITIALS = /^(?:\p{Lu}\.){1,3}$/u;
/** A word of a person's name: "Oscar", "Jae-il", with a prefix before a second capital ("McIlroy", "DeChambeau"). */
const NAME_WORD = /^(?:Mc|Mac|O['’]|D['’]|De|Di|Da|Du|La|Le)?\p{Lu}\p{Ll}+(?:-\p{L}+)?$/u;

/**
 * Words that may be a person's name: "Oscar", "Jae-il"; no title, head word, known place or organisation, and no
 * common word last unless `commonSurname` (a full name where the context says a person: "rookie Jaxson Dart").
 */
export function personLike(
  tokens: readonly Token[],
  start: number,
  end: number,
  commonSurname = false,
): boolean {
  for (let k = start; k < end; k++) {
    const w = (tokens[k] as Token).text;
    const l = w.toLowerCase();
    // Initials may open the name: "C.C. Wei", "J.K. Amberley".
    if (!NAME_WORD.test(w) && !(k < end - 1 && INITIALS.test(w))) return false;
    if (isPersonTitle(l) || namesPlaceOrOrg(w) || wordRole(w) !== 0) return false;
    if (ORG_SUFFIXES.has(l) || GENERIC_ALONE.has(l) || PLACE_HEADS.has(l) || STREET_HEADS.has(l))
      return false;
    if (EVENT_HEADS.has(l)) return false;
  }
  return (
    (commonSurname || !GAZ.lowerWords.has((tokens[end - 1] as Token).lower)) &&
    !knownWhole(tokens, start, end)
  );
}

export const SCORE = /^\d{1,3}$/;

/** Prepositions that put a name somewhere: "in Assam", "off Kadavu", "through the Suez Canal". */
export const WHERE: readonly string[] = ['in', 'at', 'near', 'off', 'across', 'around', 'outside', 'through'];

/** A known given name, also written with accents the first-name list has not: "Gérard", "Zoë". */
export function isGivenName(word: string): boolean {
  if (GAZ.firstNames.has(word)) return true;
  // Only a word with a letter beyond ASCII may carry a diacritic: most words are read without normalising them.
  if (!NON_ASCII.test(word)) return false;
  const plain = withoutDiacritics(word);
  return plain !== word && GAZ.firstNames.has(plain);
}
const NON_ASCII = /[\u0080-\uFFFF]/;

/** What the gazetteer knows tokens [a, b) as: every kind of a single word, the one kind of a phrase. */
function gazetteerKinds(tokens: readonly Token[], a: number, b: number): ReadonlySet<PhraseKind | undefined> {
  return b - a === 1
    ? (GAZ.singleKinds((tokens[a] as Token).text) ?? new Set())
    : new Set([wholeKindOf(tokens, a, b)]);
}

/**
 * Whether tokens [a, b) name a state, region or country, also as news writes countries ("U.S."), not a town
 * ("Lancaster House").
 */
export function namesStateOrCountry(tokens: readonly Token[], a: number, b: number): boolean {
  return gazetteerKinds(tokens, a, b).has('REGION') || namesCountry(tokens, a, b);
}

/** Whether the gazetteer knows tokens [a, b) as a country, city, region or place, whatever else it knows them as. */
export function knownAsPlace(tokens: readonly Token[], a: number, b: number): boolean {
  const kinds = gazetteerKinds(tokens, a, b);
  return kinds.has('COUNTRY') || kinds.has('CITY') || kinds.has('REGION') || kinds.has('PLACE');
}

/**
 * Nations that field their own sides, which the gazetteer knows as places ("England coach Jack Rowell"), and
 * countries by the short names results write ("Damon Hill ( Britain )", "Pete Sampras ( U.S. )").
 */
const NATIONS_AS_WRITTEN = new Set([
  'england',
  'scotland',
  'wales',
  'northern ireland',
  'britain',
  'great britain',
  'u.s.',
  'usa',
  'uk',
  'u.k.',
  'holland',
]);

/** Whether tokens [a, b) name a country, or a nation that plays as one. */
export function namesCountry(tokens: readonly Token[], a: number, b: number): boolean {
  if (gazetteerKinds(tokens, a, b).has('COUNTRY')) return true;
  return (
    b - a <= 2 &&
    NATIONS_AS_WRITTEN.has(
      tokens
        .slice(a, b)
        .map((t) => t.lower)
        .join(' '),
    )
  );
}

/** A city, region or place the gazetteer knows, whatever else it knows the name as, but not a country. */
export function knownPlaceNotCountry(tokens: readonly Token[], a: number, b: number): boolean {
  return !namesCountry(tokens, a, b) && knownAsPlace(tokens, a, b);
}

/** The start of the capitalised run that ends with token i: back over name words in its sentence. */
export function runStart(tokens: readonly Token[], i: number): number {
  let start = i;
  while (start > 0 && !(tokens[start] as Token).sentenceStart && runWordAt(tokens, start - 1)) start--;
  return start;
}

/** One common word opening a sentence, which names nothing there: "Officials said it", "Sales rose 4%". */
export const commonWordOpening = (tokens: readonly Token[], a: number, b: number): boolean =>
  b - a === 1 && (tokens[a] as Token).sentenceStart && GAZ.lowerWords.has(lowerAt(tokens, a));

/**
 * The end of the capitalised run starting at token i: name words, and particles between them ("Banco do Brasil"), and
 * an amending law's bracket.
 */
export function runEnd(tokens: readonly Token[], i: number): number {
  const text = (k: number): string => (tokens[k] as Token).text;
  let j = i + 1;
  while (j < tokens.length && !(tokens[j] as Token).sentenceStart) {
    // "AI" names nothing alone but goes on a name: "Scale AI", "Mistral AI".
    if (runWordAt(tokens, j) || text(j) === 'AI') {
      j++;
      continue;
    }
    // An amending law's bracket: "Citizenship ( Amendment ) Act".
    if (
      text(j) === '(' &&
      textAt(tokens, j + 1) === 'Amendment' &&
      textAt(tokens, j + 2) === ')' &&
      runWordAt(tokens, j + 3) &&
      !(tokens[j + 3] as Token).sentenceStart
    ) {
      j += 4;
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
    if (p > j && p < tokens.length && !(tokens[p] as Token).sentenceStart && runWordAt(tokens, p)) j = p + 1;
    else break;
  }
  return j;
}

/** A number written in words, as a sentence may open: "Nineteen", "Twenty-five", "Hundreds". */
const NUMBER_WORD =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|dozens?)(?:-[a-z]+)?$/i;
export const isNumberWord = (word: string): boolean => NUMBER_WORD.test(word);

/** A word that makes a name an organisation's: a head ("Agency", "Centre"), a company's last word ("Group"). */
export function namesBody(word: string): boolean {
  const lower = word.toLowerCase();
  return isOrgHead(lower) || ORG_SUFFIXES.has(lower) || (wordRole(word) & 1) !== 0;
}
