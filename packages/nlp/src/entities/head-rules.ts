/** Head rules: what the words of a span (its last word above all) say about its type, whatever the tagger read. */
import type { Token } from '../text/tokenize.js';
import { lowerAt, textAt } from '../text/tokenize.js';
import { isMonth, isOrgHead, isPersonTitle, isWeekday } from '../ner/gazetteer.js';
import { NEVER_ALONE } from '../ner/lexicon.js';
import { isAllCapitals, isCapitalized } from '../ner/features.js';
import {
  TEAM_PLURAL,
  isLegalForm,
  isPlaceCompound,
  isPlaceKind,
  isPlaceWord,
  opensPerson,
  wordRole,
} from '../ner/rules.js';
import {
  BODY_PLACE_HEADS,
  COMPASS_ADJECTIVES,
  GENERIC_ALONE,
  NAME_PARTICLES,
  ORG_SUFFIXES,
  PERSON_ROLES,
  VENUE_HEADS,
  PLACE_HEADS,
  ROMANCE_BODY_OPENERS,
  STREET_HEADS,
  STREET_OPENERS,
} from '../ner/heads.js';
import {
  GAZ,
  HAS_LETTER,
  POSSESSIVE,
  continuesName,
  isDemonym,
  PARTY_MEMBER,
  isStrictTitle,
  isTitle,
  isTitleAt,
  knownType,
  knownWhole,
  isNumberWord,
  namesBody,
  namesPlaceOrOrg,
  personLike,
  runWordAt,
  wholeKindOf,
  WHERE,
} from './words.js';
import type { Span } from './spans.js';
import { headlineVerb } from './spans.js';
import { reportsMatch, speaksOfSport } from './sports.js';
import { insideKnownMisc, knownMiscTail, knownNameType } from './known-names.js';
import { COLLECTIVE_OWNERS } from './joins.js';

/** A number, with at most two letters after it ("2022", "1990s", "3D", "5G"): never an entity. */
const NUMBERISH = /^\p{N}[\p{N}.,:/'’-]*\p{L}{0,2}$/u;

const APPOSITION_ARTICLE = new Set(['a', 'an', 'the']);
/** Prepositions that put a name somewhere (words.ts). */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(WHERE);

/** Words for a bank that open banks' names: "Bank Mandiri", "Banco Sabadell", "Banque Misr". */
const BANK_OPENERS = new Set(['Bank', 'Banco', 'Banque', 'Banca']);

/** Words of papers' names, which hyphens join in two ("Sun-Times", "Chronicle-Star", "Post-Gazette"). */
const PAPER_WORDS = new Set([
  'times',
  'post',
  'gazette',
  'journal',
  'ledger',
  'tribune',
  'herald',
  'chronicle',
  'courier',
  'dispatch',
  'picayune',
  'sun',
  'star',
  'examiner',
  'sentinel',
  'telegraph',
  'inquirer',
  'register',
  'citizen',
  'constitution',
  'union',
  'press',
  'enterprise',
  'democrat',
  'observer',
  'mail',
  'news',
]);

/** A paper's last word of two such words: "Lakehead Chronicle-Star", "Chicago Sun-Times". */
function hyphenatedPaperName(lower: string): boolean {
  return lower.includes('-') && lower.split('-').every((p) => PAPER_WORDS.has(p));
}

/** Parks that are places by their kind: "Kruger National Park", "Goat Island Marine Park". */
const PARK_KINDS = new Set(['National', 'State', 'Provincial', 'Marine', 'Regional', 'Forest']);

/**
 * Last words of places that name something alone as well, so no PLACE_HEADS (which a span of one drops): "Darién
 * Gap", "Białowieża Forest", beside the retailer "Gap" and the club "Forest"; not where a text speaks of sport or a
 * score follows ("Nottm Forest 0 Leicester 0").
 */
const NAMING_PLACE_HEADS = new Set(['gap', 'forest']);

/** Geographic heads that open a place's name: "Cape Canaveral", "Mount Kenya", "Lake Victoria". */
const LEADING_PLACE_HEADS = new Set(['Cape', 'Mount', 'Lake', 'Fort', 'Port', 'Isle']);

/**
 * "Name, a/an/the … analyst", "Name, TSMC's chief executive": a role noun within four words after the comma and
 * article or one-word owner; or a bare one before whose it is ("Name, vice president at").
 */
export function roleApposition(tokens: readonly Token[], end: number): boolean {
  if (textAt(tokens, end) !== ',') return false;
  const next = tokens[end + 1];
  if (!next) return false;
  if (next.text === 'who') return true;
  let from: number;
  if (APPOSITION_ARTICLE.has(next.lower)) from = end + 2;
  else if (runWordAt(tokens, end + 1) && POSSESSIVE.test(textAt(tokens, end + 2))) from = end + 3;
  else return bareRoleAt(tokens, end + 1);
  for (let k = from; k < Math.min(tokens.length, from + 4); k++) {
    const w = (tokens[k] as Token).text;
    // Not a body of people in that role: "the Treatment Action Campaign, the South African activist group".
    if (PERSON_ROLES.has(w.toLowerCase())) return !namesBodyWord(textAt(tokens, k + 1));
    if (!/^\p{L}/u.test(w)) return false;
  }
  return false;
}

/** A lower-case word for a body: "group", "network", "council". */
const namesBodyWord = (w: string): boolean => /^\p{Ll}/u.test(w) && (isOrgHead(w) || ORG_SUFFIXES.has(w));

/** What follows a role where it says whose: "vice president at Shinhan Bank", "director of the Rijksmuseum". */
const ROLE_OWNER_LINKS = new Set(['at', 'of', 'for']);

/**
 * A role without an article, as wire stories write one after a name: ", vice president at", ", director of the",
 * ", chief executive of": lower-case words ending in a role before "at", "of" or "for".
 */
function bareRoleAt(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + 3); k++) {
    const w = (tokens[k] as Token).text;
    if (!/^\p{Ll}/u.test(w)) return false;
    if (PERSON_ROLES.has(w) && ROLE_OWNER_LINKS.has(textAt(tokens, k + 1))) return true;
  }
  return false;
}

