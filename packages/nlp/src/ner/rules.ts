import type { Token } from '../text/tokenize.js';
import { lowerAt, textAt, textsOf } from '../text/tokenize.js';
import { isHeadlineCase } from '../text/headline.js';
import type { Gazetteer, PhraseKind } from './gazetteer.js';
import { isMonth, isWeekday } from './gazetteer.js';
import { isAllCapitals, isCapitalized } from './features.js';
import type { Label } from './perceptron.js';
import { COMMON_LEGAL_FORMS, COMPASS_WORDS, LEGAL_FORMS, PERSON_PARTICLES, STREET_HEADS } from './heads.js';
import { KNOWN_PLACES, STATE_ABBREVIATIONS } from './lexicon.js';
import { titleCase } from './canonical.js';

/**
 * Token-level rules over the tagger's labels, for patterns of news text that the training data (Wikipedia,
 * tweets, loan agreements) teaches badly: datelines, a title before a name, organisation names built on a head
 * word ("Ministry of Health", "Harvard University", "Bungie Inc."), place names built on a geographic head, a
 * name before "party", a first name read as a place, a person split at a particle. Each was kept only when it
 * helped on the training split (4-fold cross-validation, `node dist/eval/errors.js --cv 4`) and on the news dev set.
 */

type Kind = 'PER' | 'ORG' | 'LOC';

/** Titles that are common nouns: they introduce a name only when written in lower case ("chief executive Jensen Huang"). */
const LOWER_CASE_TITLES = new Set([
  'executive',
  'coach',
  'manager',
  'founder',
  'co-founder',
  'director',
  'economist',
  'analyst',
  'striker',
  'midfielder',
  'defender',
  'goalkeeper',
  'quarterback',
  'actor',
  'actress',
  'singer',
  'rapper',
  'leader',
  'lawyer',
  'driver',
  'officer',
  'counsel',
  'owner',
]);
/** Titles after which a run of capitalised words is a person ("Health Minister Mansukh Mandaviya"). */
const STRICT_TITLES = new Set([
  ...LOWER_CASE_TITLES,
  'president',
  'minister',
  'mayor',
  'senator',
  'sen.',
  'governor',
  'gov.',
  'chancellor',
  'treasurer',
  'premier',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'judge',
  'justice',
  'mr.',
  'mrs.',
  'ms.',
  'mr',
  'mrs',
  'ms',
  'dr.',
  'rep.',
  'representative',
  'king',
  'queen',
  'prince',
  'princess',
  'pope',
  'emperor',
  'empress',
  'tsar',
  'czar',
  // A Yoruba or Edo king: "Oba Ewuare II".
  'oba',
  'ambassador',
  'envoy',
  'chairman',
  'chairwoman',
  'chair',
  'chairperson',
  'ceo',
  'secretary',
  'gen.',
  'col.',
  'lt.',
  'capt.',
  'sgt.',
  'professor',
  'prof.',
  // British style writes abbreviated titles and ranks without the period: "Prof Helen Ashworth", "Insp Gareth Pryce".
  'prof',
  'insp',
  'sgt',
  'supt',
  // Councillors, as British and Canadian papers write them: "Cllr Phil Kittering", "Coun. Janelle Fougere".
  'cllr',
  'cllr.',
  'coun.',
  'coun',
  'sheikh',
  'emir',
  'ayatollah',
  'rev.',
  'bishop',
  'archbishop',
  'cardinal',
  'patriarch',
  'congressman',
  'congresswoman',
  'lawmaker',
  'commissioner',
  'attorney',
  'prosecutor',
  'justice',
  'detective',
  'inspector',
  'sir',
  'dame',
  'baroness',
  'speaker',
  'director-general',
  'administrator',
  'secretary-general',
  'principal',
  // Members of parliaments: "Tory MP Nadine Dorries", "Labour MSP …".
  'mp',
  'mep',
  'msp',
  'mla',
  // Military and police ranks written out ("Colonel Baltasar Cárdenas", "Detective Superintendent Grant Lowry").
  'colonel',
  'captain',
  'commander',
  'sergeant',
  'corporal',
  'admiral',
  'commodore',
  'marshal',
  'superintendent',
  'brigadier',
  'commandant',
  // Local officials (the model's title feature, PERSON_TITLES, was trained without them).
  'councilwoman',
  'councilmember',
  'reeve',
  'councilor',
  'alderman',
  'alderwoman',
  'alderperson',
  'coroner',
  'assemblyman',
  'assemblywoman',
  'ombudsman',
  'sheriff',
  'supervisor',
  'selectman',
  'selectwoman',
  'comptroller',
  'magistrate',
  // Ireland's prime minister and deputy: "Taoiseach Micheal Martin".
  'taoiseach',
  'tanaiste',
  'tánaiste',
  // Players' positions as US sports pages write them before a name: "RHP Tyler Glasnow", "QB Joe Burrow".
  'qb',
  'wr',
  'rb',
  'lb',
  'cb',
  'rhp',
  'lhp',
]);

/** Honorifics that may stand between a title and the name: "Chief Executive Dr. Matthias Ohlendorf". */
const HONORIFICS_AFTER_TITLES = new Set(['dr.', 'dr', 'prof.', 'mr.', 'mrs.', 'ms.', 'sir', 'dame']);

/**
 * Words that open a title of several words ("Chief Financial Officer", "General Counsel", "Energy Minister"): a
 * capitalised common-noun title after one of these is a title too ("Boeing Chief Executive Kelly Ortberg").
 */
const TITLE_MODIFIERS = new Set([
  // "Det Insp", "Det Sgt": not a title alone, which Danish and Norwegian names open ("Det Norske Veritas").
  'det',
  // "Ecumenical Patriarch Bartholomew".
  'ecumenical',
  'prime',
  'high',
  'vice',
  'deputy',
  'foreign',
  'health',
  'finance',
  'defence',
  'defense',
  'interior',
  'justice',
  'chief',
  'first',
  'former',
  'acting',
  'financial',
  'operating',
  'executive',
  'general',
  'managing',
  'technology',
  'technical',
  'marketing',
  'investment',
  'information',
  'energy',
  'trade',
  'economy',
  'education',
  'transport',
  'agriculture',
  'environment',
  'labour',
  'labor',
  'culture',
  'senior',
  'assistant',
  'majority',
  'minority',
  'brigadier',
  'lieutenant',
  // "Rear Admiral Daniel Hagari".
  'rear',
  'grand',
  // Judges: "U.S. District Judge James Boasberg".
  'district',
  'circuit',
  'magistrate',
  'bankruptcy',
]);
/** Titles that are also surnames or name parts ("Martin Luther King Day"): not after a capitalised word. */
const NAME_PART_TITLES = new Set(['king', 'queen', 'prince', 'princess', 'sir', 'dame', 'justice']);
const ROMAN = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})$/;

/** Last words of organisation names; a capitalised run ending in one is an organisation. */
const ORG_HEAD_WORDS = new Set<string>([
  ...COMMON_LEGAL_FORMS,
  'forum',
  'bloc',
  'corporation',
  'company',
  'group',
  'holdings',
  'bank',
  'bancorp',
  'university',
  'college',
  'institute',
  'academy',
  'party',
  'ministry',
  'department',
  'council',
  'agency',
  'committee',
  'commission',
  'association',
  'federation',
  'confederation',
  'chamber',
  'movement',
  'directorate',
  'secretariat',
  'command',
  'synod',
  // Churches' sees as their bodies: "Archdiocese of Cologne", "Greek Orthodox Patriarchate of Jerusalem".
  'diocese',
  'archdiocese',
  'eparchy',
  'patriarchate',
  'regiment',
  'battalion',
  'inspectorate',
  'laboratory',
  'cooperative',
  'co-operative',
  'consortium',
  'caucus',
  'foundation',
  'society',
  'authority',
  'bureau',
  'league',
  'club',
  'fc',
  'airlines',
  'airways',
  // Motor racing teams named for their owners: "Chip Ganassi Racing", "Dale Coyne Racing".
  'racing',
  // Miners named for a place and their ore: "Whitehaven Coal", "Harita Nickel" (not gold, silver or steel, which end
  // people's names too, "Adam Silver", nor platinum, which ends products' too, "Ez2DJ Platinum").
  'coal',
  'nickel',
  'lithium',
  'uranium',
  'motors',
  'industries',
  'technologies',
  'laboratories',
  'pharmaceuticals',
  'entertainment',
  'organization',
  'organisation',
  'alliance',
  'coalition',
  'parliament',
  'congress',
  'senate',
  'assembly',
  'cabinet',
  'records',
  'studios',
  'pictures',
  'trust',
  'fund',
  'police',
  'army',
  'navy',
  'court',
  'exchange',
  'service',
  'board',
  'network',
  'hospital',
  'school',
  // Companies' last words, which end only organisations in the training part ("Capital" 36 of 36, "Partners" 24).
  'capital',
  'partners',
  'ventures',
  'management',
  'electronics',
  'labs',
  'steel',
  'international',
  'aerospace',
  'systems',
  'foods',
  'telecom',
  'platforms',
  'motor',
  'equities',
  'robotics',
  'therapeutics',
  'solutions',
  'investments',
  'ratings',
  'media',
  'force',
  'research',
  'cross',
  'nation',
  'government',
  'programme',
  'representatives',
  'democrats',
  // Cultural bodies, which the training part labels organisations (museums 11 of 14, orchestras 8 of 8).
  'museum',
  'orchestra',
  'philharmonic',
  'theatre',
  'theater',
  'union',
  'office',
  'reserve',
  'guard',
  'patrol',
  'brigade',
  'corps',
  'tribunal',
  'limited',
  'forces',
  'administration',
  'centers',
  'centres',
  'centre',
  'center',
  'team',
  'unit',
  'squad',
  'taskforce',
  'guild',
]);
/** Heads of institutions that stand apart from another's name: "University", "College", "Institute". */
const INSTITUTION_HEADS = new Set(['university', 'college', 'institute', 'academy', 'school', 'hospital']);

