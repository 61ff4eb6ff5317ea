import { describe, expect, it } from '@jest/globals';
import type { estypes } from '@elastic/elasticsearch';
import {
  csvHeader,
  csvLine,
  ndjsonLine,
  parseWindow,
  prefixPattern,
  toRising,
  type ExportRow,
} from '@newsflow/search';

describe('prefixPattern', () => {
  it('matches the start of any word, ignoring case, with regex characters literal', () => {
    expect(prefixPattern('Pu')).toBe('(.* )?[pP][uU].*');
    expect(prefixPattern('a.b*')).toBe('(.* )?[aA]\\.[bB]\\*.*');
    expect(prefixPattern('"(~')).toBe('(.* )?\\"\\(\\~.*');
  });
});

describe('toRising', () => {
  it('keeps entities mentioned more in the current window, by change', () => {
    const bucket = (key: string, total: number, current: number) => ({
      key,
      doc_count: total,
      current: { doc_count: current },
    });
    const response = {
      aggregations: {
        person: { buckets: [bucket('Up', 5, 5), bucket('Down', 4, 1), bucket('Flat', 2, 1)] },
        location: { buckets: [bucket('Slow', 5, 3)] },
      },
    } as unknown as estypes.SearchResponse<unknown>;
    expect(toRising(response, 10)).toEqual([
      { name: 'Up', type: 'person', current: 5, previous: 0, change: 5, ratio: 6 },
      { name: 'Slow', type: 'location', current: 3, previous: 2, change: 1, ratio: 1.33 },
    ]);
  });

  it('reads windows', () => {
    expect(parseWindow('24h')).toBe(86_400_000);
    expect(parseWindow('7d')).toBe(7 * 86_400_000);
  });
});

describe('export lines', () => {
  const row: ExportRow = {
    id: 'a1',
    revision: 2,
    publishedAt: '2025-01-01T00:00:00.000Z',
    source: 'Wire, Inc.',
    feedId: 'f',
    language: 'en',
    title: 'He said "no"\nand left',
    url: '=HYPERLINK("http://evil")',
    authors: ['A', 'B'],
    tags: [],
    people: ['Ada Lovelace'],
    orgs: [],
    locations: [],
    keywords: ['-1 point'],
  };

  it('writes RFC 4180 CSV and never a formula', () => {
    expect(csvHeader()).toBe(
      'id,revision,publishedAt,source,feedId,language,title,url,authors,tags,people,orgs,locations,keywords\r\n',
    );
    expect(csvLine(row)).toBe(
      'a1,2,2025-01-01T00:00:00.000Z,"Wire, Inc.",f,en,"He said ""no""\nand left","\'=HYPERLINK(""http://evil"")",A; B,,Ada Lovelace,,,\'-1 point\r\n',
    );
  });

  it('writes one JSON object per line', () => {
    expect(JSON.parse(ndjsonLine(row))).toEqual(row);
    expect(ndjsonLine(row).endsWith('\n')).toBe(true);
    expect(ndjsonLine(row).trimEnd()).not.toContain('\n');
  });
});
