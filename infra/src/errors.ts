export const INFRA_ERROR_CODES = [
  'NEWSFLOW_INFRA_INVALID_OPTIONS',
  'NEWSFLOW_INFRA_MAVEN_NOT_FOUND',
  'NEWSFLOW_INFRA_DOWNLOAD_FAILED',
  'NEWSFLOW_INFRA_UNPACK_FAILED',
  'NEWSFLOW_INFRA_JAVA_NOT_FOUND',
  'NEWSFLOW_INFRA_USER_SETUP_FAILED',
  'NEWSFLOW_INFRA_PATH_NOT_ACCESSIBLE',
  'NEWSFLOW_INFRA_PORT_IN_USE',
  'NEWSFLOW_INFRA_PROFILE_CONFLICT',
  'NEWSFLOW_INFRA_LOCK_TIMEOUT',
  'NEWSFLOW_INFRA_START_FAILED',
  'NEWSFLOW_INFRA_START_TIMEOUT',
  'NEWSFLOW_INFRA_STOP_FAILED',
  'NEWSFLOW_INFRA_CONTAINER_FAILED',
  'NEWSFLOW_INFRA_UNSUPPORTED',
  'NEWSFLOW_INFRA_INTERNAL',
] as const;

export type InfraErrorCode = (typeof INFRA_ERROR_CODES)[number];

export interface InfraErrorOptions {
  cause?: unknown;
  /** Extra facts for logs (paths, ports, exit codes). Never put secrets here. */
  meta?: Readonly<Record<string, unknown>>;
}

/** The one error type @newsflow/infra throws. Messages say what happened and what to do. */
export class InfraError extends Error {
  readonly code: InfraErrorCode;
  readonly meta: Readonly<Record<string, unknown>>;

  constructor(code: InfraErrorCode, message: string, options: InfraErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'InfraError';
    this.code = code;
    this.meta = Object.freeze({ ...(options.meta ?? {}) });
  }
}

export function isInfraError(value: unknown, code?: InfraErrorCode): value is InfraError {
  return value instanceof InfraError && (code === undefined || value.code === code);
}

/** Turns any thrown value into an InfraError (kept as is when it already is one). */
export function toInfraError(value: unknown, context: string): InfraError {
  if (value instanceof InfraError) return value;
  const detail = value instanceof Error ? value.message : String(value);
  return new InfraError('NEWSFLOW_INFRA_INTERNAL', `${context}: ${detail}`, { cause: value });
}
