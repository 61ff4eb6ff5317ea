import type { z } from 'zod';
import { ContractError, type FieldIssue } from './errors.js';

export function toPointer(path: readonly PropertyKey[]): string {
  return path.map((part) => `/${String(part).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('') || '/';
}

export function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ pointer: toPointer(issue.path), message: issue.message }));
}

/** Parses a value against a schema, or throws a ContractError naming each bad field. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = fieldIssues(result.error);
  const summary = issues.map((i) => `${i.pointer}: ${i.message}`).join('; ');
  throw new ContractError('NEWSFLOW_CONTRACT_SCHEMA', `invalid ${what}: ${summary}`, issues, {
    cause: result.error,
  });
}

/** Decodes a Kafka message value (UTF-8 JSON) against its schema. */
export function decodeMessage<S extends z.ZodType>(
  schema: S,
  bytes: Buffer | null,
  what: string,
): z.output<S> {
  let value: unknown;
  try {
    value = JSON.parse(bytes?.toString('utf8') ?? '');
  } catch (cause) {
    throw new ContractError('NEWSFLOW_CONTRACT_NOT_JSON', `${what} is not JSON`, [], { cause });
  }
  return parseWith(schema, value, what);
}

export function encodeMessage(value: unknown): Buffer {
  return Buffer.from(JSON.stringify(value), 'utf8');
}
