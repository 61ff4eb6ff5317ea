import { ENTITY_KINDS, type EntityKind } from '../document.js';

export type SortOrder = 'relevance' | 'newest';
export const SORT_ORDERS: readonly SortOrder[] = ['relevance', 'newest'];

export const DEFAULT_SIZE = 10;
export const MAX_SIZE = 100;
/** Elasticsearch's default index.max_result_window: offset paging (collapsed results) stops there. */
export const MAX_WINDOW = 10_000;

/** An entity by canonical name, optionally of one type: `person:Vladimir Putin`. */
export interface EntityFilter {
  readonly kind?: EntityKind;
  readonly name: string;
}

/** What narrows a search; shared by search, trends and export. Lists of entities and keywords are ANDed, the others ORed. */
export interface SearchFilters {
  /** Full text in the query language (see parser.ts). */
  readonly q?: string | undefined;
  readonly entities?: readonly EntityFilter[] | undefined;
  readonly keywords?: readonly string[] | undefined;
  readonly sources?: readonly string[] | undefined;
  readonly feeds?: readonly string[] | undefined;
  readonly languages?: readonly string[] | undefined;
  readonly tags?: readonly string[] | undefined;
  /** Inclusive bounds on publishedAt: ISO 8601 date or date-time. */
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}

export interface SearchParams extends SearchFilters {
  /** Default relevance (with newest first among equals). */
  readonly sort?: SortOrder | undefined;
  /** Default 10, at most 100. */
  readonly size?: number | undefined;
  /** Opaque, from a previous response's nextCursor with the same sort and collapse. */
  readonly cursor?: string | undefined;
  /** Facet counts and a timeline over all matches. Default true. */
  readonly facets?: boolean | undefined;
  /** One result per group of near-duplicates, with the number of copies. Default false. */
  readonly collapse?: boolean | undefined;
}

/** `person:Vladimir Putin` → { kind: 'person', name: 'Vladimir Putin' }; `Vladimir Putin` → { name }. */
export function parseEntityFilter(value: string): EntityFilter {
  const colon = value.indexOf(':');
  if (colon > 0) {
    const kind = value.slice(0, colon).trim().toLowerCase();
    const name = value.slice(colon + 1).trim();
    if ((ENTITY_KINDS as readonly string[]).includes(kind) && name.length > 0) {
      return { kind: kind as EntityKind, name };
    }
  }
  return { name: value.trim() };
}
