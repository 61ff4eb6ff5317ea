import {
  deadLetterFor,
  deadLetterMessage,
  KafkaUnavailableError,
  type OutgoingMessage,
  type Publisher,
} from '@newsflow/kafka';
import type { Logger } from '@newsflow/observability';
import type { BatchOutcome } from './process-batch.js';

/** Kafka refused the messages themselves (too large, invalid record): sending them again cannot help. */
export function isPermanentPublishError(error: unknown): boolean {
  let cause: unknown = error instanceof KafkaUnavailableError ? error.cause : undefined;
  for (let depth = 0; cause instanceof Error && depth < 5; depth += 1) {
    const { name, retriable, type } = cause as Error & { retriable?: boolean; type?: string };
    if (name === 'KafkaJSProtocolError' && retriable === false) return true;
    if (type === 'MESSAGE_TOO_LARGE' || type === 'RECORD_LIST_TOO_LARGE' || type === 'INVALID_RECORD')
      return true;
    cause = cause.cause;
  }
  return false;
}

export interface PublishTopics {
  readonly enriched: string;
  readonly deadLetter: string;
}

/**
 * Publishes a batch's enriched articles and dead letters in one request. When Kafka refuses the request
 * for good, each enriched article is sent alone, and the ones Kafka refuses become dead letters of their
 * raw message (without its bytes if even those are refused). Failures of Kafka itself are thrown, to be retried.
 * Returns how many articles ended dead-lettered here.
 */
export async function publishOutcome(
  publisher: Publisher,
  topics: PublishTopics,
  outcome: BatchOutcome,
  logger: Logger,
  now: () => Date,
): Promise<number> {
  try {
    await publisher.publishMany([
      { topic: topics.enriched, messages: outcome.enriched },
      { topic: topics.deadLetter, messages: outcome.deadLetters },
    ]);
    return 0;
  } catch (error) {
    if (!isPermanentPublishError(error)) throw error;
    logger.warn({ err: error }, 'Kafka refused the batch; publishing its articles one by one');
  }
  let refused = 0;
  await publisher.publish(topics.deadLetter, outcome.deadLetters);
  for (const [index, message] of outcome.enriched.entries()) {
    const source = outcome.sources[index]!;
    try {
      await publisher.publish(topics.enriched, [message]);
      continue;
    } catch (error) {
      if (!isPermanentPublishError(error)) throw error;
      refused += 1;
      const reason = {
        code: 'NEWSFLOW_ENRICH_PUBLISH_REJECTED',
        message: `Kafka refused the enriched article: ${error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error)}`,
        details: { enrichedBytes: message.value.length },
      };
      const letter = deadLetterFor(source, reason, {
        service: 'enricher',
        attempts: 1,
        firstFailedAt: now(),
      });
      logger.error({ articleId: source.key, code: reason.code }, 'article dead-lettered');
      try {
        await publisher.publish(topics.deadLetter, [deadLetterMessage(letter)]);
      } catch (letterError) {
        if (!isPermanentPublishError(letterError)) throw letterError;
        const small: OutgoingMessage = deadLetterMessage({
          ...letter,
          payload: '',
          error: {
            ...reason,
            details: { ...reason.details, payloadOmitted: true, rawBytes: source.value?.length ?? 0 },
          },
        });
        await publisher.publish(topics.deadLetter, [small]);
      }
    }
  }
  return refused;
}
