import { describe, expect, it, jest } from '@jest/globals';
import { resolveConfig, selectMode } from '@newsflow/infra';
import { chooseMode } from '../src/mode.js';

describe('selectMode', () => {
  it.each([
    [{ requested: 'auto', hasExternal: true, containerRuntime: undefined }, 'external'],
    [{ requested: 'auto', hasExternal: false, containerRuntime: true }, 'testcontainers'],
    [{ requested: 'auto', hasExternal: false, containerRuntime: false }, 'local'],
    [{ requested: 'auto', hasExternal: false, containerRuntime: undefined }, 'local'],
    [{ requested: 'local', hasExternal: true, containerRuntime: true }, 'local'],
    [{ requested: 'testcontainers', hasExternal: false, containerRuntime: undefined }, 'testcontainers'],
  ] as const)('%j -> %s', (inputs, expected) => {
    expect(selectMode(inputs)).toBe(expected);
  });
});

describe('chooseMode', () => {
  const ctx = { env: {}, uid: 1000, homedir: '/home/dev' };

  it('does not probe for a container engine when external servers are given', async () => {
    const detect = jest.fn(async () => true);
    const config = resolveConfig({ kafkaBrokers: 'k:9092', elasticsearchUrl: 'http://es:9200' }, ctx);
    await expect(chooseMode(config, detect)).resolves.toBe('external');
    expect(detect).not.toHaveBeenCalled();
  });

  it('does not probe when a mode is forced', async () => {
    const detect = jest.fn(async () => true);
    await expect(chooseMode(resolveConfig({ mode: 'local' }, ctx), detect)).resolves.toBe('local');
    expect(detect).not.toHaveBeenCalled();
  });

  it('uses testcontainers when the engine answers, local processes otherwise', async () => {
    await expect(chooseMode(resolveConfig({}, ctx), async () => true)).resolves.toBe('testcontainers');
    await expect(chooseMode(resolveConfig({}, ctx), async () => false)).resolves.toBe('local');
  });
});
