import type { estypes } from '@elastic/elasticsearch';
import { ENTITY_KINDS, type EntityKind } from '../document.js';
import type { IndexNames } from '../names.js';

export interface EntitySuggestion {
  readonly name: string;
  readonly type: EntityKind;
  /** Articles that mention it. */
  readonly count: number;
}

const REGEX_SPECIAL = /[.?+*|{}[\]()"\\#@&<>~]/;

/**
 * A Lucene regular expression matching names where a word starts with `prefix`, ignoring case:
 * "pu" → `(.* )?[pP][uU].*`, so "Vladimir Putin" matches. Terms aggregations have no case-insensitive flag.
 */
export function prefixPattern(prefix: string): string {
  let pattern = '';
  for (const char of prefix) {
    const lower = char.toLowerCase();
    const upper = char.toUpperCase();
    if (lower !== upper) pattern += `[${lower}${upper}]`;
    else pattern += REGEX_SPECIAL.test(char) ? `\\${char}` : char;
  }
  return `(.* )?${pattern}.*`;
}

/** Top entity names of a type (or of every type) starting with `prefix`, by number of articles. */
export function entitiesRequest(
  options: { prefix: string; kind: EntityKind | 'all'; size: number },
  names: IndexNames,
): estypes.SearchRequest {
  const kinds = options.kind === 'all' ? ENTITY_KINDS : [options.kind];
  const prefix = options.prefix.trim();
  const aggs: Record<string, estypes.AggregationsAggregationContainer> = {};
  for (const kind of kinds) {
    aggs[kind] = {
      terms: {
        field: `entityNames.${kind}`,
        size: options.size,
        ...(prefix.length > 0 ? { include: prefixPattern(prefix) } : {}),
      },
    };
  }
  return { index: names.alias, size: 0, track_total_hits: false, aggs };
}

export function toEntitySuggestions(
  response: estypes.SearchResponse<unknown>,
  size: number,
): EntitySuggestion[] {
  const suggestions: EntitySuggestion[] = [];
  for (const kind of ENTITY_KINDS) {
    const buckets = (response.aggregations?.[kind] as estypes.AggregationsStringTermsAggregate | undefined)
      ?.buckets;
    if (!Array.isArray(buckets)) continue;
    for (const bucket of buckets)
      suggestions.push({ name: String(bucket.key), type: kind, count: bucket.doc_count });
  }
  return suggestions.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)).slice(0, size);
}
