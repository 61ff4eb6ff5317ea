import {
  ContractError,
  decodeMessage,
  EnrichedArticle,
  HEADERS,
} from '@newsflow/contracts';
import {
  backoffDelay,
  waitWhileActive,
  deadLetterFor,
  deadLetterMessage,
  type BatchContext,
  type ConsumedMessage,
  type OutgoingMessage,
} from '@newsflow/kafka';
import { articleLogger, type Logger } from '@newsflow/observability';

/** What Elasticsearch said about one document of a bulk request. */
export type ItemOutcome =
  | { readonly kind: 'indexed' }
  | { readonly kind: 'stale' }
  | { readonly kind: 'retriable'; readonly status: number; readonly type: string; readonly reason: string }
  | { readonly kind: 'permanent'; readonly status: number; readonly type: string; readonly reason: string };

/** Writes documents in one bulk request; one outcome per article, in order. Throws when Elasticsearch cannot be reached. */
export type BulkWrite = (articles: readonly EnrichedArticle[]) => Promise<ItemOutcome[]>;

export interface IndexBatchOptions {
  readonly bulkWrite: BulkWrite;
  readonly bulkSize: number;
  readonly maxBackoffMs: number;
  readonly logger: Logger;
  readonly now: () => Date;
}

export interface IndexBatchResult {
  readonly indexed: number;
  readonly stale: number;
  readonly deadLetters: OutgoingMessage[];
}

interface Pending {
  readonly message: ConsumedMessage;
  readonly article: EnrichedArticle;
  attempts: number;
  firstFailedAt?: Date;
}

/**
 * Indexes a batch so that every message ends indexed, stale (a newer revision is already there) or
 * dead-lettered. Every item of every bulk response is read: retriable failures (429, 5xx) are retried
 * with backoff for as long as the consumer owns the partition; permanent ones become dead letters.
 */
export async function indexBatch(
  messages: readonly ConsumedMessage[],
  context: BatchContext,
  options: IndexBatchOptions,
): Promise<IndexBatchResult> {
  const { logger } = options;
  const deadLetters: OutgoingMessage[] = [];
  let pending: Pending[] = [];
  for (const message of messages) {
    try {
      pending.push({ message, article: decodeMessage(EnrichedArticle, message.value, 'enriched article'), attempts: 0 });
    } catch (error) {
      const reason =
        error instanceof ContractError
          ? { code: error.code, message: error.message, details: error.issues }
          : { code: 'NEWSFLOW_INDEX_UNREADABLE', message: String(error) };
      logFor(logger, message).error({ code: reason.code, offset: message.offset }, 'article dead-lettered');
      deadLetters.push(
        deadLetterMessage(deadLetterFor(message, reason, { service: 'indexer', attempts: 1, firstFailedAt: options.now() })),
      );
    }
  }

  let indexed = 0;
  let stale = 0;
  for (let round = 1; pending.length > 0; round += 1) {
    const retry: Pending[] = [];
    for (let start = 0; start < pending.length; start += options.bulkSize) {
      const chunk = pending.slice(start, start + options.bulkSize);
      const outcomes = await writeUntilReachable(chunk, context, options);
      chunk.forEach((item, index) => {
        const outcome = outcomes[index] ?? { kind: 'retriable', status: 0, type: 'missing_item', reason: 'no item in the bulk response' };
        item.attempts += 1;
        const log = logFor(logger, item.message);
        switch (outcome.kind) {
          case 'indexed':
            indexed += 1;
            log.info({ revision: item.article.revision }, 'article indexed');
            return;
          case 'stale':
            stale += 1;
            log.info({ revision: item.article.revision }, 'article skipped: the index has this revision or a newer one');
            return;
          case 'retriable':
            item.firstFailedAt ??= options.now();
            retry.push(item);
            return;
          case 'permanent':
            log.error({ status: outcome.status, type: outcome.type, reason: outcome.reason }, 'article dead-lettered');
            deadLetters.push(
              deadLetterMessage(
                deadLetterFor(
                  item.message,
                  { code: 'NEWSFLOW_INDEX_REJECTED', message: outcome.reason, details: { status: outcome.status, type: outcome.type } },
                  {
                    service: 'indexer',
                    attempts: item.attempts,
                    firstFailedAt: item.firstFailedAt ?? options.now(),
                    lastFailedAt: options.now(),
                    articleId: item.article.id,
                  },
                ),
              ),
            );
            return;
        }
      });
    }
    pending = retry;
    if (pending.length > 0) {
      const delayMs = backoffDelay(round, { maxMs: options.maxBackoffMs });
      logger.warn({ items: pending.length, round, delayMs }, 'bulk items refused for now, retrying');
      await waitWhileActive(delayMs, context);
    }
  }
  return { indexed, stale, deadLetters };
}

function logFor(logger: Logger, message: ConsumedMessage): Logger {
  return articleLogger(logger, {
    articleId: message.headers[HEADERS.articleId] ?? message.key ?? undefined,
    correlationId: message.headers[HEADERS.correlationId],
  });
}

/** Retries a bulk request while Elasticsearch is unreachable, holding the partition (nothing is committed). */
async function writeUntilReachable(
  chunk: readonly Pending[],
  context: BatchContext,
  options: IndexBatchOptions,
): Promise<ItemOutcome[]> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await options.bulkWrite(chunk.map((item) => item.article));
    } catch (error) {
      const delayMs = backoffDelay(attempt, { maxMs: options.maxBackoffMs });
      options.logger.warn({ err: error, attempt, delayMs }, 'Elasticsearch unreachable, retrying bulk');
      await waitWhileActive(delayMs, context);
    }
  }
}
