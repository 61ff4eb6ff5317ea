import { createHash } from 'node:crypto';
import type { FeedConfig, Submission } from '@newsflow/contracts';
import { itemToSubmission } from './item-submission.js';
import { parseFeedDocument } from './rss.js';

/** The part of a pino logger the poller uses. */
export interface PollLogger {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
}

export interface PollerOptions {
  /** The feeds, read at every tick so a reloaded registry takes effect; only those with `pull` are polled. */
  readonly feeds: () => readonly FeedConfig[];
  /**
   * Publishes a poll's new and changed items through the ingest path. Throwing (Kafka down) makes the
   * poll a failure: nothing is marked seen, and the feed is polled again after its backoff.
   */
  readonly deliver: (feed: FeedConfig, submissions: readonly Submission[]) => Promise<void>;
  readonly logger: PollLogger;
  /** Polls running at once, across feeds. Default 4. */
  readonly concurrency?: number;
  /** One fetch at most, in milliseconds. Default 15 000. */
  readonly timeoutMs?: number;
  /** Largest document read, in bytes. Default 5 MiB. */
  readonly maxBytes?: number;
  /** Longest wait after repeated failures, in milliseconds. Default 1 h. */
  readonly maxBackoffMs?: number;
  /** How often due feeds are looked for, in milliseconds. Default 500. */
  readonly tickMs?: number;
  /** Items remembered per feed to tell new from seen. Default 10 000. */
  readonly maxSeen?: number;
  readonly now?: () => number;
  readonly fetch?: typeof fetch;
}

export type PollOutcome =
  | { readonly status: 'not-modified' }
  | { readonly status: 'ok'; readonly items: number; readonly published: number; readonly skipped: number }
  | { readonly status: 'failed'; readonly reason: string; readonly retryInMs: number };

interface FeedState {
  etag?: string | undefined;
  lastModified?: string | undefined;
  failures: number;
  dueAt: number;
  running: boolean;
  /** item key → digest of what was published for it. */
  seen: Map<string, string>;
}

