import { toPointer } from '@newsflow/contracts';
import {
  DEFAULT_SIZE,
  MAX_SIZE,
  parseEntityFilter,
  QUERY_LIMITS,
  SORT_ORDERS,
  type SearchFilters,
  type SearchParams,
  type SortOrder,
} from '@newsflow/search';
import { z } from 'zod';
import { validationProblem } from './errors.js';

/** A query-string parameter that may be given once or repeated: always a list. */
const list = (max = 200) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]))
    .pipe(z.array(z.string().trim().min(1, 'must not be empty').max(max)).max(20, 'at most 20 values'));

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A day (YYYY-MM-DD, UTC) or an ISO 8601 date-time with an offset. A day as `to` means its end. */
const dateParam = (end: 'start' | 'end') =>
  z
    .string()
    .refine(
      (value) =>
        (DATE_ONLY.test(value) || z.iso.datetime({ offset: true }).safeParse(value).success) &&
        !Number.isNaN(Date.parse(value)),
      'must be a date (YYYY-MM-DD) or an ISO 8601 date-time such as 2025-03-10T12:00:00Z',
    )
    .transform((value) =>
      DATE_ONLY.test(value) ? `${value}T${end === 'start' ? '00:00:00.000' : '23:59:59.999'}Z` : value,
    )
    .optional();

const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0'], { message: 'must be true or false' })
    .optional()
    .transform((value) => (value === undefined ? fallback : value === 'true' || value === '1'));

const sizeParam = (fallback: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, `must be a whole number from 1 to ${max}`)
    .optional()
    .transform((value) => (value === undefined ? fallback : Number(value)))
    .pipe(z.number().int().min(1, `must be from 1 to ${max}`).max(max, `must be from 1 to ${max}`));

/** Parameters that narrow any search: shared by search, trends and export. */
export const filterShape = {
  q: z.string().max(QUERY_LIMITS.maxLength).optional(),
  entity: list(),
  keyword: list(),
  source: list(),
  feed: list(),
  language: list(10),
  tag: list(),
  from: dateParam('start'),
  to: dateParam('end'),
};

type FilterInput = {
  q?: string | undefined;
  entity: string[];
  keyword: string[];
  source: string[];
  feed: string[];
  language: string[];
  tag: string[];
  from?: string | undefined;
  to?: string | undefined;
};

function checkRange(
  value: { from?: string | undefined; to?: string | undefined },
  ctx: z.RefinementCtx,
): void {
  if (value.from !== undefined && value.to !== undefined && Date.parse(value.from) > Date.parse(value.to)) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' });
  }
}

export function toFilters(input: FilterInput): SearchFilters {
  return {
    q: input.q,
    entities: input.entity.map(parseEntityFilter),
    keywords: input.keyword,
    sources: input.source,
    feeds: input.feed,
    languages: input.language,
    tags: input.tag,
    from: input.from,
    to: input.to,
  };
}

const sortParam = z.enum(SORT_ORDERS as [SortOrder, ...SortOrder[]]).default('relevance');

export const SearchQuery = z
  .strictObject({
    ...filterShape,
    sort: sortParam,
    size: sizeParam(DEFAULT_SIZE, MAX_SIZE),
    cursor: z.string().min(1).max(2_048).optional(),
    facets: flag(true),
    collapse: flag(false),
  })
  .superRefine(checkRange);

export function toSearchParams(input: z.output<typeof SearchQuery>): SearchParams {
  return {
    ...toFilters(input),
    sort: input.sort,
    size: input.size,
    cursor: input.cursor,
    facets: input.facets,
    collapse: input.collapse,
  };
}

export const ArticleParams = z.strictObject({ id: z.string().min(1).max(256) });

export const RelatedQuery = z.strictObject({ size: sizeParam(5, 50) });

export const EntitiesQuery = z.strictObject({
  prefix: z.string().trim().max(100).default(''),
  type: z.enum(['all', 'person', 'org', 'location']).default('all'),
  size: sizeParam(10, 50),
});

export const TrendsQuery = z
  .strictObject({
    ...filterShape,
    type: z.enum(['all', 'person', 'org', 'location']).default('all'),
    /** Length of the window for rising entities, e.g. 24h, 7d. */
    window: z
      .string()
      .regex(/^[1-9]\d{0,3}[hd]$/, 'must be a number of hours or days, e.g. 24h or 7d')
      .default('24h'),
    size: sizeParam(10, 50),
  })
  .superRefine(checkRange);

export const ExportQuery = z
  .strictObject({
    ...filterShape,
    format: z.enum(['ndjson', 'csv']).default('ndjson'),
    sort: sortParam,
    limit: z
      .string()
      .regex(/^\d+$/, 'must be a whole number')
      .optional()
      .transform((value) => (value === undefined ? undefined : Number(value))),
  })
  .superRefine(checkRange);

/** Validates a request's query string or path parameters; a 400 problem names each bad one. */
export function parseParams<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const issues = result.error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({
          pointer: toPointer([...issue.path, key]),
          message: 'is not a known parameter',
        }))
      : [{ pointer: toPointer(issue.path), message: issue.message }],
  );
  throw validationProblem(issues);
}
