import type { IHeaders } from 'kafkajs';

/** Kafka headers as plain strings: what every consumer here works with. */
export function decodeHeaders(headers: IHeaders | undefined): Record<string, string> {
  const decoded: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value === undefined) continue;
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) decoded[name] = Buffer.isBuffer(first) ? first.toString('utf8') : String(first);
  }
  return decoded;
}

/**
 * Headers the pipeline adds on top of the contract's HEADERS (candidates to move there).
 * - reprocess: set by `newsflow reprocess` on a raw message re-published for re-enrichment; the enricher
 *   carries it to the enriched message, and the indexer then overwrites the same revision in place.
 * - replayedFrom: set by `newsflow dlq replay`: "<dead-letter topic>:<partition>:<offset>" of the letter.
 */
export const PIPELINE_HEADERS = Object.freeze({
  reprocess: 'x-reprocess',
  replayedFrom: 'x-dlq-replayed-from',
});