/**
 * The part of a span after a possessive inside it, when the owner before it is a name the gazetteer knows or an
 * acronym ("Thailand", "FCC"), not a collective owner or a title, and what it owns holds an organisation's head or is
 * an organisation the gazetteer knows ("Alphabet 's Google").
 */
function ownedAfterPossessive(tokens: readonly Token[], s: Span): Span | undefined {
  for (let p = s.start + 1; p < s.end - 1; p++) {
    if (!POSSESSIVE.test(textAt(tokens, p))) continue;
    const owner = textAt(tokens, p - 1);
    if (COLLECTIVE_OWNERS.has(owner) || isTitle(owner)) return undefined;
    if (knownType(tokens, s.start, p) === undefined && !/^\p{Lu}{2,6}$/u.test(owner)) return undefined;
    // The head may stand before "of": "Thailand 's Board of Investment".
    let head = knownType(tokens, p + 1, s.end) === 'ORG';
    for (let k = p + 1; k < s.end && !head; k++) head = namesBody(textAt(tokens, k));
    if (!head) return undefined;
    return { ...s, start: p + 1, type: 'ORG' };
  }
  return undefined;
}

/**
 * Where "'s" stands inside span s, after its first word and before its last; -1 when none does (a lone apostrophe
 * may be a name's: "Niki M ' Nray").
 */