/** Whether the capitalised run from token i holds an institution's head: "Eindhoven University of Technology". */
function namesInstitution(tokens: readonly Token[], i: number, gaz: Gazetteer): boolean {
  for (let k = i; k < tokens.length && nameWord(tokens[k] as Token, gaz, false); k++)
    if (INSTITUTION_HEADS.has(lowerAt(tokens, k))) return true;
  return false;
}

/** Waters and coasts named "of" a place or person: "Strait of Magellan", "Bay of Bengal", "Cape of Good Hope". */
const WATER_HEADS = new Set(['Strait', 'Straits', 'Gulf', 'Bay', 'Cape']);
/** Words that open a mountain's name: "Mount Merapi", "Mt. Fuji". */
const MOUNTAIN_HEADS = new Set(['Mount', 'Mt.', 'Mt']);
/** Whether a word opens with an ASCII capital, as every water and mountain head does: the rules test every token for
 * those, and most tokens need no look-up then. */
const opensWithAsciiCapital = (word: string): boolean => {
  const c = word.charCodeAt(0);
  return c >= 65 && c <= 90;
};
/** Heads that make an organisation only before "for" or "of". */
const ONLY_BEFORE_FOR_OR_OF = new Set(['centre', 'center']);
/** A company's legal form after its name ("Inc.", "AG"; lower case). */
export const isLegalForm = (lower: string): boolean => LEGAL_FORMS.has(lower);
/** Heads that take an "of X" into the name ("Ministry of Health", "Bank of England", "University of Oxford"). */
const OF_HEADS = new Set([
  'ministry',
  'diocese',
  'archdiocese',
  'eparchy',
  'patriarchate',
  'university',
  'bank',
  'department',
  'institute',
  'academy',
  'college',
  'council',
  'commission',
  'federation',
  'confederation',
  'chamber',
  'movement',
  'directorate',
  'secretariat',
  'alliance',
  'coalition',
  'association',
  'society',
  'league',
  'office',
  'bureau',
  'court',
  'school',
  'union',
  'agency',
  'organisation',
  'organization',
  'authority',
  'reserve',
  'foundation',
  'committee',
  'centers',
  'centres',
  'centre',
  'center',
  'guild',
  'administration',
  'board',
  'corporation',
  'exchange',
  'forces',
  'service',
  'police',
  'hospital',
  'assembly',
  'congress',
  'tribunal',
  'network',
  'trust',
  'fund',
  'army',
  'navy',
  'parliament',
  'unit',
  'museum',
  'theatre',
  'theater',
  'orchestra',
]);
/** Heads that take "for X", and "of X" where X is no place ("Democratic Party for the People", "Party of Action and
 * Solidarity"; a party "of" a place is orgOfPlace's). */
const FOR_HEADS = new Set(['party', 'forum']);
/** Words that start no organisation's name though capitalised before one ("Today Hamilton Police"). */
const NOT_IN_NAMES = new Set([
  'today',
  'yesterday',
  'tomorrow',
  'tonight',
  'local',
  'former',
  'the',
  'our',
  'his',
  'her',
  'their',
  'its',
  'my',
  'your',
  'this',
  'that',
  'at',
  'in',
  'on',
  'by',
  'from',
  'with',
  'and',
  'or',
  'but',
  'said',
  'says',
  'thanks',
  'via',
  'rt',
]);
/** Runs that end in these are places, not organisations, whatever the head says. */
const NOT_ORG_RUNS = new Set(['soviet union', 'oval office', 'european court', 'white house']);

/** Last words of place names ("Rift Valley", "Gulf of Mexico" is handled by the gazetteer). */
const LOC_HEAD_WORDS = new Set([
  'valley',
  'river',
  'mountains',
  'island',
  'islands',
  'sea',
  'ocean',
  'lake',
  'bay',
  'province',
  'county',
  'parish',
  'strait',
  'peninsula',
  'desert',
  'coast',
  'canyon',
  'airport',
  'stadium',
  'basin',
  'delta',
  'highlands',
  'oblast',
  // Venues and places the training part labels so wherever they end a name ("Arena" 16 of 16, "Canal" 8 of 8).
  'arena',
  'dome',
  'canal',
  'prefecture',
  'strip',
  ...[...STREET_HEADS].filter((w) => !w.endsWith('.')),
]);

/** Last words of place names the head lists leave out. */
const PLACE_WORDS = new Set([
  'district',
  'falls',
  'heights',
  'springs',
  'hills',
  'beach',
  'city',
  'town',
  'village',
  'creek',
  'point',
  'harbour',
  'harbor',
  'port',
  'fort',
  'mount',
  'station',
  'hall',
  'center',
  'centre',
  'road',
  'street',
  'avenue',
  'square',
  'park',
  'bridge',
  'island',
  'county',
  'parish',
  'state',
  'line',
  'way',
  'gardens',
  'palace',
  'castle',
  'tower',
  'house',
  'church',
  'cathedral',
  'abbey',
  'hotel',
  'causeway',
  'junction',
]);

/**
 * A first name that opens a person's name: not a compass word, a particle or a place's first word that the
 * first-name list also holds, which open places and businesses ("West Yorkshire", "La Santé", "Port Isabel").
 */
export function opensPerson(word: string, gaz: Gazetteer): boolean {
  return (
    gaz.firstNames.has(word) &&
    !COMPASS_WORDS.has(word) &&
    !PLACE_OPENERS.has(word) &&
    !PERSON_PARTICLES.has(word.toLowerCase())
  );
}

/** Words the first-name list holds that open places' and businesses' names: "Port Sudan", "Sky News". */
const PLACE_OPENERS = new Set(['Port', 'Bay', 'Monte', 'Mar', 'Royal', 'Sky', 'Star']);

/** The last word (lower case) of an organisation's or a place's name, never of a person's. */
const endsAName = (last: string): boolean =>
  ORG_HEAD_WORDS.has(last) || LOC_HEAD_WORDS.has(last) || PLACE_WORDS.has(last);

/** A word that ends or names a kind of place ("valley", "county", "city", "bridge"): lower case. */
export const isPlaceWord = (lower: string): boolean => LOC_HEAD_WORDS.has(lower) || PLACE_WORDS.has(lower);
const CONNECT = new Set(['of', 'and', '&', 'for', 'de', 'du', 'des', 'la', 'le', 'on', 'the']);
/** Dashes that end a dateline: "WASHINGTON (Reuters) -". */
export const DATELINE_DASHES: ReadonlySet<string> = new Set(['-', '–', '—']);

