import { InvalidCursorError } from '../errors.js';
import { SORT_ORDERS, type SortOrder } from './params.js';

export type SortValue = string | number | boolean | null;

/** Where the next page starts: after these sort values, or at an offset (collapsed results). */
export type CursorState =
  | { readonly sort: SortOrder; readonly after: readonly SortValue[] }
  | { readonly sort: SortOrder; readonly offset: number };

const VERSION = 1;
const MAX_CURSOR_LENGTH = 2_048;

export function encodeCursor(state: CursorState): string {
  return Buffer.from(JSON.stringify({ v: VERSION, ...state }), 'utf8').toString('base64url');
}

function isSortValue(value: unknown): value is SortValue {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

/** Reads a cursor back; it must have been written for the same sort order. */
export function decodeCursor(cursor: string, sort: SortOrder): CursorState {
  if (cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) {
    throw new InvalidCursorError('cursor is not one this API returned');
  }
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch (cause) {
    throw new InvalidCursorError('cursor is not one this API returned', { cause });
  }
  if (value === null || typeof value !== 'object')
    throw new InvalidCursorError('cursor is not one this API returned');
  const state = value as { v?: unknown; sort?: unknown; after?: unknown; offset?: unknown };
  if (state.v !== VERSION || !SORT_ORDERS.includes(state.sort as SortOrder)) {
    throw new InvalidCursorError('cursor is not one this API returned');
  }
  if (state.sort !== sort) {
    throw new InvalidCursorError(`cursor was made for sort=${String(state.sort)}, not sort=${sort}`);
  }
  if (
    Array.isArray(state.after) &&
    state.after.length > 0 &&
    state.after.length <= 4 &&
    state.after.every(isSortValue)
  ) {
    return { sort, after: state.after };
  }
  if (typeof state.offset === 'number' && Number.isInteger(state.offset) && state.offset >= 0) {
    return { sort, offset: state.offset };
  }
  throw new InvalidCursorError('cursor is not one this API returned');
}
