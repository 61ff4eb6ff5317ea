/** Context rules: what the words around a capitalised run say about it (possessives, roles, kin, place nouns). */
import { titleCase } from '../ner/canonical.js';
import { stopwordsFor } from '../stopwords.js';
import type { EntityType, TextField } from '@newsflow/contracts';
import type { Token } from '../text/tokenize.js';
import { LONG_LOWER_WORD, lowerAt, sentenceHas, textAt, textsOf } from '../text/tokenize.js';
import type { PhraseKind } from '../ner/gazetteer.js';
import { isOrgHead, isPersonTitle } from '../ner/gazetteer.js';
import { isAllCapitals, isCapitalized } from '../ner/features.js';
import { isCommonVerbForm } from '../text/english-verbs.js';
import {
  AGENCIES,
  DATELINE_DASHES,
  PLACE_KINDS,
  isLegalForm,
  isPlaceCompound,
  isPlaceWord,
  wireEnd,
  wordRole,
} from '../ner/rules.js';
import {
  COMPANY_NOUNS,
  COMPASS_WORDS,
  EMPLOYEE_ROLES,
  EVENT_HEADS,
  GENERIC_ALONE,
  KIN,
  KIN_OWNERS,
  LAW_HEADS,
  MEMBER_ROLES,
  NAMED_BUSINESSES,
  OCCUPATIONS,
  ORG_SUFFIXES,
  PERSON_ROLES,
  PLACE_AFTER,
  PLACES_AFTER,
  STORM_HEADS,
  TEAM_ROLES,
  EPONYMOUS,
  VESSEL_PREFIXES,
  PLACE_OF,
  ARABIC_ARTICLE,
  ROMANCE_BODY_OPENERS,
} from '../ner/heads.js';
import {
  AGE,
  GAZ,
  POSSESSIVE,
  QUOTE_MARKS,
  commonWordOpening,
  isDemonym,
  namesNationality,
  isNumberWord,
  isTitle,
  isTitleAt,
  knownAsPlace,
  namesStateOrCountry,
  opensNoName,
  knownType,
  knownWhole,
  namesBody,
  namesCountry,
  nameGoesOn,
  namesNothingAlone,
  personLike,
  runEnd,
  runStart,
  runWordAt,
  isGivenName,
  startsName,
  wholeKindOf,
} from './words.js';
import type { Span, TypedRun } from './spans.js';
import { insideKnownMisc, knownNameType } from './known-names.js';
import { SCIENTIST, honorificAt, retypeRuns, tokenOwners } from './spans.js';
import { roleApposition } from './head-rules.js';
import { WIN_SHARE, speaksOfSport, teamByItsPlace } from './sports.js';

/** Whether the gazetteer knows tokens [start, end) as one country, region, city or place. */
const knownPlace = (tokens: readonly Token[], start: number, end: number): boolean =>
  knownType(tokens, start, end) === 'LOCATION';

/** Company nouns that name no company in apposition: "its rival", "a lawmaker for the opposition". */
const NOT_APPOSED = new Set(['unit', 'parent', 'rival', 'agency', 'opposition', 'ruling']);

/**
 * Business nouns that name the company beside them ("Danantara, Indonesia's sovereign wealth fund"); "its rival",
 * "the parent" or "the unit" may not.
 */
const APPOSED_BUSINESSES = new Set([...COMPANY_NOUNS].filter((w) => !NOT_APPOSED.has(w)));

/**
 * "the regional network operator, Western Peninsula Power, said": the name set off between commas after one; not
 * who speaks for it, is sent to it or works at it ("A spokeswoman for the union, Derya Aksoy, said", "New Delhi's
 * envoy to the fund, Parameswaran Iyer, abstained").
 */
function namedAfterCompanyNoun(tokens: readonly Token[], a: number, b: number): boolean {
  return (
    textAt(tokens, a - 1) === ',' &&
    textAt(tokens, b) === ',' &&
    !(tokens[a] as Token).sentenceStart &&
    APPOSED_BUSINESSES.has(textAt(tokens, a - 2)) &&
    !(textAt(tokens, a - 3) === 'the' && PEOPLE_OF_BODIES.has(textAt(tokens, a - 4)))
  );
}
/** What ties a person to a body before "the" and the body: "a spokeswoman for the", "envoy to the", "analyst at the". */
const PEOPLE_OF_BODIES = new Set(['for', 'to', 'at']);

/** Nouns for what a business is of, which no person is called: "X, operator of …", "X, maker of …". */
const BUSINESSES_OF = new Set(['operator', 'maker', 'publisher', 'supplier', 'distributor', 'manufacturer']);

/** What may follow a definite apposition that names a business: "X, the French AI start-up, said". */
const APPOSITION_ENDS = new Set([
  ',',
  '.',
  ';',
  ')',
  'that',
  'which',
  // Whose it is: "Delfin, the holding company of the late Leonardo Del Vecchio".
  'of',
  // A participle that goes on about the company: "VinFast, the electric car maker controlled by …".
  'controlled',
  'owned',
  'founded',
  'backed',
  'based',
  'headquartered',
  'listed',
  // A relative clause without "that": "Agrofert, the food conglomerate he placed in trust".
  'he',
  'she',
  'it',
  'they',
]);

/** Whose company an apposition says it is: "Humain, its AI company", "Tesla, his carmaker". */
const OWNERS = new Set(['its', 'his', 'her', 'their', 'our']);

/**
 * "X, a manganese producer", "X, the French AI start-up.", "X, its AI company": a company noun within four words
 * after the comma and article or owner, before any role; after "the", only where the apposition ends with it.
 */