class PullFailure extends Error {
  constructor(
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

/**
 * Polls RSS and Atom feeds on their schedules: conditional requests (ETag, If-Modified-Since), at most
 * `concurrency` at once, exponential backoff with jitter per feed on errors (honouring Retry-After),
 * and only new or changed items published. What was seen is kept in memory: after a restart each item
 * is published once more, as a new revision of the same article id.
 */
export class FeedPoller {
  readonly #options: PollerOptions;
  readonly #states = new Map<string, FeedState>();
  readonly #now: () => number;
  readonly #fetch: typeof fetch;
  readonly #inFlight = new Set<Promise<PollOutcome>>();
  readonly #abort = new AbortController();
  #timer: NodeJS.Timeout | undefined;

  constructor(options: PollerOptions) {
    this.#options = options;
    this.#now = options.now ?? Date.now;
    this.#fetch = options.fetch ?? fetch;
  }

  start(): void {
    if (this.#timer) return;
    this.#timer = setInterval(() => this.#tick(), this.#options.tickMs ?? 500);
    this.#timer.unref();
    this.#tick();
  }

  /** Stops scheduling, aborts fetches in flight and waits for their polls to end. */
  async stop(): Promise<void> {
    clearInterval(this.#timer);
    this.#timer = undefined;
    this.#abort.abort();
    await Promise.allSettled([...this.#inFlight]);
  }

  #tick(): void {
    const concurrency = this.#options.concurrency ?? 4;
    const feeds = this.#options.feeds().filter((feed) => feed.pull && !feed.disabled);
    const ids = new Set(feeds.map((f) => f.id));
    for (const id of this.#states.keys()) if (!ids.has(id)) this.#states.delete(id);
    const now = this.#now();
    for (const feed of feeds) {
      if (this.#inFlight.size >= concurrency) return;
      const state = this.#state(feed.id);
      if (state.running || state.dueAt > now) continue;
      this.#track(this.poll(feed));
    }
  }

  #track(poll: Promise<PollOutcome>): void {
    this.#inFlight.add(poll);
    void poll.finally(() => this.#inFlight.delete(poll));
  }

  #state(feedId: string): FeedState {
    let state = this.#states.get(feedId);
    if (!state) {
      state = { failures: 0, dueAt: 0, running: false, seen: new Map() };
      this.#states.set(feedId, state);
    }
    return state;
  }

  /** Polls one feed now, whatever its schedule; resolves with what happened, never rejects. */
  async poll(feed: FeedConfig): Promise<PollOutcome> {
    const pull = feed.pull;
    if (!pull) return { status: 'failed', reason: 'the feed has no pull URL', retryInMs: 0 };
    const state = this.#state(feed.id);
    const intervalMs = pull.intervalSeconds * 1_000;
    state.running = true;
    const log = { feedId: feed.id, url: pull.url };
    try {
      const outcome = await this.#pollOnce(feed, pull, state);
      state.failures = 0;
      state.dueAt = this.#now() + intervalMs;
      if (outcome.status === 'ok' && outcome.published > 0) {
        this.#options.logger.info({ ...log, ...outcome }, 'feed polled');
      }
      return outcome;
    } catch (error) {
      state.failures++;
      const reason = error instanceof Error ? error.message : String(error);
      const backoff = Math.min(this.#options.maxBackoffMs ?? 3_600_000, intervalMs * 2 ** state.failures);
      const jittered = backoff * (0.8 + Math.random() * 0.4);
      const retryInMs = Math.round(
        Math.max(jittered, error instanceof PullFailure ? (error.retryAfterMs ?? 0) : 0),
      );
      state.dueAt = this.#now() + retryInMs;
      this.#options.logger.warn({ ...log, failures: state.failures, retryInMs, reason }, 'feed poll failed');
      return { status: 'failed', reason, retryInMs };
    } finally {
      state.running = false;
    }
  }

  async #pollOnce(
    feed: FeedConfig,
    pull: NonNullable<FeedConfig['pull']>,
    state: FeedState,
  ): Promise<PollOutcome> {
    const headers: Record<string, string> = {
      accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1',
      'user-agent': 'newsflow-ingester',
    };
    if (state.etag) headers['if-none-match'] = state.etag;
    if (state.lastModified) headers['if-modified-since'] = state.lastModified;
    const signal = AbortSignal.any([
      this.#abort.signal,
      AbortSignal.timeout(this.#options.timeoutMs ?? 15_000),
    ]);
    let response: Response;
    try {
      response = await this.#fetch(pull.url, { headers, signal, redirect: 'follow' });
    } catch (error) {
      throw new PullFailure(`fetch failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (response.status === 304) {
      await response.body?.cancel();
      return { status: 'not-modified' };
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new PullFailure(
        `HTTP ${response.status}`,
        retryAfterMs(response.headers.get('retry-after'), this.#now()),
      );
    }
    const xml = await readLimited(response, this.#options.maxBytes ?? 5 * 1_048_576);
    const document = parseFeedDocument(xml);
    if (!document.ok) throw new PullFailure(document.reason);

    const fetchedAt = new Date(this.#now());
    const source =
      pull.source ??
      (feed.sources.length === 1 && feed.sources[0] !== '*' ? feed.sources[0] : undefined) ??
      new URL(pull.url).hostname;
    const fresh: Array<{ key: string; digest: string; submission: Submission }> = [];
    let skipped = 0;
    for (const item of document.items) {
      const digest = createHash('sha256')
        .update(JSON.stringify([item.title, item.content, item.link, item.publishedAt]))
        .digest('hex');
      if (state.seen.get(item.key) === digest) continue;
      const converted = itemToSubmission(item, { source, fetchedAt });
      if (!converted.ok) {
        skipped++;
        this.#options.logger.warn(
          { feedId: feed.id, item: item.key.slice(0, 200), reason: converted.reason },
          'feed item skipped',
        );
        state.seen.set(item.key, digest);
        continue;
      }
      fresh.push({ key: item.key, digest, submission: converted.submission });
    }
    if (fresh.length > 0)
      await this.#options.deliver(
        feed,
        fresh.map((f) => f.submission),
      );
    for (const { key, digest } of fresh) {
      state.seen.delete(key);
      state.seen.set(key, digest);
    }
    const maxSeen = this.#options.maxSeen ?? 10_000;
    for (const key of state.seen.keys()) {
      if (state.seen.size <= maxSeen) break;
      state.seen.delete(key);
    }
    // Validators are kept only once the items are delivered, so a failed delivery refetches everything.
    state.etag = response.headers.get('etag') ?? undefined;
    state.lastModified = response.headers.get('last-modified') ?? undefined;
    return { status: 'ok', items: document.items.length, published: fresh.length, skipped };
  }
}

function retryAfterMs(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1_000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

async function readLimited(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new PullFailure(`document of ${declared} bytes; at most ${maxBytes} read`);
  }
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new PullFailure(`document over ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}
