/** Named-entity extraction: the tagger's spans through the rules of this folder, then the type vote and salience. */
import type { Entity, EntityType, Mention, TextField } from '@newsflow/contracts';
import type { Token } from '../text/tokenize.js';
import { tokenize } from '../text/tokenize.js';
import { isHeadlineCase } from '../text/headline.js';
import { isCommonVerbForm } from '../text/english-verbs.js';
import type { Tagger } from '../ner/tagger.js';
import { tagger } from '../ner/tagger.js';
import type { Label } from '../ner/perceptron.js';
import { canonicalNames, foldName, titleCase } from '../ner/canonical.js';
import { isAllCapitals } from '../ner/features.js';
import { applyRules, datelineEnd, headlineSentences, isLegalForm } from '../ner/rules.js';
import { GAZ, namesPlace } from './words.js';
import type { Span } from './spans.js';
import { extendPersons, spansFromLabels, splitAtLowercase, tidy } from './spans.js';
import { ARABIC_ARTICLE, withoutArabicArticle } from '../ner/heads.js';
import { gazetteerRules, knownNames, statisticsOffices } from './known-names.js';
import { headRules, titlesInsideNames } from './head-rules.js';
import {
  playersWithCountry,
  resultsLines,
  scorecards,
  scorersLines,
  sentences,
  teamsByNickname,
  teamsInPlay,
  clubsByPrefix,
  fixtures,
  reportsMatch,
  venuesOfPlay,
} from './sports.js';
import {
  besidePersons,
  bodiesOfCountries,
  bylines,
  pressTold,
  contextRules,
  givenNamesAtSentenceStart,
  officesOfOfficials,
  numberedBodies,
  papersInPressDigests,
  portfoliosBeforeTitles,
  placesListedWithPlaces,
  membersOfKinds,
  photoCredits,
  stormsByName,
  unionLocals,
  legislativeChambers,
  residentsOf,
  portfoliosAfterTitles,
  wiresInDatelines,
} from './context.js';
import {
  acronymDefinitions,
  otherNamesInParentheses,
  companiesBeforeLegalForms,
  countriesAfterCompanies,
  countryBeforeBodies,
  arabicNames,
  vietnameseNames,
  romanceBodiesWhole,
  sidesOfPlaces,
  newBeforeNames,
  bodiesNamedForTwo,
  bodiesOfTwoPlaces,
  bodiesOfTwoAreas,
  bodiesOfPluralOwners,
  personsOfBodies,
  clubsWithTheirCity,
  clubsWithTheirYear,
  joinCommonNounsOverAnd,
  joinOverParticles,
  groundsWhole,
  bodiesOnTopics,
  bodiesOfTopicLists,
  joinOrganisationsOverAnd,
  joinRule,
  nicknamesInNames,
  numberedRoads,
  orgOfPlace,
  personsOverParticles,
  catalanSurnames,
  placesOfHeads,
  universityCampuses,
  stateUniversities,
  townsOnRivers,
  partnersFirms,
} from './joins.js';
import {
  aliasesOfBodies,
  cuePersonsAfterTitles,
  dropCommonWordsAtSentenceStart,
  ownersOfPersons,
  personsBySurnameAlone,
  placesInCompounds,
  propagate,
  shortFormsOfBodies,
  splitHyphenated,
  withoutDiseases,
} from './document.js';
import type { TypedMention } from './document.js';
import { socialNames } from './social.js';
import {
  LEGAL_HINT,
  addressNumbers,
  commonwealthAsPlace,
  definedTermTest,
  definitions,
  isLegalText,
  lonePersonNames,
  partyMentions,
  partyNames,
  withoutDefinedTerms,
} from './legal.js';

const SHIPPED_TAGGER = tagger();

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
/**
 * Words before a place, in the 48 characters before it: "in Windsor", "near Kent" (not "from": documents come from
 * people), also with places listed between: "shot in Florence and Austin", "in Leeds, York and Hull"; a period
 * inside only an abbreviation's ("in St. Albans"), not one that ends a sentence ("… in Manila. Salcedo is").
 */
