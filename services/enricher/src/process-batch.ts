import {
  ContractError,
  decodeMessage,
  encodeMessage,
  HEADERS,
  RawArticle,
  SCHEMA_VERSION,
  toEnrichedArticle,
  type EnrichedArticle,
} from '@newsflow/contracts';
import {
  deadLetterFor,
  deadLetterMessage,
  type ConsumedMessage,
  type OutgoingMessage,
} from '@newsflow/kafka';
import { enrich, ENRICHMENT_VERSION } from '@newsflow/nlp';
import { articleLogger, type Logger } from '@newsflow/observability';

export interface BatchOutcome {
  readonly enriched: OutgoingMessage[];
  /** The raw message each enriched message came from, same positions: to dead-letter it if Kafka refuses the result. */
  readonly sources: ConsumedMessage[];
  readonly deadLetters: OutgoingMessage[];
}

/**
 * Enriches a batch of raw messages. Pure apart from logging: a message that cannot be read or enriched
 * becomes a dead letter instead of stopping the stream. The enrichment is deterministic, so a failure
 * is final after one attempt: trying again would only fail again.
 */
export function processBatch(
  messages: readonly ConsumedMessage[],
  logger: Logger,
  now: () => Date,
): BatchOutcome {
  const enriched: OutgoingMessage[] = [];
  const sources: ConsumedMessage[] = [];
  const deadLetters: OutgoingMessage[] = [];
  for (const message of messages) {
    const correlationId = message.headers[HEADERS.correlationId];
    const log = articleLogger(logger, { articleId: message.key ?? undefined, correlationId });
    const started = performance.now();
    let article: EnrichedArticle;
    try {
      const raw = decodeMessage(RawArticle, message.value, 'raw article');
      article = toEnrichedArticle(raw, enrich(raw), {
        enrichedAt: now(),
        enrichmentVersion: ENRICHMENT_VERSION,
        correlationId,
      });
    } catch (error) {
      const reason =
        error instanceof ContractError
          ? { code: error.code, message: error.message, details: error.issues }
          : {
              code: 'NEWSFLOW_ENRICH_FAILED',
              message: error instanceof Error ? error.message : String(error),
            };
      log.error(
        { err: error, code: reason.code, offset: message.offset, partition: message.partition },
        'article dead-lettered',
      );
      deadLetters.push(
        deadLetterMessage(
          deadLetterFor(message, reason, { service: 'enricher', attempts: 1, firstFailedAt: now() }),
        ),
      );
      continue;
    }
    sources.push(message);
    enriched.push({
      key: article.id,
      value: encodeMessage(article),
      headers: {
        ...message.headers,
        [HEADERS.schemaVersion]: String(SCHEMA_VERSION),
        [HEADERS.articleId]: article.id,
      },
    });
    log.info(
      {
        revision: article.revision,
        language: article.language.code,
        entities: article.entities.length,
        keywords: article.keywords.length,
        ms: Math.round(performance.now() - started),
      },
      'article enriched',
    );
  }
  return { enriched, sources, deadLetters };
}
