import { ArticleInput, fieldIssues, PageSubmissionParams, type Submission } from '@newsflow/contracts';
import type { FeedItem } from './rss.js';

export type ItemSubmission =
  { readonly ok: true; readonly submission: Submission } | { readonly ok: false; readonly reason: string };

const escapeHtml = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** A description with markup in it: the enricher's HTML extraction cleans it, as for a pushed page. */
const looksLikeHtml = (text: string): boolean => text.includes('<') && text.includes('>');

/**
 * Turns a feed item into what a feed would have pushed: a JSON article when its content is plain
 * text, an HTML page (title in <title>) when it is markup. Validated by the same schemas as a push.
 */
export function itemToSubmission(
  item: FeedItem,
  context: { source: string; fetchedAt: Date },
): ItemSubmission {
  const url = item.link ?? (item.guid && /^https?:\/\//.test(item.guid) ? item.guid : undefined);
  const externalId = item.guid && item.guid.length <= 200 ? item.guid : undefined;
  const publishedAt = item.publishedAt ?? context.fetchedAt.toISOString();
  const content = item.content ?? '';
  if (looksLikeHtml(content)) {
    const title = item.title ? `<title>${escapeHtml(item.title)}</title>` : '';
    const params = PageSubmissionParams.safeParse({ source: context.source, url, externalId, publishedAt });
    if (!params.success) return { ok: false, reason: describe(params.error) };
    return {
      ok: true,
      submission: {
        kind: 'html',
        page: `<!doctype html><html><head>${title}</head><body>${content}</body></html>`,
        params: params.data,
      },
    };
  }
  const article = ArticleInput.safeParse({
    url,
    title: item.title ?? content.slice(0, 200),
    body: content || item.title,
    source: context.source,
    publishedAt,
    authors: item.authors.slice(0, 50),
    tags: item.categories.slice(0, 100),
    externalId,
  });
  if (!article.success) return { ok: false, reason: describe(article.error) };
  return { ok: true, submission: { kind: 'article', article: article.data } };
}

function describe(error: Parameters<typeof fieldIssues>[0]): string {
  return fieldIssues(error)
    .map((issue) => `${issue.pointer}: ${issue.message}`)
    .join('; ');
}
