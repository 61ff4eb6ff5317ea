import type { Enrichment, Entity, Keyword, RawArticle } from '@newsflow/contracts';
import { UnsupportedFormatError } from './errors.js';
import { parseScrapedPage } from './scraped-page.js';
import { extractHtml } from './html.js';
import { detectLanguage } from './language.js';
import { extractEntities } from './entities/index.js';
import { KEYWORD_COUNT, extractKeywords } from './keywords.js';
import { fingerprint } from './fingerprint.js';
import { visibleText } from './text/invisible.js';

/**
 * The most of a page's HTML that is parsed, and of its clean text that is analysed (entities, keywords,
 * fingerprint). A news article's text is far shorter (20,000 words is about 130,000 characters) and its page's HTML
 * rarely passes 1 MB; beyond that an input is a dump, and parsing or analysing all of it would take hundreds of MB
 * (a 5 MB page: about 330 MB to parse, 200 MB more to analyse). The clean body is kept whole.
 */
export const HTML_PARSE_LIMIT = 1_000_000;
export const TEXT_ANALYSIS_LIMIT = 500_000;

const prefix = (text: string, limit: number): string => (text.length > limit ? text.slice(0, limit) : text);

interface Content {
  title: string;
  body: string;
  publisherTags: string[];
  hashtags: string[];
}

function contentOf(raw: RawArticle): Content {
  const { title, body, publisherTags, hashtags } = parsedContentOf(raw);
  return {
    title: visibleText(title),
    body: visibleText(body),
    publisherTags: publisherTags.map(visibleText),
    hashtags: hashtags.map(visibleText),
  };
}

function parsedContentOf(raw: RawArticle): Content {
  const c = raw.content;
  switch (c.format) {
    case 'article':
      return { title: c.title.trim(), body: c.body.trim(), publisherTags: [], hashtags: [] };
    case 'scraped':
      return parseScrapedPage(c.text);
    case 'html': {
      const { title, body, publisherTags } = extractHtml(prefix(c.html, HTML_PARSE_LIMIT));
      return { title, body, publisherTags, hashtags: [] };
    }
    default: {
      const never: never = c;
      throw new UnsupportedFormatError(
        `unknown content format ${JSON.stringify((never as { format?: unknown }).format)}`,
      );
    }
  }
}

/**
 * Everything the enrichment adds to a raw article: clean title and body, publisher tags and hashtags, language
 * (the feed's if it gave one), entities, keywords and a near-duplicate fingerprint. Pure: the same raw article
 * always gives the same enrichment. `now` is accepted for callers that stamp times; the result does not use it.
 */
export function enrich(raw: RawArticle, _now: Date = new Date()): Enrichment {
  const { title, body, publisherTags, hashtags } = contentOf(raw);
  const text = prefix(body, TEXT_ANALYSIS_LIMIT);
  const language = raw.language ? { code: raw.language, confidence: 1 } : detectLanguage(`${title}\n${text}`);
  const entities = extractEntities(title, text, language.code);
  // Twice the keywords asked for, so that ten remain once the given names are out.
  const keywords = withoutGivenNames(
    extractKeywords(title, text, language.code, 2 * KEYWORD_COUNT),
    entities,
  );
  return {
    title,
    body,
    publisherTags,
    hashtags,
    language,
    entities,
    keywords: keywords.slice(0, KEYWORD_COUNT),
    fingerprint: fingerprint(text),
  };
}

/**
 * The keywords without the first word of a person's name that the article never uses alone ("Bukayo" of "Bukayo
 * Saka", which the keyword statistics cannot tell from a common word when a sentence opens with it); a name word
 * the story does use alone stays ("Saka", and "Xi" of "Xi Jinping").
 */
function withoutGivenNames(keywords: readonly Keyword[], entities: readonly Entity[]): Keyword[] {
  const given = new Set<string>();
  for (const e of entities) {
    const first = e.name.split(' ')[0] as string;
    if (e.type === 'PERSON' && first !== e.name && !e.mentions.some((m) => m.text === first))
      given.add(first);
  }
  return keywords.filter((k) => !given.has(k.text));
}