const COMPOUND_SUFFIXES = new Set([
  'based',
  'listed',
  'born',
  'headquartered',
  'registered',
  'bound',
  'backed',
  'owned',
  'led',
  'controlled',
  'run',
  'funded',
  'allied',
  'aligned',
  'made',
  'flagged',
]);
const COMPOUND = /^(\p{Lu}[\p{L}.']*)-(\p{L}+)$/u;

/**
 * The place (or owner) a compound word is formed with: "Seoul" of "Seoul-based", "London" of "London-listed", "Iran"
 * of "Iran-backed", "Sony" of a headline's "Sony-Backed"; undefined for any other word.
 */
export function compoundPlace(word: string): string | undefined {
  if (word.indexOf('-') <= 0) return undefined;
  const m = COMPOUND.exec(word);
  return m && COMPOUND_SUFFIXES.has((m[2] as string).toLowerCase()) ? m[1] : undefined;
}
/** "the [London-listed] Glencore Plc": no word of the name after it. */
export const isPlaceCompound = (word: string): boolean => compoundPlace(word) !== undefined;
const DATELINE_AFTER = new Set([...DATELINE_DASHES, '(', ',', ':']);
export const AGENCIES: ReadonlySet<string> = new Set([
  'reuters',
  'ap',
  'afp',
  'upi',
  'dpa',
  'ians',
  'pti',
  'xinhua',
  'bloomberg',
  'ansa',
  'efe',
  'tass',
  'cnn',
  'aap',
  'cp',
  'pa',
  'ani',
  'kyodo',
  'yonhap',
  'bernama',
  'anadolu',
]);

/** Bits: 1 organisation head, 2 place head, 4 title, 8 "party"/"union". */
const ROLES = new Map<string, number>();
const addRole = (words: Iterable<string>, bit: number): void => {
  for (const w of words) ROLES.set(w, (ROLES.get(w) ?? 0) | bit);
};
addRole(ORG_HEAD_WORDS, 1);
addRole(LOC_HEAD_WORDS, 2);
addRole(STRICT_TITLES, 4);
addRole(['party', 'union'], 8);

const isUpperWord = (w: string): boolean => {
  // Fast rejection of the usual "The", "said": a lower-case ASCII letter first or second.
  const a = w.charCodeAt(0);
  const b = w.charCodeAt(1);
  if ((a >= 97 && a <= 122) || (b >= 97 && b <= 122) || w.length < 2) return false;
  return /^\p{Lu}[\p{Lu}.'’-]+$/u.test(w) && /\p{Lu}{2}/u.test(w);
};

function kindOf(label: Label): Kind | undefined {
  return label === 'O' ? undefined : (label.slice(2) as Kind);
}

export const PLACE_KINDS: ReadonlySet<PhraseKind> = new Set(['COUNTRY', 'CITY', 'REGION', 'PLACE']);
/** Whether the gazetteer's kind of a name is a place's (not a company's or an organisation's, nor unknown). */
export const isPlaceKind = (kind: PhraseKind | undefined): boolean =>
  kind !== undefined && PLACE_KINDS.has(kind);

/** How many tokens from `start` on, ending by `last`, name a place the gazetteer knows (0 when none): the longest. */
function knownPlacePrefix(tokens: readonly Token[], start: number, last: number, gaz: Gazetteer): number {
  for (let k = Math.min(3, last - start + 1); k >= 1; k--) {
    const words = textsOf(tokens, start, start + k);
    const kinds = k === 1 ? gaz.singleKinds(words[0] as string) : new Set([gaz.wholeKind(words)]);
    if (kinds && [...kinds].some(isPlaceKind)) return k;
  }
  return 0;
}

/** Words inside the name of a body or subject after a title: "Bureau of Investigation", "Trade and Industry". */
const OFFICE_CONNECTORS = new Set(['of', 'and', '&', 'for']);

interface Office {
  start: number;
  end: number;
  /** ORG for a body ("the Federal Reserve"), none for a subject in common words ("Human Rights", "Finance"). */
  kind: Kind | undefined;
}

/**
 * The body or subject after a title and "of" or "for" that a person's name follows: "Chairman of the Federal Reserve
 * Jerome Powell", "High Commissioner for Human Rights Volker Türk", "President of the European Commission Ursula von
 * der Leyen", which the tagger read as one organisation with the name. The person starts at a known first name (one
 * after which no organisation's head follows: not "Melinda" of "Bill & Melinda Gates Foundation"), or, after a
 * subject in common words, at the first word that is none.
 */
function officeOfTitle(tokens: readonly Token[], t: number, gaz: Gazetteer): Office | undefined {
  const link = textAt(tokens, t + 1);
  if (link !== 'of' && link !== 'for') return undefined;
  const start = textAt(tokens, t + 2) === 'the' ? t + 3 : t + 2;
  let end = start;
  while (end < tokens.length && end - start < 9 && !(tokens[end] as Token).sentenceStart) {
    const w = textAt(tokens, end);
    if (!(nameWord(tokens[end] as Token, gaz, true) || OFFICE_CONNECTORS.has(w) || PERSON_PARTICLES.has(w)))
      break;
    end++;
  }
  const common = (k: number): boolean => gaz.lowerWords.has(lowerAt(tokens, k));
  const heads = (from: number): boolean => {
    for (let k = from; k < end; k++) if (ORG_HEAD_WORDS.has(lowerAt(tokens, k))) return true;
    return false;
  };
  let person = -1;
  for (let k = start + 1; k + 1 < end && person < 0; k++)
    if (gaz.firstNames.has(textAt(tokens, k)) && !heads(k)) person = k;
  if (person < 0) {
    let k = start;
    while (k < end && (common(k) || OFFICE_CONNECTORS.has(textAt(tokens, k)))) k++;
    if (k === start || k + 1 >= end || !isCapitalized(textAt(tokens, k))) return undefined;
    person = k;
  }
  if (OFFICE_CONNECTORS.has(textAt(tokens, person - 1))) return undefined;
  // A title of its own before the name introduces it: "spokesperson for Senate Finance Committee Chair Mike Crapo".
  for (let k = start; k < person; k++) if (STRICT_TITLES.has(lowerAt(tokens, k))) return undefined;
  let subject = true;
  for (let k = start; k < person && subject; k++)
    subject = common(k) || OFFICE_CONNECTORS.has(textAt(tokens, k));
  return { start, end: person, kind: subject && !heads(start) ? undefined : 'ORG' };
}

/** Sets tokens [start, end) to one entity of this kind, cutting whatever entity straddles its edges. */
function setSpan(labels: Label[], start: number, end: number, kind: Kind | undefined): void {
  for (let k = start; k < end; k++) labels[k] = kind ? (((k === start ? 'B-' : 'I-') + kind) as Label) : 'O';
  const after = labels[end];
  if (after !== undefined && after.startsWith('I-')) labels[end] = ('B-' + after.slice(2)) as Label;
}

/** Whether a word may be part of a name run: capitalised (or a digit), not a month, weekday or sentence word. */
function nameWord(t: Token, gaz: Gazetteer, allowStart: boolean): boolean {
  const w = t.text;
  if (!isCapitalized(w) || !/^\p{L}/u.test(w)) return false;
  const lower = w.toLowerCase();
  if (isMonth(lower) || isWeekday(lower)) return false;
  if (t.sentenceStart && !allowStart && gaz.lowerWords.has(lower)) return false;
  if (lower === 'the' || lower === 'a' || lower === 'an') return false;
  return true;
}

/** A word the gazetteer knows as no place, organisation or person: "Waterways", "Oversight". */
export const namesNothing = (word: string, gaz: Gazetteer): boolean =>
  gaz.singleKinds(word) === undefined && !gaz.firstNames.has(word) && !gaz.personNames.has(word);

/** A capitalised common word that names nothing of its own, as a party's values: "Justice", "Solidarity". */
const namesValue = (t: Token, gaz: Gazetteer): boolean =>
  /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
  gaz.singleKinds(t.text) === undefined &&
  (gaz.lowerWords.has(t.lower) || namesNothing(t.text, gaz));

/** The most words of one portfolio in a list: "Rural Affairs", "Natural Gas". */
const PORTFOLIO_WORDS = 3;

/**
 * The end of the portfolios a ministry lists after its first, from the comma at token k: "Ministry of Health |,
 * Labour and Welfare", "Department of Children |, Youth, and Families" (all seven such names in the training part
 * are one organisation), "Department of Agriculture |, Food and the Marine", or undefined. Common words only, so that
 * bodies listed after one are not joined to it ("University of Oxford, Harvard and MIT"); the last may also be a
 * word the gazetteer knows nothing of ("Ministry of Ports |, Shipping and Waterways").
 */
export function portfolioListEnd(tokens: readonly Token[], k: number, gaz: Gazetteer): number | undefined {
  const portfolio = (from: number, last: boolean): number => {
    let end = from;
    while (end - from < PORTFOLIO_WORDS && end < tokens.length) {
      const t = tokens[end] as Token;
      if (t.sentenceStart || !nameWord(t, gaz, true)) break;
      if (!gaz.lowerWords.has(t.lower) && !(last && namesNothing(t.text, gaz))) break;
      end++;
    }
    return end > from ? end : -1;
  };
  // "and", or "and the" before a last portfolio of one word that is no body ("the Marine"; not "and the Armed
  // Forces", "and the Army").
  const lastAfter = (and: number): number => {
    if (textAt(tokens, and + 1) !== 'the') return portfolio(and + 1, true);
    const end = portfolio(and + 2, true);
    return end === and + 3 && (wordRoleAt(tokens, and + 2) & 1) === 0 ? end : -1;
  };
  let at = k;
  while (textAt(tokens, at) === ',') {
    if (textAt(tokens, at + 1) === 'and') {
      const end = lastAfter(at + 1);
      return end < 0 ? undefined : end;
    }
    const end = portfolio(at + 1, false);
    if (end < 0) return undefined;
    if (textAt(tokens, end) === 'and') {
      const last = lastAfter(end);
      return last < 0 ? undefined : last;
    }
    at = end;
  }
  return undefined;
}

/**
 * Whether tokens [from, to) — one sentence — are in Headline Case or capitals (common words counted only, at least
 * minWords of them).
 */
function isHeadline(
  tokens: readonly Token[],
  from: number,
  to: number,
  gaz: Gazetteer,
  minWords = 3,
): boolean {
  // A sentence that ends with a full stop is prose, however many names it holds ("Meanwhile in Brussels, European
  // Commission President Ursula von der Leyen met NATO Secretary General Mark Rutte.").
  if (to - from > 1 && (tokens[to - 1] as Token).text === '.') return false;
  let words = 0;
  let caps = 0;
  let lowerCommon = 0;
  for (let k = from; k < to; k++) {
    const w = (tokens[k] as Token).text;
    if (w.length < 4) continue;
    // Common words only: a sentence dense with names is no headline.
    if (isCapitalized(w)) {
      // Head words and titles are capitalised inside names in any sentence ("Reserve Bank", "Harvard University").
      if (gaz.lowerWords.has(w.toLowerCase()) && wordRole(w) === 0 && /^\p{L}+$/u.test(w)) {
        words++;
        caps++;
      }
    } else if (gaz.lowerWords.has(w)) {
      words++;
      // Past a quarter of common words in lower case, no headline whatever follows.
      if (++lowerCommon * 3 > caps + (to - k - 1)) return false;
    }
  }
  return words >= minWords && caps / words >= 0.75;
}

/**
 * Per token: whether its sentence is a headline. With firstLineOnly, only the first sentence of a longer text
 * counts (the place of a headline: "Biden Signs Bill to Avert Government Shutdown"), and only without a final
 * period unless written in capitals.
 */
export function headlineSentences(
  tokens: readonly Token[],
  gaz: Gazetteer,
  firstLineOnly = false,
): boolean[] | undefined {
  let out: boolean[] | undefined;
  let from = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i < tokens.length && !(tokens[i] as Token).sentenceStart) continue;
    if (firstLineOnly) {
      if (i === tokens.length) break;
      let shouted = true;
      let letters = 0;
      for (let k = from; k < i && shouted; k++) {
        const w = (tokens[k] as Token).text;
        if (w !== w.toUpperCase()) shouted = false;
        else if (/^\p{L}/u.test(w)) letters += w.length;
      }
      // A line in capitals ("GOLF - MCILROY TAKES TWO-SHOT LEAD IN DUBAI .") or in Headline Case without a final
      // period; a semicolon joins a headline's clauses ("Apple Shares Fall As China Sales Slump; Analysts Cut
      // Targets"), each read on its own.
      shouted &&= letters > 8;
      const end = (tokens[i - 1] as Token).text;
      // The first line may be a short headline dense with names, with fewer common words than the test asks
      // ("Moretti Edges Ferrer In Last-Lap Duel At Mugello"): where the title's test takes the line, one common word
      // is enough, or none before a dateline; a dateline's own line is none ("AL-AIN, United Arab Emirates").
      const shortHeadline = (): boolean =>
        from === 0 &&
        !opensDateline(tokens, from) &&
        isHeadlineCase(tokens.slice(from, i)) &&
        (isHeadline(tokens, from, i, gaz, 1) || opensDateline(tokens, i));
      const headline =
        shouted ||
        ((isHeadline(tokens, from, i, gaz) || shortHeadline()) && (end === ';' || !/^[.!?;…:,]$/.test(end)));
      if (headline) (out ??= new Array<boolean>(tokens.length).fill(false)).fill(true, from, i);
      if (!headline || end !== ';') break;
      from = i;
      continue;
    }
    if (isHeadline(tokens, from, i, gaz))
      (out ??= new Array<boolean>(tokens.length).fill(false)).fill(true, from, i);
    from = i;
  }
  return out;
}

/** The end of the words in capitals from token i, four at most, in one sentence: a dateline's place ("NEW YORK"). */
function capitalsEnd(tokens: readonly Token[], i: number): number {
  let j = i;
  while (
    j < tokens.length &&
    j - i < 4 &&
    isUpperWord(textAt(tokens, j)) &&
    (j === i || !(tokens[j] as Token).sentenceStart)
  )
    j++;
  return j;
}

/** Whether the sentence at token i opens as a dateline does, a known place or not: "SCARPERIA, Italy, June 2 -". */
function opensDateline(tokens: readonly Token[], i: number): boolean {
  const j = capitalsEnd(tokens, i);
  const after = textAt(tokens, j);
  return j > i && (after === ',' || after === '(' || DATELINE_DASHES.has(after));
}

/** Headline test of the sentence holding token i, computed on demand (most sentences are never asked). */
function headlineOracle(tokens: readonly Token[], gaz: Gazetteer): (i: number) => boolean {
  // Asked in increasing token order: the last sentence's range and answer are kept.
  let from = -1;
  let to = -1;
  let answer = false;
  return (i) => {
    if (i >= from && i < to) return answer;
    from = i;
    while (from > 0 && !(tokens[from] as Token).sentenceStart) from--;
    to = i + 1;
    while (to < tokens.length && !(tokens[to] as Token).sentenceStart) to++;
    answer = isHeadline(tokens, from, to, gaz);
    return answer;
  };
}

/**
 * Where the dateline starting at token i ends ("WASHINGTON (Reuters) -", "NAIROBI -", "LONDON , March 3 -": a place
 * the gazetteer knows, in capitals, at a line start, before the agency, a date or a dash), or -1 when none does.
 */
export function datelineEnd(tokens: readonly Token[], i: number, gaz: Gazetteer): number {
  if (!(tokens[i] as Token).sentenceStart || !isUpperWord(textAt(tokens, i))) return -1;
  let known = DATELINE_ENDS.get(tokens);
  if (known?.gaz !== gaz) DATELINE_ENDS.set(tokens, (known = { gaz, ends: new Map() }));
  let end = known.ends.get(i);
  if (end === undefined) known.ends.set(i, (end = datelineEndUncached(tokens, i, gaz)));
  return end;
}

/**
 * datelineEnd of each sentence opening in capitals, per token array: the rules, the entities' vote and the keywords
 * ask alike of the same tokens.
 */
const DATELINE_ENDS = new WeakMap<readonly Token[], { gaz: Gazetteer; ends: Map<number, number> }>();

function datelineEndUncached(tokens: readonly Token[], i: number, gaz: Gazetteer): number {
  const j = capitalsEnd(tokens, i);
  // Two places filed from, the dateline's end the second's: "HANOI/MANILA, Feb 20 (Reuters) -".
  if (textAt(tokens, j) === '/' && isUpperWord(textAt(tokens, j + 1)))
    return placesEnd(tokens, j + 1, capitalsEnd(tokens, j + 1), gaz);
  return placesEnd(tokens, i, j, gaz);
}

/** Where a dateline's place in capitals at tokens [i, j) ends, after what follows it, or -1. */
function placesEnd(tokens: readonly Token[], i: number, j: number, gaz: Gazetteer): number {
  const text = (k: number): string => textAt(tokens, k);
  const next = tokens[j];
  if (!next || next.sentenceStart) return -1;
  // The wire's own: "BONN 1996-08-24", the date alone on the line after the place.
  if (isLineDate(tokens, j)) return j;
  if (!DATELINE_AFTER.has(next.text)) return -1;
  const after = text(j + 1);
  if (next.text === '(' && !AGENCIES.has(after.toLowerCase()) && wireEnd(tokens, j) < 0) return -1;
  if (next.text !== ',') return placeKnown(tokens, i, j, gaz);
  // A city the gazetteer may not know, before its country: "AL-AIN, United Arab Emirates 1996-12-06"; a venue before
  // its city, unless the gazetteer knows it as a body: "THE OVAL, London 1996-08-22", not "UNITED NATIONS, New York".
  if (placeBeforeDashEnd(tokens, j + 1, gaz) > 0) return j;
  if (placeBeforeDashEnd(tokens, j + 1, gaz, true) > 0) {
    const venue = gaz.wholeKind(upperWords(tokens, i, j));
    if (venue === undefined || isPlaceKind(venue)) return j;
  }
  if (!(opensDate(after) || isUpperWord(after))) return -1;
  // Whatever the capitals name, a date and a wire after them make them the place: "UNITED NATIONS, Nov 18 (Reuters) -".
  if (opensDate(after) && [j + 2, j + 3, j + 4].some((k) => wireEnd(tokens, k) > 0)) return j;
  return placeKnown(tokens, i, j, gaz);
}

/**
 * A month or a day's number, as a dateline's date opens; the month may be abbreviated with its period, as American
 * wires write it: "DENVER, Jan. 14 (Reuters) -".
 */
const opensDate = (word: string): boolean =>
  isMonth(word.toLowerCase().replace(/\.$/, '')) || /^\d/.test(word);

/** The most words of a news agency's or wire's name in a dateline's brackets. */
const WIRE_WORDS = 3;

/**
 * The end of a news agency or wire named in brackets before a dash, from the bracket at token k, or -1: "LONDON (PA)
 * -", "DHAKA (bdnews24) -", "CAMBRIDGE, Massachusetts--(BUSINESS WIRE)--".
 */
export function wireEnd(tokens: readonly Token[], k: number): number {
  if (textAt(tokens, k) !== '(') return -1;
  let close = k + 1;
  while (
    close < tokens.length &&
    close - k <= WIRE_WORDS &&
    /^\p{L}[\p{L}\p{N}.&'-]*$/u.test(textAt(tokens, close))
  )
    close++;
  if (close === k + 1 || textAt(tokens, close) !== ')' || !DATELINE_DASHES.has(textAt(tokens, close + 1)))
    return -1;
  return close + 1;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The capitals of tokens [i, j) as the gazetteer writes names: "THE OVAL" → "The", "Oval". */
const upperWords = (tokens: readonly Token[], i: number, j: number): string[] =>
  textsOf(tokens, i, j).map((w) => titleCase(w));

/** A plural that names a team ("Bulls", "Jays", "Knicks"), not a place ("Islands", "Falls") nor a surname in "-ss". */
export const TEAM_PLURAL = /^\p{Lu}\p{Ll}+[^s]s$/u;

/**
 * Whether a city of one or two words at i is followed by a team's plural nickname: "St. Louis Eagles"; not a
 * country's people: "Agency for Palestine Refugees".
 */
function teamAt(tokens: readonly Token[], i: number, gaz: Gazetteer): boolean {
  for (const j of [i + 1, i + 2]) {
    const nickname = textAt(tokens, j);
    if (!TEAM_PLURAL.test(nickname) || isPlaceWord(nickname.toLowerCase())) continue;
    const city = tokens.slice(i, j).map((t) => t.text);
    const kinds = city.length === 1 ? gaz.singleKinds(city[0] as string) : undefined;
    if (kinds ? kinds.has('CITY') && !kinds.has('COUNTRY') : gaz.wholeKind(city) === 'CITY') return true;
  }
  return false;
}

/** j when the gazetteer knows the capitals of tokens [i, j) as a place, else -1. */
function placeKnown(tokens: readonly Token[], i: number, j: number, gaz: Gazetteer): number {
  const words = upperWords(tokens, i, j);
  // One word may name a company too: "SYDNEY" is the city in a dateline.
  const kinds = words.length === 1 ? gaz.singleKinds(words[0] as string) : undefined;
  if (kinds) return [...kinds].some(isPlaceKind) ? j : -1;
  return isPlaceKind(gaz.wholeKind(words)) ? j : -1;
}

/**
 * The end of the country, region or state after a dateline's city, before its dash, agency or date, or -1:
 * "NAIROBI, Kenya (AP) —", "PICKENS, S.C. —", "AL-AIN, United Arab Emirates 1996-12-06", "CARDIFF, Wales, March 7
 * (Reuters) -"; with `cities`, of any place after a venue too: "THE OVAL, London 1996-08-22".
 */
function placeBeforeDashEnd(tokens: readonly Token[], k: number, gaz: Gazetteer, cities = false): number {
  const place = textAt(tokens, k);
  if (!isCapitalized(place)) return -1;
  for (let end = Math.min(tokens.length, k + 4); end > k; end--) {
    const then = tokens[end];
    if (!(
      then?.text === '(' ||
      DATELINE_DASHES.has(then?.text ?? '') ||
      isLineDate(tokens, end) ||
      (then?.text === ',' && opensDate(textAt(tokens, end + 1)))
    ))
      continue;
    // One word may be several kinds, the gazetteer's whole-phrase kind only one of them: "Wales", "Queensland".
    const kinds = end === k + 1 ? gaz.singleKinds(place) : undefined;
    const words = tokens.slice(k, end).map((t) => t.text);
    const kind = gaz.wholeKind(words);
    if (
      kind === 'COUNTRY' ||
      kind === 'REGION' ||
      // A state the rules know and the gazetteer lacks: "RAVENSTHORPE, Western Australia -".
      KNOWN_PLACE_NAMES.has(words.join(' ')) ||
      kinds?.has('COUNTRY') === true ||
      kinds?.has('REGION') === true ||
      (cities && isPlaceKind(kind)) ||
      (end === k + 1 && (STATE_ABBREVIATIONS.has(place.replace(/\.$/, '')) || place === 'D.C.')) ||
      // The abbreviation's period apart: "BROKEN ARROW, Okla. (AP) —" as tokenised.
      (end === k + 2 && textAt(tokens, k + 1) === '.' && STATE_ABBREVIATIONS.has(place))
    )
      return end;
  }
  return -1;
}

const KNOWN_PLACE_NAMES: ReadonlySet<string> = new Set(KNOWN_PLACES);

/** An ISO date that ends its line at token k. */
const isLineDate = (tokens: readonly Token[], k: number): boolean =>
  ISO_DATE.test(textAt(tokens, k)) && (tokens[k + 1]?.sentenceStart ?? true);

/** What a competition is, named for its rank after a word that is a title too ("Premier Division"). */
const COMPETITION_WORDS = new Set(['division', 'league', 'conference', 'cup', 'series']);

/**
 * Heads of places named with a title ("Sheikh Zayed Road", "King Fahd International Stadium"), which no surname is
 * (not "Hall", "Park" or "Lake": "Dr. Hyun-woo Park").
 */
const TITLED_PLACE_HEADS = new Set([
  'stadium',
  'road',
  'street',
  'avenue',
  'boulevard',
  'highway',
  'centre',
  'center',
  'island',
  'airport',
  'bridge',
  'square',
]);

/** Titles of a place's head or member: the name before them is the place's ("Ontario MP Rashida Okoro-Bell"). */
const PLACE_HEADS_TITLES = new Set(['mayor', 'governor', 'premier', 'mp', 'senator']);
/** Of those, the titles only a town's or province's head has. */
const TOWN_HEADS_TITLES = new Set(['mayor', 'premier']);

/** A shared title's modifier read as the modifier: "Netflix co-Chief Executive Ted Sarandos". */
const withoutCo = (word: string): string => (word.startsWith('co-') ? word.slice(3) : word);

/**
 * A word's roles for the rules (bits: 1 organisation head, 2 place head, 4 title, 8 "party"/"union"); `lower` is the
 * word in lower case, where the caller has it.
 */
export function wordRole(word: string, lower?: string): number {
  return ROLES.get(isCapitalized(word) ? (lower ?? word.toLowerCase()) : word) ?? 0;
}

/** The wordRole of token k, 0 past either end. */
export function wordRoleAt(tokens: readonly Token[], k: number): number {
  if (k < 0 || k >= tokens.length) return 0;
  const t = tokens[k] as Token;
  return wordRole(t.text, t.lower);
}

/** A title a body's head stands before: "Council Mayor", "Committee Chair"; not a portfolio's ("Minister"). */
const bodyTitle = (lower: string): boolean =>
  STRICT_TITLES.has(lower) && lower !== 'minister' && lower !== 'secretary';

/** Corrects the tagger's labels in place; `roles` are wordRole of each token, when the caller has them. */
export function applyRules(
  tokens: readonly Token[],
  labels: Label[],
  gaz: Gazetteer,
  roles?: Uint8Array,
): void {
  const n = tokens.length;
  if (n === 0) return;
  const text = (k: number): string => textAt(tokens, k);
  // The few tokens any rule starts from (sentence starts, commas, head words, titles, "party"): the rules visit only
  // those. The tagger gives each token's role from its per-word cache; without it, one pass computes them.
  const sentenceStarts: number[] = [];
  const afterCommas: number[] = [];
  const mountainHeads: number[] = [];
  const waterHeads: number[] = [];
  const orgHeads: number[] = [];
  const locHeads: number[] = [];
  const titles: number[] = [];
  const parties: number[] = [];
  for (let i = 0; i < n; i++) {
    const token = tokens[i] as Token;
    if (token.sentenceStart) sentenceStarts.push(i);
    const w = token.text;
    if (w === ',') afterCommas.push(i + 1);
    else if (opensWithAsciiCapital(w)) {
      if (MOUNTAIN_HEADS.has(w)) mountainHeads.push(i);
      else if (WATER_HEADS.has(w)) waterHeads.push(i);
    }
    const role = roles ? (roles[i] as number) : wordRoleAt(tokens, i);
    if (role === 0) continue;
    if (role & 1) orgHeads.push(i);
    if (role & 2) locHeads.push(i);
    if (role & 4) titles.push(i);
    if (role & 8) parties.push(i);
  }
  const lower = (i: number): string => (tokens[i] as Token).lower;

  // 1. Datelines: "WASHINGTON (Reuters) -", "NAIROBI -", "LONDON , March 3 -": a place in capitals at a line start.
  for (const i of sentenceStarts) {
    const j = datelineEnd(tokens, i, gaz);
    if (j <= i) continue;
    const slash = capitalsEnd(tokens, i);
    if (textAt(tokens, slash) === '/') {
      setSpan(labels, i, slash, 'LOC');
      labels[slash] = 'O';
      setSpan(labels, slash + 1, j, 'LOC');
    } else setSpan(labels, i, j, 'LOC');
    const country = textAt(tokens, j) === ',' ? placeBeforeDashEnd(tokens, j + 1, gaz) : -1;
    if (country > 0) setSpan(labels, j + 1, country, 'LOC');
  }

  // A state's or province's abbreviation after a place and a comma: "SALINA, Kan. —", "Moncton, N.B., police said".
  for (const k of afterCommas) {
    if (k < 2 || k >= n || kindOf(labels[k - 2] as Label) !== 'LOC' || kindOf(labels[k] as Label) === 'LOC')
      continue;
    const written = text(k);
    const dotted = written.endsWith('.') ? written.slice(0, -1) : text(k + 1) === '.' ? written : undefined;
    if (dotted !== undefined && STATE_ABBREVIATIONS.has(dotted)) setSpan(labels, k, k + 1, 'LOC');
  }

  // 2. Organisation head words: "Ministry of Health", "Reserve Bank of Australia", "Harvard University", "Bungie Inc.".
  const headline = headlineOracle(tokens, gaz);
  let skip = -1;
  for (const h of orgHeads) {
    if (h <= skip) continue;
    const head = lower(h);
    if (!ORG_HEAD_WORDS.has(head) || !isCapitalized(text(h))) continue;
    if (!LEGAL_FORMS.has(head) && headline(h)) continue;
    // "Centre for Tropical Research" is a body, "Rockefeller Center" a place the tagger may read either way.
    if (ONLY_BEFORE_FOR_OR_OF.has(head) && text(h + 1) !== 'for' && text(h + 1) !== 'of') continue;
    // Shouted text ("EACH PARTY", "BORROWER AND BANK") says nothing; legal forms are written in capitals anyway.
    if (isUpperWord(text(h)) && !LEGAL_FORMS.has(head)) continue;
    // The head must end the name ("Investment Company Act", "St Edmund's College Mentoring Program"), or a title
    // follow it ("Campaspe Shire Council Mayor Leanne Pitcher"), not a minister's, whose portfolio it names
    // ("Emergency Management Minister").
    const nextTok = tokens[h + 1];
    if (nextTok && !nextTok.sentenceStart && nameWord(nextTok, gaz, true) && !bodyTitle(lower(h + 1)))
      continue;
    // Leftwards over at most five capitalised words, "&" and a plural possessive ("Workers' Party"), not that of a
    // person the tagger read in full ("Geert Wilders' Party for Freedom" is his party).
    let s = h;
    while (s > 0 && h - s < 5) {
      const prev = tokens[s - 1] as Token;
      if ((tokens[s] as Token).sentenceStart) break;
      if (
        nameWord(prev, gaz, true) &&
        // A common word opening the sentence opens no name, but "First" opens banks' ("First Abu Dhabi Bank said"), and
        // a plural right before the head says whose body it is ("Minerals Council of Australia chief executive …").
        !(
          prev.sentenceStart &&
          gaz.lowerWords.has(prev.lower) &&
          prev.text !== 'First' &&
          !(s === h && /\p{Ll}s$/u.test(prev.text))
        ) &&
        !NOT_IN_NAMES.has(prev.lower) &&
        !isPlaceCompound(prev.text)
      )
        s--;
      else if (
        prev.text === '&' &&
        s - 2 >= 0 &&
        !prev.sentenceStart &&
        nameWord(tokens[s - 2] as Token, gaz, true) &&
        s < h
      )
        s -= 1;
      // A party named for two values: "Law and Justice Party", "Justice and Solidarity Party"; not two parties
      // ("Labour and Green Party members").
      else if (
        head === 'party' &&
        prev.text === 'and' &&
        s === h - 1 &&
        s - 2 >= 0 &&
        !prev.sentenceStart &&
        namesValue(tokens[s] as Token, gaz) &&
        namesValue(tokens[s - 2] as Token, gaz)
      )
        s -= 2;
      else if (
        (prev.text === "'" || prev.text === '’') &&
        s - 2 >= 0 &&
        /s$/.test(text(s - 2)) &&
        nameWord(tokens[s - 2] as Token, gaz, true) &&
        labels[s - 2] !== 'I-PER'
      )
        s -= 1;
      else break;
    }
    while (s < h && !nameWord(tokens[s] as Token, gaz, true)) s++;
    // "Co" without its period after one word is as often a surname ("Zaldy Co") as a company ("Boeing Co").
    if (head === 'co' && h - s < 2 && gaz.singleKinds(text(h - 1))?.has('COMPANY') !== true) continue;
    // Rightwards over "of X", "for X" ("Ministry of Health", "Bank of England").
    let e = h + 1;
    if (
      e + 1 < n &&
      ((OF_HEADS.has(head) && (text(e) === 'of' || text(e) === 'for')) ||
        (FOR_HEADS.has(head) &&
          (text(e) === 'for' ||
            (text(e) === 'of' &&
              knownPlacePrefix(tokens, text(e + 1) === 'the' ? e + 2 : e + 1, n - 1, gaz) === 0)))) &&
      !(tokens[e + 1] as Token).sentenceStart &&
      // Not a team a player played "for": "the National Hockey League for the St. Louis Eagles".
      !(text(e) === 'for' && teamAt(tokens, text(e + 1) === 'the' ? e + 2 : e + 1, gaz)) &&
      // Not a person the tagger read in full after it, from a known given name: "the Five Star Movement of Giuseppe
      // Conte" is his party.
      !(labels[e + 1] === 'B-PER' && labels[e + 2] === 'I-PER' && gaz.firstNames.has(text(e + 1))) &&
      (nameWord(tokens[e + 1] as Token, gaz, true) ||
        // "for the District of Delaware", "of the Democratic Republic of the Congo"
        (text(e + 1) === 'the' && e + 2 < n && nameWord(tokens[e + 2] as Token, gaz, true)))
    ) {
      let k = e + 1;
      while (
        k < n &&
        k - e <= 8 &&
        !(tokens[k] as Token).sentenceStart &&
        (nameWord(tokens[k] as Token, gaz, true) ||
          (CONNECT.has(text(k)) &&
            k + 1 < n &&
            nameWord(tokens[k + 1] as Token, gaz, true) &&
            // "of India and BSE": an acronym after "and" is another organisation, and so is an owner ("of Southern
            // California and Harvard 's Graduate School") or an institution ("Delft University of Technology and
            // Eindhoven University of Technology"); a person the tagger read in full from a known given name is
            // another name ("the Alliance for National Transformation and Nathan Nandala-Mafabi of the Forum …"), not
            // a topic it misread ("Office for Democratic Institutions and Human Rights").
            !(
              (text(k) === 'and' || text(k) === '&') &&
              (isUpperWord(text(k + 1)) ||
                /^['’]s?$/u.test(text(k + 2)) ||
                namesInstitution(tokens, k + 1, gaz) ||
                (labels[k + 1] === 'B-PER' && labels[k + 2] === 'I-PER' && gaz.firstNames.has(text(k + 1))))
            )) ||
          // "of the Congo" inside the tail: "Armed Forces of the Democratic Republic of the Congo"
          (k > e + 1 &&
            (text(k) === 'of' || text(k) === 'for') &&
            text(k + 1) === 'the' &&
            k + 2 < n &&
            nameWord(tokens[k + 2] as Token, gaz, true)))
      )
        k += text(k + 1) === 'the' && (text(k) === 'of' || text(k) === 'for') ? 2 : 1;
      if (k > e + 1) e = portfolioListEnd(tokens, k, gaz) ?? k;
    }
    // A head word alone is a common noun ("the University", "Police said…").
    if (s === h && e === h + 1) continue;
    let shouting = false;
    for (let k = s; k < e && !shouting; k++) shouting = text(k).length > 5 && isUpperWord(text(k));
    if (shouting) continue;
    if (e - s === 2 && NOT_ORG_RUNS.has(lower(s) + ' ' + lower(s + 1))) continue;
    // Keep a longer organisation the tagger found around the run.
    if (
      s > 0 &&
      labels[s] !== undefined &&
      (labels[s] as Label).startsWith('I-') &&
      kindOf(labels[s - 1] as Label) === 'ORG'
    )
      continue;
    setSpan(labels, s, e, 'ORG');
    skip = e - 1;
  }

  // 3. Places on a geographic head: "Rift Valley", "Old Trafford"-like names stay with the tagger.
  for (const h of locHeads) {
    if (h < 1) continue;
    if (
      !LOC_HEAD_WORDS.has(lower(h)) ||
      !isCapitalized(text(h)) ||
      isUpperWord(text(h)) ||
      (tokens[h] as Token).sentenceStart
    )
      continue;
    const nextTok = tokens[h + 1];
    // The head ends the name, or a title follows it: "Kerr County Sheriff Larry Leitha".
    if (nextTok && !nextTok.sentenceStart && nameWord(nextTok, gaz, true) && !STRICT_TITLES.has(lower(h + 1)))
      continue;
    if (labels[h] !== 'O' && kindOf(labels[h] as Label) !== 'LOC') continue;
    let s = h;
    while (
      (s > 0 &&
        !(tokens[s] as Token).sentenceStart &&
        nameWord(tokens[s - 1] as Token, gaz, false) &&
        labels[s - 1] === 'O') ||
      (s > 0 && s === h && kindOf(labels[s - 1] as Label) === 'LOC' && !(tokens[s] as Token).sentenceStart) ||
      // A county or parish named after a person or a body the tagger read alone: "Kerr County", "Jackson County",
      // "Tulsa County Sheriff", "Jefferson Parish".
      (s === h &&
        h > 0 &&
        (lower(h) === 'county' || lower(h) === 'parish') &&
        (labels[h - 1] === 'B-PER' || labels[h - 1] === 'B-ORG') &&
        !(tokens[h] as Token).sentenceStart)
    )
      s--;
    if (s === h) continue;
    if (labels[h] === 'O') setSpan(labels, s, h + 1, 'LOC');
  }

  // A mountain named after its head, where the tagger read nothing: "Mount Merapi", "Mt. Fuji"; not a body named for
  // one ("Mount Sinai Hospital").
  for (const h of mountainHeads) {
    // The head alone may be read as a name: "Mt." as an organisation.
    if (h + 1 >= n || (labels[h] !== 'O' && !(labels[h] as Label).startsWith('B-'))) continue;
    let e = h + 1;
    // "Mt." ends a sentence for the tokenizer: the name after it may open one.
    while (e < n && e - h <= 3 && labels[e] === 'O' && nameWord(tokens[e] as Token, gaz, e === h + 1)) e++;
    if (e > h + 1 && !ORG_HEAD_WORDS.has(lower(e - 1))) setSpan(labels, h, e, 'LOC');
  }

  // Waters and coasts named "of" a name are places, whatever the tagger read of the name: "Strait of Magellan", "Gulf
  // of Finland"; not a body named for one ("Gulf of Maine Research Institute").
  for (const h of waterHeads) {
    if (h + 2 >= n || text(h + 1) !== 'of') continue;
    let e = h + 2;
    while (e < n && nameWord(tokens[e] as Token, gaz, false)) e++;
    if (e > h + 2 && e - h <= 5 && !ORG_HEAD_WORDS.has(lower(e - 1))) setSpan(labels, h, e, 'LOC');
  }

  // 4. A strict title before capitalised words: those words are a person ("Israeli Prime Minister Benjamin Netanyahu").
  skip = -1;
  for (const t of titles) {
    if (t <= skip || t >= n - 1) continue;
    const title = lower(t);
    if (
      !STRICT_TITLES.has(title) ||
      (LOWER_CASE_TITLES.has(title) &&
        title !== text(t) &&
        !(
          t > 0 &&
          isCapitalized(withoutCo(text(t - 1))) &&
          // A body's head before it and a given name after make it a title too: "Federal Housing Finance Agency
          // Director Bill Pulte" (not "Commission Executive Vice-President Teresa Ribera").
          (TITLE_MODIFIERS.has(withoutCo(lower(t - 1))) ||
            (ORG_HEAD_WORDS.has(lower(t - 1)) && gaz.firstNames.has(text(t + 1))))
        )) ||
      headline(t)
    )
      continue;
    // Not after a court, whose judges it titles: "Federal Court Justice Helena Moorcroft".
    if (
      NAME_PART_TITLES.has(title) &&
      t > 0 &&
      !(tokens[t] as Token).sentenceStart &&
      isCapitalized(text(t - 1)) &&
      /^\p{L}/u.test(text(t - 1)) &&
      text(t - 1) !== 'Court'
    )
      continue;
    // "Mayor of London Sadiq Khan": the place the title is of, then the person.
    const place =
      text(t + 1) === 'of' && t + 3 < n ? knownPlacePrefix(tokens, t + 2, Math.min(n - 2, t + 4), gaz) : 0;
    // "Chairman of the Federal Reserve Jerome Powell": the body or subject the title is of, then the person.
    const office = place === 0 ? officeOfTitle(tokens, t, gaz) : undefined;
    const after = place > 0 ? t + 2 + place : office ? office.end : t + 1;
    // An honorific between the title and the name: "Chief Executive Dr. Matthias Ohlendorf".
    const from = after === t + 1 && HONORIFICS_AFTER_TITLES.has(lower(after)) ? after + 1 : after;
    if (place > 0 && !(gaz.firstNames.has(text(from)) || gaz.personNames.has(text(from)))) continue;
    let e = from;
    while (e < n && e - from < 6 && !(tokens[e] as Token).sentenceStart) {
      // "May" after a given name is a surname, not the month: "Green Party Leader Elizabeth May".
      if (
        nameWord(tokens[e] as Token, gaz, true) ||
        (text(e) === 'May' && e === from + 1 && gaz.firstNames.has(text(from)))
      ) {
        if (STRICT_TITLES.has(lower(e))) break;
        e++;
        continue;
      }
      // Particles inside the name ("Ursula von der Leyen", "Abelardo de la Espriella").
      let p = e;
      while (p < n && p - e < 3 && PERSON_PARTICLES.has(text(p))) p++;
      if (p === e || e === from || p >= n || !nameWord(tokens[p] as Token, gaz, true)) break;
      e = p + 1;
    }
    if (e === from || ((place > 0 || office) && e - from < 2)) continue;
    // A competition named for its rank: "Scottish Premier Division", "Premier League".
    if (e - from === 1 && COMPETITION_WORDS.has(lower(from))) continue;
    // The tagger's person may run on over a word the run stops at ("Theresa May": a month).
    while (e < n && labels[e] === 'I-PER' && !(tokens[e] as Token).sentenceStart) e++;
    const words = textsOf(tokens, from, e);
    // Not a title of an organisation or place the gazetteer knows ("President Bush Foundation" ends in a head word).
    // A first name among its COMPANY words (words of company names: "Charles") is still a person after a title.
    const known = gaz.wholeKind(words);
    // A place named with the title: "Prince Rupert", "Prince Edward Island".
    if (from === t + 1 && isPlaceKind(gaz.wholeKind([text(t), ...words]))) {
      setSpan(labels, t, e, 'LOC');
      continue;
    }
    if (known !== undefined && !(known === 'COMPANY' && gaz.firstNames.has(words[0] as string))) continue;
    if (
      words.some((w) => isUpperWord(w) && w.length > 1 && !ROMAN.test(w)) ||
      words.some((w) => gaz.demonyms.has(w))
    )
      continue;
    // "King Power Stadium", "President Hotel": a place or organisation named after a title; a place with the title
    // ("Sheikh Zayed Road", "Sir Vivian Richards Stadium").
    const last = (words[words.length - 1] as string).toLowerCase();
    if (endsAName(last)) {
      if (TITLED_PLACE_HEADS.has(last) && from === t + 1) setSpan(labels, t, e, 'LOC');
      continue;
    }
    // Cut the entity the title belongs to ("Prime Minister" inside a LOC run), keep what precedes it; a title's
    // modifier is no part of the body before it either ("Senate Majority" of "Senate Majority Leader").
    if (
      labels[t] !== 'O' ||
      (t > 0 && labels[t - 1] !== 'O' && TITLE_MODIFIERS.has(lower(t - 1)) && isCapitalized(text(t)))
    ) {
      let k = labels[t] === 'O' ? t - 1 : t;
      while (
        (k >= 0 && labels[k] !== 'O' && STRICT_TITLES.has(lowerAt(tokens, k))) ||
        (k >= 0 && TITLE_MODIFIERS.has(lower(k)) && labels[k] !== 'O')
      ) {
        labels[k] = 'O';
        k--;
      }
      labels[t] = 'O';
      // A place the gazetteer knows, and as no body, before the title of its head is the place: "Calgary Mayor
      // Jeromy Farkas", where the tagger read one organisation (not "Chelsea manager Enzo Maresca").
      let b = k;
      while (b > 0 && (labels[b] as Label).startsWith('I-')) b--;
      if (PLACE_HEADS_TITLES.has(title) && k >= 0 && labels[b] === 'B-ORG' && b <= k) {
        const words = textsOf(tokens, b, k + 1);
        const kind = words.length === 1 ? gaz.singleKinds(words[0] as string) : undefined;
        const known = kind ? [...kind] : [gaz.wholeKind(words)];
        // Only a town or province has a mayor or premier: a name the gazetteer lacks before one is a place
        // ("Whyalla Mayor Phill Stone"), unless a word of it heads a body.
        const unknownTown =
          TOWN_HEADS_TITLES.has(title) &&
          known.every((x) => x === undefined) &&
          words.every((w) => isCapitalized(w) && !isAllCapitals(w) && (wordRole(w) & 1) === 0);
        if ((known.some((x) => x !== undefined && isPlaceKind(x)) && !known.includes('ORG')) || unknownTown)
          setSpan(labels, b, k + 1, 'LOC');
      }
    }
    const runsOn = labels[e]?.startsWith('I-') === true;
    if (place > 0) setSpan(labels, t + 2, from, 'LOC');
    if (office) {
      setSpan(labels, t + 1, office.start, undefined);
      setSpan(labels, office.start, office.end, office.kind);
    }
    setSpan(labels, from, e, 'PER');
    // What the tagger ran on past the name is no name of its own, but the place the person is of is one ("House
    // Speaker Mike Johnson of Louisiana", read as one organisation).
    if (runsOn) {
      let k = e;
      for (; k < n && (k === e || (labels[k] as Label).startsWith('I-')); k++) labels[k] = 'O';
      const of = text(e) === 'of' && k > e + 1 ? knownPlacePrefix(tokens, e + 1, k - 1, gaz) : 0;
      if (of > 0 && of === k - e - 1) setSpan(labels, e + 1, k, 'LOC');
    }
    skip = e - 1;
  }

  // 5. A name before a lower-case "party" or "union" is an organisation ("the ruling Morena party", "the CGT union").
  for (const h of parties) {
    if (h < 1 || (text(h) !== 'party' && text(h) !== 'union')) continue;
    let s = h;
    while (
      s > 0 &&
      h - s < 3 &&
      !(tokens[s] as Token).sentenceStart &&
      nameWord(tokens[s - 1] as Token, gaz, false) &&
      !NOT_IN_NAMES.has(lowerAt(tokens, s - 1))
    )
      s--;
    if (s === h) continue;
    const words = textsOf(tokens, s, h);
    if (words.some((w) => gaz.demonyms.has(w)) || gaz.demonyms.has(words.join(' '))) continue;
    if (gaz.matchPhrases(words).some((m) => m.kind === 'COUNTRY')) continue;
    if (labels[s - 1]?.startsWith('B-') === false && labels[s]?.startsWith('I-')) continue;
    setSpan(labels, s, h, 'ORG');
  }

  /** An untagged capitalised word no list knows, inside a sentence: the surname after a name ("Jean-Claude Juncker"). */
  const untaggedSurname = (e: number): boolean =>
    e < n &&
    labels[e] === 'O' &&
    !(tokens[e] as Token).sentenceStart &&
    /^\p{Lu}\p{Ll}+$/u.test(text(e)) &&
    gaz.singleKinds(text(e)) === undefined &&
    wordRoleAt(tokens, e) === 0 &&
    !gaz.lowerWords.has(lower(e));

  // 6. A first name and one or two more capitalised words read as a place or organisation are a person
  //    ("Charles Leclerc", "Lando Norris"), unless the gazetteer or a head word says otherwise.
  for (let i = 0; i < n; i++) {
    const l = labels[i] as Label;
    if (l !== 'B-LOC' && l !== 'B-ORG') continue;
    const inside: Label = l === 'B-LOC' ? 'I-LOC' : 'I-ORG';
    let e = i + 1;
    while (e < n && labels[e] === inside) e++;
    const first = text(i);
    const isFirstName =
      opensPerson(first, gaz) ||
      (first.includes('-') && first.split('-').every((p) => gaz.firstNames.has(p)));
    if (!isFirstName) continue;
    // A lone first name (not a place itself) before an untagged capitalised word: "Jean-Claude Juncker".
    if (e - i === 1 && gaz.singleKinds(first) === undefined && untaggedSurname(e)) e++;
    if (e - i < 2 || e - i > 3) continue;
    const words = textsOf(tokens, i, e);
    if (words.some((w) => !/^\p{Lu}\p{Ll}/u.test(w))) continue;
    const last = (words[words.length - 1] as string).toLowerCase();
    if (endsAName(last)) continue;
    if (gaz.matchPhrases(words).length > 0) continue;
    if (words.slice(1).some((w) => gaz.singleKinds(w) !== undefined || gaz.demonyms.has(w))) continue;
    setSpan(labels, i, e, 'PER');
    i = e - 1;
  }

  // 7. A person of one word before an untagged capitalised word no list knows: the surname ("Coco Gauff"); and "Jan",
  //    a given name the tagger reads as the month, before one or before a person's name ("Dutchman Jan Siemerink",
  //    not "Jan 5").
  for (let i = 0; i < n - 1; i++) {
    if (labels[i] === 'B-PER' && untaggedSurname(i + 1)) labels[i + 1] = 'I-PER';
    else if (
      labels[i] === 'O' &&
      text(i) === 'Jan' &&
      (untaggedSurname(i + 1) || (labels[i + 1] === 'B-PER' && !(tokens[i + 1] as Token).sentenceStart))
    ) {
      labels[i] = 'B-PER';
      labels[i + 1] = 'I-PER';
    }
  }

  // 8. Two parts of one person split at a particle: "Erik ten Hag", "Lula da Silva".
  for (let i = 1; i < n - 1; i++) {
    if (
      labels[i] === 'O' &&
      labels[i + 1] === 'B-PER' &&
      kindOf(labels[i - 1] as Label) === 'PER' &&
      /^(?:da|de|van|von|der|den|ten|ter|bin|ibn|al|el|di|du|dos|das|le|la)$/.test(text(i)) &&
      !(tokens[i] as Token).sentenceStart
    ) {
      labels[i] = 'I-PER';
      labels[i + 1] = 'I-PER';
    }
  }
}
