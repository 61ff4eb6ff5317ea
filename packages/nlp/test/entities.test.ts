import { describe, expect, it } from '@jest/globals';
import { extractEntities } from '@newsflow/nlp';
import type { Entity } from '@newsflow/contracts';

const names = (entities: Entity[], type?: string): string[] =>
  entities
    .filter((e) => !type || e.type === type)
    .map((e) => e.name)
    .sort();

describe('extractEntities', () => {
  it('finds people, organisations and places with a canonical name each', () => {
    const body =
      'German Chancellor Olaf Scholz met Emmanuel Macron in Paris on Monday. Scholz told Reuters that the European Union would act. Macron agreed.';
    const e = extractEntities('', body, 'en');
    expect(names(e, 'PERSON')).toEqual(['Emmanuel Macron', 'Olaf Scholz']);
    expect(names(e, 'LOCATION')).toContain('Paris');
    expect(names(e, 'ORG')).toEqual(expect.arrayContaining(['Reuters', 'European Union']));
    const scholz = e.find((x) => x.name === 'Olaf Scholz');
    expect(scholz?.count).toBe(2);
    expect(e.every((x) => x.salience >= 0 && x.salience <= 1)).toBe(true);
  });

  it('links possessives and short mentions to the full name', () => {
    const e = extractEntities(
      '',
      'Donald Trump spoke on Friday. Trump’s aides said Trump would travel.',
      'en',
    );
    expect(names(e, 'PERSON')).toEqual(['Donald Trump']);
    expect(e[0]?.mentions.map((m) => m.text)).toEqual(['Donald Trump', 'Trump', 'Trump']);
  });

  it('does not tag demonyms, months or weekdays', () => {
    const e = extractEntities(
      '',
      'Russian and Ukrainian officials met in May. On Friday, French diplomats left.',
      'en',
    );
    expect(names(e)).toEqual([]);
  });

  it('tells May the month from May the person', () => {
    const e = extractEntities(
      '',
      'Prime Minister Theresa May resigned in May. May said she was proud.',
      'en',
    );
    const may = e.find((x) => x.name === 'Theresa May');
    expect(may?.type).toBe('PERSON');
    expect(may?.count).toBe(2);
  });

  it('handles hyphenated names and compounds of two names', () => {
    const e = extractEntities(
      '',
      'Jean-Claude Juncker spoke. Later, a Trump-Putin summit was planned after Donald Trump called Vladimir Putin.',
      'en',
    );
    expect(names(e, 'PERSON')).toEqual(['Donald Trump', 'Jean-Claude Juncker', 'Vladimir Putin']);
  });

  it('finds names at the start of a sentence', () => {
    const e = extractEntities(
      '',
      'Microsoft said on Tuesday it would hire. Apple declined to comment.',
      'en',
    );
    expect(names(e, 'ORG')).toEqual(['Apple', 'Microsoft']);
  });

  it('reads an all-caps headline without inventing entities', () => {
    const e = extractEntities(
      'BIDEN VISITS KYIV AS WAR GRINDS ON',
      'President Joe Biden arrived in Kyiv on Monday.',
      'en',
    );
    expect(names(e)).toEqual(['Joe Biden', 'Kyiv']);
    expect(e.find((x) => x.name === 'Kyiv')?.mentions.some((m) => m.field === 'title')).toBe(true);
  });

  it('maps aliases of a country to one name', () => {
    const e = extractEntities(
      '',
      'The U.S. and the United States of America are one country; the US said so.',
      'en',
    );
    expect(names(e, 'LOCATION')).toEqual(['US']);
  });

  it('returns nothing for non-English text and for empty text', () => {
    expect(
      extractEntities('Le président', 'Emmanuel Macron a rencontré Olaf Scholz à Paris lundi.', 'fr'),
    ).toEqual([]);
    expect(extractEntities('', '', 'en')).toEqual([]);
  });

  it('copes with a huge body', () => {
    const para = 'Angela Merkel visited Berlin and met officials from Siemens. ';
    const body = para.repeat(5_000);
    const e = extractEntities('', body, 'en');
    expect(e.find((x) => x.name === 'Angela Merkel')?.count).toBe(5_000);
  });
});
