import type { estypes } from '@elastic/elasticsearch';
import type { IndexNames } from './names.js';

/**
 * Version of the mapping below, stored in the template's `_meta`. Raise it whenever a field changes;
 * an additive change reaches existing indices through `ensureIndex`, anything else needs a reindex.
 */
export const MAPPING_VERSION = 1;

/** Keyword compared case-insensitively: `source:reuters` finds "Reuters". */
const FOLDED = { type: 'keyword', normalizer: 'newsflow_folded', ignore_above: 512 } as const;

/** A facet value: exact keyword for aggregations, plus a folded copy for case-insensitive filters. */
const facetKeyword = (): estypes.MappingProperty => ({
  type: 'keyword',
  ignore_above: 512,
  fields: { folded: FOLDED },
});

/** An entity name: exact (facets, filters by canonical name), folded, and words (a partial name). */
const entityName = (): estypes.MappingProperty => ({
  type: 'keyword',
  ignore_above: 512,
  fields: { folded: FOLDED, text: { type: 'text', analyzer: 'standard' } },
});

/**
 * Article text: English analysis for recall, with the exact form (standard analyzer, stop words
 * kept) beside it for phrases and exact matches. Offsets in the postings make highlighting cheap.
 */
const articleText = (): estypes.MappingProperty => ({
  type: 'text',
  analyzer: 'newsflow_english',
  index_options: 'offsets',
  fields: { exact: { type: 'text', analyzer: 'standard', index_options: 'offsets' } },
});

const DATE = { type: 'date', format: 'strict_date_optional_time||epoch_millis' } as const;

/** The mapping of one monthly index. Strict: a field it does not know fails the write loudly. */
export const ARTICLE_MAPPING: estypes.MappingTypeMapping = {
  dynamic: 'strict',
  _meta: { mappingVersion: MAPPING_VERSION },
  properties: {
    schemaVersion: { type: 'integer' },
    id: { type: 'keyword' },
    revision: { type: 'long' },
    feedId: { type: 'keyword' },
    source: facetKeyword(),
    url: { type: 'keyword', ignore_above: 4096 },
    externalId: { type: 'keyword', ignore_above: 512 },
    title: articleText(),
    body: articleText(),
    authors: facetKeyword(),
    tags: facetKeyword(),
    publisherTags: facetKeyword(),
    hashtags: facetKeyword(),
    language: {
      properties: { code: { type: 'keyword' }, confidence: { type: 'float' } },
    },
    /** One nested document per entity, so a type and a name can be matched together. */
    entities: {
      type: 'nested',
      properties: {
        type: { type: 'keyword' },
        name: { type: 'keyword', ignore_above: 512 },
        count: { type: 'integer' },
        salience: { type: 'float' },
        /** Kept in _source for highlighting in the article view; never searched. */
        mentions: { type: 'object', enabled: false },
      },
    },
    /** Canonical entity names per type, for facets and filters without nested queries. */
    entityNames: {
      properties: {
        person: entityName(),
        org: entityName(),
        location: entityName(),
        all: entityName(),
      },
    },
    keywords: {
      properties: {
        text: facetKeyword(),
        score: { type: 'float' },
      },
    },
    fingerprint: {
      properties: {
        simhash: { type: 'keyword' },
        bands: { type: 'keyword' },
        /** The simhash's 16 positioned nibbles: how near-duplicates are found (see duplicates.ts). */
        nibbles: { type: 'keyword' },
        /** The near-duplicate group, single valued, so results can be collapsed on it. */
        dupKey: { type: 'keyword' },
      },
    },
    publishedAt: DATE,
    receivedAt: DATE,
    enrichedAt: DATE,
    enrichmentVersion: { type: 'keyword' },
    correlationId: { type: 'keyword' },
  },
};

/**
 * Only what Elasticsearch's server itself provides: our build has no analysis-common module, so no
 * `english` analyzer, stemmer or asciifolding. English here is lowercase plus English stop words.
 */
export const ARTICLE_ANALYSIS: estypes.IndicesIndexSettingsAnalysis = {
  analyzer: {
    newsflow_english: { type: 'custom', tokenizer: 'standard', filter: ['lowercase', 'stop'] },
  },
  normalizer: {
    newsflow_folded: { type: 'custom', filter: ['lowercase'] },
  },
};

export interface IndexSettingsOptions {
  /** Primary shards per monthly index. Default 1: a month of news is small. */
  readonly shards?: number;
  /** Replicas per shard. Default 0, right for one node; set 1 or more on a cluster. */
  readonly replicas?: number;
}

/** The composable index template: mapping, settings, and the alias every monthly index joins. */
export function articleTemplate(
  names: IndexNames,
  options: IndexSettingsOptions = {},
): estypes.IndicesPutIndexTemplateRequest {
  return {
    name: names.template,
    index_patterns: [names.pattern],
    priority: 100,
    _meta: { mappingVersion: MAPPING_VERSION, managedBy: '@newsflow/search' },
    template: {
      settings: {
        number_of_shards: options.shards ?? 1,
        number_of_replicas: options.replicas ?? 0,
        analysis: ARTICLE_ANALYSIS,
      },
      mappings: ARTICLE_MAPPING,
      aliases: { [names.alias]: {} },
    },
  };
}