function companyApposition(tokens: readonly Token[], end: number): boolean {
  if (textAt(tokens, end) !== ',') return false;
  const text = (k: number): string => textAt(tokens, k);
  const art = lowerAt(tokens, end + 1);
  // "X, a … company", or an owner's: "X, Estonia's state-owned transmission company".
  // "X, operator of the Upbit exchange": a business's noun and "of", without an article.
  if (BUSINESSES_OF.has(art) && text(end + 2) === 'of') return true;
  let from: number;
  const definite = art === 'the';
  if (art === 'a' || art === 'an' || definite || OWNERS.has(art)) from = end + 2;
  else if (isCapitalized(text(end + 1)) && POSSESSIVE.test(text(end + 2))) from = end + 3;
  else return false;
  let last = Math.min(tokens.length, from + 4);
  for (let k = from; k < last; k++) {
    const w = (tokens[k] as Token).lower;
    if (PERSON_ROLES.has(w)) return false;
    // "X, the country's sovereign wealth fund": the possessive of a common noun.
    if (k > from && POSSESSIVE.test(w)) {
      last = Math.min(tokens.length, last + 1);
      continue;
    }
    if (APPOSED_BUSINESSES.has(w)) {
      const after = (tokens[k + 1] as Token | undefined)?.lower ?? '';
      // A collective, not a business: "Gheralta, a group of some 30 churches".
      if (w === 'group' && after === 'of') return false;
      // "X, the French AI start-up." is X; "X, the company said" and "X, the poet and broadcaster whose" are not.
      return definite ? APPOSITION_ENDS.has(after) : !PERSON_ROLES.has(after);
    }
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

function contextType(
  tokens: readonly Token[],
  a: number,
  b: number,
  quotes: FieldQuotes,
): EntityType | 'DROP' | undefined {
  // A Romance word for a body opens a body's name, whatever the context: "Arévalo 's Movimiento Semilla party"; a
  // name the rules know is what they know it as ("resistance from the IG Metall union"), unless a number or a name
  // goes on after its one word ("Rema 1000", a grocer, beside the singer Rema).
  if (b - a >= 2 && ROMANCE_BODY_OPENERS.has(textAt(tokens, a))) return 'ORG';
  const known = b - a === 1 && nameGoesOn(tokens[b]) ? undefined : knownNameType(tokens, a, b);
  if (known) return known;
  const type = contextCue(tokens, a, b, quotes);
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

/** Before a town named with its state or country: "in Cary , North Carolina", "in Renton and Everett , Washington". */
const TOWN_BEFORE = new Set(['in', 'near', 'outside', 'from', 'of', 'and']);

/** What the gazetteer calls a country, a state ("Iowa", a region) or a state it also knows as a city (a place). */
const STATE_KINDS: ReadonlySet<PhraseKind> = new Set(['COUNTRY', 'REGION', 'PLACE']);

/** What ends a town's state or country: not "UK ambassador" after "James Foley ,". */
const AFTER_STATE = new Set(['', ',', '.', ';', ':', ')', 'and', 'or']);

/** Whether ", " and a country or state the gazetteer knows, ending there, follow token b: ", Washington ." */
function inStateOrCountry(tokens: readonly Token[], b: number): boolean {
  if (textAt(tokens, b) !== ',' || !runWordAt(tokens, b + 1) || (tokens[b + 1] as Token).sentenceStart)
    return false;
  const end = runEnd(tokens, b + 1);
  const kind = wholeKindOf(tokens, b + 1, end);
  const after = textAt(tokens, end);
  return kind !== undefined && STATE_KINDS.has(kind) && AFTER_STATE.has(after);
}

/** What stands before "shares" and is no company: a class of share or a sector ("Preferred shares", "Energy shares"). */
const NOT_ISSUERS = new Set([
  'preferred',
  'ordinary',
  'common',
  'class',
  'energy',
  'tech',
  'technology',
  'bank',
  'banking',
  'mining',
  'property',
  'utility',
  'healthcare',
  'retail',
  'oil',
  'steel',
  'defence',
  'defense',
  'chip',
  'insurance',
  'media',
  'auto',
  'airline',
  'travel',
  'luxury',
  'growth',
  'value',
  'income',
  'penny',
  'treasury',
  'domestic',
  'foreign',
  'global',
]);
/** Buying a company: "its purchase of Metsera", "the takeover of Wiz". */
const ACQUISITIONS = new Set(['purchase', 'acquisition', 'takeover', 'buyout']);

/** What one holds in a company: "a stake in Covestro", "its shareholding in Orlen". */
const STAKES = new Set(['stake', 'stakes', 'shareholding', 'shareholdings']);

/** A class of share named by a letter, or where it is listed: "A shares", "Hong Kong-listed H shares". */
const SHARE_CLASS = /^(?:\p{Lu}|.*-listed)$/u;

/** The plurals of the company nouns: "lenders", "groups". */
const COMPANY_PLURALS = new Set([...COMPANY_NOUNS].map((noun) => `${noun}s`));

/**
 * "carmaker", or a plural before a list, where nothing before it reads it as a verb: "Rivals Advanced Micro Devices
 * and Broadcom", "its lenders HSBC and Barclays", not "the shot rivals Wegovy"; a plural noun or a nationality before
 * it takes no verb after: "Swiss drugs groups Ciba-Geigy and Sandoz".
 */
const isCompanyNoun = (lower: string, before = ''): boolean =>
  COMPANY_NOUNS.has(lower) ||
  // "Producer Fifth Meridian Studios", "potash producer Belaruskali"; not "film producer Harvey Weinstein".
  (lower === 'producer' && !PRODUCERS_OF_WORKS.has(before.toLowerCase())) ||
  (COMPANY_PLURALS.has(lower) &&
    (BEFORE_PLURAL_NOUN.has(before.toLowerCase()) || /^\p{Ll}{3,}s$/u.test(before) || isDemonym(before)));
/** Words before "producer" that make it a person's work: "film producer", "executive producer", "the producer". */
const PRODUCERS_OF_WORKS = new Set([
  'film',
  'movie',
  'music',
  'record',
  'executive',
  'television',
  'tv',
  'theatre',
  'theater',
  'hip-hop',
  'co',
  'line',
  'series',
  'documentary',
  'broadway',
  'award-winning',
  'veteran',
  'the',
  'a',
]);
/** Whether a list the name at a ends follows a plural company noun: "lenders HSBC , Barclays and Lloyds". */
function pluralCompanyNounBefore(tokens: readonly Token[], a: number): boolean {
  const k = beforeList(tokens, a);
  const noun = textAt(tokens, k);
  return k >= 0 && noun.endsWith('s') && isCompanyNoun(noun, textAt(tokens, k - 1));
}
const BEFORE_PLURAL_NOUN = new Set(['', 'its', 'their', 'the', 'and', ',', 'by', 'of', 'from', 'with']);

/**
 * A sentence's first word that names what the name after it is: "Operator Elisa said", "Singer Rosalía",
 * "Meteorologist Hiroshi Tanabe said".
 */
const namesKindAtStart = (tokens: readonly Token[], a: number): boolean => {
  const t = tokens[a] as Token;
  if (!t.sentenceStart) return false;
  const lower = t.lower;
  // Not a contract's "Company" before the party it defines.
  return (isCompanyNoun(lower) && lower !== 'company') || namesOccupation(t.text);
};
const namesOccupation = (word: string): boolean =>
  OCCUPATIONS.has(word.toLowerCase()) || SCIENTIST.test(word);

/** Whether tokens [a, b) after a nationality read as a person's name: no common word but a known first name first. */
function nameAfterNationality(tokens: readonly Token[], a: number, b: number): boolean {
  const first = textAt(tokens, a);
  if (COMPASS_WORDS.has(first) || isTitle(first.split('-')[0] as string)) return false;
  for (let k = a + 1; k < b; k++) if (GAZ.lowerWords.has(lowerAt(tokens, k))) return false;
  if (GAZ.lowerWords.has(first.toLowerCase()) && !GAZ.firstNames.has(first)) return false;
  return personLike(tokens, a, b) || (GAZ.firstNames.has(first) && personLike(tokens, a + 1, b));
}

/** What a product's name stands before. */
const PRODUCT_NOUNS = new Set([
  'rocket',
  'rockets',
  'jet',
  'jets',
  'smartphone',
  'smartphones',
  'processor',
  'processors',
  'chip',
  'engine',
  'engines',
  'index',
  'assistant',
  'software',
  'device',
  'brand',
  'rice',
  'SUV',
  'SUVs',
  'model',
  'models',
  'launchers',
]);

/** What a drug's or a work's name stands after. */
const PRODUCTS_AFTER = new Set([
  'drug',
  'drugs',
  'inhaler',
  'jab',
  'pill',
  'treatment',
  'medicine',
  'chatbot',
  'novel',
  'film',
  'game',
  'album',
  'song',
  'series',
]);

/** Titles after a portfolio: "Energy Minister", "Energy Secretary", "Energy Commissioner". */
const PORTFOLIO_HOLDERS = new Set(['minister', 'secretary', 'commissioner']);

/**
 * Words that place what follows, as "near" does (the training part labels 15 of 17 names after "outside" places, 34
 * of 35 after "around", all after "neighbouring", "along" and "across").
 */
const BESIDE = new Set(['outside', 'neighbouring', 'neighboring', 'along', 'around', 'across']);
/** The movement whose national societies news names by nationality. */
const RED_CROSS = new Set(['Red Cross', 'Red Crescent', 'Red Cross Society', 'Red Crescent Society']);
/** Units of the distance before a direction: "700 kilometres south of Darwin". */
const DISTANCE_UNITS = new Set(['kilometres', 'kilometers', 'km', 'miles', 'mi']);
/** Journeys whose end after "to" is a place, when the gazetteer knows it as one: "flew to Darwin". */
const JOURNEYS = new Set([
  'flew',
  'flown',
  'flying',
  'travelled',
  'traveled',
  'travelling',
  'traveling',
  'drove',
  'sailed',
  'fled',
  'evacuated',
  'deported',
]);

/** Hits a run is batted in by. */
const BASE_HITS = new Set(['single', 'double', 'triple', 'groundout', 'grounder', 'sacrifice', 'fly']);
/** What closed-circuit television stands before: "CCTV footage", "CCTV cameras". */
const CCTV_THEN = new Set(['footage', 'camera', 'cameras', 'images', 'video', 'system', 'systems']);

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
    if (start < 0 || !runWordAt(tokens, start)) return false;
    while (
      start > 0 &&
      a - start < MAX_NAME_WORDS + 2 &&
      runWordAt(tokens, start - 1) &&
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
  return KIN_OWNERS.has(lowerAt(tokens, owner));
}

/** Family only a person has: not a company's partner, parent, children or sister company. */
const PERSONAL_KIN = new Set(
  [...KIN].filter(
    (word) => !['partner', 'parents', 'children', 'brother', 'brothers', 'sister', 'sisters'].includes(word),
  ),
);
const KIN_ADJECTIVES = new Set([
  'eldest',
  'youngest',
  'elder',
  'older',
  'younger',
  'late',
  'former',
  'estranged',
]);

/** Whether the possessive at token b, after a name, owns family: "Widodo 's eldest son", "Kohl 's wife". */
function ownerOfKin(tokens: readonly Token[], b: number): boolean {
  const k = textAt(tokens, b + 1) === 's' ? b + 2 : b + 1;
  return PERSONAL_KIN.has(textAt(tokens, KIN_ADJECTIVES.has(textAt(tokens, k)) ? k + 1 : k));
}

/** Nouns after a leader's surname that name what the leader leads or led. */
const LEADERS_RULE = new Set(['administration', 'presidency']);

/** Owners only a person is. */
const PERSONS_OWN = new Set(['his', 'her']);

/** Stock exchanges as press releases write them before a ticker. */
const STOCK_EXCHANGES = new Set([
  'NASDAQ',
  'NYSE',
  'TSX',
  'TSXV',
  'LSE',
  'ASX',
  'HKEX',
  'SGX',
  'OTC',
  'OTCQX',
]);

/**
 * What people do, after a name that opens with a known name ("Xi Jinping met Joe Biden", "Warren Buffett arrived").
 */
const PEOPLE_DO = new Set([
  'met',
  'told',
  'wrote',
  'urged',
  'insisted',
  'replied',
  'tweeted',
  'resigned',
  'died',
  'arrived',
  'visited',
  'testified',
]);

/** What a person leads or owns, before "of" and their name. */
const HELD_BY_PEOPLE = new Set(['company', 'conglomerate', 'empire', 'party']);

/** Who works for a person, as a role before a name in commas: "Araqchi 's deputy , Kazem Gharibabadi ,". */
const AIDES = new Set(['deputy', 'adviser', 'advisor', 'aide', 'successor', 'predecessor']);

/** Storms' kinds as running text writes them before a storm's name. */
const STORM_KINDS = new Set(['storm', 'hurricane', 'typhoon', 'cyclone', 'ex-cyclone']);

/** What kind of base a "Base" is, the word before it: "Air Base", "Air Force Base", "Naval Base". */
const BASE_KINDS = new Set(['Air', 'Force', 'Naval', 'Navy', 'Army', 'Military', 'Marine', 'Space']);

/**
 * The head of a ground's name that opens it: "Stadio Diego Armando Maradona", "Estádio do Maracanã" (not "Stade":
 * "Stade Malien" is a club).
 */
const GROUND_HEADS_FIRST = new Set(['Stadio', 'Estadio', 'Estádio', 'Stadion', 'Stadionul']);

/** What a person leads, before "under" and their name. */
const LED_UNDER = new Set([
  'government',
  'administration',
  'governments',
  'leadership',
  'presidency',
  'regime',
]);

/** Whether "of" at token k follows a party or company a person holds: "the media company of", "Party ( KDP ) of". */
function heldBy(tokens: readonly Token[], k: number): boolean {
  const acronym = textAt(tokens, k - 1) === ')' && textAt(tokens, k - 3) === '(';
  return HELD_BY_PEOPLE.has(lowerAt(tokens, acronym ? k - 4 : k - 1));
}

/** Sports whose national bodies are named "Sport Country". */
const SPORTS = new Set([
  'Athletics',
  'Badminton',
  'Basketball',
  'Boxing',
  'Cricket',
  'Cycling',
  'Football',
  'Golf',
  'Gymnastics',
  'Hockey',
  'Netball',
  'Rowing',
  'Rugby',
  'Sailing',
  'Swimming',
  'Tennis',
  'Triathlon',
  'Volleyball',
]);

/** Who runs or owns a business, before "of" and its name: "chief executive of Loro Piana". */
const HEADS_OF_BUSINESS = new Set([
  'executive',
  'chairman',
  'chairwoman',
  'founder',
  'co-founder',
  'owner',
  'shareholders',
  'parent',
  'unit',
  'subsidiary',
  'division',
  'arm',
]);

/** What is done to people, not companies, before a name that could be a person's ("sentenced Jair Bolsonaro"). */
const DONE_TO_PEOPLE = new Set(['sentenced', 'jailed', 'acquitted', 'pardoned', 'extradited', 'kidnapped']);
/** What a person makes, before "by" and the maker: "the film, directed by Hafsia Herzi". */
const AUTHORED = new Set([
  'directed',
  'co-directed',
  'written',
  'co-written',
  'composed',
  'choreographed',
  'illustrated',
]);

const AGE_NUMBER = /^\d{1,3}$/;
/** A grown person's age as news gives it after a name: 10 to 110. */
const isAge = (word: string): boolean => /^\d{2,3}$/.test(word) && Number(word) <= 110;
/** An age before the people a place says where they are from: "a 27-year-old Elk Grove woman". */
const AGED = /^\d{1,3}-year-old$/;
/** What counts the people after a place: "a Leeds man", "two Ohio teenagers". */
const COUNTED = new Set(['a', 'an', 'two', 'three', 'four', 'five']);
/** A known place, even one whose name a company shares ("Leeds"). */
const anyPlace = (tokens: readonly Token[], a: number, b: number): boolean =>
  b - a === 1
    ? [...(GAZ.singleKinds(textAt(tokens, a)) ?? [])].some((k) => PLACE_KINDS.has(k))
    : knownPlace(tokens, a, b);

/** Who or what is "of" a place: "residents of Tai Po", "the outskirts of Kherson". */
const DWELLERS = new Set(['residents', 'inhabitants', 'villagers', 'outskirts', 'suburbs', 'streets']);

/** Words before "capital" and a capital's name (not "venture capital Sequoia"). */
const CAPITAL_BEFORE = new Set([
  'the',
  'provincial',
  'regional',
  'state',
  'federal',
  'national',
  'its',
  'their',
]);

/** The levels of government, before "government of" and a place. */
const GOVERNMENT_LEVELS = new Set([
  'state',
  'provincial',
  'regional',
  'federal',
  'local',
  'city',
  'municipal',
]);

/** People a place before them says where they are from: "a Leeds man", "two Ohio teenagers", after an age too. */
const PEOPLE_NOUNS = new Set([
  'man',
  'woman',
  'men',
  'women',
  'boy',
  'girl',
  'teenager',
  'teenagers',
  'couple',
]);

/**
 * Verbs of a deal before the company it is for, named in two words or more: "agreed to buy Activision Blizzard"
 * ("buy iPod" is no deal).
 */
const ACQUIRING = new Set(['acquire', 'acquired', 'acquiring', 'buy', 'bought', 'buying', 'takeover']);

/** Whether a word is a common word or a compound of them: "Far-right", "Co-star". */
const commonWords = (word: string): boolean =>
  word
    .toLowerCase()
    .split('-')
    .every((part) => GAZ.lowerWords.has(part));

const SPOKESPEOPLE = new Set(['spokesman', 'spokeswoman', 'spokesperson']);

/** Tokens [a, b) known as an organisation, or an acronym, or ending in an organisation's last word. */
const namedLikeBody = (tokens: readonly Token[], a: number, b: number): boolean =>
  knownType(tokens, a, b) === 'ORG' ||
  (b - a === 1 && isAllCapitals(textAt(tokens, a))) ||
  ORG_SUFFIXES.has(lowerAt(tokens, b - 1)) ||
  isLegalForm(lowerAt(tokens, b - 1));

/**
 * A team, party or company named before the role of one of its people and their name, whatever its name says:
 * "Sporting coach Rui Borges", "Prairie Ridge coach Scott Hemesath", "ACT leader David Seymour", "Amazon founder Jeff
 * Bezos". A country is its national team (a place), a nationality no body ("Serbian striker Aleksandar Mitrović"), a
 * common word opening a sentence no name ("Young midfielder Nate Caddy").
 */
export function bodyBeforeRole(tokens: readonly Token[], a: number, b: number): boolean {
  // The owner's possessive and a nationality may stand between: "Sporting 's Colombian forward Luis Suárez".
  const owned = POSSESSIVE.test(textAt(tokens, b));
  let r = owned ? b + 1 : b;
  if (owned && isDemonym(textAt(tokens, r))) r++;
  const role = r + 1 < tokens.length ? (tokens[r] as Token) : undefined;
  // "Webuild chief executive Pietro Salini", "… chief executive officer …".
  const chief = role?.text === 'chief' && textAt(tokens, r + 1) === 'executive';
  const named = tokens[chief ? (textAt(tokens, r + 2) === 'officer' ? r + 3 : r + 2) : r + 1];
  if (
    !role ||
    role.sentenceStart ||
    !(TEAM_ROLES.has(role.text) || MEMBER_ROLES.has(role.text) || chief) ||
    !named ||
    named.sentenceStart
  )
    return false;
  // A country or a place known as one has leaders too: "Puntland leader Said Abdullahi Deni".
  if (
    !/^\p{Lu}\p{Ll}/u.test(named.text) ||
    namesCountry(tokens, a, b) ||
    knownNameType(tokens, a, b) === 'LOCATION'
  )
    return false;
  // A person has a spokesman too: "Putin 's spokesman Dmitry Peskov"; the owner is a body only when known as one or
  // named like one ("Gazprom 's spokesman", "NATO 's spokesman", "Acme Robotics 's spokeswoman").
  if (owned && SPOKESPEOPLE.has(role.text) && !namedLikeBody(tokens, a, b)) return false;
  // "Former NPC chairman", "Far-right leader": a sentence's first word or a compound, when common, qualifies the role.
  const first = (tokens[a] as Token).text;
  const common = commonWords(first);
  // One known first name before a member's role is a person's, as a story names its people ("Maria co-founder Rohan
  // Deshpande"); before a player's, a team's ("Tyrone goalkeeper Niall Morgan"), and before a spokesperson's, a body's
  // ("Allina spokeswoman Gretchen Lindqvist": a person's spokesman is written with a possessive).
  const givenName =
    b - a === 1 &&
    !TEAM_ROLES.has(role.text) &&
    !SPOKESPEOPLE.has(role.text) &&
    GAZ.firstNames.has(first) &&
    knownType(tokens, a, b) === undefined;
  // A dateline's dash or a colon opens a sentence too: "MANILA - Former president Rodrigo Duterte".
  const opening =
    (tokens[a] as Token).sentenceStart ||
    DATELINE_DASHES.has(textAt(tokens, a - 1)) ||
    textAt(tokens, a - 1) === ':';
  // An owner opening a sentence is named, not qualified: "Sporting 's Colombian forward".
  const qualifies = (opening && !owned) || first.includes('-');
  // A known body opening a sentence is named: "Labour leader Tony Blair said".
  return (
    !(
      qualifies &&
      common &&
      !(knownType(tokens, a, b) === 'ORG' && !GENERIC_ALONE.has(first.toLowerCase()))
    ) &&
    !(b - a === 1 && isDemonym(first)) &&
    !givenName
  );
}

/** What a firm publishes: "data from Kantar", "according to Tradeweb data" (a place's data is the place's). */
const DATA_NOUNS = new Set(['data', 'figures', 'estimates', 'statistics']);

/** How a listed company's shares moved: "Hensoldt gained 2.8%", "Cemex fell 2.2 percent". */
const STOCK_MOVES = new Set([
  'rose',
  'fell',
  'gained',
  'climbed',
  'slid',
  'dropped',
  'jumped',
  'slumped',
  'added',
  'lost',
  'surged',
  'tumbled',
  'declined',
  'advanced',
  'eased',
  'rallied',
  'sank',
  'soared',
  'plunged',
  'edged',
]);
/** Last words of a market index's name, which moves as a stock does: "Jakarta Composite Index fell 1.1%". */
const INDEX_HEADS = new Set(['index', 'composite', 'average', 'all-share']);
/**
 * Prepositions before a place that only qualifies what moves or speaks: "futures in Singapore rose 1.3%", "exports
 * to the U.S. fell 18%", "revenue from the Suez Canal rose 38%", "the department in Amaravati said it".
 */
const PLACE_PREPOSITIONS = new Set(['in', 'to', 'at', 'from']);

/**
 * A name that moved by a percentage is a listed company ("Hensoldt gained 2.8%", "Advantest gained 5.2%") or a
 * country's market ("Saudi Arabia fell 0.9%", a place as the labelled sets have it); not an index ("the Kospi rose
 * 0.9%" is no organisation), nor a sentence's common first word ("Sales rose 21 percent").
 */
function movesLikeAStock(tokens: readonly Token[], a: number, b: number): boolean {
  if (!STOCK_MOVES.has(textAt(tokens, b))) return false;
  const amount = textAt(tokens, b + 1);
  const percent =
    /^\d[\d.,]*%$/.test(amount) ||
    (/^\d[\d.,]*$/.test(amount) && /^(?:%|percent|per)$/.test(textAt(tokens, b + 2)));
  if (!percent || INDEX_HEADS.has(lowerAt(tokens, b - 1)) || insideKnownMisc(tokens, a, b)) return false;
  if ((tokens[a] as Token).sentenceStart) return !commonWordOpening(tokens, a, b);
  const before = textAt(tokens, a - 1) === 'the' ? a - 2 : a - 1;
  return !PLACE_PREPOSITIONS.has(textAt(tokens, before));
}

/** What a row of figures holds besides numbers: signs, currencies, percentages and the bars between cells. */
const FIGURE_MARKS = new Set(['+', '-', '−', '–', '$', '€', '£', '¥', '%', '|']);
const DIGITS = /^\d+$/;
const DECIMAL = /^\d*\.\d+$/;

/**
 * Whether the line from token k to its end holds figures only, one at least that no score or standings row holds: a
 * percentage, a decimal other than a winning share, or thousands ("24,100").
 */
function figuresOnly(tokens: readonly Token[], k: number): boolean {
  let noScore = false;
  let numbers = 0;
  for (; k < tokens.length && !(tokens[k] as Token).sentenceStart; k++) {
    const w = (tokens[k] as Token).text;
    if (DIGITS.test(w)) numbers++;
    else if (DECIMAL.test(w)) {
      numbers++;
      noScore ||= !WIN_SHARE.test(w);
    } else if (w === ',' && DIGITS.test(textAt(tokens, k - 1)) && /^\d{3}$/.test(textAt(tokens, k + 1)))
      noScore = true;
    else if (FIGURE_MARKS.has(w)) noScore ||= w === '%';
    else return false;
  }
  return numbers > 0 && noScore;
}

/**
 * The pronoun a name speaks of itself with: "it" in "Tether said it had frozen", "he" in "Thaksin Shinawatra said he
 * would appeal"; none after a preposition that makes the name only qualify the subject ("the department in Amaravati
 * said it", "Varga of Marion County said she").
 */
function selfPronoun(tokens: readonly Token[], a: number, b: number): string | undefined {
  const verb = textAt(tokens, b);
  const before = textAt(tokens, a - 1);
  if ((verb !== 'said' && verb !== 'says') || PLACE_PREPOSITIONS.has(before) || before === 'of')
    return undefined;
  return textAt(tokens, b + 1);
}

/**
 * A name that speaks of itself as "it" (`pronoun`, its selfPronoun): "Tether said it had frozen", "Ankara Leaf said
 * its revenue had tripled". Not a sentence's common first word ("Officials said it"), nor a person's name (a known
 * first name, also hyphenated, or one word known as a surname: "Obama says it is", or after a title).
 */
function speaksOfItself(
  tokens: readonly Token[],
  a: number,
  b: number,
  pronoun: string | undefined,
): boolean {
  if (pronoun !== 'it' && pronoun !== 'its') return false;
  // Nor one after a person's title or occupation: "Minister Giorgos Papastavrou said it was", "Seismologist Hiroshi
  // Tanabe said it".
  if (
    commonWordOpening(tokens, a, b) ||
    isTitleAt(tokens, a - 1) ||
    (a > 0 && namesOccupation(textAt(tokens, a - 1)))
  )
    return false;
  const first = textAt(tokens, a);
  return !GAZ.firstNames.has(first.split('-')[0] as string) && !(b - a === 1 && GAZ.personNames.has(first));
}

const HYPHENATED_GIVEN = /^\p{Lu}\p{Ll}{0,4}-\p{Ll}{2,5}$/u;

/**
 * A given name written as Korean ones are, hyphenated with a small second syllable, before a surname: "Hye-jin Park",
 * "Jae-hoon Ahn"; not a compound of common words ("Co-star Tobias", "Fly-half Adam").
 */
const koreanGivenName = (word: string): boolean => HYPHENATED_GIVEN.test(word) && !commonWords(word);

/** Nouns a city's name qualifies: "the Siena bank", "the Pančevo refinery". */
const PLACED_NOUNS = new Set([
  'bank',
  'lender',
  'festival',
  'refinery',
  'plant',
  'club',
  'carrier',
  'insurer',
]);

/** `contextType` before the demonym check; cheap cues first, gazetteer look-ups only when a cue holds. */
function contextCue(
  tokens: readonly Token[],
  a: number,
  b: number,
  quotes: FieldQuotes,
): EntityType | 'DROP' | undefined {
  const n = b - a;
  const text = (k: number): string => textAt(tokens, k);
  const lower = (k: number): string => lowerAt(tokens, k);
  // A law or event of many words is one as much as a short one: "Employment Retirement Income Security Act".
  if (n > 4) return EVENT_HEADS.has(lower(b - 1)) ? 'DROP' : undefined;
  // A city that qualifies a business or venue after "the" is the city: "the Siena bank", "the Barcelona festival",
  // "the Glasgow club", as the labelled news has them.
  if (
    n === 1 &&
    PLACED_NOUNS.has(text(b)) &&
    lower(a - 1) === 'the' &&
    GAZ.singleKinds(text(a))?.has('CITY') === true
  )
    return 'LOCATION';
  // A nation's society of the movement is a body: "the Palestinian Red Crescent", "the Lebanese Red Cross".
  if (n >= 3 && isDemonym(text(a)) && RED_CROSS.has(textsOf(tokens, a + 1, b).join(' '))) return 'ORG';
  const moved = movesLikeAStock(tokens, a, b);
  // A country's market, also in a table in capitals: "QATAR lost 0.5% to 10,980 points".
  if (moved && GAZ.wholeKind(textsOf(tokens, a, b).map(titleCase)) === 'COUNTRY') return 'LOCATION';
  // A place opening a row of a table of prices, counts or changes, which no score is: "Toronto 24,100", "Hobart
  // +0.9%", "Palma 18.9 +7.4%" (the tagger read sports results in them).
  if ((tokens[a] as Token).sentenceStart && figuresOnly(tokens, b) && knownAsPlace(tokens, a, b))
    return 'LOCATION';
  // The zone of a currency, before its name: "500 billion CFA francs", "prices in CFA francs".
  if (n === 1 && (lower(b) === 'franc' || lower(b) === 'francs') && isAllCapitals(text(a))) return 'DROP';
  // A ticker after its exchange: "(NASDAQ: ACMR)", "(NYSE: KO)".
  if (n === 1 && text(a - 1) === ':' && STOCK_EXCHANGES.has(text(a - 2).toUpperCase())) return 'DROP';
  // A work's title in quotes ("Mario Kart World" was the best-selling game), MISC as the labelled news has it 62
  // times to 10; not a nickname ("known as "Abu Faisal"").
  if (QUOTE_MARKS.has(text(a - 1))) {
    // A sequel's number ends it: "Zootopia 2".
    const titleEnd = /^\d{1,2}$/.test(text(b)) ? b + 1 : b;
    if ((n >= 2 || titleEnd > b) && closesQuote(tokens, titleEnd) && !QUOTED_NAME_CUES.has(lower(a - 2)))
      return 'DROP';
  }
  if (insideQuotedTitle(tokens, a, b, quotes)) return 'DROP';
  // The river and its forest, not the company: "cleared in the Amazon", "the Amazon basin", "Brazil's Amazon rainforest".
  if (
    n === 1 &&
    text(a) === 'Amazon' &&
    (lower(a - 1) === 'the' ? AMAZON_THEN.has(lower(b)) : AMAZON_LANDS.includes(lower(b)))
  )
    return 'LOCATION';
  // The airline: "Emirates" alone is rarely the country, which news writes "the Emirates" or in full.
  if (n === 1 && text(a) === 'Emirates' && lower(a - 1) !== 'the' && text(a - 1) !== 'Arab') return 'ORG';
  // Runs batted in, not the Reserve Bank of India: "an RBI double", "Hernández's RBI single".
  if (n === 1 && text(a) === 'RBI' && BASE_HITS.has(lower(b))) return 'DROP';
  // Closed-circuit television, not China's broadcaster: "400 hours of CCTV footage".
  if (n === 1 && text(a) === 'CCTV' && CCTV_THEN.has(lower(b))) return 'DROP';
  // The social network: "posted on X", "X , formerly Twitter".
  if (n === 1 && text(a) === 'X')
    return X_BEFORE.has(lower(a - 1)) || (text(b) === ',' && lower(b + 1) === 'formerly') ? 'ORG' : undefined;
  // A storm named after its kind in lower case: "ex-tropical cyclone Alfred", "typhoon Yagi"; not a place a storm
  // hits ("storm Chicago", "After Cyclone PERTH , March 18").
  if (
    n === 1 &&
    STORM_KINDS.has(lower(a - 1)) &&
    /^\p{Lu}\p{Ll}+$/u.test(text(a)) &&
    knownType(tokens, a, b) === undefined
  )
    return 'DROP';
  if (
    n >= 2 &&
    (STORM_HEADS.has(text(a)) ||
      VESSEL_PREFIXES.has(text(a)) ||
      (text(a) === 'Tropical' && STORM_HEADS.has(text(a + 1))))
  )
    return 'DROP';
  if (teamByItsPlace(tokens, a, b) || bodyBeforeRole(tokens, a, b)) return 'ORG';
  // A possessive after the name, which several cues read: "Huntington 's disease", "Kohl 's wife", "Siemens ' shares".
  const possessive = POSSESSIVE.test(text(b));
  // A disease named for who described it: "Huntington 's disease", "Down syndrome".
  if (EPONYMOUS.has(lower(possessive ? b + 1 : b))) return 'DROP';
  // A product named before what it is: "HIMARS rocket launchers", "the GTF engine", "Dimensity 9500 smartphone
  // processor", "the AEX index", or after it: "cancer drug Xtandi", "the novel The Rain Ledger"; not a company or place
  // the gazetteer knows ("Nvidia chips", "U.S. crude").
  if (
    ((PRODUCT_NOUNS.has(textAt(tokens, b)) && !(tokens[b] as Token).sentenceStart) ||
      (PRODUCTS_AFTER.has(textAt(tokens, a - 1)) && !(tokens[a] as Token).sentenceStart)) &&
    knownType(tokens, a, b) === undefined
  )
    return 'DROP';
  // A sport's governing body named with its country: "Cricket Australia", "Athletics Kenya".
  if (n >= 2 && SPORTS.has(text(a)) && knownPlace(tokens, a + 1, b)) return 'ORG';
  // A promoter, team or governing body named for its sport: "Zuffa Boxing", "British Cycling", "Tudor Pro Cycling";
  // not a person named so ("Joe Hockey").
  if (n >= 2 && SPORTS.has(text(b - 1)) && !(n === 2 && GAZ.firstNames.has(text(a)))) return 'ORG';
  const last = n >= 2 ? lower(b - 1) : '';
  // An event: "Davis Cup", "Park Fire"; not a body named so ("Cal Fire").
  if (n >= 2 && EVENT_HEADS.has(last)) return knownNameType(tokens, a, b) === 'ORG' ? 'ORG' : 'DROP';
  // A district that runs a service is a body: "Ankeny Community School District", "Imperial Irrigation District".
  if (n >= 3 && last === 'district' && SERVICE_DISTRICTS.has(lower(b - 2))) return 'ORG';
  // Not before a cabinet title: "Saudi Energy Minister", "Indian Steel Minister" name a portfolio.
  if (n >= 2 && ORG_SUFFIXES.has(last))
    return knownWhole(tokens, a, b) || PORTFOLIO_HOLDERS.has(lower(b)) ? undefined : 'ORG';
  // A fort of two words is the place or base, as in all our labelled data: "Fort Polk", "Fort Sill", "Fort Hood".
  if (n === 2 && text(a) === 'Fort') return 'LOCATION';
  // A military base is a place, as GUIDELINES.md has "Luke Air Force Base": "Villamor Air Base", "Naval Base Kitsap".
  if (n >= 2 && text(b - 1) === 'Base' && BASE_KINDS.has(text(b - 2))) return 'LOCATION';
  // A ground named as Romance languages name one, its head first: "Stadio Giuseppe Sinigaglia", "Estadio Azteca".
  if (n >= 2 && GROUND_HEADS_FIRST.has(text(a))) return 'LOCATION';
  // A hospital, as the labelled news has each one: "Hennepin County Medical Center", "Jinnah Postgraduate Medical Centre".
  if (n >= 3 && lower(b - 2) === 'medical' && (last === 'center' || last === 'centre')) return 'ORG';
  const sentenceStart = (tokens[a] as Token).sentenceStart;
  // The cues are lower-case words as they stand in running text ("near", "said", "carmaker").
  const prev = sentenceStart ? '' : text(a - 1);
  const prev2 = sentenceStart || (tokens[a - 1] as Token).sentenceStart ? '' : text(a - 2);
  const next = text(b);
  if (n === 2 && koreanGivenName(text(a)) && GAZ.personNames.has(text(a + 1))) return 'PERSON';
  if (n === 2) {
    // The possessive is "'s" or, in text with a space before it, "'" + "s".
    const owner = POSSESSIVE.test(prev) ? a - 2 : prev === 's' && POSSESSIVE.test(text(a - 2)) ? a - 3 : -1;
    // Not a province: "Congo 's North Kivu province".
    if (owner >= 0 && runWordAt(tokens, owner) && !PLACE_AFTER.has(next) && personLike(tokens, a, b))
      return 'PERSON';
  }
  if (
    n >= 2 &&
    n <= 3 &&
    ((prev === 'said' && (next === ',' || next === '.')) ||
      // A party or group's leader in apposition: "Social Democrats , led by Magdalena Andersson , voted".
      (prev === 'by' && prev2 === 'led' && text(a - 3) === ',' && (next === ',' || next === '.')) ||
      // "Hezbollah 's chief of staff Haytham Ali Tabatabai".
      (prev === 'staff' && prev2 === 'of' && lower(a - 3) === 'chief') ||
      roleApposition(tokens as Token[], b) ||
      DONE_TO_PEOPLE.has(prev) ||
      (prev === 'by' && AUTHORED.has(prev2)) ||
      (PEOPLE_DO.has(next) &&
        (GAZ.firstNames.has(text(a)) || GAZ.personNames.has(text(a))) &&
        !GAZ.lowerWords.has(lower(a)))) &&
    personLike(tokens, a, b)
  )
    return 'PERSON';
  // A given name that is a common word or a town's too, before a surname: "Warren Buffett died", "Jackson Pollock
  // wrote".
  if (n === 2 && PEOPLE_DO.has(next) && GAZ.firstNames.has(text(a)) && personLike(tokens, a + 1, b))
    return 'PERSON';
  // A role, then the name between commas: "Araqchi 's deputy , Kazem Gharibabadi , said", "its chief executive , Ana
  // Ruiz , told".
  if (
    n >= 2 &&
    n <= 3 &&
    prev === ',' &&
    next === ',' &&
    (PERSON_ROLES.has(lower(a - 2)) || AIDES.has(lower(a - 2))) &&
    personLike(tokens, a, b, true)
  )
    return 'PERSON';
  // Whose party or company it is, who led a government: "the media company of Kalanithi Maran", "the Kurdistan
  // Democratic Party ( KDP ) of Massoud Barzani", "the previous government under Macky Sall".
  if (
    n >= 2 &&
    n <= 3 &&
    ((prev === 'of' && heldBy(tokens, a - 1)) || (prev === 'under' && LED_UNDER.has(prev2))) &&
    personLike(tokens, a, b, true)
  )
    return 'PERSON';
  // Not a place and title after the list: "Khan 's wife Bushra Bibi and Khyber Pakhtunkhwa Chief Minister".
  if (namedKin(tokens, a) && !ORG_SUFFIXES.has(lower(b - 1)) && !isTitleAt(tokens, b - 1)) return 'PERSON';
  if (n <= 3 && possessive && ownerOfKin(tokens, b) && personLike(tokens, a, b, true)) return 'PERSON';
  const pronoun = selfPronoun(tokens, a, b);
  if ((pronoun === 'he' || pronoun === 'she') && personLike(tokens, a, b, true)) return 'PERSON';
  // A name doing something with what is a person's own: "Geert Wilders pulled his party out", "Sabalenka won her
  // title" (a body's is "its").
  if (
    n <= 3 &&
    PERSONS_OWN.has(lower(b + 1)) &&
    isCommonVerbForm(text(b)) &&
    personLike(tokens, a, b, n >= 2) &&
    // One word opening a sentence may be a common noun ("Investigators say his", "Momma received her").
    (n >= 2 ? !commonWordOpening(tokens, a, b) : !sentenceStart)
  )
    return 'PERSON';
  // A nationality before a name, as results name athletes: "Kazakh Elena Rybakina", "Jamaican Ackeem Blake"; not a
  // region, a title or a body ("British West Indies", "Indonesian President-elect", "Philippine Daily Inquirer").
  if ((n === 3 || n === 4) && isDemonym(text(a)) && nameAfterNationality(tokens, a + 1, b)) return 'PERSON';
  if (n <= 2 && aliasOfPerson(tokens, a) && knownType(tokens, a, b) === undefined) return 'PERSON';
  // A leader's name for the government they lead: "the Obama administration" (Obama is a town in Japan too), "the
  // Trump presidency"; not "the Taliban administration". Not before "government": "the Labor government".
  if (
    n === 1 &&
    LEADERS_RULE.has(next) &&
    /^\p{Lu}\p{Ll}+$/u.test(text(a)) &&
    knownType(tokens, a, b) !== 'ORG'
  )
    return 'PERSON';
  // "singer Rosalía", "operator Elisa", and a sentence's first word: "Writer Aisling Doherty said", "Operator Elisa".
  const prevNoun = a > 0 && (tokens[a - 1] as Token).sentenceStart ? prev.toLowerCase() : prev;
  // A player capped by a country: "Dutch international Quinten Timber", "Brazil international Vinicius Junior".
  const capped = prev === 'international' && (isDemonym(prev2) || namesCountry(tokens, a - 2, a - 1));
  const occupation = OCCUPATIONS.has(prevNoun) || capped;
  if (n <= 3 && occupation && personLike(tokens, a, b, n >= 2)) return 'PERSON';
  // A club by its country's side: "Japanese side Yokohama F. Marinos", "Belarusian side Energetik-BGU Minsk".
  if (prev === 'side' && (isDemonym(prev2) || namesCountry(tokens, a - 2, a - 1))) return 'ORG';
  // An age in commas after a name is a person's: "McIlroy , 35 , joins Gene Sarazen" (not a model's number, "Boeing
  // 747 , 767 ,", nor a common word: "Girl , 15 , killed").
  if (
    n <= 3 &&
    next === ',' &&
    isAge(text(b + 1)) &&
    text(b + 2) === ',' &&
    personLike(tokens, a, b, true) &&
    !(n === 1 && GAZ.lowerWords.has(lower(a)))
  )
    return 'PERSON';
  // A known given name, or an age after the name, as a story introduces people: "Gérard Lefebvre , 71 , said" (asked
  // only where a cue holds).
  const firstName = (): boolean =>
    n >= 2 && (isGivenName(text(a)) || (next === ',' && AGE_NUMBER.test(text(b + 1)) && text(b + 2) === ','));
  // A common word opening a sentence is that word: "No district of Benin", "Nineteen states".
  const commonAtStart =
    commonWordOpening(tokens, a, b) || (n === 1 && sentenceStart && isNumberWord(text(a)));
  // Not a unit before a plant: "a 500 MW plant".
  const site =
    siteAfter(tokens, b) && !firstName() && !(n === 1 && namesNothingAlone(text(a), tokens[b], lower(a)));
  if ((PLACE_AFTER.has(next) || site) && !commonAtStart) {
    // "Maharashtra state", but not "Trump state visit" nor "Xinhua state news agency".
    const stateNoun = text(b) === 'state' && /^\p{Ll}/u.test(text(b + 1)) && !STATE_THEN.has(text(b + 1));
    // Not a body's members ("European Union states") nor a unit of one: "a Chicago Police Department district".
    if (!stateNoun && !firstName() && knownType(tokens, a, b) !== 'ORG' && !isOrgHead(lower(b - 1)))
      return 'LOCATION';
  }
  // The noun after the name, or after the names listed with it: "… and Bono East regions", "the Kessler family".
  const nounAt = afterList(tokens, b);
  const noun = nounAt >= 0 ? text(nounAt) : '';
  if (PLACES_AFTER.has(noun) && !commonAtStart) return 'LOCATION';
  // A family: "the Kessler family", "the Solari and Del Río families"; not a family of products ("the Claude family
  // of models"), nor the families of a place or a body ("the Ballymurphy families", "the GAA family").
  if (
    FAMILY_NOUNS.has(noun) &&
    (nounAt > b || (LIST_JOINS.has(prev) && prev2 !== '' && runWordAt(tokens, a - 2))) ===
      (noun === 'families') &&
    text(nounAt + 1) !== 'of' &&
    /^\p{Lu}\p{Ll}/u.test(text(a)) &&
    knownType(tokens, a, b) === undefined &&
    !commonAtStart
  )
    return 'PERSON';
  if (
    PEOPLE_NOUNS.has(next) &&
    (COUNTED.has(prev.toLowerCase()) || (AGED.test(prev) && COUNTED.has(prev2.toLowerCase()))) &&
    anyPlace(tokens, a, b)
  )
    return 'LOCATION';
  // Where someone named with their age lives: "Daniel Hargreaves , 34 , of Harehills".
  if (prev === 'of' && prev2 === ',' && AGE_NUMBER.test(text(a - 3)) && text(a - 4) === ',' && n <= 3)
    return 'LOCATION';
  if (prev === 'of' && PLACE_OF.has(prev2) && lower(a - 3) === 'the') return 'LOCATION';
  // A level's government is the place's: "the state government of Baden-Wuerttemberg said" (not a leader's: "the
  // previous government of Alberto Fernández").
  if (prev === 'of' && prev2 === 'government' && GOVERNMENT_LEVELS.has(lower(a - 3))) return 'LOCATION';
  if (prev === 'of' && DWELLERS.has(prev2.toLowerCase()) && knownType(tokens, a, b) !== 'ORG')
    return 'LOCATION';
  // "the mayor of Boston", "governor of Texas": a known place after a title and "of" is that place; so is one after a
  // company's legal form, where it is based ("Huayou-Kasai Holdings Ltd of Shenzhen").
  if (
    prev === 'of' &&
    (isPersonTitle(prev2.toLowerCase()) || isLegalForm(prev2.toLowerCase())) &&
    knownAsPlace(tokens, a, b)
  )
    return 'LOCATION';
  // A capital named after the word: "the provincial capital Wabag", "Kenya 's capital Nairobi".
  if (prev === 'capital' && (CAPITAL_BEFORE.has(prev2.toLowerCase()) || POSSESSIVE.test(prev2)))
    return 'LOCATION';
  if (prev === 'near' || (prev === 'the' && prev2 === 'near'))
    return knownType(tokens, a, b) === 'ORG' ? undefined : 'LOCATION';
  // Where a place lies from another, named or measured: "north of Kyiv", "700 kilometres south of Hopetoun".
  if (
    prev === 'of' &&
    COMPASS_REGIONS.has(prev2.toLowerCase()) &&
    (DISTANCE_UNITS.has(lower(a - 3)) || knownAsPlace(tokens, a, b)) &&
    knownType(tokens, a, b) !== 'ORG'
  )
    return 'LOCATION';
  if (
    prev === 'to' &&
    JOURNEYS.has(prev2.toLowerCase()) &&
    knownAsPlace(tokens, a, b) &&
    knownType(tokens, a, b) !== 'ORG'
  )
    return 'LOCATION';
  // Not "outside the Seimas", a parliament, nor a person named from a known given name.
  if (
    (BESIDE.has(prev) || (prev === 'the' && prev2 === 'along')) &&
    !firstName() &&
    knownType(tokens, a, b) !== 'ORG'
  )
    return 'LOCATION';
  if (TOWN_BEFORE.has(prev) && n <= 2 && inStateOrCountry(tokens, b) && knownType(tokens, a, b) !== 'ORG')
    return 'LOCATION';
  if (afterRiverNoun(tokens, a)) return 'LOCATION';
  let org =
    ((prev === 'of' || prev === 'in') && prev2.toLowerCase() === 'shares') ||
    (prev === 'of' && ACQUISITIONS.has(prev2.toLowerCase())) ||
    (prev === 'in' && STAKES.has(prev2.toLowerCase())) ||
    (next === 'shares' &&
      !(n === 1 && NOT_ISSUERS.has(lower(a))) &&
      !SHARE_CLASS.test(text(b - 1)) &&
      // Nor a participle opening the sentence: "Leading shares closed higher" (a company may be a noun: "Arm shares").
      !(commonAtStart && /(?:ing|ed)$/.test(text(a))));
  // What the name owns, after its possessive: "Siemens ' shares", "Rupert Murdoch 's News Corp".
  const after = possessive ? b + 1 : next === "'" && lower(b + 1) === 's' ? b + 2 : -1;
  if (!org) {
    if (after >= 0) {
      const n1 = lower(after);
      const n2 = lower(after + 1);
      org = n1 === 'shares' || n1 === 'ceo' || (n1 === 'chief' && (n2 === 'executive' || n2 === 'financial'));
    }
  }
  org ||=
    // Not a player a club acquired: "The Hurricanes acquired Mikko Rantanen", "… acquired Warren Foegele".
    (n >= 2 &&
      ACQUIRING.has(prev) &&
      !(isGivenName(text(a)) && personLike(tokens, a + 1, b)) &&
      !(speaksOfSport(tokens) && personLike(tokens, a, b))) ||
    (prev === 'at' && EMPLOYEE_ROLES.has(prev2.toLowerCase())) ||
    (prev === 'from' && DATA_NOUNS.has(prev2)) ||
    speaksOfItself(tokens, a, b, pronoun) ||
    moved ||
    (DATA_NOUNS.has(next) && prev === 'to' && prev2.toLowerCase() === 'according') ||
    // Not the owner of a business named after it: "the book arm of Rupert Murdoch 's News Corp".
    (prev === 'of' && HEADS_OF_BUSINESS.has(prev2) && !(after >= 0 && startsName(text(after)))) ||
    // Not a competition's group, named by a letter: "Group B".
    (isCompanyNoun(prevNoun, prev2) &&
      (!firstName() || NAMED_BUSINESSES.has(prevNoun)) &&
      !(prevNoun === 'group' && text(a).length === 1) &&
      // A producer named as people are is one: "British producer Femi Adeyinka-Hart".
      !(prevNoun === 'producer' && personLike(tokens, a, b))) ||
    // The next of a list after a plural one: "drugs groups Ciba-Geigy and Sandoz".
    (n === 1 && LIST_JOINS.has(prev) && pluralCompanyNounBefore(tokens, a)) ||
    // Not an adverb opening a sentence: "Elsewhere, Poland's largest lender PKO Bank Polski".
    (companyApposition(tokens, b) && !commonAtStart) ||
    publishedAsPress(tokens, a, b, commonAtStart) ||
    // What a body does, in a clause after its name: "SANZAAR, which runs the competition", "Universities UK, which
    // represents 140 institutions" (all 37 in the labelled news).
    (next === ',' && lower(b + 1) === 'which' && BODIES_DO.has(lower(b + 2))) ||
    namedAfterCompanyNoun(tokens, a, b);
  // A place is not based in another: "Meridian , based in Copenhagen , said" is a company.
  if (next === ',' && lower(b + 1) === 'based' && lower(b + 2) === 'in' && !firstName()) return 'ORG';
  if (!org) return undefined;
  // Not a compound that qualifies what follows: "shares of Africa-focused miners", "a unit of Michigan - based".
  const compound = /-\p{Ll}+$/u.test(text(b - 1)) || (next === '-' && /^\p{Ll}/u.test(text(b + 1)));
  // Nor a head word alone: "The Society said it would appeal".
  const headAlone = n === 1 && GENERIC_ALONE.has(lower(a));
  return !knownPlace(tokens, a, b) && !compound && !headAlone ? 'ORG' : undefined;
}

/** What a district runs, before "District" in a body's name. */
const SERVICE_DISTRICTS = new Set([
  'school',
  'water',
  'fire',
  'irrigation',
  'sanitary',
  'sewer',
  'library',
  'hospital',
  'park',
  'transit',
  'utility',
]);

/** What is mined, drilled or shipped at a named site, and the sites: "copper deposit", "gas field", "LNG terminal". */
const SITE_GOODS = new Set([
  'oil',
  'gas',
  'copper',
  'gold',
  'coal',
  'lithium',
  'iron',
  'nickel',
  'uranium',
  'diamond',
  'zinc',
  'container',
  'LNG',
  'grain',
]);
/** How a site is worked, between its name and the site: "the Jafurah unconventional gas field". */
const SITE_WAYS = new Set([
  'unconventional',
  'offshore',
  'onshore',
  'shale',
  'tailings',
  'border',
  // What a plant makes: "the Hinkley Point C nuclear plant", "the Dnipro hydroelectric plant".
  'nuclear',
  'power',
  'hydroelectric',
  'hydropower',
  'steel',
  'aluminium',
  'assembly',
]);
const SITES = new Set([
  'plant',
  'plants',
  'reactor',
  'smelter',
  'field',
  'fields',
  'mine',
  'mines',
  'deposit',
  'deposits',
  'terminal',
  'terminals',
  'crossing',
  'crossings',
  'dam',
]);

/**
 * A plant, mine, field, terminal or crossing named before it, also with what it yields or how it is worked: "the
 * Tengiz field", "the Yoshlik copper deposit", "the Jafurah unconventional gas field", "the Semalka border crossing",
 * "the Hinkley Point C nuclear plant".
 */
function siteAfter(tokens: readonly Token[], b: number): boolean {
  let k = b;
  while (k < b + 2 && (SITE_WAYS.has(textAt(tokens, k)) || SITE_GOODS.has(textAt(tokens, k)))) k++;
  return SITES.has(textAt(tokens, k));
}

/** What a body does in a clause after its name: "SANZAAR, which runs the competition". */
const BODIES_DO = new Set([
  'runs',
  'represents',
  'operates',
  'owns',
  'organises',
  'organizes',
  'manages',
  'publishes',
]);

/** What a publisher's name stands before: "told Les Echos newspaper". */
const PRESS_AFTER = new Set(['newspaper', 'tabloid', 'broadsheet']);

/**
 * A name before what it publishes is the publisher, as the labelled news has it (Tasnim, Interfax, Rodong Sinmun):
 * "told Les Echos newspaper", "carried by Tasnim news agency"; not a nationality or a sentence's common first word (a
 * place is no organisation either: "the Beirut newspaper").
 */
function publishedAsPress(tokens: readonly Token[], a: number, b: number, commonAtStart: boolean): boolean {
  const next = textAt(tokens, b);
  if (!PRESS_AFTER.has(next) && !(next === 'news' && textAt(tokens, b + 1) === 'agency')) return false;
  return !commonAtStart && !(b - a === 1 && isDemonym(textAt(tokens, a)));
}

/** What a surname names before it: "the Kessler family", "the Solari and Del Río families". */
const FAMILY_NOUNS = new Set(['family', 'families']);

/** What joins names listed together: "Torridge and Taw", "Kunda , Loviisa". */
const LIST_JOINS = new Set([',', 'and']);
const LISTED = [...LIST_JOINS].map((w) => [w]);

/**
 * The token after the name ending before token b, or after the names listed with it: the last of them ("… and Bono
 * East regions") or one before it ("Ashanti and …", "Kunda , …"); -1 past the text or its sentence.
 */
function afterList(tokens: readonly Token[], b: number): number {
  let k = b;
  let listed = 0;
  // Forward over ", Name" and "and Name" of the list.
  while (
    k + 1 < tokens.length &&
    LIST_JOINS.has(textAt(tokens, k)) &&
    runWordAt(tokens, k + 1) &&
    listed < 4
  ) {
    k = runEnd(tokens, k + 1);
    listed++;
  }
  const after = tokens[k];
  return after !== undefined && !after.sentenceStart ? k : -1;
}

/**
 * Whether the name at token a follows "river" or "rivers" in lower case, itself or as the next of a list of names
 * ("the river Thames", "the rivers Torridge and Taw").
 */
function afterRiverNoun(tokens: readonly Token[], a: number): boolean {
  const noun = textAt(tokens, beforeList(tokens, a));
  return noun === 'river' || noun === 'rivers';
}

/**
 * The token before the name at a, or before the list of one-word names it ends ("rivers Torridge and Taw", "drugs
 * groups Ciba-Geigy and Sandoz"), in its sentence; -1 at the sentence's start.
 */
function beforeList(tokens: readonly Token[], a: number): number {
  let k = a - 1;
  // Back over "X and" / "X ," of a list of one-word names.
  while (k >= 2 && LIST_JOINS.has(textAt(tokens, k)) && runWordAt(tokens, k - 1)) k -= 2;
  return k >= 0 && !(tokens[k + 1] as Token).sentenceStart ? k : -1;
}

/** Words before a quoted name that make it a name, not a title: "known as", "nicknamed", "calls him", "spelled". */
const QUOTED_NAME_CUES = new Set(['as', 'nicknamed', 'alias', 'dubbed', 'called', 'him', 'her', 'spelled']);
/** A closing quote at token k, or a comma or period the quote closes after it ("Wicked: For Good," starring). */
const closesQuote = (tokens: readonly Token[], k: number): boolean =>
  QUOTE_MARKS.has(textAt(tokens, k)) ||
  ((textAt(tokens, k) === ',' || textAt(tokens, k) === '.') && QUOTE_MARKS.has(textAt(tokens, k + 1)));

/** Small words of a title between its capitalised ones: "Butch Cassidy and the Sundance Kid", "Winter in Ushuaia". */
const TITLE_SMALL_WORDS = new Set([
  'and',
  'the',
  'of',
  'a',
  'an',
  'in',
  'on',
  'for',
  'to',
  'with',
  'at',
  'from',
  '&',
]);
/** How far a quoted title may run on either side of a name inside it, in words. */
const QUOTED_TITLE_WORDS = 10;

/**
 * Whether tokens [a, b) lie inside a quoted title of capitalised and small words, a small word among them: "starred
 * in "Butch Cassidy and the Sundance Kid"", "Sofía Barreiro for "Winter in Ushuaia"" (the labelled data tags
 * nothing inside 39 such titles of 41). Not a name after "known as" or "nicknamed".
 */
function insideQuotedTitle(tokens: readonly Token[], a: number, b: number, quotes: FieldQuotes): boolean {
  // The opening mark stands within the title's reach before the name, as it does before few names.
  if (!quotes.quoteIn(a - QUOTED_TITLE_WORDS - 1, a)) return false;
  let small = false;
  const titleWord = (k: number): boolean => {
    const w = textAt(tokens, k);
    if (TITLE_SMALL_WORDS.has(w)) return (small = true);
    return isCapitalized(w) || /^\d/.test(w);
  };
  let open = a - 1;
  while (
    open >= 0 &&
    a - open <= QUOTED_TITLE_WORDS &&
    !QUOTE_MARKS.has(textAt(tokens, open)) &&
    titleWord(open)
  )
    open--;
  if (!QUOTE_MARKS.has(textAt(tokens, open)) || !isCapitalized(textAt(tokens, open + 1))) return false;
  let close = b;
  while (
    close < tokens.length &&
    close - b <= QUOTED_TITLE_WORDS &&
    !closesQuote(tokens, close) &&
    titleWord(close)
  )
    close++;
  return small && closesQuote(tokens, close) && !QUOTED_NAME_CUES.has(lowerAt(tokens, open - 1));
}

/** The Amazon's lands and waters, after which it is the place with or without "the": "Brazil's Amazon rainforest". */
const AMAZON_LANDS = ['basin', 'rainforest', 'river', 'rivers', 'region', 'forest', 'jungle', 'biome'];
/**
 * What follows the Amazon as a place: the end of a clause, its lands and waters, a verb, a word that opens a clause
 * or a phrase after a noun ("burned across the Amazon as farmers cleared land", "deforestation in the Amazon fell").
 */
const AMAZON_THEN = new Set([
  '',
  ',',
  '.',
  ';',
  ':',
  ')',
  '—',
  "'s",
  'and',
  'or',
  'but',
  'as',
  'in',
  'of',
  'to',
  'at',
  'for',
  'from',
  'with',
  'where',
  'while',
  'after',
  'since',
  'until',
  'because',
  'which',
  'that',
  ...AMAZON_LANDS,
  'is',
  'was',
  'has',
  'had',
  'are',
  'were',
  'could',
  'would',
  'will',
  'may',
  'fell',
  'rose',
  'lost',
  'burned',
  'burns',
]);

/** Words between "known as" and the comma after a name: "also known as", "better known as". */
const ALIAS_ADVERBS = new Set(['also', 'better', 'widely', 'popularly']);

/**
 * Whether the run at token a is the alias of a person named just before it: "Mohamed Hamdan Dagalo, known as
 * Hemedti", "Sean Combs, also known as Diddy" (a name opening or ending with a word the gazetteer knows from
 * people's names), not "Islamic State, also known as …".
 */
function aliasOfPerson(tokens: readonly Token[], a: number): boolean {
  const text = (k: number): string => textAt(tokens, k);
  if ((tokens[a] as Token).sentenceStart || text(a - 1) !== 'as' || text(a - 2) !== 'known') return false;
  let k = a - 3;
  if (ALIAS_ADVERBS.has(text(k))) k--;
  if (text(k) !== ',' || !runWordAt(tokens, k - 1)) return false;
  const last = k - 1;
  let start = last;
  while (
    start > 0 &&
    last - start < MAX_NAME_WORDS &&
    !(tokens[start] as Token).sentenceStart &&
    runWordAt(tokens, start - 1)
  )
    start--;
  return (
    GAZ.firstNames.has(text(start)) || GAZ.personNames.has(text(start)) || GAZ.personNames.has(text(last))
  );
}

/** First names that are common words, which the tagger reads as the word where a sentence opens with them. */
const GIVEN_NAMES_THAT_ARE_WORDS = new Set([
  'Amber',
  'Chase',
  'Destiny',
  'Faith',
  'Grace',
  'Hope',
  'Hunter',
  'Joy',
  'Rich',
  'Rose',
  'Ruby',
  'Summer',
  'Sunny',
  'Will',
]);

/**
 * A person named at a sentence's start by a first name that is also a common word, which the tagger reads as the
 * word: "Hope Hicks testified", "Will Poulter joined", "Summer McIntosh set". Two words, the second a capitalised
 * word no list knows (no common word, place, organisation or head), and no name word after them.
 */
export function givenNamesAtSentenceStart(spans: Span[], field: TextField, tokens: Token[]): Span[] {
  const runs: TypedRun[] = [];
  for (let a = 0; a + 2 < tokens.length; a++) {
    const first = tokens[a] as Token;
    if (!first.sentenceStart || !GIVEN_NAMES_THAT_ARE_WORDS.has(first.text)) continue;
    const surname = tokens[a + 1] as Token;
    const after = tokens[a + 2] as Token;
    if (surname.sentenceStart || !/^\p{Lu}\p{Ll}*\p{Lu}?\p{Ll}+$/u.test(surname.text)) continue;
    if (!after.sentenceStart && runWordAt(tokens, a + 2)) continue;
    if (!personLike(tokens, a + 1, a + 2) || GAZ.singleKinds(surname.text) !== undefined) continue;
    // Not a question: "Will Trump sign the bill?"
    let end = a + 2;
    while (end < tokens.length && !(tokens[end] as Token).sentenceStart) end++;
    if (textAt(tokens, end - 1) === '?') continue;
    runs.push({ start: a, end: a + 2, type: 'PERSON' });
  }
  return retypeRuns(spans, field, tokens, runs);
}

/** Words before the press's name: who a person "told", what "the journal" is called. */
const PRESS_BEFORE = new Set(['told', 'journal', 'journals']);

/**
 * Who a person "told" is the press, as the training part labels 45 of 47 such names (the rest nationalities): "he
 * told TyC Sports", "told Westdeutscher Rundfunk", "told BBC Radio 4", "told Sport TV", where the tagger took a piece
 * or nothing; not a person the tagger read ("Trump told Netanyahu") nor a nationality ("told French radio"). So is a
 * journal named after the word, as the labelled news has each: "in the journal Nature Climate Change".
 */
export function pressTold(spans: Span[], field: TextField, tokens: Token[]): Span[] {
  let owner: Int32Array | undefined;
  const runs: TypedRun[] = [];
  for (let k = 1; k + 1 < tokens.length; k++) {
    if (
      !PRESS_BEFORE.has(textAt(tokens, k - 1)) ||
      !runWordAt(tokens, k) ||
      (tokens[k] as Token).sentenceStart
    )
      continue;
    let start = k;
    let end = runEnd(tokens, k);
    // The press's owner is no press: "told Germany 's Handelsblatt newspaper".
    if (POSSESSIVE.test(textAt(tokens, end)) && runWordAt(tokens, end + 1)) {
      start = end + 1;
      end = runEnd(tokens, start);
    }
    // A station's number or "TV": "BBC Radio 4", "Sport TV".
    if (
      (textAt(tokens, end - 1) === 'Radio' && /^\d$/.test(textAt(tokens, end))) ||
      textAt(tokens, end) === 'TV'
    )
      end++;
    if (isDemonym(textAt(tokens, start)) || end - start > 4) continue;
    owner ??= tokenOwners(spans, field, tokens);
    let person = false;
    for (let j = start; j < end && !person; j++) {
      const o = owner[j] as number;
      person = o >= 0 && (spans[o] as Span).type === 'PERSON';
    }
    if (!person) runs.push({ start, end, type: 'ORG' });
  }
  return retypeRuns(spans, field, tokens, runs);
}

/** A byline's role after the writer's name: "By Jane Doe , AP Business Writer". */
const WRITERS = new Set(['Writer', 'Reporter', 'Correspondent', 'Editor', 'Columnist', 'Staff']);

/** Lower-case words before "by" that open a list of the journalists who wrote a story ("Reporting by"). */
const BYLINE_ROLES = new Set(['reporting', 'editing', 'writing', 'additional']);

/**
 * The journalists a wire story names at its end or top are people: "( Reporting by Yara Shoukry and Karim
 * Abdel-Ghaffar ; Editing by Alison Ferris )", "By Tom Bergin and Muvija M" at a line's start. Each capitalised run
 * of the list, of at most four words, until a word that is no name or join ("in London"); not what data is
 * "compiled by".
 */
export function bylines(spans: Span[], field: TextField, tokens: Token[]): Span[] {
  const runs: TypedRun[] = [];
  const newsrooms: TypedRun[] = [];
  for (let k = 0; k + 1 < tokens.length; k++) {
    const t = tokens[k] as Token;
    const opens =
      (t.text === 'by' && BYLINE_ROLES.has(lowerAt(tokens, k - 1))) || (t.text === 'By' && t.sentenceStart);
    if (!opens) continue;
    // After a byline's comma comes the writer's role or paper ("By Gwen Halvorsen , Columbus Dispatch").
    const joins = t.text === 'By' ? ['and', '&'] : ['and', '&', ','];
    const names: TypedRun[] = [];
    let i = k + 1;
    let end = i;
    // A given name that is a month's abbreviation opens a name too: "Jan Strupczewski".
    const nameWord = (at: number): boolean =>
      runWordAt(tokens, at) || (isCapitalized(textAt(tokens, at)) && runWordAt(tokens, at + 1));
    while (i < tokens.length && nameWord(i) && !(tokens[i] as Token).sentenceStart) {
      let j = runEnd(tokens, i);
      // A surname with its Arabic article goes on the name: "Nidal al-Mughrabi".
      while (ARABIC_ARTICLE.test(textAt(tokens, j)) && !(tokens[j] as Token).sentenceStart)
        j = runEnd(tokens, j);
      if (j - i > 4 || knownType(tokens, i, j) !== undefined) break;
      // A newsroom's staff: "By Reuters Staff", "By Politico Staff"; the name alone is the newsroom.
      const staff = j - i > 1 && textAt(tokens, j - 1) === 'Staff';
      names.push({ start: i, end: j, type: staff ? 'DROP' : 'PERSON' });
      if (staff) newsrooms.push({ start: i, end: j - 1, type: 'ORG' });
      end = j;
      // Where each reported from: "Reporting by Camillus Eboh in Abuja and MacDonald Dzirutwe in Lagos".
      const then = textAt(tokens, j) === 'in' && runWordAt(tokens, j + 1) ? runEnd(tokens, j + 1) : j;
      if (!joins.includes(textAt(tokens, then)) || (tokens[then + 1] as Token | undefined)?.sentenceStart)
        break;
      i = then + 1;
    }
    // A line's "By" names its writers and nothing else: not "By Christmas the company had …".
    const after = tokens[end];
    if (t.text === 'By' && after !== undefined && !after.sentenceStart && after.text !== ',') continue;
    runs.push(...names);
    // The paper after the comma, ending the line: "By Zainab Chowdhury , Detroit Free Press"; not the writer's role
    // ("AP Business Writer") nor where the writer is ("By Jane Doe , Washington").
    const paper = end + 1;
    if (t.text !== 'By' || after?.text !== ',' || !runWordAt(tokens, paper)) continue;
    // Any capitalised words: "Mississippi Today", "State Gazette".
    let paperEnd = paper;
    while (isCapitalized(textAt(tokens, paperEnd)) && !(tokens[paperEnd] as Token).sentenceStart) paperEnd++;
    if (
      paperEnd > paper &&
      (tokens[paperEnd] as Token | undefined)?.sentenceStart !== false &&
      paperEnd - paper <= 4 &&
      !WRITERS.has(textAt(tokens, paperEnd - 1)) &&
      knownType(tokens, paper, paperEnd) !== 'LOCATION'
    )
      newsrooms.push({ start: paper, end: paperEnd, type: 'ORG' });
  }
  return retypeRuns(retypeRuns(spans, field, tokens, runs), field, tokens, newsrooms);
}

/** Where the double quotation marks of a field stand, found once for the cues of all its runs. */
class FieldQuotes {
  /** For each token, the last double quotation mark at or before it, or -1. */
  private readonly lastQuote: Int32Array;
  constructor(tokens: readonly Token[]) {
    this.lastQuote = new Int32Array(tokens.length);
    let last = -1;
    for (let k = 0; k < tokens.length; k++) {
      const w = (tokens[k] as Token).text;
      // Each mark is one character: the length spares most tokens the look-up.
      if (w.length === 1 && QUOTE_MARKS.has(w)) last = k;
      this.lastQuote[k] = last;
    }
  }
  /** Whether a double quotation mark stands among tokens [from, to). */
  quoteIn(from: number, to: number): boolean {
    return to > 0 && (this.lastQuote[to - 1] as number) >= from;
  }
}

/** Applies `contextType` to each capitalised run of a field (outside Headline-Case sentences). */
export function contextRules(
  spans: Span[],
  field: TextField,
  tokens: Token[],
  skip?: readonly boolean[],
): Span[] {
  const runs: TypedRun[] = [];
  const text = (k: number): string => (tokens[k] as Token).text;
  const quotes = new FieldQuotes(tokens);
  let i = 0;
  while (i < tokens.length) {
    if (!runWordAt(tokens, i) || skip?.[i]) {
      i++;
      continue;
    }
    const j = runEnd(tokens, i);
    let a = i;
    // Nor where the name is based: "the Lagos-based Dangote Group" (placesInCompounds reads the place).
    while (
      a < j &&
      (isTitleAt(tokens, a) ||
        // A common word opening a title of two: "District Attorney Thomas Quinn".
        (a + 2 < j && isTitleAt(tokens, a + 1) && GAZ.lowerWords.has(lowerAt(tokens, a))) ||
        honorificAt(tokens, a) ||
        // A number opening the sentence counts what the name has: "Two European Space Agency probes".
        ((tokens[a] as Token).sentenceStart && a + 1 < j && isNumberWord(text(a))) ||
        opensNoName(tokens[a] as Token) ||
        namesKindAtStart(tokens, a) ||
        isPlaceCompound(text(a)) ||
        // The office of a title before a name: "Chancellor of the Exchequer Kenneth Clarke".
        (a === i &&
          a + 2 < j &&
          textAt(tokens, a - 1) === 'the' &&
          textAt(tokens, a - 2) === 'of' &&
          isTitleAt(tokens, a - 3)))
    )
      a++;
    // Nor where it is based in words of its own: "Menlo Park-based Hollowbrook Ventures".
    for (let k = j - 2; k > a; k--)
      if (isPlaceCompound(text(k))) {
        a = k + 1;
        break;
      }
    const type = a < j ? contextType(tokens, a, j, quotes) : undefined;
    // A person's nationality before the name is not part of it ("play Ukrainian Marta Kostyuk , who"), as in tidy.
    while (type === 'PERSON' && j - a > 1 && isDemonym(text(a))) a++;
    // What a law or treaty is on is part of its name: "Framework Convention on Climate Change", "Treaty on the
    // Non-Proliferation of Nuclear Weapons".
    const on = textAt(tokens, j + 1) === 'the' ? j + 2 : j + 1;
    const topic = textAt(tokens, j) === 'on' && runWordAt(tokens, on) && !(tokens[on] as Token).sentenceStart;
    const end = type === 'DROP' && topic && LAW_HEADS.has(lowerAt(tokens, j - 1)) ? runEnd(tokens, on) : j;
    // A nationality says what the person is, not who: "The Northern Irishman, who had not won".
    if (type && !namesNationality(textsOf(tokens, a, end))) runs.push({ start: a, end, type });
    i = end;
  }
  return retypeRuns(spans, field, tokens, runs);
}

/**
 * Where a person named in full is from, after "of", is a place where the tagger read another person: "Dorothy Amis of
 * Tunbridge Wells", "Tane Waititi-Brown, of Glen Innes,", "Peter Haverford of Kearney".
 */
export function residentsOf(spans: Span[], field: TextField, tokens: Token[]): Span[] {
  let owner: Int32Array | undefined;
  const runs: TypedRun[] = [];
  for (const s of spans) {
    if (s.field !== field || s.type !== 'PERSON' || textAt(tokens, s.start - 1) !== 'of') continue;
    // An acronym there is the person's body: "Claire Brannigan, of GMP,".
    if (s.end - s.start === 1 && isAllCapitals(textAt(tokens, s.start))) continue;
    const before = textAt(tokens, s.start - 2) === ',' ? s.start - 3 : s.start - 2;
    owner ??= tokenOwners(spans, field, tokens);
    const resident = spans[owner[before] ?? -1];
    if (resident?.type === 'PERSON' && resident.end === before + 1 && resident.end - resident.start >= 2)
      runs.push({ start: s.start, end: s.end, type: 'LOCATION' });
  }
  return retypeRuns(spans, field, tokens, runs);
}

/**
 * A union's local is an organisation, with its union's name before it when written so and its number: "Local 212",
 * "UAW Local 2087", "Teamsters Local 418".
 */
export function unionLocals(spans: Span[], field: TextField, tokens: Token[]): Span[] {
  const runs: TypedRun[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    if ((tokens[i] as Token).text !== 'Local' || !/^\d{1,5}$/.test((tokens[i + 1] as Token).text)) continue;
    runs.push({ start: runStart(tokens, i), end: i + 2, type: 'ORG' });
  }
  return retypeRuns(spans, field, tokens, runs);
}

/** A legislature's chambers, named alone. */
const CHAMBERS = new Set(['House', 'Senate', 'Assembly', 'Legislature']);
/** Officers of a chamber named after it: "Assembly Speaker Carl Heistand", "Senate Majority Leader". */
const CHAMBER_OFFICERS = new Set(['Speaker', 'Majority', 'Minority', 'President', 'Clerk']);
/** The rest of a chamber's name after "of": "House of Representatives", "House of Delegates". */
const CHAMBER_OF = new Set(['Representatives', 'Delegates', 'Commons', 'Lords']);

/**
 * A legislature's chamber is an organisation: a state's, which the tagger read as a place ("Texas House Speaker",
 * "the North Carolina House of Representatives"), and one named alone before its officers or as the legislature
 * ("Assembly Speaker Dale Verhoeven", "the Republican-controlled Legislature").
 */
export function legislativeChambers(spans: Span[], field: TextField, tokens: Token[]): Span[] {
  const runs: TypedRun[] = [];
  let owner: Int32Array | undefined;
  for (let k = 0; k < tokens.length; k++) {
    const word = textAt(tokens, k);
    // In running text: a headline's capitals name no chamber alone ("Opposition Pushes Cuts Through Legislature").
    if (!CHAMBERS.has(word) || !sentenceHas(tokens, k, LONG_LOWER_WORD)) continue;
    owner ??= tokenOwners(spans, field, tokens);
    let end = k + 1;
    if (textAt(tokens, end) === 'of' && CHAMBER_OF.has(textAt(tokens, end + 1))) end += 2;
    const s = spans[owner[k] as number];
    const before = spans[owner[k - 1] ?? -1];
    if (s) {
      if (s.type === 'LOCATION' && s.end === k + 1 && s.start < k && namesStateOrCountry(tokens, s.start, k))
        runs.push({ start: s.start, end, type: 'ORG' });
    } else if (CHAMBER_OFFICERS.has(textAt(tokens, k + 1)) || word === 'Legislature' || end > k + 1) {
      // With its state, which the tagger read apart: "Illinois Senate President Angela Whitfield".
      const state =
        before?.type === 'LOCATION' && before.end === k && namesStateOrCountry(tokens, before.start, k);
      runs.push({ start: state ? before.start : k, end, type: 'ORG' });
    }
  }
  return retypeRuns(spans, field, tokens, runs);
}

/** What an official's office is called after the possessive: "Sheriff 's Office", "Coroner 's Court". */
const OFFICES = new Set(['Office', 'Department', 'Court']);

/** The end of a capitalised run from token i on, over "of" between its words ("District of Minnesota"). */
function runOverOf(tokens: readonly Token[], i: number): number {
  let end = runEnd(tokens, i);
  while (
    textAt(tokens, end) === 'of' &&
    runWordAt(tokens, end + 1) &&
    !(tokens[end + 1] as Token).sentenceStart
  )
    end = runEnd(tokens, end + 1);
  return end;
}

/**
 * An official's office named with the possessive is one organisation with the place or body before it and the
 * district after it: "the Pickens County Sheriff 's Office", "the Istanbul Governor 's Office", "the U.S. Attorney 's
 * Office for the District of Minnesota", which the tagger cut at the possessive.
 */
export function officesOfOfficials(spans: Span[], field: TextField, tokens: Token[]): Span[] {
  const runs: TypedRun[] = [];
  for (let k = 1; k + 1 < tokens.length; k++) {
    if (!OFFICES.has(textAt(tokens, k + 1)) || !POSSESSIVE.test(textAt(tokens, k))) continue;
    if (!runWordAt(tokens, k - 1) || (tokens[k + 1] as Token).sentenceStart) continue;
    let start = runStart(tokens, k - 1);
    if (textAt(tokens, start) === 'The') start++;
    let end = k + 2;
    const the = textAt(tokens, end + 1) === 'the' ? end + 2 : end + 1;
    if (textAt(tokens, end) === 'for' && runWordAt(tokens, the) && !(tokens[the] as Token).sentenceStart)
      end = runOverOf(tokens, the);
    if (start < k) runs.push({ start, end, type: 'ORG' });
  }
  return retypeRuns(spans, field, tokens, runs);
}

const PORTFOLIO_JOINS = new Set(['and', ',', '&']);

/** Titles that hold a portfolio named after "of": "Minister of Energy and Mineral Resources". */
const PORTFOLIO_TITLES = new Set(['minister', 'secretary', 'commissioner']);

/**
 * A portfolio named after the title and "of", in capitalised common words, names nothing but the people in it:
 * "Minister of Energy and Mineral Resources Bahlil Lahadalia", "Secretary of State for Business and Trade" ("Mineral
 * Resources" and "Trade" were read as an organisation and a place), as one named before the title does not.
 */
export function portfoliosAfterTitles(spans: Span[], field: TextField, tokens: Token[]): Span[] {
  let out = spans;
  for (let k = 0; k + 2 < tokens.length; k++) {
    if (textAt(tokens, k + 1) !== 'of' || !PORTFOLIO_TITLES.has(lowerAt(tokens, k))) continue;
    let end = k + 2;
    for (let j = end; j < tokens.length && !(tokens[j] as Token).sentenceStart;) {
      const w = textAt(tokens, j);
      if (isCapitalized(w) && GAZ.lowerWords.has(w.toLowerCase())) end = ++j;
      else if ((PORTFOLIO_JOINS.has(w) || w === 'for') && isCapitalized(textAt(tokens, j + 1))) j++;
      else break;
    }
    if (end > k + 2)
      out = out.filter((s) => s.field !== field || s.type === 'PERSON' || s.start < k + 2 || s.end > end);
  }
  return out;
}

/** Portfolios the common-word list lacks: "Transportation Secretary Pete Buttigieg". */
const UNLISTED_PORTFOLIOS = new Set(['transportation', 'employment']);

/**
 * A minister's portfolio names nothing: the capitalised common words before the title (PORTFOLIO_HOLDERS), joined by
 * "and" or commas ("Brazil 's Mines and Energy Minister", "India 's Petroleum and Natural Gas Minister"; 21 such
 * portfolios in the training part, none of whose words is labelled), but not an organisation's head ("Metropolitan
 * Police Commissioner", "Communist Party Secretary"). A span inside one goes; one that ran into it from its owner
 * ends before the possessive ("Brazil 's Mines" was a place).
 */
export function portfoliosBeforeTitles(spans: Span[], field: TextField, tokens: Token[]): Span[] {
  const portfolioWord = (k: number): boolean => {
    const w = textAt(tokens, k);
    const lower = w.toLowerCase();
    return (
      isCapitalized(w) &&
      (GAZ.lowerWords.has(lower) || UNLISTED_PORTFOLIOS.has(lower)) &&
      !isDemonym(w) &&
      (wordRole(w) & 1) === 0
    );
  };
  const portfolios: Array<[number, number]> = [];
  for (let h = 1; h < tokens.length; h++) {
    const title = textAt(tokens, h);
    if (
      !isCapitalized(title) ||
      !PORTFOLIO_HOLDERS.has(lowerAt(tokens, h)) ||
      (tokens[h] as Token).sentenceStart
    )
      continue;
    let start = h;
    while (start > 0 && !(tokens[start] as Token).sentenceStart) {
      const joined = start < h && PORTFOLIO_JOINS.has(textAt(tokens, start - 1));
      if (portfolioWord(start - 1)) start--;
      else if (
        joined &&
        start >= 2 &&
        portfolioWord(start - 2) &&
        !(tokens[start - 1] as Token).sentenceStart
      )
        start -= 2;
      else break;
    }
    if (start < h) portfolios.push([start, h]);
  }
  if (portfolios.length === 0) return spans;
  const out: Span[] = [];
  for (const s of spans) {
    const p =
      s.field === field ? portfolios.find(([a, b]) => s.start < b && s.end > a && s.end <= b) : undefined;
    if (!p) out.push(s);
    // An owner that ran into the portfolio ends before its possessive; a span inside the portfolio goes.
    else if (s.start < p[0] - 1 && POSSESSIVE.test(textAt(tokens, p[0] - 1)))
      out.push({ ...s, end: p[0] - 1, type: knownType(tokens, s.start, p[0] - 1) ?? s.type });
    else if (s.start < p[0]) out.push(s);
  }
  return out;
}

/**
 * A known place the tagger read as an organisation is a place when "and" joins it to a place: "Buffalo and
 * Rochester", "including Erie and Oswego", and so is a name no list knows between two places of a list ("across
 * Eccles, Patricroft and Walkden"); not where a text speaks of sport, where cities are teams ("Liverpool and
 * Brighton are understood to have bid").
 */
export function placesListedWithPlaces(spans: Span[], field: TextField, tokens: Token[]): Span[] {
  const inField = spans.filter((s) => s.field === field).sort((x, y) => x.start - y.start);
  const runs: TypedRun[] = [];
  for (let i = 0; i + 1 < inField.length; i++) {
    const [a, b] = [inField[i] as Span, inField[i + 1] as Span];
    if (b.start !== a.end + 1 || textAt(tokens, a.end) !== 'and') continue;
    const [place, org] = a.type === 'LOCATION' ? [a, b] : [b, a];
    if (place.type !== 'LOCATION' || org.type !== 'ORG') continue;
    const placeKnown = knownAsPlace(tokens, place.start, place.end);
    // A place owning what follows is no list of places: "between Woodside and Senegal 's tax office".
    if (placeKnown && knownAsPlace(tokens, org.start, org.end) && !POSSESSIVE.test(textAt(tokens, b.end)))
      runs.push({ start: org.start, end: org.end, type: 'LOCATION' });
    // A name no list knows after a known place that a preposition puts somewhere is another place: "visitors from
    // Perth and Esperance" (not a body that says it is one: "in Paris and Acme Holdings", nor a body placed like the
    // one before: "Isar Aerospace in Munich and Rocket Factory Augsburg", "Monzo in London and Nubank in Brazil").
    else if (
      placeKnown &&
      place === a &&
      PLACE_PREPOSITIONS.has(textAt(tokens, a.start - 1)) &&
      !isCapitalized(textAt(tokens, a.start - 2)) &&
      !PLACE_PREPOSITIONS.has(textAt(tokens, b.end)) &&
      knownType(tokens, org.start, org.end) === undefined &&
      !textsOf(tokens, org.start, org.end).some(namesBody) &&
      !POSSESSIVE.test(textAt(tokens, b.end))
    )
      runs.push({ start: org.start, end: org.end, type: 'LOCATION' });
    // A name no list knows beside a body that says it is one is another: "a round led by Foundry Group and REI
    // Co-op", "Zenith Bank and Korvalo" (not a place read as one: "residents of El Porvenir and Sangre de Cristo",
    // nor one after "in": "in Nošovice and Toyota in Kolín").
    else if (
      !placeKnown &&
      knownType(tokens, place.start, place.end) === undefined &&
      !placeWordIn(tokens, place) &&
      !PLACE_PREPOSITIONS.has(textAt(tokens, a.start - 1)) &&
      (knownType(tokens, org.start, org.end) === 'ORG' || textsOf(tokens, org.start, org.end).some(namesBody))
    )
      runs.push({ start: place.start, end: place.end, type: 'ORG' });
  }
  for (let i = 1; i + 1 < inField.length; i++) {
    const [a, x, b] = [inField[i - 1] as Span, inField[i] as Span, inField[i + 1] as Span];
    if (
      a.type === 'LOCATION' &&
      b.type === 'LOCATION' &&
      x.type === 'ORG' &&
      x.start === a.end + 1 &&
      b.start === x.end + 1 &&
      textAt(tokens, a.end) === ',' &&
      LIST_JOINS.has(textAt(tokens, x.end)) &&
      knownType(tokens, x.start, x.end) === undefined
    )
      runs.push({ start: x.start, end: x.end, type: 'LOCATION' });
  }
  return runs.length === 0 || speaksOfSport(tokens) ? spans : retypeRuns(spans, field, tokens, runs);
}

/** Whether a word of the span is a place's head or known as a place: "Baltic Sea", "Cebu Pacific" (not "Lab"). */
function placeWordIn(tokens: readonly Token[], s: Span): boolean {
  for (let k = s.start; k < s.end; k++)
    if (isPlaceWord(lowerAt(tokens, k)) || knownAsPlace(tokens, k, k + 1)) return true;
  return false;
}

/**
 * A name no list knows after a country's possessive, read as a place, is the country's body or company when no noun
 * follows: "China's Transsion, …", "Croatia's INA, and", "India's Paytm fell"; not a place named with its kind
 * ("Somalia's Hiiraan region", "Guatemala's Fuego volcano", "Ethiopia's Somali Region").
 */
export function bodiesOfCountries(spans: Span[], field: TextField, tokens: Token[]): Span[] {
  const runs: TypedRun[] = [];
  let owner: Int32Array | undefined;
  for (const s of spans) {
    if (
      s.field !== field ||
      s.type !== 'LOCATION' ||
      s.start < 2 ||
      !POSSESSIVE.test(textAt(tokens, s.start - 1))
    )
      continue;
    const next = textAt(tokens, s.end);
    if (/^\p{Ll}/u.test(next) && !isCommonVerbForm(next) && !ENGLISH_STOPWORDS.has(next)) continue;
    owner ??= tokenOwners(spans, field, tokens);
    const country = spans[owner[s.start - 2] ?? -1];
    if (
      country?.end === s.start - 1 &&
      namesCountry(tokens, country.start, country.end) &&
      knownType(tokens, s.start, s.end) === undefined &&
      !placeWordIn(tokens, s) &&
      !KIND_OF_PLACE.has(lowerAt(tokens, s.end - 1))
    )
      runs.push({ start: s.start, end: s.end, type: 'ORG' });
  }
  return retypeRuns(spans, field, tokens, runs);
}

/** English stop words: what may follow a company's name where a noun would make the name a modifier. */
const ENGLISH_STOPWORDS = stopwordsFor('en');

/** Plural nouns of kinds whose members a list names: "towns like Mount Magnet and Cue", "universities, including Brown". */
const KINDS_OF_PLACES = new Set([
  'towns',
  'cities',
  'villages',
  'countries',
  'states',
  'provinces',
  'regions',
  'districts',
  'counties',
  'islands',
  'municipalities',
  'suburbs',
  'neighbourhoods',
  'neighborhoods',
  'ports',
  'nations',
  'economies',
  'capitals',
  'territories',
]);
/** The same in the singular, before one place: "the district of Bogura" (not "City of London", a name itself). */
const KIND_OF_PLACE = new Set([
  'town',
  'city',
  'village',
  'district',
  'province',
  'region',
  'county',
  'state',
  'island',
  'municipality',
  'suburb',
  'port',
  'territory',
  'prefecture',
  'governorate',
]);
/** The parts of a country named by the compass, before the places listed in them. */
const COMPASS_REGIONS = new Set([
  'north',
  'south',
  'east',
  'west',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
]);
const KINDS_OF_BODIES = new Set([
  'universities',
  'companies',
  'firms',
  'banks',
  'lenders',
  'insurers',
  'carmakers',
  'automakers',
  'airlines',
  'retailers',
  'conglomerates',
  'charities',
  'newspapers',
  'broadcasters',
  'clubs',
  'teams',
  'parties',
  'unions',
  'agencies',
  'organisations',
  'organizations',
  'groups',
  'schools',
  'funds',
  'platforms',
  'regulators',
  'outlets',
  'publications',
  'publishers',
  'studios',
  'exchanges',
  'brokers',
  'brokerages',
  'chains',
  'supermarkets',
  'carriers',
  'manufacturers',
  'startups',
  'utilities',
  'miners',
]);
/** People by what they are or were, plural, before a list of them: "former presidents X and Y". */
const KINDS_OF_PEOPLE = new Set([
  'presidents',
  'ministers',
  'premiers',
  'leaders',
  'senators',
  'lawmakers',
  'governors',
  'mayors',
  'chancellors',
  'players',
  'actors',
  'singers',
  'coaches',
  'executives',
]);
/** The words that open a list of a kind's members. */
const MEMBERS_OPEN = new Set(['including', 'like']);
/**
 * Lower-case words inside a listed member's name: "Bank of America", "Santa Cruz de la Sierra", "Friends of the Earth"
 * (not heads.ts's NAME_PARTICLES, the particles of people's and places' names).
 */
const MEMBER_NAME_LINKS = new Set(['of', 'for', 'the', 'de', 'la', 'del', 'da', 'do']);
/** The most members read from one list. */
const MAX_MEMBERS = 8;

/** Whether "of" at token k names where the body before it is based: a known place after a word no body's head. */
function basedIn(tokens: readonly Token[], k: number): boolean {
  const before = lowerAt(tokens, k - 1);
  return knownAsPlace(tokens, k + 1, k + 2) && (!isOrgHead(before) || isLegalForm(before));
}

/**
 * The members a list names after a plural kind are of that kind: places after "towns like", "provinces such as"
 * ("towns like Mount Magnet and Cue"), bodies after "universities, including", "companies such as" ("including
 * Columbia, Princeton and Brown"), people named in full after "presidents, including" or at once after their kind
 * ("former presidents Susilo Bambang Yudhoyono and Joko Widodo"), where the tagger read them by their shape.
 */
export function membersOfKinds(spans: Span[], field: TextField, tokens: Token[]): Span[] {
  const runs: TypedRun[] = [];
  let owner: Int32Array | undefined;
  const readAsPerson = (start: number, end: number): boolean => {
    const s = spans[(owner ??= tokenOwners(spans, field, tokens))[start] ?? -1];
    return s?.type === 'PERSON' && s.start === start && s.end === end;
  };
  // The particles from token j up to a name word, where one follows: "of the" in "Friends of the Earth".
  const particlesEnd = (j: number): number => {
    let k = j;
    while (MEMBER_NAME_LINKS.has(textAt(tokens, k))) k++;
    return k > j && startsName(textAt(tokens, k)) ? k : j;
  };
  for (let k = 1; k < tokens.length; k++) {
    const word = textAt(tokens, k);
    // People may follow their kind at once: "former presidents Susilo Bambang Yudhoyono and Joko Widodo".
    const named = KINDS_OF_PEOPLE.has(word) && startsName(textAt(tokens, k + 1));
    // One place after its kind in the singular: "the northern district of Bogura", "the town of Tarhuna".
    const onePlace = word === 'of' && KIND_OF_PLACE.has(textAt(tokens, k - 1));
    const opens =
      named ||
      onePlace ||
      MEMBERS_OPEN.has(word) ||
      (word === 'of' && KINDS_OF_PLACES.has(textAt(tokens, k - 1)))
        ? k + 1
        : word === 'such' && textAt(tokens, k + 1) === 'as'
          ? k + 2
          : -1;
    if (opens < 0) continue;
    const kind = named ? word : lowerAt(tokens, textAt(tokens, k - 1) === ',' ? k - 2 : k - 1);
    // "the towns of Karratha and Dampier" name places; "much of the northeast including Raqqa and Hasaka" too.
    const type =
      onePlace || KINDS_OF_PLACES.has(kind) || (word !== 'of' && COMPASS_REGIONS.has(kind))
        ? 'LOCATION'
        : KINDS_OF_BODIES.has(kind) && word !== 'of'
          ? 'ORG'
          : KINDS_OF_PEOPLE.has(kind) && word !== 'of'
            ? 'PERSON'
            : undefined;
    if (!type) continue;
    let i = opens;
    let last = false;
    let commas = false;
    for (let members = 0; members < MAX_MEMBERS; members++) {
      if (textAt(tokens, i) === 'the') {
        // "the towns of" lists names without "the": not "member states of the World Health Organization".
        if (word === 'of') break;
        i++;
      }
      // Where a member is based is a place of its own: "companies including Shenzhen-based Yunhai Semiconductor".
      if (isPlaceCompound(textAt(tokens, i))) i++;
      // A title opens a person's name: "farm states, including Senator Joni Ernst of Iowa".
      if (isTitleAt(tokens, i)) break;
      const start = i;
      for (;;) {
        // Not where a body is based: "firms including Skyroot Aerospace Pvt Ltd of Hyderabad" (but "University of
        // Oxford").
        if (type === 'ORG' && textAt(tokens, i) === 'of' && basedIn(tokens, i)) break;
        const past = i > start ? particlesEnd(i) : i;
        if (past > i) i = past;
        else if (startsName(textAt(tokens, i)) || (i > start && /^\d+$/.test(textAt(tokens, i)))) i++;
        else break;
        // A legal form's period may end the sentence too: "… and Ridgeback Petroleum Corp. Brightwater said".
        if (textAt(tokens, i - 1).endsWith('.') && isLegalForm(lowerAt(tokens, i - 1))) break;
      }
      if (i === start || (tokens[start] as Token).sentenceStart) break;
      // An owner is no member ("parties such as France 's RN"); nor, unless commas list the members, a common word
      // after "and", which may end the name before it ("utilities such as Pacific Gas and Electric").
      if (POSSESSIVE.test(textAt(tokens, i))) break;
      if (last && !commas && i === start + 1 && GAZ.lowerWords.has(lowerAt(tokens, start))) break;
      // A person's name is a person's, or read as one: not "leaders of the G7" nor "players like Real Madrid".
      if (
        type === 'PERSON' &&
        !(i - start >= 2 && (personLike(tokens, start, i, true) || readAsPerson(start, i)))
      )
        break;
      runs.push({ start, end: i, type });
      if (last || onePlace) break;
      // Members are joined by commas; the last follows "and" or "or".
      const comma = textAt(tokens, i) === ',';
      commas ||= comma;
      if (comma) i++;
      last = textAt(tokens, i) === 'and' || textAt(tokens, i) === 'or';
      if (last) i++;
      else if (!comma) break;
    }
  }
  return retypeRuns(spans, field, tokens, runs);
}

/** A body's number before its name: "9th", "101st". */
const BODY_NUMBER = /^\d{1,3}(?:st|nd|rd|th)$/;
/**
 * A circuit's, a fleet's or an army's number spelled out, or a circuit's name: "Ninth Circuit", "Seventh Fleet",
 * "Federal Circuit"; not a league's ("Second Division").
 */
const SPELLED_NUMBER =
  /^(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Federal|D\.C\.)$/;
const SPELLED_HEADS = new Set(['Circuit', 'Fleet', 'Army', 'Corps']);
const ORDINAL_ENDING = /^(?:st|nd|rd|th)$/;
/** Last words of bodies named by their number: a court of appeals' circuit, a military unit. */
const NUMBERED_HEADS = new Set([
  'Circuit',
  'Army',
  'Fleet',
  'Corps',
  'Division',
  'Brigade',
  'Regiment',
  'Battalion',
  'Squadron',
  'Infantry',
  'Airborne',
]);
/** How many words may stand between a body's number and its last word: "47th Separate Mechanized Brigade". */
const NUMBERED_NAME_WORDS = 3;

/**
 * A US court of appeals named by its circuit, or a military unit by its number, is one organisation with the
 * number, and a court with the "Court of Appeals" after it: "the 9th Circuit", "the Ninth Circuit", "the 2 nd Circuit
 * Court of Appeals" (an ordinal's ending apart, as the labelled news writes it), "the 47th Mechanized Brigade", "the
 * 82nd Airborne Division", where the tagger read "Circuit" alone as a place or left the number out.
 */
export function numberedBodies(spans: Span[], field: TextField, tokens: Token[]): Span[] {
  const runs: TypedRun[] = [];
  for (let k = 1; k < tokens.length; k++) {
    if (!NUMBERED_HEADS.has(textAt(tokens, k)) || (tokens[k] as Token).sentenceStart) continue;
    const numbered = (w: string): boolean =>
      BODY_NUMBER.test(w) || (SPELLED_HEADS.has(textAt(tokens, k)) && SPELLED_NUMBER.test(w));
    // Back over the name's other words ("U.S.", "Mechanized") to the number.
    let start = k - 1;
    while (
      start > 0 &&
      k - start <= NUMBERED_NAME_WORDS &&
      !numbered(textAt(tokens, start)) &&
      runWordAt(tokens, start) &&
      !(tokens[start] as Token).sentenceStart
    )
      start--;
    if (ORDINAL_ENDING.test(textAt(tokens, start)) && /^\d{1,3}$/.test(textAt(tokens, start - 1))) start--;
    else if (!numbered(textAt(tokens, start))) continue;
    let end = k + 1;
    while (NUMBERED_HEADS.has(textAt(tokens, end)) && !(tokens[end] as Token).sentenceStart) end++;
    // "Circuit Judge Sandra Ikuta": only a court runs on.
    if (textAt(tokens, end) === 'Court') end = runOverOf(tokens, end);
    runs.push({ start, end, type: 'ORG' });
    k = end - 1;
  }
  return retypeRuns(spans, field, tokens, runs);
}

/** How far into its sentence a dateline's agency is at most: "NAIROBI , Kenya ( Nation ) -". */
const DATELINE_WORDS = 6;

/**
 * A news agency or wire in brackets after a dateline or between a press release's dashes is an organisation,
 * whatever its name: "LONDON ( PA ) -", "DHAKA ( bdnews24 ) -", "CAMBRIDGE , Massachusetts -- ( BUSINESS WIRE ) --".
 */
export function wiresInDatelines(spans: Span[], field: TextField, tokens: Token[]): Span[] {
  const runs: TypedRun[] = [];
  let sentence = 0;
  for (let k = 1; k < tokens.length; k++) {
    if ((tokens[k] as Token).sentenceStart) sentence = k;
    if (textAt(tokens, k) !== '(') continue;
    const afterDateline = k - sentence <= DATELINE_WORDS && isAllCapitals(textAt(tokens, sentence));
    if (!afterDateline && !DATELINE_DASHES.has(textAt(tokens, k - 1))) continue;
    const end = wireEnd(tokens, k);
    if (end > 0) runs.push({ start: k + 1, end: end - 1, type: 'ORG' });
  }
  return retypeRuns(spans, field, tokens, runs);
}

const PICTURE_AGENCY_WORDS = new Set(['Images', 'Pictures', 'Photo', 'Photos', 'Pool', 'Handout']);

/**
 * A photographer credited after the agency and a slash is a person: "REUTERS/Annegret Hilse", "AP/Evan Vucci".
 */
export function photoCredits(spans: Span[], field: TextField, tokens: Token[]): Span[] {
  const runs: TypedRun[] = [];
  for (let k = 1; k + 2 < tokens.length; k++) {
    if (textAt(tokens, k) !== '/' || !AGENCIES.has(lowerAt(tokens, k - 1))) continue;
    if ((tokens[k + 1] as Token).sentenceStart || !runWordAt(tokens, k + 1)) continue;
    const end = runEnd(tokens, k + 1);
    // Not a picture agency after the news agency: "AFP / Getty Images".
    if (end - k - 1 >= 2 && end - k - 1 <= 3 && !PICTURE_AGENCY_WORDS.has(textAt(tokens, end - 1)))
      runs.push({ start: k + 1, end, type: 'PERSON' });
  }
  return retypeRuns(spans, field, tokens, runs);
}

/** The most words of a paper's name on its line in a press digest: "THE NEW YORK TIMES", "GAZETA WYBORCZA". */
const PAPER_WORDS = 4;

/** A press digest's headline: "PRESS DIGEST - POLAND - SEPT 23", "Press digest - Bulgaria". */
function namesPressDigest(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k + 1 < to; k++)
    if (lowerAt(tokens, k) === 'press' && lowerAt(tokens, k + 1) === 'digest') return true;
  return false;
}

/**
 * A press digest names each paper on a line of its own, in capitals, before the stories it carries: "RZECZPOSPOLITA",
 * "GAZETA WYBORCZA", "24 CHASA" are organisations (a line of capitals is otherwise a headline, which gets no
 * labels). The digest says what it is in its headline: the title, or the body's first line. `lines` are the body's
 * sentences (sports.ts `sentences`), which the caller has.
 */
export function papersInPressDigests(
  spans: Span[],
  title: readonly Token[],
  body: Token[],
  lines: ReadonlyArray<[number, number]>,
): Span[] {
  const first = lines[0];
  // The body's first line when it is the digest's headline.
  const headline = first && namesPressDigest(body, first[0], first[1]) ? first[0] : -1;
  if (headline < 0 && !namesPressDigest(title, 0, title.length)) return spans;
  const runs: TypedRun[] = [];
  for (const [from, to] of lines) {
    if (to - from > PAPER_WORDS || from === headline) continue;
    let letters = false;
    let paper = true;
    for (let k = from; k < to && paper; k++) {
      const w = textAt(body, k);
      letters ||= isAllCapitals(w);
      paper = isAllCapitals(w) || /^\p{N}+$/u.test(w);
    }
    if (paper && letters) runs.push({ start: from, end: to, type: 'ORG' });
  }
  return retypeRuns(spans, 'body', body, runs);
}

/**
 * A storm's name alone, once the story has named the storm, is the storm: "Melissa was the strongest storm" after
 * "Hurricane Melissa" names no person.
 */
export function stormsByName(spans: Span[], fields: ReadonlyArray<readonly [TextField, Token[]]>): Span[] {
  const storms = new Set<string>();
  for (const [, tokens] of fields)
    for (let k = 0; k + 1 < tokens.length; k++)
      if (
        STORM_HEADS.has(textAt(tokens, k)) &&
        runWordAt(tokens, k + 1) &&
        !(tokens[k + 1] as Token).sentenceStart
      )
        storms.add(
          textsOf(tokens, k + 1, runEnd(tokens, k + 1))
            .join(' ')
            .toLowerCase(),
        );
  if (storms.size === 0) return spans;
  return spans.filter((s) => !storms.has(textsOf(s.tokens, s.start, s.end).join(' ').toLowerCase()));
}

/** Words that set one competitor against another: "Gauff lost to Sabalenka", "Sinner beat Alcaraz". */
const AGAINST: ReadonlyArray<readonly string[]> = [
  ['beat'],
  ['beats'],
  ['defeated'],
  ['defeats'],
  ['edged'],
  ['overcame'],
  ['upset'],
  ['stunned'],
  ['vs'],
  ['vs.'],
  ['v'],
  ['lost', 'to'],
  ['loses', 'to'],
  ['fell', 'to'],
];

/**
 * A name of two or three words read as a place or organisation beside a person: listed with one ("Tributes poured in
 * from Oprah Winfrey , Paul McCartney and …"), when its last word is a known name, or set against one ("Coco Gauff
 * lost to Aryna Sabalenka"); a person too when its words could be a person's (no head, title, known place or
 * organisation).
 */
export function besidePersons(spans: Span[]): Span[] {
  // Where persons start and end, by field: built at the first link found, as most spans have none.
  let edges: { starts: Set<string>; ends: Set<string> } | undefined;
  const personAt = (field: TextField, edge: 'starts' | 'ends', k: number): boolean => {
    if (!edges) {
      const persons = spans.filter((p) => p.type === 'PERSON');
      edges = {
        starts: new Set(persons.map((p) => `${p.field}:${p.start}`)),
        ends: new Set(persons.map((p) => `${p.field}:${p.end}`)),
      };
    }
    return edges[edge].has(`${field}:${k}`);
  };
  // The words of a link at [from, from + words.length) of a sentence.
  const linkAt = (tokens: readonly Token[], from: number, words: readonly string[]): boolean =>
    words.every((w, k) => {
      const t = tokens[from + k];
      return t !== undefined && !t.sentenceStart && t.text === w;
    });
  const beside = (s: Span, links: ReadonlyArray<readonly string[]>): boolean =>
    links.some(
      (words) =>
        (linkAt(s.tokens, s.start - words.length, words) &&
          personAt(s.field, 'ends', s.start - words.length)) ||
        (linkAt(s.tokens, s.end, words) && personAt(s.field, 'starts', s.end + words.length)),
    );
  const persons = new Set(
    spans.filter((s) => {
      const n = s.end - s.start;
      return (
        s.type !== 'PERSON' &&
        n >= 2 &&
        n <= 3 &&
        ((GAZ.personNames.has(textAt(s.tokens, s.end - 1)) && beside(s, LISTED)) || beside(s, AGAINST)) &&
        personLike(s.tokens, s.start, s.end)
      );
    }),
  );
  return persons.size === 0 ? spans : spans.map((s) => (persons.has(s) ? { ...s, type: 'PERSON' } : s));
}
