import type { Entity, EntityType, Mention, TextField } from '@newsflow/contracts';
import type { Token } from './text/tokenize.js';
import { tokenize } from './text/tokenize.js';
import { isHeadlineCase } from './text/headline.js';
import { isMonth, isWeekday } from './ner/gazetteer.js';
import type { Tagger } from './ner/tagger.js';
import { tagger } from './ner/tagger.js';
import type { Label } from './ner/perceptron.js';
import { canonicalNames, foldName } from './ner/canonical.js';
import { NEVER_ALONE } from './ner/lexicon.js';
import { isCapitalized } from './ner/features.js';
import { applyRules, headlineSentences } from './ner/rules.js';
import {
  GAZ,
  HAS_UPPER_OR_DIGIT,
  QUOTES_DASHES,
  continuesName,
  continuesNameBefore,
  namesNothingAlone,
  startsName,
} from './entities/words.js';
import type { Span } from './entities/spans.js';
import { extendPersons, spanText, spansFromLabels, splitAtLowercase, tidy } from './entities/spans.js';
import { GAZ_TYPE, MONONYMS, gazetteerRules, knownMononyms } from './entities/known-names.js';
import { headRules } from './entities/head-rules.js';
import { playersWithCountry, resultsLines, scorecards, sentences } from './entities/sports.js';
import { contextRules, unionLocals } from './entities/context.js';
import {
  acronymDefinitions,
  clubsWithTheirCity,
  joinCommonNounsOverAnd,
  joinOverParticles,
  joinRule,
  orgOfPlace,
  placesOfHeads,
} from './entities/joins.js';

const SHIPPED_TAGGER = tagger();

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
