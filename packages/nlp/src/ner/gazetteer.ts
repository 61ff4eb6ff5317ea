import { readFileSync } from 'node:fs';
import { ModelLoadError } from '../errors.js';
import { tokenize } from '../text/tokenize.js';
import { plainQuotes } from '../text/plain-quotes.js';
import type { WordClusters } from './word-clusters.js';
import { NO_WORD_CLUSTERS, loadWordClusters } from './word-clusters.js';
import { KNOWN_LOCATIONS, KNOWN_ORGS, MONTHS, ORG_HEADS, PERSON_TITLES, WEEKDAYS } from './lexicon.js';

/** What models/gazetteer.json holds (built by `npm run train` from npm gazetteer packages). */
export interface GazetteerFile {
  version: number;
  firstNames: string[];
  personNames: string[];
  countries: string[];
  demonyms: string[];
  cities: string[];
  bigCities: string[];
  regions: string[];
  companies: string[];
  lowerWords: string[];
}

export type PhraseKind = 'COUNTRY' | 'CITY' | 'REGION' | 'COMPANY' | 'ORG' | 'PLACE';

/** A word of the gazetteer's phrases, reached from a phrase's first word through the words after it. */
export interface PhraseNode {
  /** The kind of the phrase the words so far make, if they make one. */
  kind: PhraseKind | undefined;
  /** The words that may come next in a phrase. */
  next: Map<string, PhraseNode> | undefined;
}

export interface PhraseMatch {
  start: number;
  end: number;
  kind: PhraseKind;
}

const CONNECTORS = new Set([
  'of',
  'the',
  'and',
  'de',
  'du',
  'la',
  'le',
  'al',
  'el',
  'on',
  'upon',
  '&',
  'for',
  'in',
  'y',
  'da',
  'do',
  'del',
  'des',
  '-',
]);

export const PHRASE_KINDS: readonly PhraseKind[] = ['COUNTRY', 'CITY', 'REGION', 'COMPANY', 'ORG', 'PLACE'];
/** The set of kinds of each bit mask over PHRASE_KINDS, shared by every word with the same kinds. */
const KIND_SETS: ReadonlyArray<ReadonlySet<PhraseKind>> = Array.from(
  { length: 1 << PHRASE_KINDS.length },
  (_, mask) => new Set(PHRASE_KINDS.filter((_k, i) => mask & (1 << i))),
);

/** The word lists the tagger and the rules read (names, places, organisations, common words), and its word classes. */
export class Gazetteer {
  readonly firstNames: Set<string>;
  readonly personNames: Set<string>;
  readonly demonyms: Set<string>;
  readonly lowerWords: Set<string>;
  /** Cities of half a million people or more: the towns of few a company is as likely to be named for. */
  readonly bigCities: Set<string>;
  /** Kinds of one-word entries, as bit masks over PHRASE_KINDS. */
  private readonly singles = new Map<string, number>();
  /** Every phrase as a tree of its tokens, by the first, with its kind: a match grows token by token, looking each up
   * among those that may follow the ones read so far. */
  private readonly starts = new Map<string, PhraseNode>();
  /** The few first tokens of a phrase that start with a lower-case ASCII letter ("al-Qaeda", "easyJet"): most words
   * of a text do, and need not be looked up in `starts`. */
  private readonly lowerFirsts = new Set<string>();

  constructor(
    file: GazetteerFile,
    /** Word classes by lower-case word (word-clusters.ts); none in hand-built test gazetteers. */
    readonly clusters: WordClusters = NO_WORD_CLUSTERS,
  ) {
    this.firstNames = new Set(file.firstNames);
    this.personNames = new Set(file.personNames);
    this.demonyms = new Set(file.demonyms);
    this.lowerWords = new Set(file.lowerWords);
    this.bigCities = new Set(file.bigCities);
    const add = (names: Iterable<string>, kind: PhraseKind): void => {
      for (const name of names) this.addPhrase(name, kind);
    };
    // Later kinds win where one phrase has several.
    add(file.regions, 'REGION');
    add(file.cities, 'CITY');
    add(file.bigCities, 'CITY');
    add(file.companies, 'COMPANY');
    add(KNOWN_LOCATIONS, 'PLACE');
    add(file.countries, 'COUNTRY');
    add(KNOWN_ORGS, 'ORG');
  }

  private addPhrase(name: string, kind: PhraseKind): void {
    const tokens = tokenize(name).map((t) => plainQuotes(t.text));
    const first = tokens[0];
    if (first === undefined) return;
    if (tokens.length === 1)
      this.singles.set(first, (this.singles.get(first) ?? 0) | (1 << PHRASE_KINDS.indexOf(kind)));
    let node = this.starts.get(first);
    if (!node) this.starts.set(first, (node = { kind: undefined, next: undefined }));
    for (let k = 1; k < tokens.length; k++) {
      const token = tokens[k] as string;
      node.next ??= new Map();
      let child = node.next.get(token);
      if (!child) node.next.set(token, (child = { kind: undefined, next: undefined }));
      node = child;
    }
    // Later kinds win.
    node.kind = kind;
    if (startsLowerAscii(first)) this.lowerFirsts.add(first);
  }