function possessiveInside(tokens: readonly Token[], s: Span): number {
  for (let p = s.start + 1; p < s.end - 1; p++) if (/^['’]s$/.test(textAt(tokens, p))) return p;
  return -1;
}

/**
 * A first name the gazetteer knows (and not as a place: "Charlotte") before a surname it knows as one, or, in a
 * two-word name, before a capitalised word it knows as nothing else ("Jack Pendower").
 */
function knownFirstAndSurname(first: string, last: string, words: number): boolean {
  if (!opensPerson(first, GAZ) || namesPlaceOrOrg(last)) return false;
  // A given name a place shares is one before a known surname that is no common word: "Chelsea Clinton", "Sydney
  // Sweeney", not "Dallas Love Field".
  if (GAZ.personNames.has(last))
    return !namesPlaceOrOrg(first) || (GAZ.firstNames.has(first) && !GAZ.lowerWords.has(last.toLowerCase()));
  if (namesPlaceOrOrg(first)) return false;
  const lower = last.toLowerCase();
  return (
    words === 2 &&
    GAZ.singleKinds(last) === undefined &&
    !GAZ.lowerWords.has(lower) &&
    // Nor a common word's plural: "the Red Bulls ' Emil Forsberg" is the team.
    !(lower.length > 4 && lower.endsWith('s') && GAZ.lowerWords.has(lower.slice(0, -1))) &&
    !ORG_SUFFIXES.has(lower)
  );
}

/** Tokens [start, end): a known place, then a team's plural nickname, in a text that reports a match. */
function teamOfPlace(tokens: readonly Token[], start: number, end: number): boolean {
  const last = textAt(tokens, end - 1);
  if (
    !TEAM_PLURAL.test(last) ||
    isPlaceWord(last.toLowerCase()) ||
    knownType(tokens, start, end) !== undefined
  )
    return false;
  for (let k = start + 1; k < end; k++)
    if (knownType(tokens, start, k) === 'LOCATION') return reportsMatch(tokens);
  return false;
}

/** Two capitalised words joined by a hyphen: "Take-Two", "Rolls-Royce". */
const HYPHENATED_CAPITALS = /^\p{Lu}\p{L}+-\p{Lu}\p{L}*$/u;

/** A street word leads the name unless it ends one ("Three Center Plaza Boston"). */
const leadsName = (tokens: readonly Token[], k: number): boolean =>
  (tokens[k] as Token).sentenceStart || !isCapitalized(textAt(tokens, k - 1));

/**
 * Where the leading street word before a name is (STREET_OPENERS), over capitalised words and particles no span
 * holds ("Plaza | San | Martin", "Praça | da | Sé"); -1 when there is none.
 */
function streetOpenerBefore(tokens: readonly Token[], start: number, owned: HeldTokens): number {
  for (let k = start - 1; k >= 0 && k >= start - 3 && !owned.has(k); k--) {
    const w = (tokens[k] as Token).text;
    if (STREET_OPENERS.has(w)) return k;
    if ((tokens[k] as Token).sentenceStart || !(isCapitalized(w) || NAME_PARTICLES.has(w))) return -1;
  }
  return -1;
}

/** Which tokens of a text the spans hold: a flag per token, quicker to fill and ask than a set of their indices. */
class HeldTokens {
  private readonly held: Uint8Array;
  constructor(size: number) {
    this.held = new Uint8Array(size);
  }
  has(k: number): boolean {
    return this.held[k] === 1;
  }
  add(k: number): void {
    this.held[k] = 1;
  }
}

/** What a club is before "Club" when it is a golf course: "Riviera Country Club", "Grange Golf Club". */
const COURSE_CLUBS = new Set(['Country', 'Golf']);

/**
 * What the words of a span say about it, whatever the tagger read: numbers are no entities ("2022", "3D"); a
 * head noun alone ("Society", "Gulf", "Grid") takes the capitalised words before it ("Saaristo Grid") or is
 * dropped; a name ending in a street head is a place ("Mill Street"), in a company or research-firm head an
 * organisation ("Pohjola Insight", "Cobalt Street Partners"), in a landform a place ("Pine Ridge"); two or three
 * capitalised words read as an organisation or place are a person when the gazetteer knows the first as a first
 * name and the last as a name, or a role follows ("Ada Vinter, an energy analyst at …"); a known first name alone
 * takes the capitalised word after it that no span holds ("Jack Trevithick").
 */
export function headRules(spans: Span[]): Span[] {
  const owned = new Map<Token[], HeldTokens>();
  for (const s of spans) {
    let o = owned.get(s.tokens);
    if (!o) owned.set(s.tokens, (o = new HeldTokens(s.tokens.length)));
    for (let k = s.start; k < s.end; k++) o.add(k);
  }
  const out: Span[] = [];
  for (const span of spans) {
    let s = span;
    const { tokens } = s;
    const word = (k: number): string => (tokens[k] as Token).text;
    const lower = (k: number): string => (tokens[k] as Token).lower;
    if (insideKnownMisc(tokens, s.start, s.end)) continue;
    // An owner and what it owns, which the tagger read as one name: "Thailand 's Board of Investment", "the FCC 's
    // Media Bureau"; not a name that holds its possessive ("People 's Bank of China", "Sheriff 's Office").
    const ownedPart = ownedAfterPossessive(tokens, s);
    if (ownedPart) {
      out.push({
        ...s,
        end: ownedPart.start - 1,
        type: knownType(tokens, s.start, ownedPart.start - 1) ?? s.type,
      });
      s = ownedPart;
    } else if (s.type === 'PERSON') {
      // A person's name holds no possessive; what follows it is what the person owns: "President Hassan Sheikh
      // Mohamud 's Justice and Solidarity Party".
      const p = possessiveInside(tokens, s);
      if (p > 0) s = { ...s, end: p };
    }
    // A known product or event at the end of a name is no entity, nor what qualifies it ("CAF Champions League",
    // "Cobra Starship"), but a place before it is ("U.S. West Texas Intermediate"), and a body known by a name of
    // several words ("a former European Union Brexit negotiator").
    const misc = knownMiscTail(tokens, s.start, s.end);
    if (misc > 0) {
      const country =
        misc === s.start + 1 && GAZ.singleKinds(word(s.start).replace(/\./g, ''))?.has('COUNTRY');
      const before = knownType(tokens, s.start, misc);
      if (before === 'ORG' && misc - s.start >= 2) s = { ...s, end: misc, type: 'ORG' };
      else if (before === 'LOCATION' || country) s = { ...s, end: misc, type: 'LOCATION' };
      else continue;
    }
    if (s.end - s.start === 1) {
      const w = word(s.start);
      // A number, or a word opening with one and holding no capital ("37.5-hour", "24-year-old").
      if (NUMBERISH.test(w) || (/^\p{N}/u.test(w) && !/\p{Lu}/u.test(w))) continue;
      // A month written short: "from Sept. 1"; a number in words: "Nineteen states"; days of the week: "on
      // different Sundays".
      if (
        (w.endsWith('.') && isMonth(w.slice(0, -1).toLowerCase())) ||
        isNumberWord(w) ||
        (w.endsWith('days') && isWeekday(w.slice(0, -1).toLowerCase()))
      )
        continue;
      // A title abbreviated before a name, its period apart: "Coun . Janelle Fougere"; or alone, as sports pages
      // write a player's position: "the Bengals need a QB".
      if (
        isStrictTitle(w, lower(s.start)) &&
        ((textAt(tokens, s.end) === '.' && runWordAt(tokens, s.end + 1)) ||
          (isAllCapitals(w) && w.length > 1))
      )
        continue;
      if (GENERIC_ALONE.has(lower(s.start))) {
        let start = s.start;
        const o = owned.get(tokens) as HeldTokens;
        while (
          start > 0 &&
          s.start - start < 2 &&
          !(tokens[start] as Token).sentenceStart &&
          !o.has(start - 1) &&
          isCapitalized(word(start - 1)) &&
          /^\p{L}/u.test(word(start - 1)) &&
          !NEVER_ALONE.has(lower(start - 1)) &&
          !isPersonTitle(lower(start - 1))
        )
          start--;
        // "the Gulf" is a place of its own.
        if (start === s.start && !GAZ.singleKinds(w)?.has('PLACE')) continue;
        s = { ...s, start };
      } else if (
        LEADING_PLACE_HEADS.has(w) &&
        continuesName(tokens[s.end]) &&
        !(owned.get(tokens) as HeldTokens).has(s.end)
      ) {
        // A place's head the tagger cut off from its name: "Cape [Canaveral]", "Mount [Kenya]".
        (owned.get(tokens) as HeldTokens).add(s.end);
        s = { ...s, end: s.end + 1, type: 'LOCATION' };
      } else if (
        GAZ.firstNames.has(w) &&
        s.end < tokens.length &&
        !(s.type === 'LOCATION' && GAZ.singleKinds(w)?.has('COUNTRY'))
      ) {
        // A known first name the tagger cut off from its surname ("master Jack Trevithick said"), not a country
        // read as one ("Jordan Pledges More Aid").
        const next = tokens[s.end] as Token;
        const o = owned.get(tokens) as HeldTokens;
        if (
          !next.sentenceStart &&
          !o.has(s.end) &&
          /^\p{Lu}\p{Ll}+$/u.test(next.text) &&
          !NEVER_ALONE.has(next.lower) &&
          !GENERIC_ALONE.has(next.lower) &&
          !ORG_SUFFIXES.has(next.lower) &&
          // A place's title is no surname: "Alberta Premier Danielle Smith"; nor a headline's verb: "Morena Vows",
          // nor a party's member from there: "the Florida Republican who chairs".
          !isTitle(next.text, next.lower) &&
          !PARTY_MEMBER.has(next.text) &&
          !headlineVerb(next.text) &&
          GAZ.singleKinds(next.text) === undefined
        ) {
          o.add(s.end);
          // A capitalised particle opens the surname: "Fabio Di Giannantonio".
          const surname = s.end + 1;
          const particle =
            NAME_PARTICLES.has(next.lower) &&
            !o.has(surname) &&
            /^\p{Lu}\p{Ll}+$/u.test(textAt(tokens, surname));
          if (particle) o.add(surname);
          s = { ...s, end: particle ? surname + 1 : s.end + 1, type: 'PERSON' };
        }
      }
    } else {
      let letters = false;
      for (let k = s.start; k < s.end && !letters; k++) letters = HAS_LETTER.test(word(k));
      if (!letters) continue;
    }
    // A name the tagger began at its modifier takes the name word before it ("O'Hare International Airport").
    if (s.end - s.start >= 2 && NAME_MODIFIERS.has(word(s.start))) {
      const o = owned.get(tokens) as HeldTokens;
      let start = s.start;
      while (
        start > 0 &&
        s.start - start < 3 &&
        !(tokens[start] as Token).sentenceStart &&
        !o.has(start - 1) &&
        runWordAt(tokens, start - 1) &&
        !isDemonym(word(start - 1)) &&
        !isPersonTitle(lower(start - 1)) &&
        // Nor who leads or backs it: "the BJP-led National Democratic Alliance".
        !isPlaceCompound(word(start - 1))
      )
        o.add(--start);
      if (start !== s.start) s = { ...s, start };
    }
    // A venue named for a person, which the tagger read as the person or a place and the venue apart: "Jomo Kenyatta |
    // International Airport", "Jomo | Kenyatta International Airport".
    const before = out[out.length - 1];
    if (
      before?.tokens === tokens &&
      before.end === s.start &&
      before.type !== 'ORG' &&
      s.end - s.start >= 2 &&
      VENUE_HEADS.has(lower(s.end - 1))
    ) {
      out.pop();
      s = { ...s, start: before.start, type: 'LOCATION' };
    }
    // A name before a legal form is a company's ("Evergreen Solar, Inc." was a person); it holds the form written
    // against it ("Tesla Inc."), not one after a comma, as the labelled data sets write them. A place is one only
    // before a comma and a form that ends the name ("Okta, Inc. ("), not a county ("Orange Co.", "Swords, Co. Dublin").
    const comma = textAt(tokens, s.end) === ',';
    const form = comma ? s.end + 1 : s.end;
    if (s.type !== 'LOCATION' || (comma && !runWordAt(tokens, form + 1))) {
      const o = owned.get(tokens) as HeldTokens;
      if (
        form < tokens.length &&
        !(tokens[form] as Token).sentenceStart &&
        !o.has(form) &&
        /^\p{Lu}/u.test(word(form)) &&
        isLegalForm(lower(form))
      ) {
        if (!comma) o.add(form);
        s = { ...s, end: comma ? s.end : form + 1, type: 'ORG' };
      }
    }
    // A square or street whose word leads, as Spanish, Portuguese and Italian write them: "Plaza San Martin",
    // "Avenida Paulista", "Piazza Navona"; the tagger read the name after it as a person or left the word out.
    const opener = STREET_OPENERS.has(word(s.start))
      ? s.start
      : streetOpenerBefore(tokens, s.start, owned.get(tokens) as HeldTokens);
    if (opener >= 0 && leadsName(tokens, opener)) s = { ...s, start: opener, type: 'LOCATION' };
    // A streaming service's or a group's plus, which the tokens split off: "Canal+", "Disney+", "OPEC+"; not a sum.
    if (
      s.type === 'ORG' &&
      textAt(tokens, s.end) === '+' &&
      !/^\p{N}/u.test(textAt(tokens, s.end + 1)) &&
      !(owned.get(tokens) as HeldTokens).has(s.end)
    )
      s = { ...s, end: s.end + 1 };
    // A name the tagger ended before its street word is that street ("40 William St.", "3003 Tasman Drive").
    const after = tokens[s.end];
    if (
      continuesName(after) &&
      STREET_HEADS.has((after as Token).lower) &&
      !(owned.get(tokens) as HeldTokens).has(s.end)
    )
      s = { ...s, end: s.end + 1 };
    // A company's hyphenated first word the tagger left out, opening a sentence most often: "Take-Two | Interactive".
    if (
      s.type === 'ORG' &&
      s.start > 0 &&
      HYPHENATED_CAPITALS.test(textAt(tokens, s.start - 1)) &&
      !owned.get(tokens)?.has(s.start - 1) &&
      !(tokens[s.start] as Token).sentenceStart
    )
      s = { ...s, start: s.start - 1 };
    // A person's name the tagger ended before a centre's or clinic's head is that body's ("MD Anderson Cancer |
    // Center"), as is a person's name that ends in one ("Memorial Sloan Kettering Cancer Center").
    if (s.type === 'PERSON' && BODY_PLACE_HEADS.has(lowerAt(tokens, s.end)) && !owned.get(tokens)?.has(s.end))
      s = { ...s, end: s.end + 1 };
    // A team's plural nickname the tagger left out after its place joins it: "the Milwaukee | Bucks 118-105".
    if (
      s.type !== 'PERSON' &&
      continuesName(tokens[s.end]) &&
      !(owned.get(tokens) as HeldTokens).has(s.end) &&
      teamOfPlace(tokens, s.start, s.end + 1)
    ) {
      (owned.get(tokens) as HeldTokens).add(s.end);
      s = { ...s, end: s.end + 1, type: 'ORG' };
    }
    const n = s.end - s.start;
    const last = lower(s.end - 1);
    if (s.type === 'PERSON' && n >= 2 && BODY_PLACE_HEADS.has(last)) s = { ...s, type: 'ORG' };
    // A golf course is the ground played on, not the members' club: "at Riviera Country Club", "Emirates Golf Club".
    if (n >= 3 && last === 'club' && COURSE_CLUBS.has(word(s.end - 2))) s = { ...s, type: 'LOCATION' };
    // A part of a country or region named by its side: "Northern Nigeria", "Southern Lebanon" were organisations.
    if (
      n === 2 &&
      s.type !== 'LOCATION' &&
      COMPASS_ADJECTIVES.has(word(s.start)) &&
      knownType(tokens, s.start + 1, s.end) === 'LOCATION'
    )
      s = { ...s, type: 'LOCATION' };
    // A place the gazetteer knows whole that the tagger read as a person or organisation of its words: "Ho Chi Minh
    // City", "Ann Arbor", "Abu Dhabi", "Atlantic City" (no person's full name is one: "Sydney Sweeney", "Paris Hilton"
    // are not); but where a text speaks of sport a city's name is its team's ("Kansas City beat Denver").
    if (
      n >= 2 &&
      (s.type === 'PERSON' || (s.type === 'ORG' && !speaksOfSport(tokens))) &&
      knownType(tokens, s.start, s.end) === 'LOCATION'
    )
      s = { ...s, type: 'LOCATION' };
    // A place and a plural nickname after it, in a match report, is a team: "the New York Red Bulls beat".
    if (s.type === 'LOCATION' && n >= 2 && teamOfPlace(tokens, s.start, s.end)) s = { ...s, type: 'ORG' };
    if (n >= 2) {
      // A legal form the tagger took into the name, with its period or after "&", makes a company: "Piper Sandler & Co."
      // was a person ("Zaldy Co" is one).
      const legalForm = isLegalForm(last) && (last.endsWith('.') || word(s.end - 2) === '&');
      if (ORG_SUFFIXES.has(last) || legalForm || hyphenatedPaperName(last)) {
        if (s.type !== 'ORG' && !knownWhole(tokens, s.start, s.end)) s = { ...s, type: 'ORG' };
      } else if (
        STREET_HEADS.has(last) ||
        PLACE_HEADS.has(last) ||
        (NAMING_PLACE_HEADS.has(last) && !speaksOfSport(tokens) && !/^\d/.test(textAt(tokens, s.end))) ||
        VENUE_HEADS.has(last) ||
        // Not any park ("Park" is a surname too, and business parks are bodies): "Fitzgerald River National Park".
        (last === 'park' && n >= 3 && PARK_KINDS.has(word(s.end - 2)))
      ) {
        // Unless known as a whole: "Downing Street" is the government; nor a person after
        // a title: "Professor Adrian Hill".
        if (
          s.type !== 'LOCATION' &&
          !knownWhole(tokens, s.start, s.end) &&
          !(s.type === 'PERSON' && s.start > 0 && isTitleAt(tokens, s.start - 1)) &&
          // Nor a person named so, as a role beside the name says: "Adrian Hill , director of", "his deputy , Cliff
          // Lane ,".
          !(
            s.type === 'PERSON' &&
            (roleApposition(tokens, s.end) ||
              (textAt(tokens, s.end) === ',' && PERSON_ROLES.has(lowerAt(tokens, s.end + 1))) ||
              (textAt(tokens, s.start - 1) === ',' &&
                (PERSON_ROLES.has(lowerAt(tokens, s.start - 2)) || isTitleAt(tokens, s.start - 2))))
          )
        )
          s = { ...s, type: 'LOCATION' };
      } else if (s.type === 'LOCATION' && placeThenName(tokens, s.start, s.end)) {
        s = { ...s, type: 'ORG' };
      } else if (
        s.type !== 'PERSON' &&
        n <= 3 &&
        !GENERIC_ALONE.has(last) &&
        (wordRole(last) & 3) === 0 &&
        // "Ford Motor Co": a legal form written without its period is no surname.
        !isLegalForm(last + '.')
      ) {
        let nameLike = true;
        for (let k = s.start; k < s.end && nameLike; k++) {
          const w = word(k);
          nameLike = isCapitalized(w) && /^\p{Lu}\p{Ll}/u.test(w);
        }
        if (
          nameLike &&
          (knownFirstAndSurname(word(s.start), word(s.end - 1), n) ||
            // Not where something is: "the prosecutor in Luxembourg City, a CSSF spokeswoman said".
            (roleApposition(tokens, s.end) && !PLACE_PREPOSITIONS.has(textAt(tokens, s.start - 1)))) &&
          !knownWhole(tokens, s.start, s.end) &&
          // Nor one of the rules' known names: "Roland Garros", a place.
          knownNameType(tokens, s.start, s.end) === undefined &&
          // Nor a name built on a known one: "Philippine Red Cross".
          !(n === 3 && knownWhole(tokens, s.start + 1, s.end))
        )
          s = { ...s, type: 'PERSON' };
      }
    }
    // No person's name opens with a bank's word: "Bank Al-Maghrib" (Morocco's central bank) read as a person.
    if (s.type === 'PERSON' && n >= 2 && BANK_OPENERS.has(word(s.start))) s = { ...s, type: 'ORG' };
    if (s.type !== 'ORG' && n >= 2 && ROMANCE_BODY_OPENERS.has(word(s.start))) s = { ...s, type: 'ORG' };
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
    if (!isPlaceKind(wholeKindOf(tokens, start, p))) continue;
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

/** Words before a title that belong to it: "Grand Chief", "Deputy Governor", "Brigadier General", "Field Marshal". */
const TITLE_RANKS = new Set([
  'Grand',
  'Deputy',
  'Vice',
  'Acting',
  'Interim',
  'Chief',
  'Senior',
  'Brigadier',
  'Field',
  'Major',
  'Lieutenant',
  'Rear',
]);

/** Words [a, b) may be a person's name, with particles inside it ("Alexandre de Moraes", "Ursula von der Leyen"). */
function personWithParticles(tokens: readonly Token[], a: number, b: number): boolean {
  let from = a;
  for (let k = a + 1; k < b - 1; k++) {
    if (!NAME_PARTICLES.has((tokens[k] as Token).text)) continue;
    if (k > from && !personLike(tokens, from, k)) return false;
    from = k + 1;
  }
  return from < b && personLike(tokens, from, b);
}

/**
 * A title inside an organisation or place the tagger read on into the person after it splits the two: "Union of
 * B.C. Indian Chiefs Grand Chief Stewart Phillip" is the union, then the person; the title and its rank are neither.
 * A title that ends an organisation before a person leaves it too ("Supreme Court Justice | Brett Kavanaugh").
 */
export function titlesInsideNames(spans: Span[]): Span[] {
  return spans.flatMap((s) => {
    if (s.type === 'PERSON') return [s];
    const { tokens } = s;
    // The strict title that ends the name, or follows its rank just after it ("Defence Forces for Field | Marshal
    // Asim Munir"); not any title: the "St." of "Essentia Health St. Mary 's Medical Center" is a saint's.
    const lastToken = tokens[s.end - 1] as Token;
    const last = lastToken.text;
    const title = isStrictTitle(last, lastToken.lower)
      ? s.end - 1
      : TITLE_RANKS.has(last) &&
          s.end < tokens.length &&
          isStrictTitle(textAt(tokens, s.end), lowerAt(tokens, s.end))
        ? s.end
        : -1;
    if (s.end - s.start >= 2 && title >= 0) {
      const name = title + 1;
      if (spans.some((p) => p.type === 'PERSON' && p.tokens === tokens && p.start === name))
        return withoutTitles(s, title);
      // The full name after it the tagger left untagged, title and all: "High Court Justice Sarah Jones".
      const end = nameRunEnd(tokens, name);
      if (
        end - name >= 2 &&
        personWithParticles(tokens, name, end) &&
        !spans.some((p) => p.tokens === tokens && p.start < end && p.end > name)
      )
        return [...withoutTitles(s, title), { ...s, start: name, end, type: 'PERSON', cued: true }];
    }
    if (s.end - s.start < 4) return [s];
    for (let k = s.start + 1; k < s.end - 2; k++) {
      const w = (tokens[k] as Token).text;
      if (!isTitle(w) || !personWithParticles(tokens, k + 1, s.end) || s.end - (k + 1) > 4) continue;
      return [...withoutTitles(s, k), { ...s, start: k + 1, type: 'PERSON', cued: true }];
    }
    return [s];
  });
}

/** The end of the capitalised words from `start` on in one sentence, particles inside them, at most four words. */
function nameRunEnd(tokens: readonly Token[], start: number): number {
  let end = start;
  while (end < tokens.length && end - start < 4) {
    const t = tokens[end] as Token;
    if (t.sentenceStart && end > start) break;
    if (!isCapitalized(t.text) && !(end > start && NAME_PARTICLES.has(t.text))) break;
    end++;
  }
  while (end > start && NAME_PARTICLES.has((tokens[end - 1] as Token).text)) end--;
  return end;
}

/** The name before the title at `title` and the ranks before it, if any is left: "Brigadier General" is no name. */
function withoutTitles(s: Span, title: number): Span[] {
  const { tokens } = s;
  let end = title;
  while (end > s.start && TITLE_RANKS.has((tokens[end - 1] as Token).text)) end--;
  // Nor the word that linked them: "Defence Forces for | Field Marshal".
  while (end > s.start && /^\p{Ll}/u.test((tokens[end - 1] as Token).text)) end--;
  let named = false;
  for (let i = s.start; i < end && !named; i++) {
    const t = (tokens[i] as Token).text;
    named = !isTitle(t) && !TITLE_RANKS.has(t);
  }
  // Nor a local government's word alone: "City Manager Michael Spurgeon", "County Judge"; "Apple CEO Tim Cook" is.
  const office = end - s.start === 1 && LOCAL_OFFICES.has(textAt(tokens, s.start));
  return named && !office ? [{ ...s, end, cued: undefined }] : [];
}

/** Local governments' words, which name no body alone before an official's title. */
const LOCAL_OFFICES = new Set(['City', 'Town', 'County', 'Village', 'Borough', 'Township', 'Parish']);
