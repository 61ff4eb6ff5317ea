import type { estypes } from '@elastic/elasticsearch';
import type { LeafNode, QueryField, QueryNode } from './parser.js';

type Query = estypes.QueryDslQueryContainer;

/** Unscoped words: stemmed and exact title and body, and entity names. */
const TEXT_FIELDS = ['title^3', 'title.exact^3', 'body', 'body.exact', 'entityNames.all.text^2'];
/** Phrases and prefixes run on the exact (unstemmed, stop words kept) forms. */
const EXACT_FIELDS = ['title.exact^3', 'body.exact'];

const MAX_PREFIX_EXPANSIONS = 50;

export const MATCH_ALL: Query = { match_all: {} };

/** Keyword fields the query language can scope to, through their case-folded copy. */
const KEYWORD_FIELDS: Partial<Record<QueryField, string>> = {
  source: 'source.folded',
  tag: 'tags.folded',
  keyword: 'keywords.text.folded',
  author: 'authors.folded',
};

const ENTITY_FIELDS: Partial<Record<QueryField, string>> = {
  entity: 'entityNames.all',
  person: 'entityNames.person',
  org: 'entityNames.org',
  location: 'entityNames.location',
};

function textLeaf(node: LeafNode, field: 'title' | 'body' | undefined): Query {
  const stemmed = field === undefined ? TEXT_FIELDS : [field, `${field}.exact`];
  const exact = field === undefined ? EXACT_FIELDS : [`${field}.exact`];
  switch (node.kind) {
    case 'term':
      return {
        multi_match: {
          query: node.text,
          fields: stemmed,
          type: 'best_fields',
          operator: 'and',
          tie_breaker: 0.3,
        },
      };
    case 'phrase':
      return { multi_match: { query: node.text, fields: exact, type: 'phrase' } };
    case 'prefix':
      return {
        multi_match: {
          query: node.text,
          fields: exact,
          type: 'phrase_prefix',
          max_expansions: MAX_PREFIX_EXPANSIONS,
        },
      };
  }
}

/** A canonical name, case-insensitively, or a part of it as words ("putin" finds "Vladimir Putin"). */
function entityLeaf(node: LeafNode, base: string): Query {
  if (node.kind === 'prefix') {
    return {
      bool: {
        should: [
          { prefix: { [`${base}.folded`]: { value: node.text, case_insensitive: true } } },
          {
            match_phrase_prefix: {
              [`${base}.text`]: { query: node.text, max_expansions: MAX_PREFIX_EXPANSIONS },
            },
          },
        ],
        minimum_should_match: 1,
      },
    };
  }
  return {
    bool: {
      should: [
        { term: { [`${base}.folded`]: { value: node.text, boost: 2 } } },
        { match_phrase: { [`${base}.text`]: node.text } },
      ],
      minimum_should_match: 1,
    },
  };
}

function keywordLeaf(node: LeafNode, field: string): Query {
  if (node.kind === 'prefix') return { prefix: { [field]: { value: node.text, case_insensitive: true } } };
  return { term: { [field]: { value: node.text } } };
}

function leafQuery(node: LeafNode): Query {
  const field = node.field;
  if (field === undefined || field === 'title' || field === 'body') return textLeaf(node, field);
  const entityBase = ENTITY_FIELDS[field];
  if (entityBase !== undefined) return entityLeaf(node, entityBase);
  if (field === 'feed') return keywordLeaf(node, 'feedId');
  if (field === 'language') return keywordLeaf({ ...node, text: node.text.toLowerCase() }, 'language.code');
  return keywordLeaf(node, KEYWORD_FIELDS[field] ?? 'source.folded');
}

/** Translates a parsed query to Elasticsearch's query DSL. */
export function toEsQuery(node: QueryNode): Query {
  switch (node.kind) {
    case 'all':
      return MATCH_ALL;
    case 'term':
    case 'phrase':
    case 'prefix':
      return leafQuery(node);
    case 'not':
      return { bool: { must_not: [toEsQuery(node.child)] } };
    case 'or':
      return { bool: { should: node.children.map(toEsQuery), minimum_should_match: 1 } };
    case 'and': {
      const must: Query[] = [];
      const mustNot: Query[] = [];
      for (const child of node.children) {
        if (child.kind === 'not') mustNot.push(toEsQuery(child.child));
        else if (child.kind !== 'all') must.push(toEsQuery(child));
      }
      if (must.length === 0) must.push(MATCH_ALL);
      return { bool: mustNot.length > 0 ? { must, must_not: mustNot } : { must } };
    }
  }
}
