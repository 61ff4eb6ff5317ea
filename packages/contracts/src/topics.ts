/** Kafka topics and Elasticsearch names derive from one prefix, so a test or a second stack can run beside another. */
export interface TopicNames {
  readonly raw: string;
  readonly enriched: string;
  readonly deadLetter: string;
}

export const DEFAULT_PREFIX = 'newsflow';

export function topicNames(prefix: string = DEFAULT_PREFIX): TopicNames {
  return Object.freeze({
    raw: `${prefix}.articles.raw`,
    enriched: `${prefix}.articles.enriched`,
    deadLetter: `${prefix}.deadletter`,
  });
}

/** Kafka message headers; consumers carry them forward. */
export const HEADERS = Object.freeze({
  correlationId: 'x-correlation-id',
  schemaVersion: 'x-schema-version',
  feedId: 'x-feed-id',
  articleId: 'x-article-id',
  /**
   * Set by `newsflow reprocess` on a raw message re-published for re-enrichment; the enricher carries
   * it to the enriched message, and the indexer then overwrites the same revision in place.
   */
  reprocess: 'x-reprocess',
  /** Set by `newsflow dlq replay`: "<dead-letter topic>:<partition>:<offset>" of the letter replayed. */
  replayedFrom: 'x-dlq-replayed-from',
});
