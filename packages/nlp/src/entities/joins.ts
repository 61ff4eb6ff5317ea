/** Joining rules: spans, or a span and the words beside it, that make one name (over "&", "of", particles). */
import type { EntityType, TextField } from '@newsflow/contracts';
import type { Token } from '../text/tokenize.js';
import { LONG_LOWER_WORD, lowerAt, sentenceHas, textAt, textsOf } from '../text/tokenize.js';
import { isMonth, isOrgHead, isPersonTitle, isWeekday } from '../ner/gazetteer.js';
import { isAllCapitals, isCapitalized } from '../ner/features.js';
import { titleCase } from '../ner/canonical.js';
import {
  isLegalForm,
  isPlaceCompound,
  isPlaceKind,
  namesNothing,
  portfolioListEnd,
  wordRole,
  wordRoleAt,
} from '../ner/rules.js';
import {
  ARABIC_ARTICLE,
  BODY_PLACE_HEADS,
  COMPASS_ADJECTIVES,
  COMPASS_WORDS,
  EVENT_HEADS,
  NAME_PARTICLES,
  ORG_SUFFIXES,
  ROMANCE_BODY_OPENERS,
  STATE_SCHOOLS,
  VENUE_HEADS,
} from '../ner/heads.js';
import {
  GAZ,
  POSSESSIVE,
  QUOTE_MARKS,
  capitalisedWord,
  continuesName,
  isDemonym,
  isTitleAt,
  knownAsPlace,
  namesCountry,
  namesPlace,
  namesPlaceOrOrg,
  knownType,
  knownWhole,
  personLike,
  runEnd,
  runWordAt,
  singularOf,
  wholeKindOf,
  WHERE,
} from './words.js';
import type { Span, TypedRun } from './spans.js';
import { kindOfBusinessOpening, retypeRuns, tokenOwners } from './spans.js';
import { insideKnownMisc } from './known-names.js';

/** Plural nouns that own the rest of a name: "People 's Liberation Army", "Workers ' Party", "Women 's Aid". */
export const COLLECTIVE_OWNERS = new Set([
  'People',
  'Workers',
  'Women',
  'Farmers',
  'Citizens',
  'Children',
  'Veterans',
]);

/** A title or an article, which opens no name ("President", "The"). */
const leadsNoName = (word: string): boolean => {
  const lower = word.toLowerCase();
  return isPersonTitle(lower) || lower === 'the' || lower === 'a' || lower === 'an';
};

/**
 * Capitalised words joined by "&" are one organisation ("Pratt & Whitney", "Kirkland & Ellis", "S & P Global
 * Ratings", "Bed Bath & Beyond"), unless both sides are places the gazetteer knows or the whole is a country with
 * "and" ("Trinidad & Tobago"); so are words joined by the possessive of a collective noun ("People 's Liberation
 * Army", "National People 's Congress", "People 's Bank of China"), typed by the gazetteer when it knows the whole.
 */
export function joinRule(spans: Span[], field: TextField, tokens: Token[]): Span[] {
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
    // Titles joined are a person's ("Chairman & Chief Executive Officer John Hale"), not a firm named for a partner
    // whose name is a title too ("King & Wood Mallesons").
    if (isTitleAt(tokens, k - 1) && isTitleAt(tokens, next)) continue;
    let start = k - 1;
    while (start > 0 && !(tokens[start] as Token).sentenceStart && capital(start - 1)) start--;
    let end = next + 1;
    for (;;) {
      // Up to a title after the name: "JPMorgan Chase & Co Chief Executive Jamie Dimon".
      while (
        end < tokens.length &&
        !(tokens[end] as Token).sentenceStart &&
        capital(end) &&
        !isTitleAt(tokens, end)
      )
        end++;
      // "of China" after a possessive name.
      if (owner && textAt(tokens, end) === 'of' && capital(end + 1)) end += 2;
      else break;
    }
    // Not a title nor the article opening the sentence: "The People 's Bank of China", "The S & P 500"; but an
    // organisation read around the joiner keeps its start ("General Workers ' Union": "General" is no title there).
    const read = spans.find((s) => s.field === field && s.type === 'ORG' && s.start <= start && s.end > next);
    if (read) start = read.start;
    // Nor a kind of body opening the sentence: "Ruling Cambodian People 's Party".
    else
      while (
        start < k - 1 &&
        (leadsNoName((tokens[start] as Token).text) || kindOfBusinessOpening(tokens[start] as Token))
      )
        start++;
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

const PLURAL_POSSESSIVE = new Set(["'", '’']);

/**
 * An organisation named by common nouns joined by "and" starts at the first of them: "Securities and Exchange Board
 * of India", "Trade and Industry Ministry", where the tagger began at the second; or at its country's adjective
 * before them: "Australian Competition and Consumer Commission". Only common words (the gazetteer's lower-case
 * words) before a head word: "Issuer and Wachovia Bank" stays a bank.
 */
export function joinCommonNounsOverAnd(spans: Span[], field: TextField, tokens: Token[]): Span[] {
  const owner = tokenOwners(spans, field, tokens);
  const common = (k: number): boolean => {
    const w = (tokens[k] as Token).text;
    if (!isCapitalized(w)) return false;
    const lower = w.toLowerCase();
    // Or a common word's plural: "Electoral and Boundaries Commission".
    return GAZ.lowerWords.has(lower) || GAZ.lowerWords.has(singularOf(lower));
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
    if ((owner[first] as number) >= 0 || !common(first)) return s;
    // Capitalised common words before it open the name too ("National Independent Electoral and Boundaries
    // Commission"), and so does a country's adjective ("Australian Competition and Consumer Commission").
    let start = first;
    while (start > 0 && !(tokens[start] as Token).sentenceStart && nameWordBefore(start)) {
      const k = start - 1;
      if (textAt(tokens, k) === 'The') break;
      if ((owner[k] as number) >= 0 || first - k > 2) return s;
      start = k;
      if (isDemonym(textAt(tokens, k))) break;
      if (!common(k)) return s;
    }
    let head = s.start;
    while (head < s.end && (tokens[head] as Token).text !== 'of') head++;
    head--;
    if (head <= s.start || !isOrgHead((tokens[head] as Token).lower)) return s;
    // A plural possessive may stand between them: "Transport and General Workers ' Union".
    for (let k = s.start; k < head; k++)
      if (!common(k) && !PLURAL_POSSESSIVE.has(textAt(tokens, k))) return s;
    return { ...s, start };
  });
}

/** Last words of a company's name that end it before another's: "Yilport Holding and Terminal Investment Limited". */
const GROUP_ENDS = new Set(['Holding', 'Holdings', 'Group', 'Partners', 'Capital', 'Ventures', 'Associates']);

/** The name of `type` right after "and" after the organisation s, in its sentence: "X and | Y". */
function nameAfterAnd(
  s: Span,
  spanAt: (k: number) => Span | undefined,
  tokens: readonly Token[],
  type: EntityType,
): Span | undefined {
  if (s.type !== 'ORG' || textAt(tokens, s.end) !== 'and') return undefined;
  const next = spanAt(s.end + 1);
  return next?.type === type && next.start === s.end + 1 && !(tokens[next.start] as Token).sentenceStart
    ? next
    : undefined;
}

/**
 * One organisation named with "and" between common words, which the tagger split in two: "Djibouti Ports and Free
 * Zones Authority", "United Nations Relief and Works Agency for Palestine Refugees". The first part ends in a common
 * word that is no head, the second starts with one and holds a head; not two bodies the gazetteer knows ("Federal
 * Reserve and …").
 */
export function joinOrganisationsOverAnd(spans: Span[], field: TextField, tokens: Token[]): Span[] {
  const common = (k: number): boolean => GAZ.lowerWords.has(lowerAt(tokens, k));
  // The rules' heads ("Centre", "Corps"), not the tagger's, which hold adjectives ("Financial").
  const head = (k: number): boolean => (wordRoleAt(tokens, k) & 1) !== 0;
  return widenSpans(spans, field, tokens, (s, spanAt) => {
    const next = nameAfterAnd(s, spanAt, tokens, 'ORG');
    if (!next) return undefined;
    if (
      !common(s.end - 1) ||
      head(s.end - 1) ||
      GROUP_ENDS.has(textAt(tokens, s.end - 1)) ||
      // A place ends a whole name: "University College London and Great Ormond Street Hospital".
      knownAsPlace(tokens, s.end - 1, s.end) ||
      !common(next.start)
    )
      return undefined;
    let headed = false;
    for (let k = next.start; k < next.end && !headed; k++) headed = head(k);
    if (!headed) return undefined;
    if (knownWhole(tokens, s.start, s.end)) return undefined;
    return { start: s.start, end: next.end, absorbs: next };
  });
}

/**
 * A body of two places, which the tagger ended after the first: "Port Authority of New York | and New Jersey". The
 * organisation's head stands before "of", each side is a place the gazetteer knows.
 */
