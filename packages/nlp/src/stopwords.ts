import { readFileSync } from 'node:fs';
import { ModelLoadError } from './errors.js';

/** models/stopwords.json: stop words of 58 languages by ISO 639-1 code (from stopwords-iso, MIT). */
export const STOPWORDS_URL = new URL('../models/stopwords.json', import.meta.url);

function load(): Map<string, Set<string>> {
  try {
    const raw = JSON.parse(readFileSync(STOPWORDS_URL, 'utf8')) as Record<string, string[]>;
    return new Map(
      Object.entries(raw).map(([lang, words]) => [lang, new Set(words.map((w) => w.toLowerCase()))]),
    );
  } catch (cause) {
    throw new ModelLoadError(`cannot load ${STOPWORDS_URL.pathname}: run npm run train`, { cause });
  }
}

const ALL = load();
const EMPTY = new Set<string>();

/** Stop words of a language; English for "und", none for a language without a list. */
export function stopwordsFor(language: string): ReadonlySet<string> {
  return ALL.get(language === 'und' ? 'en' : language) ?? EMPTY;
}
