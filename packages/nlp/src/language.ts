import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { eld as EldInstance } from 'eld';
import type { Language } from '@newsflow/contracts';
import { ModelLoadError } from './errors.js';
import { packageFile } from './package-file.js';

type Eld = typeof EldInstance;

/** ELD's extra-small n-gram database as JSON, written by `npm run train` from ELD's own file of it. */
export const LANGUAGE_DATA_URL = new URL('../models/language-ngrams.json', import.meta.url);

/** Where ELD keeps that database, as a JavaScript module. */
export const ELD_DATABASE_FILE = 'eld/src/ngrams/extrasmall.js';

// ELD ships its database as a JavaScript module, which takes ≈ 87 MB of memory to import; the same data read by
// JSON.parse takes ≈ 28 MB. The factory that takes a database is not in ELD's package exports, so it is read from
// its file (eld is pinned to one version, and the language tests fail if that file moves).
const { createEld } = (await import(pathToFileURL(packageFile('eld/src/languageDetector.js')).href)) as {
  createEld: () => { instance: Eld; loadData: (data: unknown) => string };
};

/** The detector, and the ISO 639-1 codes it can return. */
interface Detector {
  eld: Eld;
  languages: string[];
}

function load(): Detector {
  const { instance, loadData } = createEld();
  try {
    const data = JSON.parse(readFileSync(LANGUAGE_DATA_URL, 'utf8')) as {
      languages?: Record<string, string>;
    };
    if (!loadData(data)) throw new Error('no database type');
    return { eld: instance, languages: Object.values(data.languages ?? {}) };
  } catch (cause) {
    throw new ModelLoadError(
      `cannot load the language data ${LANGUAGE_DATA_URL.pathname}: run npm run train`,
      {
        cause,
      },
    );
  }
}

let cached: Detector | undefined;

/** The languages detectLanguage can return besides "und". */
export function supportedLanguages(): string[] {
  return (cached ??= load()).languages;
}

const SAMPLE = 2_000;

/**
 * The feeds are English news, and short English texts full of names often score a little higher as another
 * language ("Rafael Nadal beats Novak Djokovic in Paris" reads as Dutch): English wins when its score is at least
 * this share of the best one. Measured: it recovers 45 % of the English tweets and news texts ELD reads as another
 * language; sentences in other languages score at most 0.66 of theirs as English, and 2 of 26 foreign headlines of
 * three to six words passed 0.8 (0.86, 0.94); a near tie also needs letters written as English writes them
 * (ENGLISH_NON_ASCII_LETTERS).
 */
const ENGLISH_NEAR_TIE = 0.8;

const LETTER = /\p{L}/u;

/**
 * English news writes a name with a diacritic now and then ("Pedro Sánchez"), other Latin-script languages their
 * common words ("și", "được", "limitació"): at most this share of the letters of a near tie's lower-case words may
 * be other than ASCII. Measured on the UDHR (`npm run eval`): paragraphs of another language read as English
 * 12 → 1 of 4,307; of our 10,418 labelled English texts, 2 fewer read as English, a Portuguese and a Croatian
 * tweet among them.
 */
const ENGLISH_NON_ASCII_LETTERS = 0.02;

const WORD = /\p{L}+/gu;

function writtenLikeEnglish(text: string): boolean {
  let letters = 0;
  let other = 0;
  for (const [word] of text.matchAll(WORD)) {
    if (word.charAt(0) === word.charAt(0).toUpperCase()) continue;
    letters += word.length;
    for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 127) other++;
  }
  return other <= ENGLISH_NON_ASCII_LETTERS * letters;
}

/** Whether text holds at least n letters (stops at the n-th: most texts start with words). */
function hasLetters(text: string, n: number): boolean {
  let found = 0;
  for (const ch of text) if (LETTER.test(ch) && ++found >= n) return true;
  return false;
}

/**
 * Language of a text (ISO 639-1) with ELD's extra-small n-gram model (a third of the small one's memory), from
 * the first 2,000 characters; English in a near tie (ENGLISH_NEAR_TIE).
 * "und" with confidence 0 when the text is too short or unlike any language.
 */
export function detectLanguage(text: string): Language {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  if (!hasLetters(sample, 3)) return { code: 'und', confidence: 0 };
  const { eld } = (cached ??= load());
  let result: ReturnType<Eld['detect']>;
  try {
    result = eld.detect(sample);
  } catch {
    return { code: 'und', confidence: 0 };
  }
  if (!result.language) return { code: 'und', confidence: 0 };
  const scores: Record<string, number> = result.getScores();
  const top = bestScore(scores);
  const english = scores['en'] ?? 0;
  const code =
    english === top || (english >= ENGLISH_NEAR_TIE * top && writtenLikeEnglish(sample))
      ? 'en'
      : result.language;
  const chosen = scores[code] ?? top;
  const otherBest = bestScore(scores, code);
  // Margin of the chosen language over the best other one, halved when ELD itself calls the result unreliable.
  let confidence = chosen > 0 ? Math.min(1, Math.max(0, (chosen - otherBest) / chosen) * 0.5 + 0.5) : 0;
  if (!result.isReliable()) confidence *= 0.5;
  return { code, confidence: Math.round(confidence * 1000) / 1000 };
}

/** The best of the scores, 0 if none is higher, leaving out one language if given: one pass, no array of them. */
function bestScore(scores: Record<string, number>, except?: string): number {
  let best = 0;
  for (const code of Object.keys(scores)) if (code !== except) best = Math.max(best, scores[code] as number);
  return best;
}
