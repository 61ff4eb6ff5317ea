export const CONTRACT_ERROR_CODES = ['NEWSFLOW_CONTRACT_NOT_JSON', 'NEWSFLOW_CONTRACT_SCHEMA'] as const;
export type ContractErrorCode = (typeof CONTRACT_ERROR_CODES)[number];

export interface FieldIssue {
  /** JSON pointer to the bad field, e.g. "/authors/0". */
  readonly pointer: string;
  readonly message: string;
}

/** A message or body that does not match its contract. */
export class ContractError extends Error {
  override readonly name = 'ContractError';
  constructor(
    readonly code: ContractErrorCode,
    message: string,
    readonly issues: readonly FieldIssue[] = [],
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
