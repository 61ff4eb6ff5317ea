export const NLP_ERROR_CODES = [
  'NEWSFLOW_NLP_MODEL_LOAD',
  'NEWSFLOW_NLP_UNSUPPORTED_FORMAT',
  'NEWSFLOW_NLP_INVALID_ARGUMENT',
  'NEWSFLOW_NLP_DATA',
] as const;
export type NlpErrorCode = (typeof NLP_ERROR_CODES)[number];

/** Base error of the nlp package: every error it throws carries one of NLP_ERROR_CODES. */
export class NlpError extends Error {
  readonly code: NlpErrorCode;
  constructor(code: NlpErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'NlpError';
    this.code = code;
  }
}

/** A shipped model or gazetteer file is missing or corrupt. */
export class ModelLoadError extends NlpError {
  static readonly code = 'NEWSFLOW_NLP_MODEL_LOAD' as const;
  constructor(message: string, options?: { cause?: unknown }) {
    super(ModelLoadError.code, message, options);
    this.name = 'ModelLoadError';
  }
}

/** A raw article's content format is not one the enricher knows. */
export class UnsupportedFormatError extends NlpError {
  static readonly code = 'NEWSFLOW_NLP_UNSUPPORTED_FORMAT' as const;
  constructor(message: string, options?: { cause?: unknown }) {
    super(UnsupportedFormatError.code, message, options);
    this.name = 'UnsupportedFormatError';
  }
}

/** A command-line option or argument is wrong. */
export class InvalidArgumentError extends NlpError {
  static readonly code = 'NEWSFLOW_NLP_INVALID_ARGUMENT' as const;
  constructor(message: string, options?: { cause?: unknown }) {
    super(InvalidArgumentError.code, message, options);
    this.name = 'InvalidArgumentError';
  }
}

/** Labelled data cannot be read. */
export class DataError extends NlpError {
  static readonly code = 'NEWSFLOW_NLP_DATA' as const;
  constructor(message: string, options?: { cause?: unknown }) {
    super(DataError.code, message, options);
    this.name = 'DataError';
  }
}
