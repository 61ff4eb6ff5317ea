import type { ItemResult } from './deliver.js';

export interface PushSummary {
  readonly ingester: string;
  readonly total: number;
  readonly durationMs: number;
  readonly accepted: Extract<ItemResult, { outcome: 'accepted' }>[];
  readonly rejected: Extract<ItemResult, { outcome: 'rejected' }>[];
  readonly failed: Extract<ItemResult, { outcome: 'failed' }>[];
  /** Retries over all items, and how many items needed at least one. */
  readonly retries: number;
  readonly retriedItems: number;
  /** Folder files that were neither articles nor pages. */
  readonly skipped: readonly string[];
}

export function summarize(
  results: readonly ItemResult[],
  meta: { ingester: string; durationMs: number; skipped: readonly string[] },
): PushSummary {
  const retried = results.filter((r) => r.attempts > 1);
  return {
    ingester: meta.ingester,
    total: results.length,
    durationMs: Math.round(meta.durationMs),
    accepted: results.filter((r) => r.outcome === 'accepted'),
    rejected: results.filter((r) => r.outcome === 'rejected'),
    failed: results.filter((r) => r.outcome === 'failed'),
    retries: retried.reduce((sum, r) => sum + r.attempts - 1, 0),
    retriedItems: retried.length,
    skipped: meta.skipped,
  };
}

/** Exit status: 0 when everything was accepted, 1 when anything was rejected or failed. */
export const exitCodeOf = (summary: PushSummary): number =>
  summary.rejected.length + summary.failed.length === 0 ? 0 : 1;

/** The summary a person reads: counts, then each accepted id and each reason, field by field. */
export function formatSummary(summary: PushSummary): string {
  const lines: string[] = [];
  const seconds = (summary.durationMs / 1_000).toFixed(1);
  lines.push(
    `pushed ${summary.total} to ${summary.ingester} in ${seconds}s: ` +
      `${summary.accepted.length} accepted, ${summary.rejected.length} rejected, ${summary.failed.length} failed, ` +
      `${summary.retries} retries` +
      (summary.retriedItems > 0 ? ` (on ${summary.retriedItems} items)` : ''),
  );
  if (summary.accepted.length > 0) {
    lines.push('', `accepted (${summary.accepted.length}):`);
    for (const r of summary.accepted) lines.push(`  ${r.label}  id=${r.id} revision=${r.revision}`);
  }
  if (summary.rejected.length > 0) {
    lines.push('', `rejected (${summary.rejected.length}):`);
    for (const r of summary.rejected) {
      const head = [r.status === undefined ? 'not sent' : String(r.status), r.code].filter(Boolean).join(' ');
      lines.push(`  ${r.label}  ${head}: ${r.detail}`);
      for (const issue of r.errors) lines.push(`      ${issue.pointer}  ${issue.message}`);
    }
  }
  if (summary.failed.length > 0) {
    lines.push('', `failed (${summary.failed.length}):`);
    for (const r of summary.failed) lines.push(`  ${r.label}  ${r.reason}`);
  }
  if (summary.skipped.length > 0) {
    lines.push('', `skipped (${summary.skipped.length}, not .json/.ndjson/.jsonl/.txt/.html/.htm):`);
    for (const file of summary.skipped) lines.push(`  ${file}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The summary for machines: one JSON document, stable field names. */
export function formatSummaryJson(summary: PushSummary): string {
  const { accepted, rejected, failed } = summary;
  return `${JSON.stringify({
    ingester: summary.ingester,
    total: summary.total,
    counts: { accepted: accepted.length, rejected: rejected.length, failed: failed.length },
    retries: summary.retries,
    retriedItems: summary.retriedItems,
    durationMs: summary.durationMs,
    accepted,
    rejected,
    failed,
    skipped: summary.skipped,
  })}\n`;
}
