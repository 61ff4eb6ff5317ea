import { describe, expect, it } from '@jest/globals';
import { extractEntities } from '@newsflow/nlp';
import type { Entity } from '@newsflow/contracts';

const typeOf = (entities: Entity[], name: string): string | undefined =>
  entities.find((e) => e.name === name)?.type;

/** Filler sentences that name nothing, to make a text as long as a news story. */
const filler = (n: number): string =>
  Array.from(
    { length: n },
    () => 'The figures were released on a quiet morning and traders had little else to watch.',
  ).join(' ');

describe('document-level cues in news stories', () => {
  it('reads a one-word name with no person named in full as a company', () => {
    for (const name of ['Brakko', 'Harlund']) {
      const body = `${name} lost 1.2 billion rupees in the year to March. ${filler(10)} "It is a simple fit," ${name} co-founder Rohan Deshpande said. ${name} declined to comment.`;
      const e = extractEntities('', body, 'en');
      expect(typeOf(e, name)).toBe('ORG');
      expect(typeOf(e, 'Rohan Deshpande')).toBe('PERSON');
    }
  });

  it('keeps short mentions of a person named in full a person, and leaves tweets alone', () => {
    const body = `Maria Kovalenko, the company's founder, said demand was strong. ${filler(10)} Kovalenko said she would stay.`;
    expect(typeOf(extractEntities('', body, 'en'), 'Maria Kovalenko')).toBe('PERSON');
    // In a text as short as a tweet one name alone is how people are named.
    const tweet = extractEntities('', 'Great night with Zendrova at the show', 'en');
    expect(typeOf(tweet, 'Zendrova')).not.toBe('ORG');
  });

  it('leaves scores, post-nominals and sentence-opening roles out of names', () => {
    const body =
      'Prosecutor Alexandra Pryce KC told the court the money was gone. Comedian Carlos Alvarez was not in court. Seattle 3 Portland 1.';
    const e = extractEntities('', body, 'en');
    const all = e.map((x) => x.name);
    expect(all).toContain('Alexandra Pryce');
    expect(all).toContain('Carlos Alvarez');
    expect(all.some((n) => /\d|KC|Comedian/.test(n))).toBe(false);
  });
});
