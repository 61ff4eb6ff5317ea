import type { Enrichment, RawArticle } from '@newsflow/contracts';
import { UnsupportedFormatError } from './errors.js';
import { parseScrapedPage } from './scraped-page.js';
import { extractHtml } from './html.js';
import { detectLanguage } from './language.js';
import { extractEntities } from './entities.js';
import { extractKeywords } from './keywords.js';
import { fingerprint } from './fingerprint.js';

interface Content {
  title: string;
  body: string;
  publisherTags: string[];
  hashtags: string[];
}

function contentOf(raw: RawArticle): Content {
  const c = raw.content;
  switch (c.format) {
    case 'article':
      return { title: c.title.trim(), body: c.body.trim(), publisherTags: [], hashtags: [] };
    case 'scraped':
      return parseScrapedPage(c.text);
    case 'html': {
      const { title, body, publisherTags } = extractHtml(c.html);
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
  const language = raw.language ? { code: raw.language, confidence: 1 } : detectLanguage(`${title}\n${body}`);
  return {
    title,
    body,
    publisherTags,
    hashtags,
    language,
    entities: extractEntities(title, body, language.code),
    keywords: extractKeywords(title, body, language.code),
    fingerprint: fingerprint(body),
  };
}
