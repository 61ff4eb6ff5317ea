import { EnrichedArticle, parseWith, type EntityType } from '@newsflow/contracts';
import { simhashNibbles } from './duplicates.js';

/** Lowercase entity type as used in field names, facets and the query language. */
export type EntityKind = 'person' | 'org' | 'location';

export const ENTITY_KINDS: readonly EntityKind[] = ['person', 'org', 'location'];

export const KIND_OF_TYPE: Readonly<Record<EntityType, EntityKind>> = {
  PERSON: 'person',
  ORG: 'org',
  LOCATION: 'location',
};

export const TYPE_OF_KIND: Readonly<Record<EntityKind, EntityType>> = {
  person: 'PERSON',
  org: 'ORG',
  location: 'LOCATION',
};

/** The article as stored in Elasticsearch: the enriched article plus fields derived for search. */
export type SearchDocument = EnrichedArticle & {
  entityNames: Record<EntityKind | 'all', string[]>;
  fingerprint: EnrichedArticle['fingerprint'] & { nibbles: string[]; dupKey: string };
};

/** Fields only the index has; `fromDocument` drops them. */
function uniqueSorted(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

/** `duplicateGroup`: the article's near-duplicate group (see duplicates.ts); its own id when alone. */
export function toDocument(article: EnrichedArticle, duplicateGroup: string = article.id): SearchDocument {
  const byKind: Record<EntityKind, string[]> = { person: [], org: [], location: [] };
  for (const entity of article.entities) byKind[KIND_OF_TYPE[entity.type]].push(entity.name);
  return {
    ...article,
    entityNames: {
      person: uniqueSorted(byKind.person),
      org: uniqueSorted(byKind.org),
      location: uniqueSorted(byKind.location),
      all: uniqueSorted(article.entities.map((e) => e.name)),
    },
    fingerprint: {
      ...article.fingerprint,
      nibbles: simhashNibbles(article.fingerprint.simhash),
      dupKey: duplicateGroup,
    },
  };
}

/** Reads a stored document back into the contract shape; throws a ContractError if it is not one. */
export function fromDocument(source: unknown): EnrichedArticle {
  let value = source;
  if (source !== null && typeof source === 'object') {
    const { entityNames: _names, fingerprint, ...rest } = source as Record<string, unknown>;
    value = rest;
    if (fingerprint !== null && typeof fingerprint === 'object') {
      const { dupKey: _dupKey, nibbles: _nibbles, ...print } = fingerprint as Record<string, unknown>;
      value = { ...rest, fingerprint: print };
    }
  }
  return parseWith(EnrichedArticle, value, 'stored article');
}
