import type { Client, estypes } from '@elastic/elasticsearch';
import type { IndexNames } from '../names.js';
import { buildQuery } from './filters.js';
import type { SearchFilters, SortOrder } from './params.js';
import { sortFor } from './search-request.js';
import { groupEntities } from './search-response.js';
import type { Entity, Keyword } from '@newsflow/contracts';

/** One exported article: flat, so it fits a CSV row. */
export interface ExportRow {
  readonly id: string;
  readonly revision: number;
  readonly publishedAt: string;
  readonly source: string;
  readonly feedId: string;
  readonly language: string;
  readonly title: string;
  readonly url: string;
  readonly authors: string[];
  readonly tags: string[];
  readonly people: string[];
  readonly orgs: string[];
  readonly locations: string[];
  readonly keywords: string[];
}

export const EXPORT_COLUMNS: readonly (keyof ExportRow)[] = [
  'id',
  'revision',
  'publishedAt',
  'source',
  'feedId',
  'language',
  'title',
  'url',
  'authors',
  'tags',
  'people',
  'orgs',
  'locations',
  'keywords',
];

const EXPORT_SOURCE = [
  'id',
  'revision',
  'publishedAt',
  'source',
  'feedId',
  'language.code',
  'title',
  'url',
  'authors',
  'tags',
  'entities.type',
  'entities.name',
  'entities.salience',
  'keywords',
];

export const EXPORT_PAGE_SIZE = 500;

export function exportPageRequest(
  filters: SearchFilters,
  names: IndexNames,
  sort: SortOrder,
  size: number,
  after?: estypes.SortResults,
): estypes.SearchRequest {
  return {
    index: names.alias,
    query: buildQuery(filters),
    sort: sortFor(sort),
    size,
    track_total_hits: false,
    _source: { includes: EXPORT_SOURCE },
    ...(after === undefined ? {} : { search_after: after }),
  };
}

type Stored = Partial<{
  id: string;
  revision: number;
  publishedAt: string;
  source: string;
  feedId: string;
  language: { code?: string };
  title: string;
  url: string;
  authors: string[];
  tags: string[];
  entities: Partial<Entity>[];
  keywords: Keyword[];
}>;

export function toExportRow(hit: estypes.SearchHit<unknown>): ExportRow {
  const s = (hit._source ?? {}) as Stored;
  const entities = groupEntities(s.entities);
  return {
    id: s.id ?? hit._id ?? '',
    revision: s.revision ?? 0,
    publishedAt: s.publishedAt ?? '',
    source: s.source ?? '',
    feedId: s.feedId ?? '',
    language: s.language?.code ?? '',
    title: s.title ?? '',
    url: s.url ?? '',
    authors: s.authors ?? [],
    tags: s.tags ?? [],
    people: entities.person,
    orgs: entities.org,
    locations: entities.location,
    keywords: [...(s.keywords ?? [])].sort((a, b) => b.score - a.score).map((k) => k.text),
  };
}

/**
 * Every matching article, page after page with search_after (no scroll, no point in time: a write
 * during the export may shift it, never duplicate it within one sort). Stops after `limit` rows.
 * The first page is fetched by the first `next()`, so a caller can await it before answering.
 */
export async function* exportRows(
  client: Client,
  names: IndexNames,
  filters: SearchFilters,
  options: { sort: SortOrder; limit: number; pageSize?: number; lenient?: Partial<estypes.SearchRequest> },
): AsyncGenerator<ExportRow> {
  let after: estypes.SortResults | undefined;
  let sent = 0;
  const pageSize = options.pageSize ?? EXPORT_PAGE_SIZE;
  while (sent < options.limit) {
    const size = Math.min(pageSize, options.limit - sent);
    const response = await client.search({
      ...exportPageRequest(filters, names, options.sort, size, after),
      ...(options.lenient ?? {}),
    });
    const hits = response.hits.hits;
    for (const hit of hits) {
      yield toExportRow(hit);
      sent += 1;
    }
    const last = hits[hits.length - 1];
    if (hits.length < size || last?.sort === undefined) return;
    after = last.sort;
  }
}

/** A spreadsheet never runs a cell: values starting like a formula are prefixed with a quote. */
function csvCell(value: string | number | string[]): string {
  let text = Array.isArray(value) ? value.join('; ') : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvHeader(): string {
  return `${EXPORT_COLUMNS.join(',')}\r\n`;
}

/** One RFC 4180 line, CRLF-terminated; list cells are joined with "; ". */
export function csvLine(row: ExportRow): string {
  return `${EXPORT_COLUMNS.map((column) => csvCell(row[column])).join(',')}\r\n`;
}

export function ndjsonLine(row: ExportRow): string {
  return `${JSON.stringify(row)}\n`;
}
