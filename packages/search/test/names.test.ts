import { describe, expect, it } from '@jest/globals';
import { DocumentError, indexNames, SearchConfigError } from '@newsflow/search';

describe('indexNames', () => {
  it('derives every name from the prefix', () => {
    const names = indexNames('newsflow');
    expect(names.alias).toBe('newsflow-articles');
    expect(names.template).toBe('newsflow-articles-template');
    expect(names.pattern).toBe('newsflow-articles-*');
    expect(indexNames().alias).toBe('newsflow-articles');
  });

  it('puts an article in the UTC month of its publication', () => {
    const names = indexNames('t1');
    expect(names.indexFor('2025-01-31T23:30:00-05:00')).toBe('t1-articles-2025.02');
    expect(names.indexFor('2025-12-01T00:00:00Z')).toBe('t1-articles-2025.12');
    expect(names.indexFor(new Date(Date.UTC(2024, 6, 4)))).toBe('t1-articles-2024.07');
  });

  it('rejects a date it cannot read', () => {
    expect(() => indexNames('t1').indexFor('yesterday')).toThrow(DocumentError);
  });

  it.each(['', 'UPPER', '-x', '_x', 'a b', 'a*', 'a/b', 'x'.repeat(101)])(
    'rejects the prefix %j',
    (prefix) => {
      expect(() => indexNames(prefix)).toThrow(SearchConfigError);
    },
  );
});
