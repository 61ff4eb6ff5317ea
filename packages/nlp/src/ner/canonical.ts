import type { EntityType } from '@newsflow/contracts';
import { ALIASES, KNOWN_ORGS, STATE_ABBREVIATIONS } from './lexicon.js';
import { CLUB_FORMS, COMPANY_NAME_ENDINGS, LEGAL_FORMS, withoutArabicArticle } from './heads.js';
import { gazetteer } from './gazetteer.js';
import { plainQuotes } from '../text/plain-quotes.js';
import { isLegalForm } from './rules.js';

/**
 * Case, diacritics, periods, possessives, a leading "the" and a trailing legal form ("Inc.", ", LLC") removed:
 * the identity of a name ("Evergreen Solar, Inc." is "Evergreen Solar").
 */
export const foldName = (text: string): string => written(text).fold;

/** A text without its diacritics: "Gérard" → "Gerard". Plain ASCII, most names, has none to decompose. */
export const withoutDiacritics = (text: string): string =>
  BEYOND_ASCII.test(text) ? text.normalize('NFD').replace(/\p{M}+/gu, '') : text;
const BEYOND_ASCII = /[\u0080-\uFFFF]/;

function fold(text: string): string {
  return withoutDiacritics(text)
    .replace(/^[@#]/, '')
    .replace(/[’‘`]/g, "'")
    .replace(/'s?$/i, '')
    .replace(/\./g, ' ')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(FOLDED_LEGAL_FORMS, '')
    .replace(/\s*,$/, '');
}

/**
 * A legal form in a pattern, its periods optional: "s.a." matches "S.A.", "S.A" and "SA", "inc" "Inc."; folded, where
 * periods are spaces, "s a" and "sa".
 */
const formPattern = (form: string, folded = false): string => {
  const inner = form.replace(/\.$/, '').replace(/[()/]/g, '\\$&');
  return folded ? inner.replaceAll('.', ' ?') : `${inner.replaceAll('.', '\\.?')}\\.?`;
};
/** The legal forms canonical names drop: a club's "FC" is part of its name. */
const DROPPED_FORMS = [...LEGAL_FORMS].filter((form) => !CLUB_FORMS.has(form));
/**
 * Legal forms that follow a company's name, folded ("Deutsche Bank AG", "Samsung Electronics Co Ltd", "Eli Lilly and
 * Co").
 */
const FOLDED_LEGAL_FORMS = new RegExp(
  `(?<=\\S)(?:(?:\\s*(?:&|and))?[\\s,]+(?:${[...DROPPED_FORMS, 'incorporated', 'corporation', '(persero)']
    .map((form) => formPattern(form, true))
    .join('|')})){1,2}$`,
);
/**
 * The abbreviated ones as written, which a name is shown without ("Evergreen Solar, Inc.", "JPMorgan Chase & Co");
 * a spelled-out "Corporation" or "Limited" is shown ("British Broadcasting Corporation").
 */
const SHOWN_LEGAL_FORMS = new RegExp(
  `(?<=\\S)(?:(?:\\s*(?:&|and))?[\\s,]+(?:${[
    ...DROPPED_FORMS.filter((form) => form !== 'limited'),
    '(persero)',
  ]
    .map((form) => formPattern(form))
    .join('|')})){1,2}$`,
  'iu',
);

/** A map per entity type: a lookup builds no "TYPE|name" key string to hash. */
class ByType<V> {
  private readonly maps = new Map<EntityType | undefined, Map<string, V>>();
  of(type: EntityType | undefined): Map<string, V> {
    let map = this.maps.get(type);
    if (!map) this.maps.set(type, (map = new Map()));
    return map;
  }
}

/** A word of five letters or more in capitals ("PUTIN"), not a code with digits or signs ("COP28", "OPEC+"). */
const SHOUTED_WORD = /^\p{Lu}['’\p{Lu}-]{4,}$/u;

/** Companies whose name ends in a possessive, shown with it: "McDonald's", "Moody's", not "McDonald". */
const POSSESSIVE_NAMES: ReadonlySet<string> = new Set(KNOWN_ORGS.filter((name) => /'s$/.test(name)));

/**
 * The display form of one mention: possessive, leading "the" and a trailing legal form dropped, spaces collapsed,
 * shouting lowered, quotes and apostrophes plain (one facet value for "People’s Party" and "People's Party", and for
 * "Deutsche Bank AG" and "Deutsche Bank", as foldName makes them one name).
 */
export const cleanName = (text: string, type?: EntityType): string => written(text).clean(type);

function clean(text: string, type: EntityType | undefined): string {
  const plain = plainQuotes(text).replace(/\s+/g, ' ').replace(/^[@#]/, '');
  const t = (POSSESSIVE_NAMES.has(plain) ? plain : plain.replace(/'s?$/i, ''))
    .replace(/^the\s+/i, '')
    .replace(SHOWN_LEGAL_FORMS, '')
    .trim();
  const words = t.split(' ');
  // A person or a place written all in capitals, as datelines and signatures write them ("NEW YORK", "RIO DE
  // JANEIRO", "JOE BIDEN"), is shown as news writes it elsewhere; organisations keep short words, which are often
  // acronyms ("BBC NEWS").
  if (type !== undefined && type !== 'ORG' && words.every((w) => w === w.toUpperCase()) && !isCode(words))
    return words
      .map((w, i) => (i > 0 && PARTICLES.has(w.toLowerCase()) ? w.toLowerCase() : titleCase(w)))
      .join(' ');
  // An organisation's one word in capitals, or one beside words that are not, is an acronym: "NASCAR", "MSNBC News";
  // not a place's name, a team in a table of standings ("BOSTON 66 68 .493"), which prose calls "Boston".
  if (type === 'ORG' && (words.length === 1 || words.some((w) => w !== w.toUpperCase())))
    return words.length === 1 && SHOUTED_WORD.test(t) && namesPlace(titleCase(t)) ? titleCase(t) : t;
  return words.map((w) => (SHOUTED_WORD.test(w) ? titleCase(w) : w)).join(' ');
}

/** Whether the gazetteer knows a word as a city, region or country. */
function namesPlace(word: string): boolean {
  const kinds = gazetteer().singleKinds(word);
  return kinds !== undefined && (kinds.has('CITY') || kinds.has('REGION') || kinds.has('COUNTRY'));
}

/** Small words inside a name written in capitals that news writes in lower case: "Rio de Janeiro", "Isle of Man". */
const PARTICLES = new Set([
  'de',
  'da',
  'do',
  'dos',
  'das',
  'del',
  'di',
  'du',
  'des',
  'van',
  'von',
  'der',
  'den',
  'of',
  'the',
  'and',
  'y',
  'e',
  'al',
  'bin',
  'el',
  'upon',
  'on',
]);

/**
 * "US", "UAE", "BNSF", "J.R.": one word of three letters or fewer or without a vowel, or initials, is an
 * abbreviation, not shouting.
 */
const isCode = (words: readonly string[]): boolean =>
  (words.length === 1 &&
    ((words[0] as string).replace(/[^\p{L}]/gu, '').length <= 3 || !/[AEIOUY]/.test(words[0] as string))) ||
  words.every((w) => /^(?:\p{Lu}\.)+$/u.test(w));

/** "SAINT-DENIS" → "Saint-Denis", "O'NEILL" → "O'Neill", "MCDONALD" → "Mcdonald". */
export function titleCase(word: string): string {
  const lower = word.toLowerCase();
  // Most words are plain ("NEW YORK", "23"): the first letter only, without a call per letter.
  if (PLAIN_LOWER.test(lower)) return lower.charAt(0).toUpperCase() + lower.slice(1);
  return lower.replace(
    WORD_START_LETTER,
    (_, before: string, letter: string) => before + letter.toUpperCase(),
  );
}
/** Lower-case ASCII letters, digits and spaces, of which only the first may start a word. */
const PLAIN_LOWER = /^[a-z\d ]*$/;
/** A lower-case letter that starts a word or a part of it after a hyphen, an apostrophe or a period. */
const WORD_START_LETTER = /(^|[-'’.])(\p{Ll})/gu;

export interface NamedMention {
  text: string;
  type: EntityType;
}

/** A map, not an object's keys: "constructor" or "toString" is a name like any other. */
function aliasOf(fold: string): string | undefined {
  return ALIASES.get(fold) ?? (fold.includes(' ') ? ALIASES.get(fold.replace(/ /g, '')) : undefined);
}

/** US states and Canadian provinces by their abbreviations, folded ("calif", "n j"). */
const STATES_BY_FOLD = new Map(
  [...STATE_ABBREVIATIONS].map(([abbreviation, state]) => [fold(abbreviation), state]),
);
const stateOf = (folded: string): string | undefined => STATES_BY_FOLD.get(folded);

/** The words of a text between its spaces, none empty: "u s  steel" → "u", "s", "steel". */
function words(text: string): string[] {
  const out: string[] = [];
  for (let from = 0; from <= text.length;) {
    let to = text.indexOf(' ', from);
    if (to < 0) to = text.length;
    if (to > from) out.push(text.slice(from, to));
    from = to + 1;
  }
  return out;
}

/** Where a type's display form is kept in a Written: one slot per type, and one for none. */
const CLEAN_SLOT: Readonly<Record<EntityType, number>> = { PERSON: 0, ORG: 1, LOCATION: 2 };
const UNTYPED_SLOT = 3;

/**
 * A text as written, with what this module makes of it, each made when first asked and kept: names recur within an
 * article and across articles, and a mention is looked up once for its fold, display form and alias.
 */
class Written {
  private folded: string | undefined;
  private readonly cleaned: (string | undefined)[] = [undefined, undefined, undefined, undefined];
  /** The fold's alias, null where it has none. */
  private aliased: string | null | undefined;
  private acronyms: string[] | undefined;
  constructor(private readonly text: string) {}
  get fold(): string {
    return (this.folded ??= fold(this.text));
  }
  clean(type: EntityType | undefined): string {
    const slot = type === undefined ? UNTYPED_SLOT : CLEAN_SLOT[type];
    return (this.cleaned[slot] ??= clean(this.text, type));
  }
  /** The alias of its fold ("U.S." → "US"). */
  get alias(): string | undefined {
    if (this.aliased === undefined) this.aliased = aliasOf(this.fold) ?? null;
    return this.aliased ?? undefined;
  }
  /** What an acronym of it may spell, as an organisation's name: its words with legal form and "of" kept. */
  get initials(): string[] {
    return (this.acronyms ??= initialsOf(words(plainQuotes(this.text).toLowerCase().replace(/[.,]/g, ' '))));
  }
}

const WRITTEN = new Map<string, Written>();

function written(text: string): Written {
  let name = WRITTEN.get(text);
  if (name === undefined) {
    if (WRITTEN.size >= 50_000) WRITTEN.clear();
    WRITTEN.set(text, (name = new Written(text)));
  }
  return name;
}

/**
 * Canonical name of each mention of one document: aliases resolved ("U.S." → "US"), a person's short mention
 * linked to the fullest name that contains it ("Putin" → "Vladimir Putin"), an acronym to the organisation it
 * abbreviates, a company's first word to its full name. Used for our output and, in the evaluation, for gold and
 * baseline mentions alike.
 */
export function canonicalNames(mentions: readonly NamedMention[]): string[] {
  const names = mentions.map((m) => written(m.text));
  // In one pass: the fullest surface of each fold, per type; how often each person's fold is mentioned; each
  // organisation's name as first written, whose words an acronym may spell.
  const best = new ByType<string>();
  const personCount = new Map<string, number>();
  const orgWritten = new Map<string, Written>();
  mentions.forEach((m, i) => {
    const name = names[i] as Written;
    const fold = name.fold;
    const bestOfType = best.of(m.type);
    const clean = name.clean(m.type);
    const prev = bestOfType.get(fold);
    if (prev === undefined || (prev === prev.toUpperCase() && clean !== clean.toUpperCase()))
      bestOfType.set(fold, clean);
    if (m.type === 'PERSON') personCount.set(fold, (personCount.get(fold) ?? 0) + 1);
    else if (m.type === 'ORG' && !orgWritten.has(fold)) orgWritten.set(fold, name);
  });
  // Persons' and organisations' folds, each once, in the order of their first mentions.
  const persons = [...personCount.keys()].map(words);
  // Each person's words with a surname's Arabic article dropped, as a lone mention writes it ("adwan").
  const personsBare = persons.map((p) => p.map(withoutArabicArticle));
  const orgs = [...orgWritten.keys()];

  const resolved = new ByType<string>();
  // Made when first asked: the organisations an acronym may stand for, and those a company's first word may.
  let byInitials: Map<string, string[]> | undefined;
  let byFirstWord: Map<string, string[]> | undefined;
  const resolve = (type: EntityType, mention: Written): string => {
    const fold = mention.fold;
    const resolvedOfType = resolved.of(type);
    const memo = resolvedOfType.get(fold);
    if (memo !== undefined) return memo;
    let target = fold;
    // A state's abbreviation is the state ("Calif." is California), a place only: "Mo" may be a person's name.
    const alias = mention.alias ?? (type === 'LOCATION' ? stateOf(fold) : undefined);
    let name: string | undefined = alias;
    if (!alias && type === 'PERSON') {
      const w = words(fold);
      let bestLen = w.length;
      let bestCount = 0;
      for (let k = 0; k < persons.length; k++) {
        const p = persons[k] as string[];
        if (p.length <= w.length || !(containsRun(p, w) || containsRun(personsBare[k] as string[], w)))
          continue;
        const c = personCount.get(p.join(' ')) ?? 0;
        if (p.length > bestLen || (p.length === bestLen && c > bestCount)) {
          bestLen = p.length;
          bestCount = c;
          target = p.join(' ');
        }
      }
    } else if (!alias && type === 'ORG') {
      const acr = fold.replace(/ /g, '');
      if (/^[a-z]{2,6}$/.test(acr)) {
        byInitials ??= orgsByInitials(orgWritten);
        const full = byInitials.get(acr)?.find((o) => o !== fold);
        // The full name's own alias, if any, as its mentions have: "WHO" beside "World Health Organization".
        if (full) {
          target = full;
          name = aliasOf(full);
        }
      }
      // A company's first word alone is the company when one name here begins with it and goes on in words that
      // complete a company's name ("Reliance" of "Reliance Industries"; not "Tata" beside "Tata Motors" and "Tata
      // Consultancy Services").
      if (target === fold && !fold.includes(' ')) {
        byFirstWord ??= companiesByFirstWord(orgs);
        const longer = byFirstWord.get(fold);
        if (longer?.length === 1) target = longer[0] as string;
      }
    }
    name ??= best.of(type).get(target) ?? cleanName(target, type);
    resolvedOfType.set(fold, name);
    return name;
  };
  return mentions.map((m, i) => resolve(m.type, names[i] as Written));
}

/** Each acronym the organisations' names may spell (`initialsOf`), with their folds in the order given. */
function orgsByInitials(orgWritten: ReadonlyMap<string, Written>): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const [fold, written] of orgWritten)
    for (const initials of written.initials) {
      const folds = index.get(initials);
      if (!folds) index.set(initials, [fold]);
      else if (folds[folds.length - 1] !== fold) folds.push(fold);
    }
  return index;
}

/**
 * The first word of each company name that goes on in words completing a company's name ("Reliance Industries"), with
 * the folds of those names in the order given.
 */
function companiesByFirstWord(orgs: readonly string[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const org of orgs) {
    const [first, ...rest] = words(org);
    if (first === undefined || rest.length === 0 || !rest.every((x) => COMPANY_NAME_ENDINGS.has(x))) continue;
    const folds = index.get(first);
    if (folds) folds.push(org);
    else index.set(first, [org]);
  }
  return index;
}

/** Whether the words w are the first, the last, or a run of words of the name p ("putin" in "vladimir putin"). */
function containsRun(p: readonly string[], w: readonly string[]): boolean {
  outer: for (let s = 0; s + w.length <= p.length; s++) {
    for (let k = 0; k < w.length; k++) if (p[s + k] !== w[k]) continue outer;
    return s === 0 || s + w.length === p.length;
  }
  return false;
}

const ORG_STOP = new Set(['of', 'the', 'and', 'for', '&', 'de']);
const ARTICLES_AND_JOINS = new Set(['the', 'and', '&']);
const INITIALS_SKIP = [ORG_STOP, ARTICLES_AND_JOINS];
/**
 * What an acronym of a name may spell: its words' initials without the small words ("World Health Organization" →
 * WHO), with "of" ("Bank of Japan" → BOJ), with and without a legal form ("National Oil Corporation" → NOC,
 * "Taiwan Semiconductor Manufacturing Co Ltd" → TSMC).
 */
function initialsOf(written: readonly string[]): string[] {
  const out: string[] = [];
  // The name's first n words: all of them, then without its legal forms one by one.
  for (let n = written.length; ; n--) {
    for (const skip of INITIALS_SKIP) {
      let initials = '';
      for (let k = 0; k < n; k++)
        if (!skip.has(written[k] as string)) initials += (written[k] as string).charAt(0);
      out.push(initials);
    }
    const last = written[n - 1] as string;
    // The legal forms the rules know, and "Corporation" spelled out.
    if (n < 2 || !(isLegalForm(last) || last === 'corporation')) return out;
  }
}
