import { parseUntrustedJson, DEFAULT_MAX_DEPTH } from './json.js';

export type BatchFormat = 'json' | 'ndjson';

export type BatchEntry =
  | { readonly index: number; readonly ok: true; readonly value: unknown }
  /** An item that is not JSON (a broken NDJSON line): rejected alone, the rest go on. */
  | { readonly index: number; readonly ok: false; readonly reason: string };

export type BatchParse =
  | { readonly ok: true; readonly entries: readonly BatchEntry[] }
  | { readonly ok: false; readonly kind: 'malformed' | 'empty' | 'too-many'; readonly reason: string };

export interface BatchLimits {
  readonly maxItems: number;
  readonly maxDepth?: number;
}

/**
 * Splits a batch body into items. A JSON batch is one array (unreadable JSON fails the whole batch,
 * as nothing can be told apart); an NDJSON batch is one JSON value per line, blank lines skipped, and
 * a broken line fails only its own item. Item indexes count items, not lines.
 */
export function parseBatch(text: string, format: BatchFormat, limits: BatchLimits): BatchParse {
  const maxDepth = (limits.maxDepth ?? DEFAULT_MAX_DEPTH) + 1;
  if (format === 'json') {
    const parsed = parseUntrustedJson(text, maxDepth);
    if (!parsed.ok) return { ok: false, kind: 'malformed', reason: parsed.reason };
    if (!Array.isArray(parsed.value)) {
      return { ok: false, kind: 'malformed', reason: 'expected a JSON array of articles' };
    }
    const values: unknown[] = parsed.value;
    const check = countCheck(values.length, limits.maxItems);
    if (check) return check;
    return { ok: true, entries: values.map((value, index) => ({ index, ok: true, value })) };
  }
  const lines = text.split('\n').filter((line) => line.trim().length > 0);
  const check = countCheck(lines.length, limits.maxItems);
  if (check) return check;
  return {
    ok: true,
    entries: lines.map((line, index): BatchEntry => {
      const parsed = parseUntrustedJson(line, maxDepth - 1);
      return parsed.ok
        ? { index, ok: true, value: parsed.value }
        : { index, ok: false, reason: parsed.reason };
    }),
  };
}

function countCheck(count: number, maxItems: number): BatchParse | undefined {
  if (count === 0) return { ok: false, kind: 'empty', reason: 'expected at least one article' };
  if (count > maxItems) {
    return { ok: false, kind: 'too-many', reason: `${count} items; at most ${maxItems} per batch` };
  }
  return undefined;
}
