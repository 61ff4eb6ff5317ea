import { isBoilerplate, labelledTags, withoutFurniture } from './text/furniture.js';

export interface ScrapedPage {
  title: string;
  body: string;
  publisherTags: string[];
  hashtags: string[];
}

const COUNTER = /^[\d.,]+\s*[kKmM]?$/;
const HASHTAG_LINE = /^(?:#[^\s#]+\s*)+$/u;

/** A line of comma-separated short phrases without sentence punctuation: a publisher's tag list. */
function isTagLine(line: string): boolean {
  if (/[.!?:;"“”]$/.test(line)) return false;
  const parts = line.split(',').map((p) => p.trim());
  if (parts.length < 3) return false;
  return parts.every(
    (p) => p.length > 0 && p.length <= 60 && p.split(/\s+/).length <= 7 && !/[.!?;"“”]/.test(p),
  );
}

/** The "#A #B" words, with everything but letters, digits and underscores dropped ("#Trump's" → "Trumps"). */
function hashtagsOf(line: string): string[] {
  return line
    .split(/\s+/)
    .filter((w) => w.startsWith('#'))
    .map((w) => w.slice(1).replace(/[^\p{L}\p{N}_]/gu, ''))
    .filter((w) => w !== '');
}

/**
 * Splits a scraped text page into its parts: the title (its first line), the article body, the publisher's
 * tag line (comma-separated, or labelled "Tags:", "Topics:" …) and the hashtag line. Engagement counters, the
 * repeated title, the meta line's counters, "Related:" lines and comment or share furniture are dropped.
 */
export function parseScrapedPage(text: string): ScrapedPage {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/\s+$/, ''));
  const firstIdx = lines.findIndex((l) => l.trim() !== '');
  if (firstIdx < 0) return { title: '', body: '', publisherTags: [], hashtags: [] };
  const title = (lines[firstIdx] as string).trim();
  const rest = lines.slice(firstIdx + 1);
  const publisherTags: string[] = [];
  const hashtags: string[] = [];
  const kept: string[] = [];
  // Tag and hashtag lines are recognised only in the tail of the page, after the article text.
  const lastText = (() => {
    for (let i = rest.length - 1; i >= 0; i--) {
      const l = withoutFurniture((rest[i] as string).trim());
      if (
        l !== '' &&
        !isBoilerplate(l) &&
        !HASHTAG_LINE.test(l) &&
        !isTagLine(l) &&
        labelledTags(l) === undefined
      )
        return i;
    }
    return -1;
  })();
  rest.forEach((raw, i) => {
    if (raw.trim() === '') {
      kept.push('');
      return;
    }
    const line = withoutFurniture(raw.trim());
    if (line === '' || COUNTER.test(line) || line === title || isBoilerplate(line)) return;
    if (i > lastText && HASHTAG_LINE.test(line)) {
      hashtags.push(...hashtagsOf(line));
      return;
    }
    const labelled = i > lastText ? labelledTags(line) : undefined;
    if (labelled) {
      publisherTags.push(...labelled);
      return;
    }
    if (i > lastText && isTagLine(line)) {
      publisherTags.push(
        ...line
          .split(',')
          .map((p) => p.trim())
          .filter((p) => p !== ''),
      );
      return;
    }
    kept.push(line);
  });
  const body = kept
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { title, body, publisherTags, hashtags };
}