export function bodiesOfTwoPlaces(spans: Span[], field: TextField, tokens: Token[]): Span[] {
  return widenSpans(spans, field, tokens, (s, spanAt) => {
    const next = nameAfterAnd(s, spanAt, tokens, 'LOCATION');
    if (!next || !isPlaceKind(wholeKindOf(tokens, next.start, next.end))) return undefined;
    let of = s.end - 1;
    while (of > s.start && textAt(tokens, of) !== 'of') of--;
    if (of <= s.start || !isOrgHead(lowerAt(tokens, of - 1))) return undefined;
    if (!isPlaceKind(wholeKindOf(tokens, of + 1, s.end))) return undefined;
    return { start: s.start, end: next.end, absorbs: next };
  });
}

/** Heads of the public services that two areas share: "Avon and Somerset Police", "Shropshire and Marches NHS Trust". */
const SHARED_SERVICE_HEADS = new Set(['Police', 'Constabulary', 'Council', 'Trust', 'Board', 'Service']);
/** Prepositions that make the name before "and" a place of its own: "in London and Manchester University NHS Trust". */
const PLACE_APART = new Set([...WHERE, 'from', 'between', 'throughout']);

/**
 * A public service of two areas is one organisation: "Avon and Somerset Police", "Antrim and Newtownabbey Borough
 * Council", "Westmorland and Furness Council", where the tagger took the first area for a place or a body of its
 * own. The first area is one word, a place, left untagged or read as a body no list knows, not after a preposition
 * that puts it apart.
 */
export function bodiesOfTwoAreas(spans: Span[], field: TextField, tokens: Token[]): Span[] {
  return widenSpans(spans, field, tokens, (s, spanAt) => {
    const first = s.start - 2;
    if (s.type !== 'ORG' || first < 0 || textAt(tokens, s.start - 1) !== 'and') return undefined;
    if (!SHARED_SERVICE_HEADS.has(textAt(tokens, s.end - 1))) return undefined;
    const area = textAt(tokens, first);
    if (!/^\p{Lu}\p{Ll}/u.test(area) || PLACE_APART.has(lowerAt(tokens, first - 1))) return undefined;
    const other = spanAt(first);
    if (
      other
        ? other.type === 'PERSON' ||
          other.start !== first ||
          other.end !== first + 1 ||
          (other.type === 'ORG' && GAZ.singleKinds(area) !== undefined)
        : !namesPlace([area])
    )
      return undefined;
    return { start: first, end: s.end, absorbs: other };
  });
}

/** Whether token k ends a body's name: "University", "Institute", "Forum". */
const bodyHeadAt = (tokens: readonly Token[], k: number): boolean =>
  (wordRoleAt(tokens, k) & 1) !== 0 || ORG_SUFFIXES.has(lowerAt(tokens, k));

/**
 * A person "of" a body, which the tagger read as one organisation: "Jonah Petrakis of Carnegie Mellon University" (a
 * person and the university), "Babacar Guèye | Ndour of Gaston Berger University" (the surname the person's). The
 * words before "of" read as a person's name and hold no head of a body nor a title.
 */
export function personsOfBodies(spans: Span[], field: TextField, tokens: Token[]): Span[] {
  const named = (a: number, b: number): boolean => {
    for (let k = a; k < b; k++) if (bodyHeadAt(tokens, k) || isTitleAt(tokens, k)) return false;
    return personLike(tokens, a, b);
  };
  let owner: Int32Array | undefined;
  const widened = new Map<Span, Span>();
  const added: Span[] = [];
  for (const s of spans) {
    if (s.field !== field || s.type !== 'ORG' || !bodyHeadAt(tokens, s.end - 1)) continue;
    let of = s.start + 1;
    while (of < s.end - 1 && textAt(tokens, of) !== 'of') of++;
    if (of >= s.end - 1 || !named(s.start, of)) continue;
    owner ??= tokenOwners(spans, field, tokens);
    const person = spans[owner[s.start - 1] ?? -1];
    const adjacent = person?.type === 'PERSON' && person.end === s.start;
    if (!adjacent && of - s.start < 2) continue;
    if (adjacent) widened.set(person, { ...person, end: of });
    else added.push({ ...s, end: of, type: 'PERSON' });
    widened.set(s, { ...s, start: of + 1 });
  }
  if (widened.size === 0) return spans;
  return [...spans.map((s) => widened.get(s) ?? s), ...added];
}

/**
 * Plurals without an "s" that own a body's name with "'s": "Women's Tennis Association", "People's Party", and those
 * in "-men" ("Norwegian Fishermen's Association").
 */
const PLURALS_WITHOUT_S = new Set(['Women', 'Men', 'Children', 'People']);
/** Heads a body's name may end in that the rules' head words lack: "Retirement System", "Bishops' Conference". */
const MORE_BODY_HEADS = new Set(['System', 'Conference', 'Front']);
/** The most words of a body's name on either side of its plural owner. */
const OWNER_SIDE_WORDS = 4;

/**
 * A body named for the people it serves, with their plural's possessive inside the name, is one organisation:
 * "Women's Tennis Association", "California State Teachers' Retirement System", "Catholic Bishops' Conference of the
 * Philippines", where the tagger found a piece or a place ("Tennis Association", "California State Teachers").
 */
export function bodiesOfPluralOwners(spans: Span[], field: TextField, tokens: Token[]): Span[] {
  const runs: TypedRun[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const mark = textAt(tokens, k);
    const owner = textAt(tokens, k - 1);
    const plural =
      ((mark === "'" || mark === '’') &&
        /^\p{Lu}\p{Ll}{2,}s$/u.test(owner) &&
        GAZ.lowerWords.has(owner.toLowerCase())) ||
      ((mark === "'s" || mark === '’s') &&
        (PLURALS_WITHOUT_S.has(owner) || /^\p{Lu}\p{Ll}+men$/u.test(owner)));
    if (!plural) continue;
    let end = k + 1;
    while (end - k <= OWNER_SIDE_WORDS && isCapitalized(textAt(tokens, end))) end++;
    const head = textAt(tokens, end - 1);
    if (end === k + 1 || !((wordRole(head) & 1) !== 0 || MORE_BODY_HEADS.has(head))) continue;
    // Its country or region after "of": "… Conference of the Philippines".
    const place = textAt(tokens, end) === 'of' ? (textAt(tokens, end + 1) === 'the' ? end + 2 : end + 1) : -1;
    if (place > 0 && knownAsPlace(tokens, place, place + 1)) end = place + 1;
    // Back over the name's words before the owner, not "The" ("The People's Bank of China"), nor a common word
    // opening the sentence.
    let start = k - 1;
    while (
      k - start <= OWNER_SIDE_WORDS &&
      !(tokens[start] as Token).sentenceStart &&
      isCapitalized(textAt(tokens, start - 1)) &&
      textAt(tokens, start - 1) !== 'The' &&
      !((tokens[start - 1] as Token).sentenceStart && GAZ.lowerWords.has(lowerAt(tokens, start - 1)))
    )
      start--;
    runs.push({ start, end, type: 'ORG' });
  }
  return retypeRuns(spans, field, tokens, runs);
}

/** The head of a body that may be named after its founders or patrons: "Foundation", "Museum", "Center". */
const namedBodyHead = (word: string): boolean => {
  const lower = word.toLowerCase();
  return ORG_SUFFIXES.has(lower) || BODY_PLACE_HEADS.has(lower);
};

/**
 * A body named after two people joined by "and" is one organisation: "Bill and Melinda Gates Foundation", "Victoria
 * and Albert Museum", where the tagger took the first name for a person or a place. Both names must be first names
 * the gazetteer knows ("Amazon and Microsoft Research" are two).
 */
