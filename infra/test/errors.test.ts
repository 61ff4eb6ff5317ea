import { describe, expect, it } from '@jest/globals';
import { INFRA_ERROR_CODES, InfraError, isInfraError } from '@newsflow/infra';
import { toInfraError } from '../src/errors.js';

describe('InfraError', () => {
  it('uses one prefix for every code', () => {
    for (const code of INFRA_ERROR_CODES) expect(code).toMatch(/^NEWSFLOW_INFRA_[A-Z_]+$/);
  });

  it('keeps code, cause and frozen meta', () => {
    const cause = new Error('boom');
    const error = new InfraError('NEWSFLOW_INFRA_START_TIMEOUT', 'slow', { cause, meta: { logFile: '/l' } });
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe('NEWSFLOW_INFRA_START_TIMEOUT');
    expect(error.cause).toBe(cause);
    expect(Object.isFrozen(error.meta)).toBe(true);
    expect(isInfraError(error, 'NEWSFLOW_INFRA_START_TIMEOUT')).toBe(true);
    expect(isInfraError(error, 'NEWSFLOW_INFRA_START_FAILED')).toBe(false);
  });

  it('wraps unknown thrown values as internal errors', () => {
    const wrapped = toInfraError('weird', 'starting');
    expect(wrapped.code).toBe('NEWSFLOW_INFRA_INTERNAL');
    expect(wrapped.message).toBe('starting: weird');
    const same = new InfraError('NEWSFLOW_INFRA_PORT_IN_USE', 'busy');
    expect(toInfraError(same, 'x')).toBe(same);
  });
});
