import { describe, expect, it } from '@jest/globals';
import { canonicalNames, foldName } from '@newsflow/nlp';

describe('foldName', () => {
  it('ignores case, periods, possessives, a leading "the" and a legal form', () => {
    expect(foldName('Evergreen Solar, Inc.')).toBe(foldName('EVERGREEN SOLAR'));
    expect(foldName('Apple Inc')).toBe('apple');
    expect(foldName("the Kremlin's")).toBe('kremlin');
    expect(foldName('U.S.')).toBe(foldName('U S'));
    expect(foldName('#Ukraine')).toBe(foldName('Ukraine'));
    expect(foldName('@Reuters')).toBe('reuters');
  });

  it('drops every legal form the rules know, written with or without periods, and shows the name without it', () => {
    for (const [written, name] of [
      ['Ascendas Pte Ltd', 'ascendas'],
      ['Tulskaya Optika JSC', 'tulskaya optika'],
      ['Novo Nordisk A/S', 'novo nordisk'],
      ['Dorna Sports S.L.', 'dorna sports'],
      ['PT Bank Mandiri (Persero) Tbk', 'pt bank mandiri'],
    ])
      expect([written, foldName(written as string)]).toEqual([written, name]);
    expect(canonicalNames([{ text: 'Ascendas Pte Ltd', type: 'ORG' }])).toEqual(['Ascendas']);
    expect(canonicalNames([{ text: 'British Broadcasting Corporation', type: 'ORG' }])).toEqual([
      'British Broadcasting Corporation',
    ]);
    expect(canonicalNames([{ text: 'Arsenal FC', type: 'ORG' }])).toEqual(['Arsenal FC']);
  });

  it('keeps a name that is only a legal form or ends in one as a word', () => {
    expect(foldName('Inc')).toBe('inc');
    expect(foldName('Costco')).toBe('costco');
  });
});

describe('canonicalNames', () => {
  it('links a surname to the full name and an acronym to its organisation', () => {
    expect(
      canonicalNames([
        { text: 'Vladimir Putin', type: 'PERSON' },
        { text: 'Putin', type: 'PERSON' },
        { text: 'European Central Bank', type: 'ORG' },
        { text: 'ECB', type: 'ORG' },
      ]),
    ).toEqual(['Vladimir Putin', 'Vladimir Putin', 'European Central Bank', 'European Central Bank']);
    // An organisation known by an alias is one name however a story writes it, acronym first or not.
    for (const order of [
      ['WHO', 'World Health Organization'],
      ['World Health Organization', 'WHO'],
    ])
      expect(canonicalNames(order.map((text) => ({ text, type: 'ORG' as const })))).toEqual(['WHO', 'WHO']);
    // An acronym that spells "of" or the legal form too.
    for (const [full, acronym] of [
      ['Bank of Japan', 'BOJ'],
      ['Bank of England', 'BoE'],
      ['National Oil Corporation', 'NOC'],
      ['Taiwan Semiconductor Manufacturing Co Ltd', 'TSMC'],
    ])
      expect(canonicalNames([full, acronym].map((text) => ({ text, type: 'ORG' as const })))[1]).not.toBe(
        acronym,
      );
  });

  it("links a company's first word to its full name, not to one of several nor to a unit", () => {
    expect(
      canonicalNames([
        { text: 'Reliance Industries', type: 'ORG' },
        { text: 'Reliance', type: 'ORG' },
        { text: 'Tata Motors', type: 'ORG' },
        { text: 'Tata Group', type: 'ORG' },
        { text: 'Tata', type: 'ORG' },
        { text: 'Microsoft Research', type: 'ORG' },
        { text: 'Microsoft', type: 'ORG' },
      ]),
    ).toEqual([
      'Reliance Industries',
      'Reliance Industries',
      'Tata Motors',
      'Tata Group',
      'Tata',
      'Microsoft Research',
      'Microsoft',
    ]);
  });

  it('shows a company without its abbreviated legal form, as foldName makes them one name', () => {
    expect(
      canonicalNames([
        { text: 'Deutsche Bank AG', type: 'ORG' },
        { text: 'Samsung Electronics Co Ltd', type: 'ORG' },
        { text: 'JPMorgan Chase & Co', type: 'ORG' },
        { text: 'British Broadcasting Corporation', type: 'ORG' },
      ]),
    ).toEqual(['Deutsche Bank', 'Samsung Electronics', 'JPMorgan Chase', 'British Broadcasting Corporation']);
    expect(foldName('Samsung Electronics Co Ltd')).toBe(foldName('Samsung Electronics'));
  });

  it('shows a person or place written in capitals as news writes it elsewhere, one facet value with it, not a code', () => {
    expect(
      canonicalNames([
        { text: 'NEW YORK', type: 'LOCATION' },
        { text: 'RIO DE JANEIRO', type: 'LOCATION' },
        { text: 'JOE BIDEN', type: 'PERSON' },
        { text: "CONAN O'BRIEN", type: 'PERSON' },
        { text: 'UAE', type: 'LOCATION' },
        { text: 'DRC', type: 'LOCATION' },
        { text: 'BNSF', type: 'LOCATION' },
        { text: 'PERTH', type: 'LOCATION' },
        { text: 'BBC NEWS', type: 'ORG' },
      ]),
    ).toEqual([
      'New York',
      'Rio de Janeiro',
      'Joe Biden',
      "Conan O'Brien",
      'United Arab Emirates',
      'DRC',
      'BNSF',
      'Perth',
      'BBC NEWS',
    ]);
  });

  it('lowers a name written in capitals but keeps codes with digits or signs', () => {
    expect(
      canonicalNames([
        { text: 'PUTIN', type: 'PERSON' },
        { text: 'OPEC+', type: 'ORG' },
        { text: 'COP28', type: 'ORG' },
      ]),
    ).toEqual(['Putin', 'OPEC+', 'COP28']);
  });

  it("keeps an organisation's acronym in capitals, alone or beside other words", () => {
    expect(
      canonicalNames([
        { text: 'NASCAR', type: 'ORG' },
        { text: 'MSNBC News', type: 'ORG' },
        { text: 'Vladimir PUTIN', type: 'PERSON' },
      ]),
    ).toEqual(['NASCAR', 'MSNBC News', 'Vladimir Putin']);
  });

  it("keeps the possessive a company's name ends in, and drops any other", () => {
    expect(
      canonicalNames([
        { text: "McDonald's", type: 'ORG' },
        { text: "Moody's", type: 'ORG' },
        { text: "Nvidia's", type: 'ORG' },
      ]),
    ).toEqual(["McDonald's", "Moody's", 'Nvidia']);
  });

  it("shows a team named by its city in capitals as prose names it, one facet value with the prose's", () => {
    expect(
      canonicalNames([
        { text: 'BALTIMORE', type: 'ORG' },
        { text: 'NASCAR', type: 'ORG' },
      ]),
    ).toEqual(['Baltimore', 'NASCAR']);
  });

  it('writes quotes and apostrophes plain, so that one name is one facet value whatever the copy typed', () => {
    expect(
      canonicalNames([
        { text: 'People’s Party', type: 'ORG' },
        { text: 'Sean O’Brien’s', type: 'PERSON' },
      ]),
    ).toEqual(["People's Party", "Sean O'Brien"]);
  });

  it('gives a name that is also a property of every JavaScript object its own canonical name', () => {
    expect(
      canonicalNames([
        { text: 'Constructor', type: 'ORG' },
        { text: 'toString', type: 'PERSON' },
        { text: '__proto__', type: 'LOCATION' },
      ]),
    ).toEqual(['Constructor', 'toString', '__proto__']);
  });
});
