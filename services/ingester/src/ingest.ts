import {
  encodeMessage,
  HEADERS,
  SCHEMA_VERSION,
  toRawArticle,
  type FeedConfig,
  type FieldIssue,
  type RawArticle,
  type Submission,
  type TopicNames,
} from '@newsflow/contracts';
import { mayWriteSource } from '@newsflow/feeds';
import { HttpProblem } from '@newsflow/http';
import { KafkaUnavailableError, type Publisher } from '@newsflow/kafka';
import { articleLogger, Counter, Histogram, type Logger, type Registry } from '@newsflow/observability';

/** Seconds a feed should wait before retrying when Kafka did not take its articles. */
export const RETRY_AFTER_SECONDS = 5;

export type Prepared =
  | { readonly ok: true; readonly article: RawArticle }
  | {
      readonly ok: false;
      readonly code: 'NEWSFLOW_HTTP_FORBIDDEN';
      readonly detail: string;
      readonly errors: FieldIssue[];
    };

/**
 * The raw-topic message for a feed's submission, or why the feed may not write it. A page without a
 * `source` gets the feed's only allowed source, when it has exactly one.
 */
export function prepare(feed: FeedConfig, submission: Submission, receivedAt: Date): Prepared {
  let effective = submission;
  if (submission.kind !== 'article' && submission.params.source === undefined) {
    const only = feed.sources.length === 1 && feed.sources[0] !== '*' ? feed.sources[0] : undefined;
    if (only) effective = { ...submission, params: { ...submission.params, source: only } };
  }
  const article = toRawArticle(effective, { feedId: feed.id, receivedAt });
  if (!mayWriteSource(feed, article.source)) {
    const pointer = submission.kind === 'article' ? '/source' : '/source (query parameter)';
    return {
      ok: false,
      code: 'NEWSFLOW_HTTP_FORBIDDEN',
      detail: `feed "${feed.id}" may not write source "${article.source}"`,
      errors: [{ pointer, message: `expected one of the feed's sources: ${feed.sources.join(', ')}` }],
    };
  }
  return { ok: true, article };
}

export interface Outgoing {
  readonly article: RawArticle;
  readonly correlationId: string;
}

export interface Ingest {
  /** Publishes in one Kafka request; resolves once Kafka has them all, or throws a 503 problem. */
  publish(items: readonly Outgoing[]): Promise<void>;
  readonly inFlight: () => number;
}

export interface IngestOptions {
  readonly publisher: Publisher;
  readonly topics: TopicNames;
  readonly logger: Logger;
  readonly metrics: Registry;
  /** Articles waiting for Kafka at most; more are refused with 503 at once. */
  readonly maxInFlight: number;
}

/** The one path every article takes to the raw topic: pushed, batched or polled. */
export function createIngest(options: IngestOptions): Ingest {
  const { publisher, topics, logger } = options;
  const accepted = new Counter({
    name: 'newsflow_ingest_accepted_total',
    help: 'Articles acknowledged by Kafka',
    labelNames: ['feed'],
    registers: [options.metrics],
  });
  const unavailable = new Counter({
    name: 'newsflow_ingest_unavailable_total',
    help: 'Articles refused with 503 because Kafka did not acknowledge them or too many were waiting',
    labelNames: ['feed'],
    registers: [options.metrics],
  });
  const ackLatency = new Histogram({
    name: 'newsflow_ingest_ack_seconds',
    help: 'Time from publish to Kafka acknowledgement',
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [options.metrics],
  });
  let inFlight = 0;

  const countUnavailable = (items: readonly Outgoing[]): void => {
    for (const item of items) unavailable.inc({ feed: item.article.feedId });
  };

  return {
    inFlight: () => inFlight,
    publish: async (items) => {
      if (items.length === 0) return;
      if (inFlight + items.length > options.maxInFlight) {
        countUnavailable(items);
        throw HttpProblem.of(
          'NEWSFLOW_HTTP_UNAVAILABLE',
          `${inFlight} articles are waiting for Kafka; retry later`,
          { retryAfterSeconds: 1 },
        );
      }
      inFlight += items.length;
      const stopTimer = ackLatency.startTimer();
      try {
        await publisher.publish(
          topics.raw,
          items.map(({ article, correlationId }) => ({
            key: article.id,
            value: encodeMessage(article),
            headers: {
              [HEADERS.correlationId]: correlationId,
              [HEADERS.schemaVersion]: String(SCHEMA_VERSION),
              [HEADERS.feedId]: article.feedId,
              [HEADERS.articleId]: article.id,
            },
          })),
        );
      } catch (error) {
        if (!(error instanceof KafkaUnavailableError)) throw error;
        countUnavailable(items);
        const backpressure = error.code === 'NEWSFLOW_KAFKA_BACKPRESSURE';
        throw HttpProblem.of(
          'NEWSFLOW_HTTP_UNAVAILABLE',
          backpressure
            ? 'too many articles are waiting for Kafka; retry later'
            : 'Kafka did not acknowledge the articles; retry later',
          {
            retryAfterSeconds: backpressure ? 1 : RETRY_AFTER_SECONDS,
            cause: error,
          },
        );
      } finally {
        inFlight -= items.length;
        stopTimer();
      }
      for (const { article, correlationId } of items) {
        accepted.inc({ feed: article.feedId });
        articleLogger(logger, { articleId: article.id, correlationId, feedId: article.feedId }).info(
          { revision: article.revision, format: article.content.format, source: article.source },
          'article accepted',
        );
      }
    },
  };
}
