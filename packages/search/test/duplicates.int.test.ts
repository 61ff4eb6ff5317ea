import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Client } from '@elastic/elasticsearch';
import {
  bulkOperations,
  classifyBulkItems,
  deleteIndices,
  duplicateGroups,
  ensureIndex,
  indexNames,
  RecentPrints,
} from '@newsflow/search';
import { NEAR_DUPLICATE_BITS, hammingDistance } from '@newsflow/contracts';
import { article } from './fixtures.js';

const url = process.env['ELASTICSEARCH_URL'];
if (!url) throw new Error('ELASTICSEARCH_URL must be set: run the suite with "npm test"');
const client = new Client({ node: url });
const names = indexNames(`t${Date.now()}-dups`);

/** A simhash `bits` bits away from `base`: its lowest bits flipped, or its highest with `from: 'top'`. */
function flip(base: string, bits: number, from: 'bottom' | 'top' = 'bottom'): string {
  const mask = (1n << BigInt(bits)) - 1n;
  const value = BigInt(`0x${base}`) ^ (from === 'bottom' ? mask : mask << BigInt(64 - bits));
  return value.toString(16).padStart(16, '0');
}

const WIRE = '9f3a6c1e55d2b8a4';

beforeAll(async () => {
  await ensureIndex(client, names);
  const stored = [
    article({ id: 'wire-original', simhash: WIRE, publishedAt: '2026-11-03T08:00:00Z' }),
    article({ id: 'unrelated', simhash: '0123456789abcdef', publishedAt: '2026-11-03T09:00:00Z' }),
    article({ id: 'old-copy', simhash: flip(WIRE, 2), publishedAt: '2026-06-01T08:00:00Z' }),
  ];
  const response = await client.bulk({ operations: bulkOperations(stored, names), refresh: true });
  expect(classifyBulkItems(response).every((item) => item.kind === 'indexed')).toBe(true);
});

afterAll(async () => {
  await deleteIndices(client, names);
  await client.close();
});

describe('duplicateGroups against a real index', () => {
  it('puts a copy within the distance in the group of the indexed story, and leaves the rest alone', async () => {
    expect(hammingDistance(WIRE, flip(WIRE, NEAR_DUPLICATE_BITS))).toBe(NEAR_DUPLICATE_BITS);
    const incoming = [
      article({ id: 'edited-copy', simhash: flip(WIRE, 9), publishedAt: '2026-11-04T08:00:00Z' }),
      // Far from the story and from the edited copy (whose flipped bits are at the other end).
      article({
        id: 'too-different',
        simhash: flip(WIRE, NEAR_DUPLICATE_BITS + 3, 'top'),
        publishedAt: '2026-11-04T08:00:00Z',
      }),
      article({ id: 'new-story', simhash: 'fedcba9876543210', publishedAt: '2026-11-04T08:00:00Z' }),
      article({
        id: 'copy-of-new-story',
        simhash: flip('fedcba9876543210', 4),
        publishedAt: '2026-11-04T09:00:00Z',
      }),
    ];
    const groups = await duplicateGroups(client, names, incoming);
    expect(Object.fromEntries(groups)).toEqual({
      'edited-copy': 'wire-original',
      'too-different': 'too-different',
      'new-story': 'new-story',
      // Copies in the same batch join the first of them.
      'copy-of-new-story': 'new-story',
    });
  });

  it('remembers what it grouped a moment ago, before the index can show it', async () => {
    const recent = new RecentPrints();
    const first = await duplicateGroups(
      client,
      names,
      [article({ id: 'fresh-wire', simhash: 'a1b2c3d4e5f60718', publishedAt: '2026-11-06T08:00:00Z' })],
      recent,
    );
    expect(first.get('fresh-wire')).toBe('fresh-wire');
    // Not indexed at all: only the memory knows the first copy.
    const second = await duplicateGroups(
      client,
      names,
      [
        article({
          id: 'fresh-copy',
          simhash: flip('a1b2c3d4e5f60718', 7),
          publishedAt: '2026-11-06T08:05:00Z',
        }),
      ],
      recent,
    );
    expect(second.get('fresh-copy')).toBe('fresh-wire');
    const elsewhere = await duplicateGroups(client, names, [
      article({
        id: 'other-process',
        simhash: flip('a1b2c3d4e5f60718', 7),
        publishedAt: '2026-11-06T08:05:00Z',
      }),
    ]);
    expect(elsewhere.get('other-process')).toBe('other-process');
  });

  it('keeps the group of an article already indexed, and groups concurrent copies once', async () => {
    const recent = new RecentPrints();
    const [again] = [
      await duplicateGroups(
        client,
        names,
        [article({ id: 'unrelated', simhash: flip(WIRE, 1), publishedAt: '2026-11-03T09:00:00Z' })],
        recent,
      ),
    ];
    expect(again.get('unrelated')).toBe('unrelated');
    const [left, right] = await Promise.all([
      duplicateGroups(
        client,
        names,
        [
          article({
            id: 'copy-b',
            simhash: flip('5a5a5a5a5a5a5a5a', 3),
            publishedAt: '2026-11-07T08:00:00Z',
          }),
        ],
        recent,
      ),
      duplicateGroups(
        client,
        names,
        [
          article({
            id: 'copy-a',
            simhash: flip('5a5a5a5a5a5a5a5a', 5),
            publishedAt: '2026-11-07T08:01:00Z',
          }),
        ],
        recent,
      ),
    ]);
    expect(left.get('copy-b')).toBe('copy-b');
    expect(right.get('copy-a')).toBe('copy-b');
  });

  it('groups only with articles published within two weeks', async () => {
    const groups = await duplicateGroups(client, names, [
      article({ id: 'late-copy', simhash: flip(WIRE, 2), publishedAt: '2026-11-05T08:00:00Z' }),
    ]);
    expect(groups.get('late-copy')).toBe('wire-original');
    const months = await duplicateGroups(client, names, [
      article({ id: 'summer-copy', simhash: WIRE, publishedAt: '2026-06-02T08:00:00Z' }),
    ]);
    expect(months.get('summer-copy')).toBe('old-copy');
  });
});
