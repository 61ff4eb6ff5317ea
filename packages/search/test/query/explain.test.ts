import { describe, expect, it } from '@jest/globals';
import type { Entity } from '@newsflow/contracts';
import { matchClues, matchedEntities } from '@newsflow/search';

const entity = (type: Entity['type'], name: string, salience = 0.5): Entity => ({
  type,
  name,
  mentions: [],
  count: 1,
  salience,
});

const ENTITIES = [
  entity('PERSON', 'Vladimir Putin', 0.9),
  entity('PERSON', 'Donald Trump', 0.8),
  entity('ORG', 'Kremlin', 0.4),
  entity('LOCATION', 'St. Petersburg', 0.3),
  entity('LOCATION', 'São Paulo', 0.2),
];

const explain = (filters: Parameters<typeof matchClues>[0]) => matchedEntities(ENTITIES, matchClues(filters));

describe('matchedEntities', () => {
  it('names the entity filters a hit satisfies, by type', () => {
    expect(explain({ entities: [{ kind: 'person', name: 'Vladimir Putin' }, { name: 'kremlin' }] })).toEqual([
      { type: 'person', name: 'Vladimir Putin', because: ['filter entity=person:Vladimir Putin'] },
      { type: 'org', name: 'Kremlin', because: ['filter entity=kremlin'] },
    ]);
  });

  it('finds query words, phrases and prefixes in entity names, ignoring case, accents and possessives', () => {
    expect(explain({ q: "putin's envoy" }).map((m) => [m.name, m.because])).toEqual([
      ['Vladimir Putin', ["query putin's"]],
    ]);
    expect(explain({ q: '"st petersburg" OR sao' }).map((m) => m.name)).toEqual([
      'St. Petersburg',
      'São Paulo',
    ]);
    expect(explain({ q: 'tru*' }).map((m) => m.name)).toEqual(['Donald Trump']);
  });

  it('honours field scoping and ignores what is negated', () => {
    expect(explain({ q: 'org:kremlin person:kremlin' }).map((m) => [m.type, m.because])).toEqual([
      ['org', ['query org:kremlin']],
    ]);
    expect(explain({ q: 'talks NOT putin' })).toEqual([]);
    expect(explain({ q: 'source:putin' })).toEqual([]);
  });

  it('explains nothing for a query without clues, and never throws on a malformed one', () => {
    expect(explain({})).toEqual([]);
    expect(explain({ q: '"unclosed putin' })).toEqual([]);
  });
});