export function bodiesNamedForTwo(spans: Span[], field: TextField, tokens: Token[]): Span[] {
  const firstName = (k: number): boolean => GAZ.firstNames.has(textAt(tokens, k));
  return widenSpans(spans, field, tokens, (s, spanAt) => {
    const first = s.start - 2;
    if (s.type !== 'ORG' || first < 0 || textAt(tokens, s.start - 1) !== 'and') return undefined;
    if (!namedBodyHead(textAt(tokens, s.end - 1)) || !firstName(s.start) || !firstName(first))
      return undefined;
    const other = spanAt(first);
    if (other && (other.start !== first || other.end !== first + 1)) return undefined;
    return { start: first, end: s.end, absorbs: other };
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
 * A party, movement, council or mission and the country it is of is one organisation: "Communist Party of China",
 * "Workers ' Party of Korea", "United Nations Interim Force in Lebanon", where the tagger ended it before the place;
 * so is a court and the city or country it sits for: "District Court of The Hague".
 */
export function orgOfPlace(spans: Span[], field: TextField, tokens: Token[]): Span[] {
  return widenSpans(spans, field, tokens, (s, spanAt) => {
    if (s.type !== 'ORG' || s.end + 1 >= tokens.length) return undefined;
    const head = (tokens[s.end - 1] as Token).text;
    const link = (tokens[s.end] as Token).text;
    const court = link === 'of' && head === 'Court';
    if (!(
      court ||
      (link === 'of' && OF_PLACE_HEADS.has(head)) ||
      (link === 'in' && IN_PLACE_HEADS.has(head))
    ))
      return undefined;
    const place = spanAt(s.end + 1);
    if (!place || place.type !== 'LOCATION' || place.start !== s.end + 1) return undefined;
    // A force or mission in a city is only stationed there ("Police Force in Honiara"); a party of a province is a
    // party and its province ("Liberal Party of Nova Scotia", as labelled).
    if (!court && wholeKindOf(tokens, place.start, place.end) !== 'COUNTRY') return undefined;
    return { start: s.start, end: place.end, absorbs: place };
  });
}

/** What a state is called before "of" and its name: "Republic of Congo", "Kingdom of Bahrain". */
const STATE_FORMS = new Set([
  'republic',
  'kingdom',
  'emirate',
  'sultanate',
  'principality',
  'commonwealth',
  'federation',
]);

/**
 * A company named by words of no common noun, then "of" and a country, is the company and where it is from: "Banca
 * Orvieto of Italy", "Lactalis of France", as the labelled news marks "Frontale of Japan"; not a body of the country
 * ("Bank of Italy", "Times of Israel", "Theatre of Japan": a head or a common noun before "of"), nor a state ("Republic
 * of Congo"), nor a longer body ("Central Bank of the Republic of Türkiye", "Democratic Forces for the Liberation of
 * Rwanda", "People's Republic of China"). A title before "of" is split too ("the Emir of Qatar").
 */
export function countriesAfterCompanies(spans: Span[], field: TextField, tokens: Token[]): Span[] {
  let out: Span[] | undefined;
  spans.forEach((s, i) => {
    if (s.field !== field || s.type !== 'ORG' || s.end - s.start < 3) return;
    const of =
      s.end - 2 - (s.end - s.start > 3 && wholeKindOf(tokens, s.end - 2, s.end) === 'COUNTRY' ? 1 : 0);
    if (textAt(tokens, of) !== 'of' || of === s.start) return;
    if (wholeKindOf(tokens, of + 1, s.end) !== 'COUNTRY' || knownType(tokens, s.start, s.end) !== undefined)
      return;
    for (let k = s.start; k < of; k++) {
      const word = textAt(tokens, k);
      const lower = word.toLowerCase();
      if (
        !isCapitalized(word) ||
        GAZ.lowerWords.has(lower) ||
        isOrgHead(lower) ||
        STATE_FORMS.has(lower) ||
        POSSESSIVE.test(word)
      )
        return;
    }
    out ??= [...spans];
    out[i] = { ...s, end: of };
    out.push({ ...s, start: of + 1, type: 'LOCATION' });
  });
  return out ?? spans;
}

/** Bodies the labelled news names apart from "U.S." before them: "U.S. | State Department", "U.S. | Congress". */
const APART_FROM_US = new Set(['State Department', 'Congress']);
/** A body's acronym in capitals: "FDA", "NTSB". */
const CAPITALS_ACRONYM = /^\p{Lu}{2,5}$/u;

/**
 * "U.S." before the State Department, Congress or a body's acronym is the country, as the labelled news marks it
 * (all 6 such): "the U.S. State Department said", "the U.S. FDA"; before a body's full name it is part of the name
 * ("U.S. Food and Drug Administration", 41 of 51).
 */
export function countryBeforeBodies(spans: Span[], field: TextField, tokens: Token[]): Span[] {
  let out: Span[] | undefined;
  spans.forEach((s, i) => {
    if (s.field !== field || s.type !== 'ORG' || s.end - s.start < 2 || textAt(tokens, s.start) !== 'U.S.')
      return;
    const rest = textsOf(tokens, s.start + 1, s.end);
    if (
      !APART_FROM_US.has(rest.join(' ')) &&
      !(rest.length === 1 && CAPITALS_ACRONYM.test(rest[0] as string))
    )
      return;
    out ??= [...spans];
    out[i] = { ...s, start: s.start + 1 };
    out.push({ ...s, end: s.start + 1, type: 'LOCATION' });
  });
  return out ?? spans;
}

/** Words of Arabic names that end a run of given names: "al-Husseini", "bin Salman". */
const arabicSurnameAt = (tokens: readonly Token[], k: number): number => {
  if (ARABIC_ARTICLE.test(textAt(tokens, k))) return k + 1;
  const w = textAt(tokens, k);
  return (w === 'bin' || w === 'ibn') && runWordAt(tokens, k + 1) ? k + 2 : -1;
};

/**
 * Arabic names are people, whatever the tagger read: a name by a child's ("Abu Muntadher al-Husseini", "Abu Yasser
 * al-Ansari"; the tagger knows "Abu" from "Abu Dhabi"), up to the article or "bin" and the name after it, not a place
 * the gazetteer knows; given names the lists know before the article ("swore in Tariq Suleiman al-Adwan" was a place);
 * and a person's name the tagger cut in two before its article ("Sami Jassim | Hamad al-Dulaimi").
 */
export function arabicNames(spans: Span[], field: TextField, tokens: Token[]): Span[] {
  const runs: TypedRun[] = [];
  for (let k = 0; k + 2 < tokens.length; k++) {
    if (textAt(tokens, k) !== 'Abu' || knownType(tokens, k, k + 2) !== undefined) continue;
    let j = k + 1;
    while (j < k + 3 && runWordAt(tokens, j) && !(tokens[j] as Token).sentenceStart) j++;
    const end = j > k + 1 ? arabicSurnameAt(tokens, j) : -1;
    if (end > 0) runs.push({ start: k, end, type: 'PERSON' });
  }
  // Given names the lists know before the article, read as a place or body: "swore in Tariq Suleiman al-Adwan".
  for (const s of spans) {
    if (s.field !== field || s.type === 'PERSON' || s.end - s.start < 3) continue;
    if (!ARABIC_ARTICLE.test(textAt(tokens, s.end - 1))) continue;
    let given = true;
    for (let k = s.start; k < s.end - 1 && given; k++)
      given = GAZ.firstNames.has(textAt(tokens, k)) || GAZ.personNames.has(textAt(tokens, k));
    if (given) runs.push({ start: s.start, end: s.end, type: 'PERSON' });
  }
  let out = runs.length > 0 ? retypeRuns(spans, field, tokens, runs) : spans;
  const persons = new Map<number, Span>();
  for (const s of out) if (s.field === field && s.type === 'PERSON') persons.set(s.start, s);
  const joined: TypedRun[] = [];
  for (const s of persons.values()) {
    const next = persons.get(s.end);
    if (
      next !== undefined &&
      !(tokens[next.start] as Token).sentenceStart &&
      ARABIC_ARTICLE.test(textAt(tokens, next.end - 1))
    )
      joined.push({ start: s.start, end: next.end, type: 'PERSON' });
  }
  if (joined.length > 0) out = retypeRuns(out, field, tokens, joined);
  return out;
}

/** Particles and articles of the Romance languages inside a body's name: "de los", "del", "della". */
const ROMANCE_LINKS = new Set([
  'de',
  'del',
  'della',
  'di',
  'da',
  'do',
  'dos',
  'das',
  'la',
  'las',
  'los',
  'el',
]);

/**
 * A body whose name opens with a Romance word for a body runs on over that language's particles and the capitalised
 * words after them: "Asociación de Productores de los Andes", "Coordinadora Campesina Contra los Embalses", where the
 * tagger stopped before "de los" or "los" (not over "y": "Partido Liberal y Frente Amplio" are two).
 */
export function romanceBodiesWhole(spans: Span[], field: TextField, tokens: Token[]): Span[] {
  return widenSpans(spans, field, tokens, (s, spanAt) => {
    if (s.type !== 'ORG' || !ROMANCE_BODY_OPENERS.has(textAt(tokens, s.start))) return undefined;
    let end = s.end;
    let absorbs: Span | undefined;
    for (;;) {
      let k = end;
      while (k < end + 2 && ROMANCE_LINKS.has(textAt(tokens, k)) && !(tokens[k] as Token).sentenceStart) k++;
      const next = tokens[k];
      if (k === end || !next || next.sentenceStart || !isCapitalized(next.text)) break;
      const other = spanAt(k);
      // One neighbour taken in at most, and only whole: "de los Andes".
      if (other && (absorbs || other.start !== k)) break;
      let e = k + 1;
      while (e < tokens.length && !(tokens[e] as Token).sentenceStart && isCapitalized(textAt(tokens, e)))
        e++;
      if (other) {
        absorbs = other;
        e = Math.max(e, other.end);
      }
      end = e;
    }
    return end === s.end ? undefined : { start: s.start, end, absorbs };
  });
}

/**
 * Vietnamese family names as written with their diacritics, which open a person's name (not "Hà", as in "Hà Nội", nor
 * "Hồ", as in "Hồ Chí Minh City").
 */
const VIETNAMESE_SURNAMES = new Set([
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Ngô',
  'Dương',
  'Đinh',
  'Trương',
  'Lương',
  'Trịnh',
  'Đoàn',
  'Vương',
  'Tô',
  'Lâm',
]);
/** A letter only Vietnamese writes: a vowel with a hook, horn, breve or dot below, or "đ". */
const VIETNAMESE_LETTER = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;
const SYLLABLE = /^\p{Lu}\p{Ll}*$/u;

/**
 * A Vietnamese name written with its diacritics is a person's, whole: a family name, then one to three syllables of
 * given names, one with a letter only Vietnamese writes ("Trần Văn Nam and Lê Thị Hồng" read as two bodies, "Trương
 * Thị Mai" cut in two); not a name the rules know, nor a place's ("… City").
 */
export function vietnameseNames(spans: Span[], field: TextField, tokens: Token[]): Span[] {
  const runs: TypedRun[] = [];
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (!VIETNAMESE_SURNAMES.has(textAt(tokens, k))) continue;
    let end = k + 1;
    let marked = false;
    while (end < k + 4 && !(tokens[end]?.sentenceStart ?? true) && SYLLABLE.test(textAt(tokens, end))) {
      marked ||= VIETNAMESE_LETTER.test(textAt(tokens, end));
      end++;
    }
    if (!marked || textAt(tokens, end) === 'City' || knownType(tokens, k, end) !== undefined) continue;
    runs.push({ start: k, end, type: 'PERSON' });
    k = end - 1;
  }
  return runs.length > 0 ? retypeRuns(spans, field, tokens, runs) : spans;
}

/**
 * A side of a state, region or country is a place: "to West Texas", "in Western Kenya", where the tagger read
 * nothing or the place alone; not a name the gazetteer knows whole ("South Africa", "North Korea").
 */
export function sidesOfPlaces(spans: Span[], field: TextField, tokens: Token[]): Span[] {
  const runs: TypedRun[] = [];
  let owner: Int32Array | undefined;
  for (let k = 0; k + 1 < tokens.length; k++) {
    const side = textAt(tokens, k);
    if (!COMPASS_WORDS.has(side) && !COMPASS_ADJECTIVES.has(side)) continue;
    if ((tokens[k + 1] as Token).sentenceStart || wholeKindOf(tokens, k, k + 2) !== undefined) continue;
    // In running text only: not a headline ("Typhoon Kills 23 in Eastern Philippines", whose labels keep the side
    // out), nor a longer name ("West Texas Intermediate").
    const before = textAt(tokens, k - 1);
    if (k > 0 && !(tokens[k] as Token).sentenceStart && /^\p{Lu}/u.test(before)) continue;
    const after = tokens[k + 2];
    if (after && !after.sentenceStart && /^\p{Lu}\p{L}/u.test(after.text)) continue;
    if (!sentenceHas(tokens, k, LONG_LOWER_WORD)) continue;
    if (!isPlaceKind(wholeKindOf(tokens, k + 1, k + 2))) continue;
    owner ??= tokenOwners(spans, field, tokens);
    const place = spans[owner[k + 1] ?? -1];
    if ((owner[k] ?? -1) >= 0 || (place && (place.start !== k + 1 || place.end !== k + 2))) continue;
    runs.push({ start: k, end: k + 2, type: 'LOCATION' });
  }
  return retypeRuns(spans, field, tokens, runs);
}

/**
 * "New" inside a sentence before a name the tagger began at the next word opens the name: "the [New] England
 * Journal of Medicine" (an adjective opens a sentence: "New York rules took effect").
 */
export function newBeforeNames(spans: Span[], field: TextField, tokens: Token[]): Span[] {
  return widenSpans(spans, field, tokens, (s, spanAt) =>
    textAt(tokens, s.start - 1) === 'New' &&
    !(tokens[s.start - 1] as Token).sentenceStart &&
    !(tokens[s.start] as Token).sentenceStart &&
    spanAt(s.start - 1) === undefined
      ? { start: s.start - 1, end: s.end, absorbs: undefined }
      : undefined,
  );
}

/** The most words of a nickname: "Buckshot", "El Chapo", "The Rock". */
const NICKNAME_WORDS = 3;

/**
 * A person's nickname in quotes between the names is part of the name, with the surname after it: "William Mailes
 * " Cowboy " Cowley", "Charalambos " Bambos " Xanthos", where the tagger ended the person at the quote or took the
 * nickname with the surname.
 */
export function nicknamesInNames(spans: Span[], field: TextField, tokens: Token[]): Span[] {
  const runs: TypedRun[] = [];
  let owner: Int32Array | undefined;
  for (const s of spans) {
    if (s.field !== field || s.type !== 'PERSON' || !QUOTE_MARKS.has(textAt(tokens, s.end))) continue;
    let close = s.end + 1;
    while (
      close < tokens.length &&
      close - s.end <= NICKNAME_WORDS &&
      !QUOTE_MARKS.has(textAt(tokens, close))
    )
      close++;
    const surname = close + 1;
    if (close === s.end + 1 || !QUOTE_MARKS.has(textAt(tokens, close)) || surname >= tokens.length) continue;
    let sentence = true;
    for (let k = s.end; k <= surname && sentence; k++) sentence = !(tokens[k] as Token).sentenceStart;
    // The nickname's first word is capitalised, and a surname follows: not a quotation after a name ("Lai " a
    // troublemaker "").
    if (!sentence || !runWordAt(tokens, s.end + 1) || !runWordAt(tokens, surname)) continue;
    owner ??= tokenOwners(spans, field, tokens);
    const after = spans[owner[surname] ?? -1];
    // The surname's span may open at the nickname, as the tagger read "Margaret | Peggy " Aldridge".
    if (after && (after.start <= s.end || after.start > surname || after.type === 'ORG')) continue;
    runs.push({ start: s.start, end: after ? after.end : surname + 1, type: 'PERSON' });
  }
  return retypeRuns(spans, field, tokens, runs);
}

/** Bodies named with "on" and their subject: "Intergovernmental Panel on Climate Change", "Committee on Ways and Means". */
const ON_TOPIC_HEADS = new Set([
  'Commission',
  'Committee',
  'Subcommittee',
  'Conference',
  'Panel',
  'Council',
  'Board',
  'Office',
  'Tribunal',
  'Institute',
  'Centre',
  'Center',
  'Forum',
  'Research',
]);
/** Lower-case words inside a subject: "Trade and Development", "the Rights of the Child"; "and the" starts another
 * name ("on Cancer and the National Institute on Aging"). */
const TOPIC_CONNECTORS = new Set(['and', 'of', 'the', '&']);
/** The most words on either side of "on". */
const ON_TOPIC_WORDS = 6;

/**
 * A body and its subject after "on" are one organisation: "UN Conference on Trade and Development", "Kenya National
 * Commission on Human Rights", where the tagger split the name at "on" or kept only the subject. The subject is
 * capitalised words that name nothing alone (not "the Security Council on Gaza", nor "the Commission on Tuesday"),
 * and the tagger read an organisation on one side or the other.
 */
export function bodiesOnTopics(spans: Span[], field: TextField, tokens: Token[]): Span[] {
  const runs: TypedRun[] = [];
  let owner: Int32Array | undefined;
  const capitalised = (k: number): boolean => {
    const t = tokens[k];
    return t !== undefined && capitalisedWord(t);
  };
  for (let on = 1; on + 1 < tokens.length; on++) {
    const onToken = tokens[on] as Token;
    if (onToken.text !== 'on' || onToken.sentenceStart || !ON_TOPIC_HEADS.has((tokens[on - 1] as Token).text))
      continue;
    let start = on - 1;
    while (
      start > 0 &&
      on - start < ON_TOPIC_WORDS &&
      !(tokens[start] as Token).sentenceStart &&
      capitalised(start - 1) &&
      (tokens[start - 1] as Token).text !== 'The'
    )
      start--;
    let end = on + 1;
    let last = -1;
    while (end < tokens.length && end - on <= ON_TOPIC_WORDS && !(tokens[end] as Token).sentenceStart) {
      const w = (tokens[end] as Token).text;
      if (capitalised(end)) {
        const lower = w.toLowerCase();
        if (isWeekday(lower) || isMonth(lower) || !(GAZ.lowerWords.has(lower) || namesNothing(w, GAZ))) break;
        last = end;
      } else if (!TOPIC_CONNECTORS.has(w) || (w === 'the' && (tokens[end - 1] as Token).text === 'and'))
        break;
      end++;
    }
    if (last < 0) continue;
    end = last + 1;
    owner ??= tokenOwners(spans, field, tokens);
    // The whole of the organisation before "on": "Trottier Institute for Research on Exoplanets".
    const before = spans[owner[on - 1] as number];
    if (before?.type === 'ORG') start = Math.min(start, before.start);
    let organisation = false;
    for (let k = start; k < end && !organisation; k++) {
      const o = owner[k] as number;
      organisation = o >= 0 && (spans[o] as Span).type === 'ORG';
    }
    if (organisation) runs.push({ start, end, type: 'ORG' });
  }
  return retypeRuns(spans, field, tokens, runs);
}

/** A capitalised word in small letters after its capital: "Shipping", not "TLC". */
const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}+$/u;

/**
 * A body named for a list of topics is one organisation, where the tagger or a rule stopped at a comma: before its
 * head ("Culture, Media and Sport Committee", "Meteorology, Climatology and Geophysics Agency": capitalised words
 * that name nothing, at least one comma between them and "and" before the last), or after its head and "of" as the
 * rules read a ministry's portfolios ("Tsinghua University 's | Institute of Energy, Environment and Economy").
 */
export function bodiesOfTopicLists(spans: Span[], field: TextField, tokens: Token[]): Span[] {
  const runs: TypedRun[] = [];
  let owner: Int32Array | undefined;
  const topic = (k: number): boolean => {
    const t = tokens[k];
    // A word in capitals is a name of its own: "TNT , TLC and Food Network" are three channels.
    if (t === undefined || t.sentenceStart || !TITLE_CASE_WORD.test(t.text)) return false;
    const lower = t.lower;
    return (
      !isWeekday(lower) &&
      !isMonth(lower) &&
      (GAZ.lowerWords.has(lower) || GAZ.lowerWords.has(singularOf(lower)) || namesNothing(t.text, GAZ))
    );
  };
  const text = (k: number): string => textAt(tokens, k);
  for (let comma = 2; comma + 1 < tokens.length; comma++) {
    if (text(comma) !== ',' || !topic(comma - 1) || !topic(comma + 1)) continue;
    let first = comma - 1;
    while (text(first - 1) === ',' && topic(first - 2)) first -= 2;
    // The topics after the comma, up to "and" and the last one.
    let last = -1;
    let k = comma + 1;
    for (;;) {
      let next = k + 1;
      if (text(next) === ',') next++;
      if (text(next) === 'and') {
        if (topic(next + 1)) last = next + 1;
        break;
      }
      if (next === k + 1 || !topic(next)) break;
      k = next;
    }
    if (last < 0) continue;
    comma = last;
    owner ??= tokenOwners(spans, field, tokens);
    // The head: the organisation the tagger read from the last topic, or the head word alone.
    const after = spans[owner[last] as number];
    const headEnd =
      after?.type === 'ORG' && after.end > last + 1
        ? after.end
        : (wordRoleAt(tokens, last + 1) & 1) !== 0 && !(tokens[last + 1] as Token | undefined)?.sentenceStart
          ? last + 2
          : -1;
    if (headEnd < 0) continue;
    // A company's last word ends a list of investors, not a topic's body: "Cyberstarts, Greylock and Index Ventures".
    const head = text(headEnd - 1);
    if ((wordRole(head) & 1) === 0 || GROUP_ENDS.has(head) || isLegalForm(head.toLowerCase())) continue;
    runs.push({ start: isDemonym(text(first - 1)) ? first - 1 : first, end: headEnd, type: 'ORG' });
  }
  for (const s of spans) {
    if (s.field !== field || s.type !== 'ORG' || text(s.end) !== ',') continue;
    const of = text(s.end - 2);
    const end = of === 'of' || of === 'for' ? portfolioListEnd(tokens, s.end, GAZ) : undefined;
    if (end !== undefined) runs.push({ start: s.start, end, type: 'ORG' });
  }
  return retypeRuns(spans, field, tokens, runs);
}

/** An acronym: capitals ("IEBC"), or two or more with small letters between, as German and British ones ("BfArM", "DfE"). */
const ACRONYM = /^(?:\p{Lu}{2,8}|\p{Lu}\p{Ll}{0,2}\p{Lu}[\p{Lu}\p{Ll}]{0,5})$/u;
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
    if (capitalisedWord(t)) {
      // A hyphenated word may give each capitalised part's letter ("Asia-Pacific Economic Cooperation ( APEC )",
      // "Tehrik-i-Taliban Pakistan ( TTP )") or one.
      const parts = w.includes('-')
        ? w
            .split('-')
            .filter((part) => /^\p{Lu}/u.test(part))
            .map((part) => part.charAt(0))
        : [];
      const spelled = parts.join('');
      if (parts.length > 1 && acronym.slice(0, letter + 1).endsWith(spelled)) letter -= parts.length;
      else if (w.charAt(0).toUpperCase() === acronym.charAt(letter)) letter--;
      else return -1;
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
export function acronymDefinitions(spans: Span[], field: TextField, tokens: Token[]): Span[] {
  const runs: TypedRun[] = [];
  // Where the names of organisations of two words or more end: what an acronym may abbreviate.
  const orgEnds = new Set(
    spans.filter((s) => s.field === field && s.type === 'ORG' && s.end - s.start >= 2).map((s) => s.end),
  );
  for (let i = 1; i + 2 < tokens.length; i++) {
    const at = acronymAt(tokens, i);
    if (at < 0) continue;
    const spelled = definitionStart(tokens, i, (tokens[at] as Token).text);
    const start = spelled >= 0 && i - spelled >= 2 ? spelled : translatedDefinitionStart(tokens, i);
    if (start < 0) {
      // An acronym spelled otherwise still names the organisation before it: "National Institute for Health and Care
      // Excellence ( NICE )"; a country there is where the body is: "Stanford University ( U.S. )".
      if (orgEnds.has(i) && !namesCountry(tokens, at, at + 1))
        runs.push({ start: at, end: at + 1, type: 'ORG' });
      continue;
    }
    const type: EntityType | 'DROP' =
      EVENT_HEADS.has((tokens[i - 1] as Token).lower) || insideKnownMisc(tokens, start, i)
        ? 'DROP'
        : (knownType(tokens, start, i) ??
          // A venue is a place: "the Melbourne Cricket Ground ( MCG )".
          (VENUE_HEADS.has((tokens[i - 1] as Token).lower) ? 'LOCATION' : 'ORG'));
    runs.push({ start, end: i, type }, { start: at, end: at + 1, type });
  }
  return retypeRuns(spans, field, tokens, runs);
}

/** Last words of a venue's name, which often opens with a person's or a sponsor's: "Jan Breydel Stadium". */
const isGroundHead = (word: string): boolean => VENUE_HEADS.has(word) || word === 'field' || word === 'park';
/** An initial: "R.", "M.A.". */
const INITIAL = /^(?:\p{Lu}\.){1,3}$/u;
/** What opens a ground's name in running text: "at the Sukru Saracoglu Stadium", "Colombo 's R. Premadasa Stadium". */
const BEFORE_GROUND = new Set(['at', 'the', 'to', 'from', 'in', 'into', 'outside', 'near', "'s", '’s']);

/**
 * A venue's name is whole with the names or initials before its last words, where the tagger took only those: "the
 * [R. Premadasa Stadium]", "at [Signal Iduna Park]", "at [Seoul World Cup Stadium]"; only back to a small word that
 * opens it (so never in a headline's capitals), taking in at most one other span.
 */
export function groundsWhole(spans: Span[], field: TextField, tokens: Token[]): Span[] {
  return widenSpans(spans, field, tokens, (s, spanAt) => {
    if (s.type !== 'LOCATION' || !isGroundHead(lowerAt(tokens, s.end - 1))) return undefined;
    let start = s.start;
    let absorbs: Span | undefined;
    while (start > 0) {
      const before = tokens[start - 1] as Token;
      if (!INITIAL.test(before.text) && !capitalisedWord(before)) break;
      const other = spanAt(start - 1);
      if (other !== undefined && other !== s) {
        if ((absorbs !== undefined && absorbs !== other) || other.end > s.start) return undefined;
        absorbs = other;
      }
      if (before.sentenceStart) return undefined;
      start--;
    }
    if (start === s.start || !BEFORE_GROUND.has(textAt(tokens, start - 1))) return undefined;
    if (absorbs !== undefined && absorbs.start < start) return undefined;
    return { start, end: s.end, absorbs };
  });
}

/** Small words inside a long name, between its capitalised ones: "Volunteers for the Defence of the Homeland". */
const NAME_CONNECTORS = new Set(['of', 'for', 'the', 'and', 'on']);
/** The fewest capitalised words of a name whose acronym is another language's. */
const TRANSLATED_DEFINITION_WORDS = 3;

/**
 * Where a long name defined by an acronym of its own language starts, its English words spelling another: "the
 * Volunteers for the Defence of the Homeland ( VDP )", "The Authority for the Regulation and Control of Strategic
 * Mineral Substances Markets ( ARECOMS )": capitalised words and small ones between them back to a "the", at least
 * three capitalised and one small; -1 otherwise.
 */
function translatedDefinitionStart(tokens: readonly Token[], open: number): number {
  let first = -1;
  let capitals = 0;
  let connectors = 0;
  let k = open - 1;
  for (; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (NAME_CONNECTORS.has(t.lower)) {
      // Two names listed: "the CSU and the Social Democrats ( SPD )".
      if (first < 0 || (t.text === 'and' && textAt(tokens, k + 1) === 'the')) return -1;
      connectors++;
    } else if (capitalisedWord(t)) {
      first = k;
      capitals++;
    } else break;
    if (t.sentenceStart) break;
  }
  // The small words before the first capitalised one open the name ("members of the Volunteers"), not inside it.
  const opening = tokens.slice(Math.max(k, 0), first).map((t) => t.lower);
  const inside = connectors - opening.filter((w) => NAME_CONNECTORS.has(w)).length;
  return capitals >= TRANSLATED_DEFINITION_WORDS && inside > 0 && opening.includes('the') ? first : -1;
}

/**
 * What joins partners' names in a firm's, at token `at` before the legal form at `form`: "&", and "and" before the
 * last partner of a partnership ("Haynes and Boone LLP"; not "Edelson PC and Kowalczyk & Ng LLP", nor a body the
 * gazetteer knows and a firm: "Goldman Sachs and Cooley LLP").
 */
const joinsPartners = (tokens: readonly Token[], at: number, form: number): boolean =>
  textAt(tokens, at) === '&' ||
  (textAt(tokens, at) === 'and' &&
    at === form - 2 &&
    textAt(tokens, form) === 'LLP' &&
    wholeKindOf(tokens, at - 2, at) !== 'ORG' &&
    wholeKindOf(tokens, at - 1, at) !== 'ORG');

/** The longest legal form ("Limited", "Persero"). */
const MAX_LEGAL_FORM_LENGTH = 7;

/** Two capitals, as a legal form ("NV", "AG") or a state's postal code ("NV", "CO") write them. */
const STATE_CODE_LIKE = /^[A-Z]{2}$/;

/** The most words of a company's name before its legal form that companiesBeforeLegalForms reads. */
const MAX_COMPANY_WORDS = 5;

/**
 * Capitalised words before a legal form are one company, whatever pieces the tagger made of them: "Emirates NBD PJSC"
 * ("Emirates" a place, "PJSC" alone), "PT Telkom Indonesia Tbk"; back to the sentence's start, a word of no name,
 * another legal form ("Meezan Bank Ltd. Shares of …"), a nationality, a title or where it is based ("the
 * London-listed Glencore Plc").
 */
export function companiesBeforeLegalForms(spans: Span[], field: TextField, tokens: Token[]): Span[] {
  const runs: TypedRun[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const form = textAt(tokens, k);
    // Legal forms are short and open with a Latin capital, but for British "plc" and those written in lower case
    // with periods ("s.r.o."): the cheap tests first, as most words are none.
    const first = form.charCodeAt(0);
    if (
      ((first < 65 || first > 90) && form !== 'plc' && form.charCodeAt(1) !== 46) ||
      form.length > MAX_LEGAL_FORM_LENGTH ||
      (tokens[k] as Token).sentenceStart
    )
      continue;
    if (!isLegalForm((tokens[k] as Token).lower)) continue;
    let start = k;
    // A legal form in brackets before it: "PT Bank Mandiri (Persero) Tbk", "Sakunda Holdings (Private) Limited".
    const bracketed = lowerAt(tokens, k - 2);
    if (
      textAt(tokens, k - 1) === ')' &&
      (isLegalForm(bracketed) || bracketed === 'private') &&
      textAt(tokens, k - 3) === '('
    )
      start = k - 3;
    // A legal form after a comma ("Harborview Senior Living, Inc.") follows the company's name, which ends before the
    // comma, as the labelled data marks it ("Vringo , Inc": comma and form outside); not a second form ("Co., Ltd."),
    // nor a state's postal code ("Las Vegas, NV", "Glenwood Springs, CO").
    const afterComma =
      start === k &&
      !(STATE_CODE_LIKE.test(form) && form !== 'LP') &&
      textAt(tokens, k - 1) === ',' &&
      runWordAt(tokens, k - 2) &&
      !isLegalForm(lowerAt(tokens, k - 2));
    if (afterComma) start = k - 1;
    while (
      k - start < MAX_COMPANY_WORDS + 3 &&
      start > 0 &&
      !(tokens[start] as Token).sentenceStart &&
      (runWordAt(tokens, start - 1) || joinsPartners(tokens, start - 1, k))
    ) {
      const w = textAt(tokens, start - 1);
      // A nationality opens no company's name, but may be a word of one: "Anglo American plc"; a legal form ends
      // another's, but for one right before the form without a period ("Guaranty Trust Holding Co plc").
      if (
        (isLegalForm(w.toLowerCase()) && (start < k || w.endsWith('.'))) ||
        (isDemonym(w) && !runWordAt(tokens, start - 2)) ||
        isPersonTitle(w.toLowerCase()) ||
        isPlaceCompound(w)
      )
        break;
      // A name in capitals is not one with the words in Title Case before it ("Loan Servicing Agreement ASHFORD
      // HOSPITALITY SERVICING LLC"); an acronym inside a name is ("Emirates NBD PJSC").
      if (isAllCapitals(textAt(tokens, start)) && textAt(tokens, start).length > 4 && !isAllCapitals(w))
        break;
      start--;
    }
    if (afterComma && start === k - 1) start = k;
    if (joinsPartners(tokens, start, k)) start++;
    // A sentence's first word that is a common word or a kind of business names nothing ("Company Thinkplus
    // Investments Limited" under a signature, "Steelmaker Thyssenkrupp AG").
    const opening = tokens[start] as Token;
    if ((opening.sentenceStart && GAZ.lowerWords.has(opening.lower)) || kindOfBusinessOpening(opening))
      start++;
    // Not a line in capitals ("COMME SA"), nor a surname "Co" ("Zaldy Co").
    let capitals = true;
    for (let j = start; j <= k && capitals; j++)
      capitals = textAt(tokens, j) === ',' || isAllCapitals(textAt(tokens, j));
    if (capitals || form === 'Co') continue;
    if (afterComma && start < k - 1) {
      runs.push({ start, end: k - 1, type: 'ORG' }, { start: k, end: k + 1, type: 'DROP' });
      continue;
    }
    // A legal form alone names nothing: "PT Pertamina (Persero) said".
    if (start < k && textAt(tokens, start) !== '(') runs.push({ start, end: k + 1, type: 'ORG' });
    else if (textAt(tokens, k - 1) === '(' || start === k) runs.push({ start: k, end: k + 1, type: 'DROP' });
  }
  return retypeRuns(spans, field, tokens, runs);
}

/**
 * A name in parentheses right after an organisation's is its other name, as the training part labels 63 of 65 that
 * are words and not a ticker: "Brothers of Italy (Fratelli d'Italia)", "Respect and Freedom Party (Tisza)", where the
 * tagger read a person; not a place the gazetteer knows ("Poetry (Chicago)", "Mapei (Italy)", and so not "Morena",
 * also a city) or a country as lists write it ("Stanford University (U.S.)"), nor a jurisdiction before the legal
 * form ("Codan Trust Company (Cayman) Limited").
 */
export function otherNamesInParentheses(spans: Span[], field: TextField, tokens: Token[]): Span[] {
  const orgEnds = new Set(spans.filter((s) => s.field === field && s.type === 'ORG').map((s) => s.end));
  const runs: TypedRun[] = [];
  for (const s of spans)
    if (
      s.field === field &&
      s.type !== 'ORG' &&
      textAt(tokens, s.start - 1) === '(' &&
      textAt(tokens, s.end) === ')' &&
      orgEnds.has(s.start - 1) &&
      !isCapitalized(textAt(tokens, s.end + 1)) &&
      // Nor a reporter's handle: "Sky News (@AhronYoung)".
      !textAt(tokens, s.start).startsWith('@') &&
      knownType(tokens, s.start, s.end) === undefined &&
      !namesCountry(tokens, s.start, s.end)
    )
      runs.push({ start: s.start, end: s.end, type: 'ORG' });
  return retypeRuns(spans, field, tokens, runs);
}

/**
 * Where the acronym defined at token i is: "( IEBC )" or ", known as IPOA ," (also "also known as"); -1 when i opens
 * no definition.
 */
function acronymAt(tokens: readonly Token[], i: number): number {
  const text = (k: number): string => textAt(tokens, k);
  let at = -1;
  if (text(i) === '(' && text(i + 2) === ')') at = i + 1;
  else if (text(i) === ',') {
    const known = text(i + 1) === 'also' ? i + 2 : i + 1;
    if (text(known) === 'known' && text(known + 1) === 'as' && !(tokens[known + 2]?.sentenceStart ?? true))
      at = known + 2;
  }
  return at >= 0 && ACRONYM.test(text(at)) ? at : -1;
}

/**
 * Particles inside organisations' names only: "Banque des Territoires", "Bangko Sentral ng Pilipinas", "Alianza para el
 * Progreso", "Unión por la Patria", "Junts per Catalunya".
 */
const ORG_PARTICLES = new Set(['des', 'ng', 'por', 'para', 'per', 'pela', 'pelo']);

/** Articles after a particle: "de la", "de los". */
const ARTICLES_AFTER_PARTICLE = new Set(['la', 'le', 'las', 'los', 'les', 'el']);

/**
 * An organisation or place and the name after a particle (and an article) are one name: "Silicium de Provence",
 * "Banco Central de la República Argentina", "Rio de Janeiro", "Banco de la Nación Argentina" (the tagger took "la"
 * into the second), where the tagger made two of them; "la" or "le" alone is an article ("and la Caixa"). After an
 * organisation's own particle or a plural article the second may have been read as a person: "Unión por la Patria",
 * "Comité Permanente por la Defensa de los Derechos Humanos". A chain of them is taken whole.
 */
export function joinOverParticles(spans: Span[], field: TextField, tokens: Token[]): Span[] {
  for (let pass = 0; pass < MAX_PARTICLE_JOINS; pass++) {
    const joined = widenSpans(spans, field, tokens, (s, spanAt) => {
      if (s.type === 'PERSON' || joinsLeft(s, spanAt)) return undefined;
      const particle = textAt(tokens, s.end);
      const orgParticle = ORG_PARTICLES.has(particle);
      if (!NAME_PARTICLES.has(particle) && !orgParticle) return undefined;
      let k = s.end + 1;
      const article = textAt(tokens, k);
      if (ARTICLES_AFTER_PARTICLE.has(article)) k++;
      const next = spanAt(k) ?? (k > s.end + 1 ? spanAt(k - 1) : undefined);
      if (!next || (next.start !== k && next.start !== k - 1) || next.start <= s.end) return undefined;
      if ((tokens[next.start] as Token).sentenceStart) return undefined;
      const personAllowed = s.type === 'ORG' && (orgParticle || article === 'los' || article === 'las');
      if (next.type === 'PERSON' && !personAllowed) return undefined;
      return { start: s.start, end: next.end, absorbs: next };
    });
    const unchanged = joined.length === spans.length;
    spans = joined;
    if (unchanged) break;
  }
  return spans;
}

/** Whether the name before a particle before s will take s in first: a chain is joined from its left. */
function joinsLeft(s: Span, spanAt: (k: number) => Span | undefined): boolean {
  let k = s.start - 1;
  if (ARTICLES_AFTER_PARTICLE.has(textAt(s.tokens, k))) k--;
  const particle = textAt(s.tokens, k);
  if (!NAME_PARTICLES.has(particle) && !ORG_PARTICLES.has(particle)) return false;
  const before = spanAt(k - 1);
  return before !== undefined && before.end === k && before.type !== 'PERSON';
}

/** The most joins of one name over particles: "Comité Permanente por la Defensa de los Derechos Humanos" has two. */
const MAX_PARTICLE_JOINS = 3;

/** Particles of Dutch, German and Afrikaans surnames, which place names seldom hold; "der" and "den" after "van" or
 * "von" only. */
const GERMANIC_PARTICLES = new Set(['van', 'von', 'ter', 'ten', 'le', 'van der', 'van den', 'von der']);
/** French and German particles that places and bodies hold too ("Col du Tourmalet", "Musée des Beaux-Arts"): after a
 * known first name only ("Laurence des Cars"), and not after the heads of French places and bodies ("Gare du Nord",
 * "Conseil du Café-Cacao"). */
const SHARED_PARTICLES = new Set(['du', 'des', 'zu']);
const FRENCH_HEADS = new Set([
  'Gare',
  'Col',
  'Rue',
  'Place',
  'Pont',
  'Porte',
  'Quai',
  'Mont',
  'Palais',
  'Conseil',
]);

/** Spanish and Portuguese heads of places, bodies and days named with "de": "Palacio de Justicia", "Cinco de Mayo". */
const ROMANCE_HEADS = new Set([
  'Palacio',
  'Plaza',
  'Praça',
  'Avenida',
  'Calle',
  'Casa',
  'Puerto',
  'Porto',
  'Cinco',
  'Dos',
  'Costa',
  'Valle',
  'Sierra',
  'Villa',
  'Ciudad',
  'Rio',
  'Río',
]);

/**
 * A Catalan name's second surname after "i" is the person's: "Roser Vilaplana i Puig", "Jordi Casals i Vidal", where
 * the tagger ended the name before "i" (English writes no lower-case "i").
 */
export function catalanSurnames(spans: Span[], field: TextField, tokens: Token[]): Span[] {
  return widenSpans(spans, field, tokens, (s, spanAt) => {
    if (s.type !== 'PERSON' || s.end - s.start < 2 || textAt(tokens, s.end) !== 'i') return undefined;
    const surname = s.end + 1;
    if (!/^\p{Lu}\p{Ll}+$/u.test(textAt(tokens, surname)) || (tokens[surname] as Token).sentenceStart)
      return undefined;
    const other = spanAt(surname);
    if (other && (other.start !== surname || other.end !== surname + 1 || other.type !== 'PERSON'))
      return undefined;
    return { start: s.start, end: surname + 1, absorbs: other };
  });
}

/**
 * A surname after such particles and a given name is a person's: "Marieke van den Berg", "Hennie le Roux", "Joost
 * van der Westhuizen", "Marcus du Sautoy", "Joost de Wit", "Isaac del Toro", where the tagger took the surname alone, as a place, and the given name
 * (no list knows "Marieke") as nothing or apart. Not a name the gazetteer knows whole.
 */
export function personsOverParticles(spans: Span[], field: TextField, tokens: Token[]): Span[] {
  const runs: TypedRun[] = [];
  for (let k = 2; k < tokens.length; k++) {
    // The particle's test first: few words follow one.
    const last = textAt(tokens, k - 1);
    if (
      !GERMANIC_PARTICLES.has(last) &&
      !SHARED_PARTICLES.has(last) &&
      last !== 'der' &&
      last !== 'den' &&
      last !== 'de' &&
      last !== 'del'
    )
      continue;
    const surname = textAt(tokens, k);
    if (!/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(surname) || (tokens[k] as Token).sentenceStart) continue;
    const two = `${textAt(tokens, k - 2)} ${textAt(tokens, k - 1)}`;
    const p = GERMANIC_PARTICLES.has(two) && !(tokens[k - 1] as Token).sentenceStart ? k - 2 : k - 1;
    const particle = p === k - 2 ? two : textAt(tokens, k - 1);
    const shared = SHARED_PARTICLES.has(particle);
    const romance = particle === 'de' || particle === 'del';
    if (
      !(GERMANIC_PARTICLES.has(particle) || shared || romance) ||
      (tokens[p] as Token).sentenceStart ||
      p < 1
    )
      continue;
    const given = p - 1;
    const first = textAt(tokens, given);
    if (
      !/^\p{Lu}\p{Ll}+$/u.test(first) ||
      isPersonTitle(first.toLowerCase()) ||
      GAZ.lowerWords.has(first.toLowerCase())
    )
      continue;
    if (shared ? !GAZ.firstNames.has(first) || FRENCH_HEADS.has(first) : GAZ.singleKinds(first) !== undefined)
      continue;
    // "de" and "del" of many languages' places too: a given name the lists know before a surname that names no place
    // ("Joost de Wit", "Frenkie de Jong", "Isaac del Toro"; not "Santiago de Chile", "Valle del Cauca").
    if (
      romance &&
      (!(GAZ.firstNames.has(first) || GAZ.personNames.has(first)) ||
        namesPlace([surname]) ||
        FRENCH_HEADS.has(first) ||
        ROMANCE_HEADS.has(first))
    )
      continue;
    if (knownType(tokens, given, k + 1) !== undefined) continue;
    runs.push({ start: given, end: k + 1, type: 'PERSON' });
  }
  return retypeRuns(spans, field, tokens, runs);
}

/** Geographic heads named with "of" and a place: "Strait of Hormuz", "Bay of Bengal", "Isle of Man". */
const HEADS_OF_PLACES = new Set(['Strait', 'Straits', 'Bay', 'Gulf', 'Sea', 'Isle', 'Cape', 'Lake', 'Mount']);

/** A place after a geographic head and "of" is part of its name: "Strait of Messina", where the tagger took "Messina". */
export function placesOfHeads(spans: Span[], field: TextField, tokens: Token[]): Span[] {
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

/** Roads named by a number: "Interstate 70", "National Highway 715", "State Route 41". */
const ROAD_HEADS = new Set(['Interstate', 'Highway', 'Route', 'Motorway', 'Freeway', 'Expressway']);
const ROAD_NUMBER = /^\d{1,4}[A-Z]?$/;
/** Who keeps a road, named before it: "State Route 41", "U.S. Highway 1". */
const ROAD_KEEPERS = new Set(['State', 'U.S.', 'US', 'County', 'National', 'Provincial', 'Federal']);

/**
 * A numbered road is a place, its number and all, as the labelled news has it: the tagger reads "Interstate 70" but
 * leaves "Interstate 17" or reads "Highway" alone as an organisation.
 */
export function numberedRoads(spans: Span[], field: TextField, tokens: Token[]): Span[] {
  let owner: Int32Array | undefined;
  const runs: TypedRun[] = [];
  for (let k = 0; k + 1 < tokens.length; k++) {
    // A digit next before the lookups: most words are followed by none.
    const digit = (tokens[k + 1] as Token).text.charCodeAt(0) - 48;
    if (digit < 0 || digit > 9) continue;
    if (!ROAD_HEADS.has((tokens[k] as Token).text) || !ROAD_NUMBER.test((tokens[k + 1] as Token).text))
      continue;
    owner ??= tokenOwners(spans, field, tokens);
    if ((owner[k + 1] as number) >= 0) continue;
    const head = spans[owner[k] as number];
    // A name ending in the road word is the road's ("National Highway"); one running on is another name.
    if (head && head.end !== k + 1) continue;
    let start = head?.start ?? k;
    while (
      !head &&
      start > 0 &&
      ROAD_KEEPERS.has((tokens[start - 1] as Token).text) &&
      (owner[start - 1] as number) < 0
    )
      start--;
    runs.push({ start, end: k + 2, type: 'LOCATION' });
  }
  return runs.length === 0 ? spans : retypeRuns(spans, field, tokens, runs);
}

/** A club's initials or numeral before its city: "RKC" of "RKC Waalwijk", "JC" of "Roda JC Kerkrade", "II". */
const CLUB_INITIALS = /^(?:[A-Z][A-Za-z]?[A-Z]{1,3}|[A-Z]{2}|I{2,3}|IV)$/;

/**
 * A club named by initials (or a numeral) and its city is one organisation: "NAC Breda", "Willem II Tilburg",
 * where the tagger ended the name before the city.
 */
export function clubsWithTheirCity(spans: Span[], field: TextField, tokens: Token[]): Span[] {
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

/** A club's founding year as German clubs write it after their name: "04", "05" (not a time: "05 : 30"). */
const CLUB_YEAR = /^0\d$/;

/** A name and a club's founding year after it are one club: "FSV Mainz 05", "Schalke 04", whatever the tagger read. */
export function clubsWithTheirYear(spans: Span[], field: TextField, tokens: Token[]): Span[] {
  const runs: TypedRun[] = [];
  for (const s of spans) {
    if (s.field !== field || s.type === 'PERSON' || !CLUB_YEAR.test(textAt(tokens, s.end))) continue;
    if ((tokens[s.end] as Token).sentenceStart || /^[:.]$/.test(textAt(tokens, s.end + 1))) continue;
    runs.push({ start: s.start, end: s.end + 1, type: 'ORG' });
  }
  return retypeRuns(spans, field, tokens, runs);
}

/**
 * A university named for its state or city and "State" is an organisation, not the place the tagger read ("Iowa
 * State", "NORTH DAKOTA STATE", "Boise State"); the span holds nothing else.
 */
export function stateUniversities(spans: Span[], field: TextField, tokens: Token[]): Span[] {
  const runs: TypedRun[] = [];
  for (const s of spans) {
    if (s.field !== field || s.type === 'ORG' || s.end - s.start < 2) continue;
    if (lowerAt(tokens, s.end - 1) !== 'state') continue;
    const named = textsOf(tokens, s.start, s.end - 1)
      .map(titleCase)
      .join(' ');
    if (STATE_SCHOOLS.has(named)) runs.push({ start: s.start, end: s.end, type: 'ORG' });
  }
  return retypeRuns(spans, field, tokens, runs);
}

/** What joins a German or English town to its river or region: "Frankfurt an der Oder", "Weil am Rhein", "Rothenburg
 * ob der Tauber", "Kingston upon Thames". */
const ON_THE_RIVER: ReadonlyArray<readonly string[]> = [['an', 'der'], ['am'], ['ob', 'der'], ['upon']];

/**
 * A town and its river or region after "an der", "am", "ob der" or "upon" are one place, whatever the tagger read of
 * either ("Frankfurt an der Oder" had read as two places); not after a person ("Mr Schmidt am Montag" is no town).
 */
export function townsOnRivers(spans: Span[], field: TextField, tokens: Token[]): Span[] {
  const runs: TypedRun[] = [];
  for (const s of spans) {
    if (s.field !== field || s.type === 'PERSON') continue;
    const words = ON_THE_RIVER.find((w) => w.every((word, i) => textAt(tokens, s.end + i) === word));
    if (!words) continue;
    const river = s.end + words.length;
    if (!continuesName(tokens[river])) continue;
    runs.push({ start: s.start, end: river + 1, type: 'LOCATION' });
  }
  return retypeRuns(spans, field, tokens, runs);
}

const LIST_WORDS = new Set(['and', 'or', '&']);

/**
 * A university and its campus are one organisation: "University of California , Davis", "University of Maryland ,
 * College Park ,", "University of Texas at Austin", where the tagger ended the name before the campus or read the
 * campus as a person. The campus is a place the gazetteer knows that ends the clause, not one of a list ("University
 * of Oxford , Cambridge and Imperial").
 */
export function universityCampuses(spans: Span[], field: TextField, tokens: Token[]): Span[] {
  return widenSpans(spans, field, tokens, (s, spanAt) => {
    if (s.type !== 'ORG' || textAt(tokens, s.start) !== 'University' || textAt(tokens, s.start + 1) !== 'of')
      return undefined;
    const joiner = textAt(tokens, s.end);
    const from = s.end + 1;
    if ((joiner !== ',' && joiner !== 'at') || !runWordAt(tokens, from)) return undefined;
    if ((tokens[from] as Token).sentenceStart) return undefined;
    const end = runEnd(tokens, from);
    const after = textAt(tokens, end);
    const listed = LIST_WORDS.has(after) || (after === ',' && runWordAt(tokens, end + 1));
    if (end - from > 3 || listed || !knownAsPlace(tokens, from, end)) return undefined;
    const campus = spanAt(from);
    if (campus && (campus.start !== from || campus.end !== end || campus.type === 'ORG')) return undefined;
    return { start: s.start, end, absorbs: campus };
  });
}

/** How many partners' names a firm's name may list before its last two ("Skadden, Arps, Slate, Meagher & Flom"). */
const FIRM_NAMES = 4;

/**
 * A firm named for its partners, listed with commas before the last two ("Wachtell, Lipton, Rosen & Katz"), is one
 * organisation, whatever the tagger read of its names; not a list of places or bodies before a company ("Paris,
 * Berlin, Marks & Spencer").
 */
export function partnersFirms(spans: Span[], field: TextField, tokens: Token[]): Span[] {
  const runs: TypedRun[] = [];
  for (let k = 2; k + 1 < tokens.length; k++) {
    if (textAt(tokens, k) !== '&' || !partnerName(tokens[k - 1]) || !partnerName(tokens[k + 1])) continue;
    let start = k - 1;
    while (
      k - 1 - start < 2 * FIRM_NAMES &&
      textAt(tokens, start - 1) === ',' &&
      partnerName(tokens[start - 2]) &&
      !(tokens[start] as Token).sentenceStart
    )
      start -= 2;
    // Surnames, two at least that the lists know: not "Norf, Suff & Ess" (counties).
    let surnames = 0;
    for (let j = start; j < k + 2; j += 2) if (GAZ.personNames.has(textAt(tokens, j))) surnames++;
    // With its legal form: "Paul, Weiss, Rifkind, Wharton & Garrison LLP".
    const end = isLegalForm(lowerAt(tokens, k + 2)) ? k + 3 : k + 2;
    if (start < k - 1 && surnames >= 2) runs.push({ start, end, type: 'ORG' });
  }
  return retypeRuns(spans, field, tokens, runs);
}

/**
 * A partner's surname in a firm's name: one capitalised word the gazetteer knows as no place or body, nor a day or a
 * month ("On Tuesday, Procter & Gamble said").
 */
function partnerName(t: Token | undefined): boolean {
  if (!t || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) return false;
  const lower = t.lower;
  return !namesPlaceOrOrg(t.text) && !isWeekday(lower) && !isMonth(lower);
}