  /** Kinds of gazetteer entries that are exactly this one word (case-sensitive). */
  singleKinds(word: string): ReadonlySet<PhraseKind> | undefined {
    const mask = this.singles.get(word);
    return mask === undefined ? undefined : KIND_SETS[mask];
  }

  private readonly tokenMatches = new WeakMap<readonly { text: string }[], PhraseMatch[]>();

  /**
   * matchPhrases of the tokens' texts read plain, remembered per token array (the tagger and the rules ask alike).
   * `words` and `startAt`, when given, are those plain texts and `phraseStart` of each, from a caller that has
   * them already.
   */
  matchTokens(
    tokens: readonly { text: string }[],
    words?: readonly string[],
    startAt?: (i: number) => PhraseNode | undefined,
  ): PhraseMatch[] {
    let m = this.tokenMatches.get(tokens);
    if (!m) {
      const plain = words ?? tokens.map((t) => plainQuotes(t.text));
      this.tokenMatches.set(tokens, (m = this.matchPhrases(plain, startAt)));
    }
    return m;
  }

  /** The phrases that start with this word (read plain), if any do. */
  phraseStart(word: string): PhraseNode | undefined {
    return startsLowerAscii(word) && !this.lowerFirsts.has(word) ? undefined : this.starts.get(word);
  }

  /** The kind of the one phrase these words make together, if the gazetteer knows them whole ("Bank of England"). */
  wholeKind(words: readonly string[]): PhraseKind | undefined {
    // A word holding a space is two tokens of a phrase or more ("New York"), and tokens hold no spaces.
    const tokens = words.some((w) => w.includes(' ')) ? words.flatMap((w) => w.split(' ')) : words;
    let node = tokens.length === 0 ? undefined : this.starts.get(plainQuotes(tokens[0] as string));
    for (let k = 1; node && k < tokens.length; k++) node = node.next?.get(plainQuotes(tokens[k] as string));
    return node?.kind;
  }

  /** wholeKind of the texts of tokens [start, end) (within the array), without an array of them: rules ask often. */
  wholeKindOfRange(tokens: readonly { text: string }[], start: number, end: number): PhraseKind | undefined {
    if (start >= end) return undefined;
    let node = this.starts.get(plainQuotes((tokens[start] as { text: string }).text));
    for (let k = start + 1; node && k < end; k++)
      node = node.next?.get(plainQuotes((tokens[k] as { text: string }).text));
    return node?.kind;
  }

  /** Longest gazetteer phrases in a token sequence, left to right, never overlapping. */
  matchPhrases(
    words: readonly string[],
    startAt = (i: number): PhraseNode | undefined => this.phraseStart(words[i] as string),
  ): PhraseMatch[] {
    const out: PhraseMatch[] = [];
    let i = 0;
    while (i < words.length) {
      let kind: PhraseKind | undefined;
      let matched = 0;
      // Forward while the words read so far begin a phrase, keeping the longest whole one.
      let node = startAt(i);
      for (let k = i; node;) {
        if (node.kind) {
          kind = node.kind;
          matched = k - i + 1;
        }
        k++;
        node = k < words.length ? node.next?.get(words[k] as string) : undefined;
      }
      if (kind) out.push({ start: i, end: i + matched, kind });
      i += matched > 0 ? matched : 1;
    }
    return out;
  }

  static isConnector(lower: string): boolean {
    return CONNECTORS.has(lower);
  }
}

export const isPersonTitle = (lower: string): boolean => PERSON_TITLES.has(lower);
export const isOrgHead = (lower: string): boolean => ORG_HEADS.has(lower);
export const isMonth = (lower: string): boolean => MONTHS.has(lower);
export const isWeekday = (lower: string): boolean => WEEKDAYS.has(lower);

export const GAZETTEER_URL = new URL('../../models/gazetteer.json', import.meta.url);

function load(): Gazetteer {
  let file: GazetteerFile;
  try {
    file = JSON.parse(readFileSync(GAZETTEER_URL, 'utf8')) as GazetteerFile;
  } catch (cause) {
    throw new ModelLoadError(`cannot load the gazetteer ${GAZETTEER_URL.pathname}: run npm run train`, {
      cause,
    });
  }
  return new Gazetteer(file, loadWordClusters());
}

let cached: Gazetteer | undefined;
/** The shipped gazetteer, loaded on first use. */
export function gazetteer(): Gazetteer {
  return (cached ??= load());
}

function startsLowerAscii(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 97 && c <= 122;
}
