import { createHash } from 'node:crypto';

export interface ArticleIdentity {
  readonly feedId: string;
  readonly url?: string | undefined;
  readonly externalId?: string | undefined;
  /** The content itself: used only when the feed gives neither url nor external id. */
  readonly content: string;
}

/**
 * Stable article id: the same article from the same feed always gets the same id, so a re-push
 * or a replay overwrites instead of duplicating. Preference: external id, then url, then content.
 */
export function articleId(identity: ArticleIdentity): string {
  const key = identity.externalId
    ? `ext:${identity.externalId}`
    : identity.url
      ? `url:${normalizeUrl(identity.url)}`
      : `content:${identity.content.replace(/\s+/g, ' ').trim()}`;
  return createHash('sha256').update(`${identity.feedId}\n${key}`).digest('hex').slice(0, 32);
}

/** Tracking parameters and fragments do not make a different article. */
function normalizeUrl(raw: string): string {
  try {
    const url = new URL(raw);
    url.hash = '';
    for (const name of [...url.searchParams.keys()]) {
      if (/^(utm_|fbclid$|gclid$|mc_)/i.test(name)) url.searchParams.delete(name);
    }
    url.hostname = url.hostname.toLowerCase().replace(/^www\./, '');
    return url.toString().replace(/\/$/, '');
  } catch {
    return raw.trim();
  }
}
