import { describe, expect, it } from '@jest/globals';
import { parseQuery, QuerySyntaxError, QUERY_LIMITS } from '@newsflow/search';

const syntaxError = (input: string): QuerySyntaxError => {
  try {
    parseQuery(input);
  } catch (error) {
    expect(error).toBeInstanceOf(QuerySyntaxError);
    return error as QuerySyntaxError;
  }
  throw new Error(`expected ${JSON.stringify(input)} not to parse`);
};

describe('parseQuery', () => {
  it('reads an empty query as everything', () => {
    expect(parseQuery('')).toEqual({ kind: 'all' });
    expect(parseQuery('   ')).toEqual({ kind: 'all' });
    expect(parseQuery('*')).toEqual({ kind: 'all' });
  });

  it('ANDs words by default', () => {
    expect(parseQuery('climate summit')).toEqual({
      kind: 'and',
      children: [
        { kind: 'term', text: 'climate', position: 0 },
        { kind: 'term', text: 'summit', position: 8 },
      ],
    });
  });

  it('reads phrases, with escaped quotes', () => {
    expect(parseQuery('"climate summit"')).toEqual({ kind: 'phrase', text: 'climate summit', position: 0 });
    expect(parseQuery('"say \\"hi\\""')).toEqual({ kind: 'phrase', text: 'say "hi"', position: 0 });
  });

  it('reads prefixes', () => {
    expect(parseQuery('clim*')).toEqual({ kind: 'prefix', text: 'clim', position: 0 });
  });

  it('gives OR a lower precedence than AND', () => {
    const node = parseQuery('a b OR c');
    expect(node).toMatchObject({
      kind: 'or',
      children: [{ kind: 'and', children: [{ text: 'a' }, { text: 'b' }] }, { text: 'c' }],
    });
  });

  it('reads NOT and the minus sign', () => {
    expect(parseQuery('a NOT b')).toMatchObject({
      kind: 'and',
      children: [{ text: 'a' }, { kind: 'not', child: { text: 'b' } }],
    });
    expect(parseQuery('a -b')).toMatchObject({
      kind: 'and',
      children: [{ text: 'a' }, { kind: 'not', child: { text: 'b' } }],
    });
    expect(parseQuery('-"x y"')).toMatchObject({ kind: 'not', child: { kind: 'phrase', text: 'x y' } });
  });

  it('treats lowercase and/or/not as words', () => {
    expect(parseQuery('rock and roll')).toMatchObject({
      kind: 'and',
      children: [{ text: 'rock' }, { text: 'and' }, { text: 'roll' }],
    });
  });

  it('groups with parentheses', () => {
    expect(parseQuery('(a OR b) c')).toMatchObject({
      kind: 'and',
      children: [{ kind: 'or', children: [{ text: 'a' }, { text: 'b' }] }, { text: 'c' }],
    });
  });

  it('scopes words, phrases, prefixes and groups to fields', () => {
    expect(parseQuery('title:summit')).toEqual({ kind: 'term', text: 'summit', field: 'title', position: 6 });
    expect(parseQuery('person:"Vladimir Putin"')).toEqual({
      kind: 'phrase',
      text: 'Vladimir Putin',
      field: 'person',
      position: 7,
    });
    expect(parseQuery('SOURCE:reu*')).toMatchObject({ kind: 'prefix', text: 'reu', field: 'source' });
    expect(parseQuery('lang:EN')).toMatchObject({ kind: 'term', text: 'EN', field: 'language' });
    expect(parseQuery('entity:(Putin OR Zelensky)')).toMatchObject({
      kind: 'or',
      children: [
        { text: 'Putin', field: 'entity' },
        { text: 'Zelensky', field: 'entity' },
      ],
    });
  });

  it('reads a colon after an unknown name as text', () => {
    expect(parseQuery('12:30')).toMatchObject({ kind: 'term', text: '12 30' });
    expect(parseQuery('http://example.com')).toMatchObject({ kind: 'term', text: 'http //example.com' });
    expect(parseQuery(':')).toEqual({ kind: 'all' });
    // Names every JavaScript object has are not fields either.
    expect(parseQuery('constructor:ukraine')).toEqual({
      kind: 'term',
      text: 'constructor ukraine',
      position: 0,
    });
    expect(parseQuery('__proto__:x')).toEqual({ kind: 'term', text: '__proto__ x', position: 0 });
  });

  it('accepts odd but harmless input', () => {
    for (const input of [
      'a -',
      '- a',
      '+a',
      'a  +  b',
      '**',
      'a*b',
      '"a" "b"',
      '((a))',
      'a:',
      '\u0000',
      '🙂 news',
    ]) {
      expect(() => parseQuery(input)).not.toThrow();
    }
  });

  it.each([
    ['"climate summit', 'unclosed quote', 0],
    ['a "b', 'unclosed quote', 2],
    ['(a OR b', 'unclosed "("', 0],
    ['a OR b)', 'unmatched ")"', 6],
    [')', 'unmatched ")"', 0],
    ['()', 'empty parentheses', 0],
    ['a OR', 'OR needs a term after it', 2],
    ['OR a', 'OR needs a term before it', 0],
    ['a AND AND b', 'AND needs a term after it', 2],
    ['NOT', 'NOT needs a term after it', 0],
    ['a NOT', 'NOT needs a term after it', 2],
    ['""', 'empty phrase', 0],
    ['title: summit', 'title: needs a value right after the colon', 0],
    ['title:)', 'title: needs a value right after the colon', 0],
  ])('rejects %j: %s at %d', (input, message, position) => {
    const error = syntaxError(input);
    expect(error.code).toBe('NEWSFLOW_SEARCH_QUERY_SYNTAX');
    expect(error.message).toBe(`${message} at position ${position}`);
    expect(error.position).toBe(position);
  });

  it('limits length, terms and depth', () => {
    expect(syntaxError('a'.repeat(QUERY_LIMITS.maxLength + 1)).message).toMatch(/longer than/);
    expect(
      syntaxError(Array.from({ length: QUERY_LIMITS.maxTerms + 1 }, (_, i) => `w${i}`).join(' ')).message,
    ).toMatch(/more than 64 terms/);
    expect(syntaxError(`${'('.repeat(40)}a${')'.repeat(40)}`).message).toMatch(/nest deeper/);
  });

  it('throws nothing but QuerySyntaxError on random input', () => {
    const alphabet = ['a', 'b', ' ', '"', '(', ')', '-', '*', ':', 'title:', 'AND', 'OR', 'NOT', '\\', '+'];
    let seed = 42;
    const random = (): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    for (let i = 0; i < 2_000; i += 1) {
      const input = Array.from(
        { length: Math.floor(random() * 12) },
        () => alphabet[Math.floor(random() * alphabet.length)],
      ).join(random() < 0.5 ? ' ' : '');
      try {
        parseQuery(input);
      } catch (error) {
        expect(error).toBeInstanceOf(QuerySyntaxError);
      }
    }
  });
});
