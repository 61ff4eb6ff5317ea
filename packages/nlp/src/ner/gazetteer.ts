import { readFileSync } from 'node:fs';
import { ModelLoadError } from '../errors.js';
import { tokenize } from '../text/tokenize.js';
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

interface TrieNode {
  kind?: PhraseKind;
  next: Map<string, TrieNode>;
}

export interface PhraseMatch {
  start: number;
  end: number;
  kind: PhraseKind;
}

const CONNECTORS = new Set(['of', 'the', 'and', 'de', 'du', 'la', 'le', 'al', 'el', 'on', 'upon', '&', 'for', 'in', 'y', 'da', 'do', 'del', 'des', '-']);

export class Gazetteer {
  readonly firstNames: Set<string>;
  readonly personNames: Set<string>;
  readonly demonyms: Set<string>;
  readonly lowerWords: Set<string>;
  private readonly singles = new Map<string, Set<PhraseKind>>();
  private readonly root: TrieNode = { next: new Map() };

  constructor(file: GazetteerFile) {
    this.firstNames = new Set(file.firstNames);
    this.personNames = new Set(file.personNames);
    this.demonyms = new Set(file.demonyms);
    this.lowerWords = new Set(file.lowerWords);
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
    const tokens = tokenize(name).map((t) => t.text);
    if (tokens.length === 0) return;
    if (tokens.length === 1) {
      const first = tokens[0] as string;
      let kinds = this.singles.get(first);
      if (!kinds) this.singles.set(first, (kinds = new Set()));
      kinds.add(kind);
    }
    let node = this.root;
    for (const t of tokens) {
      let next = node.next.get(t);
      if (!next) node.next.set(t, (next = { next: new Map() }));
      node = next;
    }
    node.kind = kind;
  }

  /** Kinds of gazetteer entries that are exactly this one word (case-sensitive). */
  singleKinds(word: string): ReadonlySet<PhraseKind> | undefined {
    return this.singles.get(word);
  }

  /** Longest gazetteer phrases in a token sequence, left to right, never overlapping. */
  matchPhrases(words: readonly string[]): PhraseMatch[] {
    const out: PhraseMatch[] = [];
    let i = 0;
    while (i < words.length) {
      let node = this.root.next.get(words[i] as string);
      let bestEnd = -1;
      let bestKind: PhraseKind | undefined;
      let j = i;
      while (node) {
        j++;
        if (node.kind) {
          bestEnd = j;
          bestKind = node.kind;
        }
        if (j >= words.length) break;
        node = node.next.get(words[j] as string);
      }
      if (bestKind && bestEnd > i) {
        out.push({ start: i, end: bestEnd, kind: bestKind });
        i = bestEnd;
      } else i++;
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
  try {
    return new Gazetteer(JSON.parse(readFileSync(GAZETTEER_URL, 'utf8')) as GazetteerFile);
  } catch (cause) {
    throw new ModelLoadError(`cannot load the gazetteer ${GAZETTEER_URL.pathname}: run npm run train`, { cause });
  }
}

let cached: Gazetteer | undefined;
/** The shipped gazetteer, loaded on first use. */
export function gazetteer(): Gazetteer {
  return (cached ??= load());
}
