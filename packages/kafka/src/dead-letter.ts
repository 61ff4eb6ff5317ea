import { SCHEMA_VERSION, HEADERS, encodeMessage, type DeadLetter } from '@newsflow/contracts';
import type { ConsumedMessage } from './consumer-runner.js';
import type { OutgoingMessage } from './publisher.js';

export interface FailureReason {
  readonly code: string;
  readonly message: string;
  readonly details?: unknown;
}

export interface FailureHistory {
  readonly service: string;
  readonly attempts: number;
  readonly firstFailedAt: Date;
  readonly lastFailedAt?: Date;
  readonly articleId?: string | undefined;
}

/** The dead-letter envelope for a message: its origin, its bytes untouched, and why it failed. */
export function deadLetterFor(
  message: ConsumedMessage,
  reason: FailureReason,
  history: FailureHistory,
): DeadLetter {
  const correlationId = message.headers[HEADERS.correlationId];
  const articleId = history.articleId ?? message.headers[HEADERS.articleId] ?? message.key ?? undefined;
  return {
    schemaVersion: SCHEMA_VERSION,
    origin: {
      topic: message.topic,
      partition: message.partition,
      offset: message.offset,
      key: message.key,
      headers: { ...message.headers },
      timestamp: /^\d+$/.test(message.timestamp) ? message.timestamp : null,
    },
    payload: (message.value ?? Buffer.alloc(0)).toString('base64'),
    error: reason.details === undefined ? { code: reason.code, message: reason.message } : { ...reason },
    attempts: history.attempts,
    firstFailedAt: history.firstFailedAt.toISOString(),
    lastFailedAt: (history.lastFailedAt ?? history.firstFailedAt).toISOString(),
    service: history.service,
    ...(correlationId ? { correlationId } : {}),
    ...(articleId ? { articleId } : {}),
  };
}

/** Dead letters are keyed like the original, so one article's failures stay in order. */
export function deadLetterMessage(letter: DeadLetter): OutgoingMessage {
  return {
    key: letter.origin.key,
    value: encodeMessage(letter),
    headers: {
      [HEADERS.schemaVersion]: String(SCHEMA_VERSION),
      ...(letter.correlationId ? { [HEADERS.correlationId]: letter.correlationId } : {}),
      ...(letter.articleId ? { [HEADERS.articleId]: letter.articleId } : {}),
    },
  };
}
