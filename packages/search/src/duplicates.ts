import type { Client, estypes } from '@elastic/elasticsearch';
import type { EnrichedArticle } from '@newsflow/contracts';
import { NEAR_DUPLICATE_BITS, hammingDistance } from '@newsflow/contracts';
import type { IndexNames } from './names.js';

/**
 * Near-duplicates (syndicated copies of one wire story, lightly edited) are articles whose 64-bit
 * simhashes differ in at most NEAR_DUPLICATE_BITS bits (contracts). Each article is indexed with the 16
 * nibbles of its simhash; two simhashes within that many bits share at least 16 - NEAR_DUPLICATE_BITS
 * nibbles, while unrelated articles share about one, so a "match at least that many nibbles" query finds
 * the candidates and the exact distance decides.
 */
const NIBBLES = 16;
const MIN_SHARED_NIBBLES = NIBBLES - NEAR_DUPLICATE_BITS;
/** Copies of one story are published close together; older articles are not searched. */
const WINDOW_DAYS = 14;

/** The simhash's nibbles, each tagged with its position: `3:a`. */
export function simhashNibbles(simhash: string): string[] {
  return [...simhash].map((digit, position) => `${position}:${digit}`);
}

interface Known {
  readonly id: string;
  readonly simhash: string;
  readonly group: string;
}

interface Remembered extends Known {
  readonly published: number;
}

/**
 * The articles this process grouped last. A copy indexed a moment ago is not searchable yet (the
 * index refreshes every second) or is in another partition's batch at the same time; wire copies
 * often arrive exactly so, and this memory catches them.
 */
export class RecentPrints {
  #entries: Remembered[] = [];
  #turn: Promise<unknown> = Promise.resolve();

  /** Runs lookups one at a time, so two partitions' copies of one story see each other. */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    const result = this.#turn.then(work, work);
    this.#turn = result.catch(() => undefined);
    return result;
  }

  constructor(private readonly capacity = 5_000) {}

  remember(article: EnrichedArticle, group: string): void {
    this.#entries.push({
      id: article.id,
      simhash: article.fingerprint.simhash,
      group,
      published: Date.parse(article.publishedAt),
    });
    if (this.#entries.length > this.capacity) this.#entries.splice(0, this.#entries.length - this.capacity);
  }

  near(article: EnrichedArticle): Known[] {
    const published = Date.parse(article.publishedAt);
    return this.#entries.filter(
      (entry) =>
        entry.id !== article.id &&
        Math.abs(entry.published - published) <= WINDOW_DAYS * 86_400_000 &&
        hammingDistance(entry.simhash, article.fingerprint.simhash) <= NEAR_DUPLICATE_BITS,
    );
  }
}

/** The group of the nearest candidate within NEAR_DUPLICATE_BITS; ties go to the smallest group id, so the choice is stable. */
function groupOf(simhash: string, known: readonly Known[]): string | undefined {
  let best: Known | undefined;
  let bestDistance = NEAR_DUPLICATE_BITS + 1;
  for (const candidate of known) {
    const distance = hammingDistance(simhash, candidate.simhash);
    if (distance < bestDistance || (distance === bestDistance && best && candidate.group < best.group)) {
      [best, bestDistance] = [candidate, distance];
    }
  }
  return best?.group;
}

/** Near-duplicate candidates published close to the article, and the article itself if indexed before. */
function candidatesRequest(article: EnrichedArticle): estypes.SearchSearchRequestBody {
  const published = Date.parse(article.publishedAt);
  const nearDuplicates: estypes.QueryDslQueryContainer = {
    bool: {
      should: simhashNibbles(article.fingerprint.simhash).map((nibble) => ({
        term: { 'fingerprint.nibbles': nibble },
      })),
      minimum_should_match: MIN_SHARED_NIBBLES,
      filter: [
        {
          range: {
            publishedAt: {
              gte: new Date(published - WINDOW_DAYS * 86_400_000).toISOString(),
              lte: new Date(published + WINDOW_DAYS * 86_400_000).toISOString(),
            },
          },
        },
      ],
    },
  };
  return {
    size: 20,
    _source: ['id', 'fingerprint.simhash', 'fingerprint.dupKey'],
    query: { bool: { should: [nearDuplicates, { ids: { values: [article.id] } }], minimum_should_match: 1 } },
  };
}

type StoredPrint = { id?: string; fingerprint?: { simhash?: string; dupKey?: string } };

/**
 * The duplicate group of each article: the group it already has when an earlier revision is indexed
 * (groups never move), else the group of its nearest near-duplicate, indexed or seen recently by
 * this process, or of an earlier article of the same batch, else its own id. One multi-search for
 * the whole batch.
 */
export function duplicateGroups(
  client: Client,
  names: IndexNames,
  articles: readonly EnrichedArticle[],
  recent?: RecentPrints,
): Promise<Map<string, string>> {
  const lookup = () => lookupGroups(client, names, articles, recent);
  return recent ? recent.exclusive(lookup) : lookup();
}

async function lookupGroups(
  client: Client,
  names: IndexNames,
  articles: readonly EnrichedArticle[],
  recent: RecentPrints | undefined,
): Promise<Map<string, string>> {
  const groups = new Map<string, string>();
  if (articles.length === 0) return groups;
  const response = await client.msearch({
    index: names.alias,
    ignore_unavailable: true,
    allow_no_indices: true,
    searches: articles.flatMap((article) => [{}, candidatesRequest(article)]),
  });
  const seenInBatch: Known[] = [];
  articles.forEach((article, index) => {
    const answer = response.responses[index];
    // Grouping is best effort: a lookup Elasticsearch could not answer leaves the article in its own group.
    const hits = answer === undefined || 'error' in answer ? [] : answer.hits.hits;
    const indexed: Known[] = hits.flatMap((hit) => {
      const source = hit._source as StoredPrint | undefined;
      const simhash = source?.fingerprint?.simhash;
      const id = source?.id ?? hit._id;
      return simhash && id ? [{ id, simhash, group: source?.fingerprint?.dupKey ?? id }] : [];
    });
    const simhash = article.fingerprint.simhash;
    const others = indexed.filter((known) => known.id !== article.id);
    const group =
      indexed.find((known) => known.id === article.id)?.group ??
      groupOf(simhash, [...others, ...(recent?.near(article) ?? [])]) ??
      groupOf(simhash, seenInBatch) ??
      article.id;
    groups.set(article.id, group);
    seenInBatch.push({ id: article.id, simhash, group });
    recent?.remember(article, group);
  });
  return groups;
}
