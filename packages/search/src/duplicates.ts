import type { Client, estypes } from '@elastic/elasticsearch';
import type { EnrichedArticle } from '@newsflow/contracts';
import type { IndexNames } from './names.js';

/**
 * Near-duplicates (syndicated copies of one wire story, lightly edited) are articles whose 64-bit
 * simhashes differ in at most MAX_DISTANCE bits. Each article is indexed with the 16 nibbles of its
 * simhash; two simhashes within MAX_DISTANCE bits share at least 16 - MAX_DISTANCE nibbles, while
 * unrelated articles share about one, so a "match at least that many nibbles" query finds the
 * candidates and the exact distance decides.
 */
export const MAX_DISTANCE = 10;
const NIBBLES = 16;
const MIN_SHARED_NIBBLES = NIBBLES - MAX_DISTANCE;
/** Copies of one story are published close together; older articles are not searched. */
const WINDOW_DAYS = 14;

/** The simhash's nibbles, each tagged with its position: `3:a`. */
export function simhashNibbles(simhash: string): string[] {
  return [...simhash].map((digit, position) => `${position}:${digit}`);
}

export function hammingDistance(a: string, b: string): number {
  let distance = 0;
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    let bits = parseInt(a[i] ?? '0', 16) ^ parseInt(b[i] ?? '0', 16);
    for (; bits > 0; bits >>= 1) distance += bits & 1;
  }
  return distance;
}

interface Known {
  readonly id: string;
  readonly simhash: string;
  readonly group: string;
}

function groupOf(simhash: string, known: readonly Known[]): string | undefined {
  let best: Known | undefined;
  let bestDistance = MAX_DISTANCE + 1;
  for (const candidate of known) {
    const distance = hammingDistance(simhash, candidate.simhash);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best?.group;
}

function candidatesRequest(article: EnrichedArticle): estypes.SearchSearchRequestBody {
  const published = Date.parse(article.publishedAt);
  return {
    size: 20,
    _source: ['id', 'fingerprint.simhash', 'fingerprint.dupKey'],
    query: {
      bool: {
        should: simhashNibbles(article.fingerprint.simhash).map((nibble) => ({
          term: { 'fingerprint.nibbles': nibble },
        })),
        minimum_should_match: MIN_SHARED_NIBBLES,
        must_not: [{ ids: { values: [article.id] } }],
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
    },
  };
}

type StoredPrint = { id?: string; fingerprint?: { simhash?: string; dupKey?: string } };

/**
 * The duplicate group of each article: the group of its nearest indexed near-duplicate, or of an
 * earlier article of the same batch, or else its own id. One multi-search for the whole batch.
 */
export async function duplicateGroups(
  client: Client,
  names: IndexNames,
  articles: readonly EnrichedArticle[],
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
    const group = groupOf(simhash, indexed) ?? groupOf(simhash, seenInBatch) ?? article.id;
    groups.set(article.id, group);
    seenInBatch.push({ id: article.id, simhash, group });
  });
  return groups;
}
