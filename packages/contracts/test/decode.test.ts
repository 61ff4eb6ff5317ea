import { describe, expect, it } from '@jest/globals';
import { z } from 'zod';
import {
  ContractError,
  decodeMessage,
  encodeMessage,
  parseEnv,
  COMMON_ENV,
  KAFKA_ENV,
  ConfigError,
} from '@newsflow/contracts';

const Shape = z.object({ name: z.string(), tags: z.array(z.string()) });

describe('decodeMessage', () => {
  it('round-trips an encoded value and ignores unknown fields', () => {
    const bytes = encodeMessage({ name: 'a', tags: ['x'], addedLater: true });
    expect(decodeMessage(Shape, bytes, 'thing')).toEqual({ name: 'a', tags: ['x'] });
  });

  it('says when bytes are not JSON', () => {
    expect(() => decodeMessage(Shape, Buffer.from([0xff, 0x00, 0x7b]), 'thing')).toThrow(
      expect.objectContaining({ code: 'NEWSFLOW_CONTRACT_NOT_JSON' }),
    );
    expect(() => decodeMessage(Shape, null, 'thing')).toThrow(ContractError);
  });

  it('names each bad field by JSON pointer', () => {
    try {
      decodeMessage(Shape, encodeMessage({ name: 3, tags: ['ok', 4] }), 'thing');
      throw new Error('expected a ContractError');
    } catch (error) {
      expect(error).toBeInstanceOf(ContractError);
      expect((error as ContractError).issues.map((i) => i.pointer)).toEqual(['/name', '/tags/1']);
    }
  });
});

describe('parseEnv', () => {
  const Env = z.object({ ...COMMON_ENV, ...KAFKA_ENV });

  it('applies defaults and splits the broker list', () => {
    expect(parseEnv(Env, { KAFKA_BROKERS: 'a:1, b:2' })).toEqual({
      LOG_LEVEL: 'info',
      NEWSFLOW_PREFIX: 'newsflow',
      KAFKA_BROKERS: ['a:1', 'b:2'],
    });
  });

  it('names every bad variable and what it must be', () => {
    try {
      parseEnv(Env, { KAFKA_BROKERS: 'nohost', LOG_LEVEL: 'loud' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).variables.sort()).toEqual(['KAFKA_BROKERS', 'LOG_LEVEL']);
      expect((error as Error).message).toContain('host:port');
    }
  });
});
