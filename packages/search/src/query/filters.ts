import type { estypes } from '@elastic/elasticsearch';
import { toEsQuery, MATCH_ALL } from './dsl.js';
import { parseQuery } from './parser.js';
import type { SearchFilters } from './params.js';

type Query = estypes.QueryDslQueryContainer;

function nonEmpty(values: readonly string[] | undefined): string[] {
  return (values ?? []).map((v) => v.trim()).filter((v) => v.length > 0);
}

/** Filter clauses (no scoring) for everything but `q`. */
export function filterClauses(filters: SearchFilters): Query[] {
  const clauses: Query[] = [];
  for (const entity of filters.entities ?? []) {
    const field = `entityNames.${entity.kind ?? 'all'}.folded`;
    clauses.push({ term: { [field]: { value: entity.name } } });
  }
  for (const keyword of nonEmpty(filters.keywords)) {
    clauses.push({ term: { 'keywords.text.folded': { value: keyword } } });
  }
  const anyOf = (field: string, values: string[]): void => {
    if (values.length > 0) clauses.push({ terms: { [field]: values } });
  };
  anyOf('source.folded', nonEmpty(filters.sources));
  anyOf('feedId', nonEmpty(filters.feeds));
  anyOf(
    'language.code',
    nonEmpty(filters.languages).map((l) => l.toLowerCase()),
  );
  anyOf('tags.folded', nonEmpty(filters.tags));
  if (filters.from !== undefined || filters.to !== undefined) {
    const range: estypes.QueryDslDateRangeQuery = {};
    if (filters.from !== undefined) range.gte = filters.from;
    if (filters.to !== undefined) range.lte = filters.to;
    clauses.push({ range: { publishedAt: range } });
  }
  return clauses;
}

/** The whole query: `q` parsed and scored, the rest as filters. Throws QuerySyntaxError for a malformed `q`. */
export function buildQuery(filters: SearchFilters): Query {
  const text = filters.q?.trim() ?? '';
  const must = text.length > 0 ? toEsQuery(parseQuery(text)) : MATCH_ALL;
  const filter = filterClauses(filters);
  return filter.length === 0 ? must : { bool: { must: [must], filter } };
}