const PLACE_WORD = String.raw`\p{Lu}(?:[\p{L}'’-]|(?<=\b(?:St|Mt|Ft))\.)*`;
const PLACE_BEFORE = new RegExp(
  String.raw`\b(?:in|at|near)\s+(?:${PLACE_WORD}(?:,?\s+${PLACE_WORD})*,?\s+(?:and\s+)?)?$`,
  'u',
);
/** An owner's possessive after a name: "in Belgrano 's encampment" is the person's. */
const POSSESSIVE_AFTER = /^\s?['’]/;
/** "In " or "in " right before a name, and the comma after it. */
const IN_BEFORE = /(?:^|\s)[Ii]n\s$/;
const COMMA_AFTER = /^\s?,/;
/** The lower-case word right after a name. */
const WORD_AFTER = /^\s+(\p{Ll}+)/u;

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
  // Rules run on the body, then on the title unless it is in Headline Case (the document pass finds its names).
  const fields: ReadonlyArray<readonly [TextField, Token[]]> = headline
    ? [['body', bodyTokens]]
    : [
        ['body', bodyTokens],
        ['title', titleTokens],
      ];
  spans = gazetteerRules(spans, 'body', bodyTokens, bodyHeadlines);
  // A title in Headline Case gets the countries it names (the document pass finds the other names).
  spans = gazetteerRules(spans, 'title', titleTokens, headline ? titleTokens.map(() => true) : undefined);
  for (const [field, tokens] of fields)
    spans = statisticsOffices(knownNames(spans, field, tokens), field, tokens);
  spans = titlesInsideNames(headRules(spans));
  spans = dropCommonWordsAtSentenceStart(spans, bodyTokens);
  spans = contextRules(spans, 'body', bodyTokens, bodyHeadlines);
  if (!headline) spans = contextRules(spans, 'title', titleTokens);
  for (const [field, tokens] of fields) spans = bylines(spans, field, tokens);
  for (const [field, tokens] of fields) spans = pressTold(spans, field, tokens);
  spans = besidePersons(spans);
  spans = stormsByName(spans, fields);
  for (const [field, tokens] of fields) spans = givenNamesAtSentenceStart(spans, field, tokens);
  const bodySentences = sentences(bodyTokens);
  spans = unionLocals(spans, 'body', bodyTokens);
  for (const [field, tokens] of fields) spans = legislativeChambers(spans, field, tokens);
  spans = wiresInDatelines(spans, 'body', bodyTokens);
  spans = photoCredits(spans, 'body', bodyTokens);
  spans = papersInPressDigests(spans, titleTokens, bodyTokens, bodySentences);
  for (const [field, tokens] of fields) spans = officesOfOfficials(spans, field, tokens);
  for (const [field, tokens] of fields) spans = portfoliosBeforeTitles(spans, field, tokens);
  for (const [field, tokens] of fields) spans = numberedBodies(spans, field, tokens);
  spans = resultsLines(spans, 'body', bodyTokens, bodySentences);
  spans = scorecards(spans, 'body', bodyTokens, bodySentences);
  spans = scorersLines(spans, 'body', bodyTokens, bodySentences);
  spans = playersWithCountry(spans, 'body', bodyTokens, bodySentences);
  for (const [field, tokens] of fields)
    spans = clubsByPrefix(teamsInPlay(spans, field, tokens), field, tokens);
  for (const [field, tokens] of fields) spans = venuesOfPlay(spans, field, tokens);
  for (const [field, tokens] of fields) spans = fixtures(spans, field, tokens);
  for (const [field, tokens] of fields) spans = placesListedWithPlaces(spans, field, tokens);
  for (const [field, tokens] of fields) spans = membersOfKinds(spans, field, tokens);
  // In articles only: tweets write "&" for "and" between names.
  if (bodyTokens.length >= ARTICLE_TOKENS) {
    spans = teamsByNickname(spans, fields);
    for (const [field, tokens] of fields) spans = joinRule(spans, field, tokens);
  } else {
    spans = socialNames(spans, 'body', bodyTokens);
    spans = socialNames(spans, 'title', titleTokens);
  }
  for (const rule of [
    joinCommonNounsOverAnd,
    joinOrganisationsOverAnd,
    bodiesOfTwoPlaces,
    bodiesOfTwoAreas,
    bodiesOfPluralOwners,
    personsOfBodies,
    bodiesNamedForTwo,
    companiesBeforeLegalForms,
    joinOverParticles,
    personsOverParticles,
    catalanSurnames,
    bodiesOnTopics,
    bodiesOfTopicLists,
    nicknamesInNames,
    arabicNames,
    vietnameseNames,
    romanceBodiesWhole,
    sidesOfPlaces,
    newBeforeNames,
    placesOfHeads,
    numberedRoads,
    groundsWhole,
    orgOfPlace,
    countriesAfterCompanies,
    countryBeforeBodies,
    bodiesOfCountries,
    clubsWithTheirCity,
    clubsWithTheirYear,
    universityCampuses,
    stateUniversities,
    townsOnRivers,
    partnersFirms,
    residentsOf,
    portfoliosAfterTitles,
  ])
    for (const [field, tokens] of fields) spans = rule(spans, field, tokens);
  spans = acronymDefinitions(spans, 'body', bodyTokens);
  for (const [field, tokens] of fields) spans = otherNamesInParentheses(spans, field, tokens);
  let definedTerm: ((name: string, type: EntityType) => boolean) | undefined;
  let parties: ReadonlyMap<string, EntityType> = new Map();
  if (LEGAL_HINT.test(body) && isLegalText(bodyTokens)) {
    const defined = definitions(bodyTokens);
    definedTerm = definedTermTest(bodyTokens, defined);
    parties = partyNames(spans, bodyTokens);
    spans = partyMentions(withoutDefinedTerms(spans, bodyTokens, defined), bodyTokens, parties);
    spans = commonwealthAsPlace(addressNumbers(spans, 'body', bodyTokens), 'body', bodyTokens);
  }
  if (options.documentPass !== false) {
    spans = propagate(spans, [
      { field: 'body', tokens: bodyTokens, foldAt: bodyHeadlines },
      { field: 'title', tokens: titleTokens, fold: headline },
    ]);
  }
  for (const [field, tokens] of fields) spans = placesInCompounds(spans, field, tokens);
  const mentions = withoutDiseases(splitHyphenated(spans, { title, body }), { title, body });
  // The name of "@BBCNews" or "#Ukraine" is what follows the sigil.
  for (const m of mentions)
    if (m.text.startsWith('@') || m.text.startsWith('#')) {
      m.start++;
      m.text = m.text.slice(1);
    }
  personsBySurnameAlone(mentions);
  // A lone word that is the first or last name of a person named in full here is that person ("Trump"), in a
  // headline's capitals too ("NETANYAHU MEETS ARAFAT ENVOY").
  const personParts = new Set<string>();
  for (const m of mentions)
    if (m.type === 'PERSON' && m.text.includes(' ')) {
      const w = m.text.split(' ');
      personParts.add(w[0] as string);
      const last = w[w.length - 1] as string;
      personParts.add(last);
      // A surname with its Arabic article is written without it alone: "Adwan" of "Tariq Suleiman al-Adwan"; a
      // Catalan name's first surname too: "Casals" of "Jordi Casals i Vidal".
      if (ARABIC_ARTICLE.test(last)) personParts.add(withoutArabicArticle(last));
      const and = w.indexOf('i');
      if (and > 1) personParts.add(w[and - 1] as string);
    }
  // Nor the name of a company the story names with its legal form: "Schaeffler AG" beside "Georg F.W. Schaeffler".
  const companies = new Set<string>();
  for (const m of mentions)
    if (m.type === 'ORG' && m.text.includes(' ')) {
      const w = m.text.split(' ');
      if (w.length === 2 && isLegalForm((w[1] as string).toLowerCase())) companies.add(w[0] as string);
    }
  for (const m of mentions) {
    const written = isAllCapitals(m.text) ? titleCase(m.text) : m.text;
    if (m.type !== 'PERSON' && !m.text.includes(' ') && personParts.has(written)) {
      const kinds = GAZ.singleKinds(written);
      if (kinds && (kinds.has('COUNTRY') || kinds.has('PLACE') || kinds.has('ORG'))) continue;
      if (companies.has(written)) continue;
      // Nor a town read as a place where a place is named: "Royal Lodge in Windsor" beside "Andrew Mountbatten
      // Windsor"; but the subject of a verb after places is the person: "in Grand Rapids, Michigan, Dole said".
      const text = m.field === 'title' ? title : body;
      if (
        m.type === 'LOCATION' &&
        kinds?.has('CITY') &&
        PLACE_BEFORE.test(text.slice(Math.max(0, m.start - 48), m.start)) &&
        !POSSESSIVE_AFTER.test(text.slice(m.end, m.end + 3)) &&
        !isCommonVerbForm(WORD_AFTER.exec(text.slice(m.end, m.end + 24))?.[1] ?? '')
      )
        continue;
      m.type = 'PERSON';
    }
  }
  ownersOfPersons(mentions, personParts, { title, body });
  shortFormsOfBodies(mentions, { title, body });
  aliasesOfBodies(mentions, { title, body });
  // A party's name is the party, whatever the rules above read ("Bank" as the first word of "BANK EXPENSES").
  if (parties.size > 0) for (const m of mentions) m.type = parties.get(foldName(m.text)) ?? m.type;
  const names = canonicalNames(mentions);
  cuePersonsAfterTitles(mentions, { title, body });
  // A dateline is the place the story was filed from, whatever the name is elsewhere in it: "NEW YORK" above baseball
  // results where "NEW YORK 7 Oakland 2" is the team. Datelines are written in capitals: only a mention so written
  // and voted something else asks for them.
  let datelines: Set<number> | undefined;
  const isDateline = (m: TypedMention): boolean => {
    if (m.field !== 'body' || m.text !== m.text.toUpperCase()) return false;
    if (!datelines) {
      datelines = new Set();
      for (const [from] of bodySentences)
        if (datelineEnd(bodyTokens, from, GAZ) > from) datelines.add((bodyTokens[from] as Token).start);
    }
    return datelines.has(m.start);
  };
  // One type per canonical name: votes of its mentions, multi-word mentions counting double, a mention typed by a
  // context rule three more (a cue outweighs three plain readings: "Houston (32-5)" beside "top-seeded Houston").
  const votes = new Map<string, Map<EntityType, number>>();
  // In a match report the dateline's town named in the story is its club ("HUDDERSFIELD … Huddersfield equalised"):
  // the dateline, a place whatever the rest reads (below), does not vote.
  const match = reportsMatch(bodyTokens);
  mentions.forEach((m, i) => {
    if (match && isDateline(m)) return;
    const key = foldName(names[i] as string);
    let v = votes.get(key);
    if (!v) votes.set(key, (v = new Map()));
    v.set(m.type, (v.get(m.type) ?? 0) + (m.text.includes(' ') ? 2 : 1) + (m.cued ? 3 : 0));
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
  const definedTerms = new Set<string>();
  const entities = new Map<string, { type: EntityType; name: string; mentions: Mention[] }>();
  // "In Cleveland, Dwight Emmons struck out 11": a known place opening a clause after "in" is where something
  // happened, whatever its team is called elsewhere in the story.
  const placeOpeningClause = (m: TypedMention): boolean => {
    const text = m.field === 'title' ? title : body;
    return (
      IN_BEFORE.test(text.slice(Math.max(0, m.start - 4), m.start)) &&
      COMMA_AFTER.test(text.slice(m.end, m.end + 2)) &&
      namesPlace(m.text.split(' '))
    );
  };
  mentions.forEach((m, i) => {
    const name = names[i] as string;
    let key = foldName(name);
    if (definedTerms.has(key)) return;
    const filedFrom = typeOf(key) !== 'LOCATION' && (isDateline(m) || placeOpeningClause(m));
    if (filedFrom) key += '\u0000dateline';
    let e = entities.get(key);
    if (!e) {
      const type = filedFrom ? 'LOCATION' : typeOf(key);
      if (definedTerm?.(name, type) && !parties.has(key)) return void definedTerms.add(key);
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
