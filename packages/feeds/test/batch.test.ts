import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { jsonDepth, parseBatch, parseUntrustedJson } from '@newsflow/feeds';

describe('parseUntrustedJson', () => {
  it('refuses prototype-pollution keys and deep nesting, and says why', () => {
    expect(parseUntrustedJson('{"__proto__":{"admin":true}}')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('prototype'),
    });
    expect(parseUntrustedJson('{"constructor":{"prototype":{"x":1}}}')).toMatchObject({ ok: false });
    expect(parseUntrustedJson(`${'['.repeat(100)}${']'.repeat(100)}`)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('100 levels'),
    });
    expect(parseUntrustedJson('')).toMatchObject({ ok: false, reason: expect.stringContaining('empty') });
    expect(parseUntrustedJson('{"a":"[[[[{{{{"}')).toEqual({ ok: true, value: { a: '[[[[{{{{' } });
  });

  it('measures depth outside strings only', () => {
    expect(jsonDepth('{"a":[1,{"b":"]]]}}}\\"[["}]}')).toBe(3);
  });
});

function hasProtoKey(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (Object.prototype.hasOwnProperty.call(value, '__proto__')) return true;
  return Object.values(value).some(hasProtoKey);
}

describe('parseBatch', () => {
  it('reads a JSON array, refusing anything else whole', () => {
    expect(parseBatch('[{"a":1},2]', 'json', { maxItems: 10 })).toEqual({
      ok: true,
      entries: [
        { index: 0, ok: true, value: { a: 1 } },
        { index: 1, ok: true, value: 2 },
      ],
    });
    expect(parseBatch('{"a":1}', 'json', { maxItems: 10 })).toMatchObject({ ok: false, kind: 'malformed' });
    expect(parseBatch('[1,', 'json', { maxItems: 10 })).toMatchObject({ ok: false, kind: 'malformed' });
    expect(parseBatch('[]', 'json', { maxItems: 10 })).toMatchObject({ ok: false, kind: 'empty' });
    expect(parseBatch('[1,2,3]', 'json', { maxItems: 2 })).toMatchObject({ ok: false, kind: 'too-many' });
  });

  it('reads NDJSON line by line: a broken line fails only its item', () => {
    const parsed = parseBatch('{"a":1}\n\n{broken\r\n{"__proto__":1}\n  {"b":2}  \n', 'ndjson', {
      maxItems: 10,
    });
    expect(parsed).toMatchObject({
      ok: true,
      entries: [
        { index: 0, ok: true, value: { a: 1 } },
        { index: 1, ok: false },
        { index: 2, ok: false },
        { index: 3, ok: true, value: { b: 2 } },
      ],
    });
    expect(parseBatch('\n \n', 'ndjson', { maxItems: 10 })).toMatchObject({ ok: false, kind: 'empty' });
    expect(parseBatch('1\n2\n3\n', 'ndjson', { maxItems: 2 })).toMatchObject({ ok: false, kind: 'too-many' });
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        fc.constantFrom('json' as const, 'ndjson' as const),
        (text, format) => {
          const parsed = parseBatch(text, format, { maxItems: 50 });
          if (parsed.ok) {
            expect(parsed.entries.length).toBeGreaterThan(0);
            parsed.entries.forEach((entry, index) => expect(entry.index).toBe(index));
          } else {
            expect(parsed.reason.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never lets a parsed value carry a polluted prototype', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value).replaceAll('"a"', '"__proto__"');
        const parsed = parseUntrustedJson(text, 200);
        if (parsed.ok) expect(hasProtoKey(parsed.value)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
