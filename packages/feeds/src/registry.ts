import type { FeedConfig } from '@newsflow/contracts';
import { bearerKey, hashesEqual, hashKey } from './keys.js';

export type Authentication =
  | { readonly ok: true; readonly feed: FeedConfig }
  | { readonly ok: false; readonly reason: 'missing' | 'invalid' };

/** The configured feeds, looked up by key (constant time) or id. Replaced whole on reload. */
export class FeedRegistry {
  #feeds: readonly FeedConfig[];

  constructor(feeds: readonly FeedConfig[]) {
    this.#feeds = Object.freeze([...feeds]);
  }

  get feeds(): readonly FeedConfig[] {
    return this.#feeds;
  }

  replace(feeds: readonly FeedConfig[]): void {
    this.#feeds = Object.freeze([...feeds]);
  }

  byId(id: string): FeedConfig | undefined {
    return this.#feeds.find((feed) => feed.id === id);
  }

  /**
   * The feed whose key is in an `Authorization: Bearer <key>` header. Every stored hash is compared,
   * each in constant time, so the answer time says nothing about which feed or how close the key was.
   * A disabled feed authenticates as an invalid key.
   */
  authenticate(authorization: string | undefined): Authentication {
    const key = bearerKey(authorization);
    if (key === undefined) return { ok: false, reason: 'missing' };
    const presented = hashKey(key);
    let found: FeedConfig | undefined;
    for (const feed of this.#feeds) {
      const matches = feed.keyHash !== undefined && hashesEqual(presented, feed.keyHash);
      if (matches && !feed.disabled) found = feed;
    }
    return found ? { ok: true, feed: found } : { ok: false, reason: 'invalid' };
  }
}

/** Whether a feed may write articles of this source: listed exactly, or the feed allows "*". */
export function mayWriteSource(feed: FeedConfig, source: string): boolean {
  return feed.sources.includes('*') || feed.sources.includes(source);
}
