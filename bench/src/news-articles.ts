import { NEWS_DIR, documentText, readConllTree } from '@newsflow/nlp';

/**
 * Our labelled news articles (packages/nlp/data/news) written as articles are ("Trump's", "said,"), consecutive ones
 * joined until each holds at least `words` tokens: realistic vocabulary at a chosen length. At most `max` of them
 * (about 300 at 600 words).
 */
export function newsArticles(words: number, max: number): Array<{ title: string; body: string }> {
  const out: Array<{ title: string; body: string }> = [];
  let parts: string[] = [];
  let tokens = 0;
  for (const doc of readConllTree(NEWS_DIR).documents) {
    if (out.length >= max) break;
    parts.push(documentText(doc, { asWritten: true }).text);
    tokens += doc.tokens.length;
    if (tokens >= words) {
      out.push({ title: '', body: parts.join('\n\n') });
      parts = [];
      tokens = 0;
    }
  }
  return out;
}
