import { ContractError, decodeMessage, EnrichedArticle, HEADERS } from '@newsflow/contracts';
import {
  AbandonedBatch,
  backoffDelay,
  deadLetterFor,
  deadLetterMessage,
  waitWhileActive,
  type BatchContext,
  type ConsumedMessage,
  type FailureReason,
  type OutgoingMessage,
} from '@newsflow/kafka';
import { articleLogger, type Logger } from '@newsflow/observability';
import type { ArticleWrite } from '@newsflow/search';

/** What Elasticsearch said about one document of a bulk request. */
export type ItemOutcome =
  | { readonly kind: 'indexed' }
  | { readonly kind: 'stale' }
  | { readonly kind: 'retriable'; readonly status: number; readonly type: string; readonly reason: string }
  | { readonly kind: 'permanent'; readonly status: number; readonly type: string; readonly reason: string };

/** One document to write; `overwriteSameRevision` for a re-enrichment (`newsflow reprocess`). */
export type IndexItem = ArticleWrite;

/** Writes documents in one bulk request; one outcome per item, in order. Throws BulkRequestFailed when the request as a whole fails. */
export type BulkWrite = (items: readonly IndexItem[]) => Promise<ItemOutcome[]>;

/** A bulk request that failed as a whole: unreachable, timed out, 429/5xx (retriable) or refused (4xx). */
export class BulkRequestFailed extends Error {
  override readonly name = 'BulkRequestFailed';
  constructor(
    readonly retriable: boolean,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export interface IndexBatchOptions {
  readonly bulkWrite: BulkWrite;
  readonly bulkSize: number;
  readonly maxBackoffMs: number;
  /** Attempts of one document refused "for now" (429, 5xx item) before it is dead-lettered. */
  readonly maxAttempts: number;
  readonly logger: Logger;
  readonly now: () => Date;
  /**
   * Called when Elasticsearch cannot take a bulk at all and the partition was paused: must call
   * `resume` once Elasticsearch answers again. Without it (or without context.pause), the batch waits in place.
   */
  readonly onUnavailable?: (resume: () => void) => void;
}

export interface IndexBatchResult {
  readonly indexed: number;
  readonly stale: number;
  readonly retried: number;
  readonly deadLetters: OutgoingMessage[];
}

interface Pending {
  readonly message: ConsumedMessage;
  readonly item: IndexItem;
  attempts: number;
  firstFailedAt?: Date;
}

/**
 * Indexes a batch so that every message ends indexed, stale (a newer revision is already there) or
 * dead-lettered. Every item of every bulk response is read: items refused for now (429, 5xx) are retried
 * with exponential backoff and jitter, at most `maxAttempts` times, then dead-lettered; items refused for
 * good (mapping, parse) are dead-lettered at once with Elasticsearch's error. When Elasticsearch cannot
 * take a request at all, the partition is paused and the batch abandoned uncommitted: nothing is held in
 * memory meanwhile, and the batch is fetched again on resume (what was written already answers "stale").
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
      const article = decodeMessage(EnrichedArticle, message.value, 'enriched article');
      const overwriteSameRevision = message.headers[HEADERS.reprocess] !== undefined;
      pending.push({ message, item: { article, overwriteSameRevision }, attempts: 0 });
    } catch (error) {
      const reason =
        error instanceof ContractError
          ? { code: error.code, message: error.message, details: error.issues }
          : { code: 'NEWSFLOW_INDEX_UNREADABLE', message: String(error) };
      logFor(logger, message).error({ code: reason.code, offset: message.offset }, 'article dead-lettered');
      deadLetters.push(
        deadLetterMessage(
          deadLetterFor(message, reason, { service: 'indexer', attempts: 1, firstFailedAt: options.now() }),
        ),
      );
    }
  }

  const deadLetter = (item: Pending, reason: FailureReason): void => {
    logFor(logger, item.message).error(
      { code: reason.code, reason: reason.message, attempts: item.attempts },
      'article dead-lettered',
    );
    deadLetters.push(
      deadLetterMessage(
        deadLetterFor(item.message, reason, {
          service: 'indexer',
          attempts: Math.max(1, item.attempts),
          firstFailedAt: item.firstFailedAt ?? options.now(),
          lastFailedAt: options.now(),
          articleId: item.item.article.id,
        }),
      ),
    );
  };

  let indexed = 0;
  let stale = 0;
  let retried = 0;
  for (let round = 1; pending.length > 0; round += 1) {
    const retry: Pending[] = [];
    for (let start = 0; start < pending.length; start += options.bulkSize) {
      const chunk = pending.slice(start, start + options.bulkSize);
      for (const [item, outcome] of await writeChunk(chunk, context, options)) {
        item.attempts += 1;
        const log = logFor(logger, item.message);
        switch (outcome.kind) {
          case 'indexed':
            indexed += 1;
            log.info(
              { revision: item.item.article.revision, overwrite: item.item.overwriteSameRevision },
              'article indexed',
            );
            break;
          case 'stale':
            stale += 1;
            log.info(
              { revision: item.item.article.revision },
              'article skipped: the index has this revision or a newer one',
            );
            break;
          case 'retriable':
            item.firstFailedAt ??= options.now();
            if (item.attempts >= options.maxAttempts) {
              deadLetter(item, {
                code: 'NEWSFLOW_INDEX_RETRIES_EXHAUSTED',
                message: `refused ${item.attempts} times, last: ${outcome.reason}`,
                details: { status: outcome.status, type: outcome.type },
              });
            } else {
              retry.push(item);
            }
            break;
          case 'permanent':
            item.firstFailedAt ??= options.now();
            deadLetter(item, {
              code:
                outcome.type === 'request_rejected'
                  ? 'NEWSFLOW_INDEX_REQUEST_REJECTED'
                  : 'NEWSFLOW_INDEX_REJECTED',
              message: outcome.reason,
              details: { status: outcome.status, type: outcome.type },
            });
            break;
        }
      }
    }
    pending = retry;
    if (pending.length > 0) {
      retried += pending.length;
      const delayMs = backoffDelay(round, { maxMs: options.maxBackoffMs });
      logger.warn({ items: pending.length, round, delayMs }, 'bulk items refused for now, retrying');
      await waitWhileActive(delayMs, context);
    }
  }
  return { indexed, stale, retried, deadLetters };
}

function logFor(logger: Logger, message: ConsumedMessage): Logger {
  return articleLogger(logger, {
    articleId: message.headers[HEADERS.articleId] ?? message.key ?? undefined,
    correlationId: message.headers[HEADERS.correlationId],
  });
}

/**
 * One bulk request, with its items' outcomes. A request refused as a whole (4xx: one document made it
 * invalid) is split down to single documents, so only the culprit is dead-lettered. A request that
 * cannot be served (unreachable, 429, 5xx) pauses the partition when it can, else waits in place.
 */
async function writeChunk(
  chunk: readonly Pending[],
  context: BatchContext,
  options: IndexBatchOptions,
): Promise<Array<[Pending, ItemOutcome]>> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      const outcomes = await options.bulkWrite(chunk.map((p) => p.item));
      return chunk.map((item, index) => [
        item,
        outcomes[index] ?? {
          kind: 'retriable',
          status: 0,
          type: 'missing_item',
          reason: 'no item in the bulk response',
        },
      ]);
    } catch (error) {
      if (error instanceof BulkRequestFailed && !error.retriable) {
        if (chunk.length === 1) {
          return [
            [chunk[0]!, { kind: 'permanent', status: 400, type: 'request_rejected', reason: error.message }],
          ];
        }
        options.logger.warn(
          { err: error, items: chunk.length },
          'bulk request refused, writing its documents one by one',
        );
        const results: Array<[Pending, ItemOutcome]> = [];
        for (const item of chunk) results.push(...(await writeChunk([item], context, options)));
        return results;
      }
      if (!context.isActive())
        throw new AbandonedBatch('stopped or lost the partition during a bulk', { cause: error });
      if (context.pause && options.onUnavailable) {
        const resume = context.pause();
        options.logger.warn(
          { err: error },
          'Elasticsearch unavailable: partition paused until it answers again',
        );
        options.onUnavailable(resume);
        throw new AbandonedBatch('Elasticsearch unavailable, partition paused', { cause: error });
      }
      const delayMs = backoffDelay(attempt, { maxMs: options.maxBackoffMs });
      options.logger.warn({ err: error, attempt, delayMs }, 'Elasticsearch unreachable, retrying bulk');
      await waitWhileActive(delayMs, context);
    }
  }
}
