export const SEARCH_ERROR_CODES = [
  /** The `q` parameter does not parse: unclosed quote, unbalanced parenthesis, dangling operator. */
  'NEWSFLOW_SEARCH_QUERY_SYNTAX',
  /** A paging cursor that this code did not write, or wrote for another sort order. */
  'NEWSFLOW_SEARCH_CURSOR_INVALID',
  /** A prefix or option that cannot name an Elasticsearch index. */
  'NEWSFLOW_SEARCH_CONFIG_INVALID',
  /** The index template or the first index could not be created. */
  'NEWSFLOW_SEARCH_INDEX_SETUP',
  /** An article that cannot become a search document (for example, an unreadable publishedAt). */
  'NEWSFLOW_SEARCH_DOCUMENT_INVALID',
] as const;
export type SearchErrorCode = (typeof SEARCH_ERROR_CODES)[number];

/** Base of every error this package throws. */
export class SearchError extends Error {
  override readonly name: string = 'SearchError';
  constructor(
    readonly code: SearchErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The query text is malformed at `position` (0-based, UTF-16 code units into the query). */
export class QuerySyntaxError extends SearchError {
  override readonly name = 'QuerySyntaxError';
  constructor(
    message: string,
    readonly position: number,
  ) {
    super('NEWSFLOW_SEARCH_QUERY_SYNTAX', `${message} at position ${position}`);
  }
}

export class InvalidCursorError extends SearchError {
  override readonly name = 'InvalidCursorError';
  constructor(message: string, options?: { cause?: unknown }) {
    super('NEWSFLOW_SEARCH_CURSOR_INVALID', message, options);
  }
}

export class SearchConfigError extends SearchError {
  override readonly name = 'SearchConfigError';
  constructor(message: string) {
    super('NEWSFLOW_SEARCH_CONFIG_INVALID', message);
  }
}

export class IndexSetupError extends SearchError {
  override readonly name = 'IndexSetupError';
  constructor(message: string, options?: { cause?: unknown }) {
    super('NEWSFLOW_SEARCH_INDEX_SETUP', message, options);
  }
}

export class DocumentError extends SearchError {
  override readonly name = 'DocumentError';
  constructor(message: string, options?: { cause?: unknown }) {
    super('NEWSFLOW_SEARCH_DOCUMENT_INVALID', message, options);
  }
}
