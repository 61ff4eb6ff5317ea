import { createHash } from 'node:crypto';

/** What is remembered of a response, to send again byte for byte. */
export interface StoredResponse {
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
}

export type IdempotencyBegin =
  /** First time: do the work, then `complete` (remembered) or `abandon` (forgotten, may be retried). */
  | { readonly kind: 'new'; complete(response: StoredResponse): void; abandon(): void }
  /** Seen with the same request: send this again. */
  | { readonly kind: 'replay'; readonly response: StoredResponse }
  /** Seen with a different request: the client reused a key. */
  | { readonly kind: 'mismatch' }
  /** The first request with this key is still being handled. */
  | { readonly kind: 'in-progress' };

export interface IdempotencyCacheOptions {
  /** How long a response is remembered, in milliseconds. Default 24 h. */
  readonly ttlMs?: number;
  /** Keys remembered at most; the oldest are forgotten first. Default 10 000. */
  readonly maxEntries?: number;
  /** Bytes of remembered response bodies at most. Default 32 MiB. */
  readonly maxBytes?: number;
  readonly now?: () => number;
}

type Entry =
  | { state: 'pending'; fingerprint: string; expiresAt: number; bytes: 0 }
  | { state: 'done'; fingerprint: string; expiresAt: number; bytes: number; response: StoredResponse };

/** A digest of what makes two requests the same: method, path, content type and body bytes. */
export function requestFingerprint(parts: {
  method: string;
  path: string;
  contentType: string;
  body: Buffer | string;
}): string {
  return createHash('sha256')
    .update(`${parts.method}\n${parts.path}\n${parts.contentType}\n`)
    .update(parts.body)
    .digest('hex');
}

/**
 * Remembers, per feed and Idempotency-Key, the response given, for a bounded time and size, so a
 * client retrying after a lost answer gets the same answer and nothing is published twice.
 */
export class IdempotencyCache {
  readonly #entries = new Map<string, Entry>();
  readonly #ttlMs: number;
  readonly #maxEntries: number;
  readonly #maxBytes: number;
  readonly #now: () => number;
  #bytes = 0;

  constructor(options: IdempotencyCacheOptions = {}) {
    this.#ttlMs = options.ttlMs ?? 24 * 3_600_000;
    this.#maxEntries = options.maxEntries ?? 10_000;
    this.#maxBytes = options.maxBytes ?? 32 * 1_048_576;
    this.#now = options.now ?? Date.now;
  }

  get size(): number {
    return this.#entries.size;
  }

  begin(feedId: string, key: string, fingerprint: string): IdempotencyBegin {
    const id = `${feedId}\n${key}`;
    const now = this.#now();
    const existing = this.#entries.get(id);
    if (existing && existing.expiresAt > now) {
      if (existing.fingerprint !== fingerprint) return { kind: 'mismatch' };
      return existing.state === 'pending'
        ? { kind: 'in-progress' }
        : { kind: 'replay', response: existing.response };
    }
    if (existing) this.#delete(id);
    const pending: Entry = { state: 'pending', fingerprint, expiresAt: now + this.#ttlMs, bytes: 0 };
    this.#entries.set(id, pending);
    this.#evict();
    return {
      kind: 'new',
      complete: (response) => {
        if (this.#entries.get(id) !== pending) return;
        const bytes = Buffer.byteLength(response.body) + id.length + 64;
        this.#entries.delete(id);
        this.#entries.set(id, {
          state: 'done',
          fingerprint,
          expiresAt: this.#now() + this.#ttlMs,
          bytes,
          response,
        });
        this.#bytes += bytes;
        this.#evict();
      },
      abandon: () => {
        if (this.#entries.get(id) === pending) this.#entries.delete(id);
      },
    };
  }

  #delete(id: string): void {
    const entry = this.#entries.get(id);
    if (!entry) return;
    this.#bytes -= entry.bytes;
    this.#entries.delete(id);
  }

  /** Drops expired entries from the oldest end, then the oldest until within both bounds. */
  #evict(): void {
    const now = this.#now();
    for (const [id, entry] of this.#entries) {
      const over = this.#entries.size > this.#maxEntries || this.#bytes > this.#maxBytes;
      if (!over && entry.expiresAt > now) break;
      this.#delete(id);
    }
  }
}
