import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { isBoilerplate, labelledTags, withoutFurniture } from './text/furniture.js';

export interface ExtractedHtml {
  title: string;
  body: string;
  /** The page's own tags, from a trailing "Tags:" / "Filed under:" / "Topics:" line of the extracted text. */
  publisherTags: string[];
}

/**
 * Drops page furniture from the paragraphs of the extracted text: share and comment lines and meta lines anywhere,
 * and labelled tag, topic or "Related:" lines after the story (their tags, when labelled as such, are the
 * publisher's tags).
 */
function stripFurniture(parts: readonly string[]): { parts: string[]; publisherTags: string[] } {
  const kept = parts.map(withoutFurniture).filter((p) => p !== '' && !isBoilerplate(p));
  const tags: string[][] = [];
  while (kept.length > 0) {
    const labelled = labelledTags(kept[kept.length - 1] as string);
    if (!labelled) break;
    kept.pop();
    tags.unshift(labelled);
  }
  return { parts: kept, publisherTags: tags.flat() };
}

/** Paragraph-aware text of a DOM node: block elements become line breaks. */
function textOf(html: string): { body: string; publisherTags: string[] } {
  const { parts, publisherTags } = stripFurniture(blocksOf(html));
  return { body: parts.join('\n\n'), publisherTags };
}

function blocksOf(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const blocks = document.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td');
  const parts: string[] = [];
  for (const el of blocks) {
    if (el.querySelector('p, li, blockquote, h1, h2, h3, h4, h5, h6')) continue;
    const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t !== '') parts.push(t);
  }
  if (parts.length > 0) return parts;
  const all = (document.body?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return all === '' ? [] : [all];
}

/** Main content of an HTML page (Mozilla Readability over a linkedom DOM): its title and plain-text body. */
export function extractHtml(input: string): ExtractedHtml {
  // linkedom needs a whole document; a fragment or an empty string gets one around it.
  const html = /<html[\s>]/i.test(input)
    ? input
    : `<!doctype html><html><head></head><body>${input}</body></html>`;
  const { document } = parseHTML(html);
  const fallbackTitle = (
    document.querySelector('h1')?.textContent ??
    document.querySelector('title')?.textContent ??
    ''
  )
    .replace(/\s+/g, ' ')
    .trim();
  let article: ReturnType<Readability['parse']> = null;
  try {
    article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], {
      charThreshold: 100,
    }).parse();
  } catch {
    article = null;
  }
  if (article?.content) {
    return {
      title: (article.title ?? fallbackTitle).replace(/\s+/g, ' ').trim() || fallbackTitle,
      ...textOf(article.content),
    };
  }
  const { document: doc2 } = parseHTML(html);
  for (const el of doc2.querySelectorAll('script, style, noscript, nav, header, footer, aside, form'))
    el.remove();
  return { title: fallbackTitle, ...textOf(doc2.body?.innerHTML ?? '') };
}
