import { describe, expect, it } from '@jest/globals';
import { isInfraError, resolveConfig } from '@newsflow/infra';
import type { ResolveContext } from '@newsflow/infra';

const user: ResolveContext = { env: { PATH: '/usr/bin' }, uid: 1000, homedir: '/home/dev' };
const root: ResolveContext = { env: { PATH: '/usr/bin' }, uid: 0, homedir: '/root' };

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return isInfraError(error) ? error.code : 'not an InfraError';
  }
  return undefined;
}

describe('resolveConfig', () => {
  it('defaults to the dev profile on the usual ports, auto mode', () => {
    const config = resolveConfig({}, user);
    expect(config.profile).toBe('dev');
    expect(config.requestedMode).toBe('auto');
    expect(config.external).toBeUndefined();
    expect(config.kafka).toMatchObject({ host: '127.0.0.1', port: 9092, controllerPort: 9093, heap: '512m' });
    expect(config.elasticsearch).toMatchObject({
      host: '127.0.0.1',
      port: 9200,
      transportPort: 9300,
      heap: '1g',
    });
  });

  it('gives the test profile its own ports so it can run beside dev', () => {
    const config = resolveConfig({ profile: 'test' }, user);
    expect(config.kafka.port).toBe(19092);
    expect(config.kafka.controllerPort).toBe(19093);
    expect(config.elasticsearch.port).toBe(19200);
    expect(config.elasticsearch.transportPort).toBe(19300);
  });

  it('derives the controller and transport ports from explicit ports', () => {
    const config = resolveConfig({ kafkaPort: 29092, elasticsearchPort: 29200 }, user);
    expect(config.kafka.controllerPort).toBe(29093);
    expect(config.elasticsearch.transportPort).toBe(29300);
  });

  it('keeps state under XDG_STATE_HOME and downloads under XDG_CACHE_HOME for a normal user', () => {
    const config = resolveConfig(
      { profile: 'test' },
      { ...user, env: { XDG_STATE_HOME: '/x/state', XDG_CACHE_HOME: '/x/cache' } },
    );
    expect(config.paths.stateDir).toBe('/x/state/newsflow/test');
    expect(config.paths.cacheDir).toBe('/x/cache/newsflow');
    expect(config.paths.distDir).toBe('/x/cache/newsflow/dist');
    expect(config.elasticsearch.runAsUser).toBeUndefined();
  });

  it('as root keeps state where an unprivileged Elasticsearch user can reach it, and runs it as that user', () => {
    const config = resolveConfig({}, root);
    expect(config.paths.stateDir).toBe('/var/tmp/newsflow/dev');
    expect(config.paths.cacheDir).toBe('/root/.cache/newsflow');
    expect(config.paths.distDir).toBe('/var/tmp/newsflow/dist');
    expect(config.elasticsearch.runAsUser).toBe('newsflow');
  });

  it('reads folders, profile and mode from the environment; options win over env', () => {
    const ctx = {
      ...user,
      env: {
        NEWSFLOW_STATE_DIR: '/s',
        NEWSFLOW_CACHE_DIR: '/c',
        NEWSFLOW_DIST_DIR: '/d',
        NEWSFLOW_INFRA_PROFILE: 'ci',
        NEWSFLOW_INFRA_MODE: 'local',
      },
    };
    const fromEnv = resolveConfig({}, ctx);
    expect(fromEnv.profile).toBe('ci');
    expect(fromEnv.requestedMode).toBe('local');
    expect(fromEnv.paths).toEqual({ stateDir: '/s/ci', cacheDir: '/c', distDir: '/d' });
    const fromOptions = resolveConfig({ profile: 'dev', mode: 'auto', stateDir: '/mine' }, ctx);
    expect(fromOptions.profile).toBe('dev');
    expect(fromOptions.requestedMode).toBe('auto');
    expect(fromOptions.paths.stateDir).toBe('/mine');
  });

  it('uses external servers when KAFKA_BROKERS and ELASTICSEARCH_URL are both set', () => {
    const config = resolveConfig(
      {},
      { ...user, env: { KAFKA_BROKERS: 'k1:9092,k2:9092', ELASTICSEARCH_URL: 'http://es:9200' } },
    );
    expect(config.external).toEqual({ kafkaBrokers: 'k1:9092,k2:9092', elasticsearchUrl: 'http://es:9200' });
  });

  it('rejects half an external configuration', () => {
    expect(codeOf(() => resolveConfig({}, { ...user, env: { KAFKA_BROKERS: 'k:9092' } }))).toBe(
      'NEWSFLOW_INFRA_INVALID_OPTIONS',
    );
    expect(codeOf(() => resolveConfig({ mode: 'external' }, user))).toBe('NEWSFLOW_INFRA_INVALID_OPTIONS');
  });

  it('rejects unknown options, bad values and clashing ports with a message naming the option', () => {
    expect(codeOf(() => resolveConfig({ kafkaPrt: 1 } as never, user))).toBe(
      'NEWSFLOW_INFRA_INVALID_OPTIONS',
    );
    expect(codeOf(() => resolveConfig({ kafkaHeap: 'lots' }, user))).toBe('NEWSFLOW_INFRA_INVALID_OPTIONS');
    expect(codeOf(() => resolveConfig({ profile: '../etc' }, user))).toBe('NEWSFLOW_INFRA_INVALID_OPTIONS');
    expect(codeOf(() => resolveConfig({ stateDir: 'relative/dir' }, user))).toBe(
      'NEWSFLOW_INFRA_INVALID_OPTIONS',
    );
    expect(codeOf(() => resolveConfig({ kafkaPort: 9200 }, user))).toBe('NEWSFLOW_INFRA_INVALID_OPTIONS');
    expect(codeOf(() => resolveConfig({}, { ...user, env: { NEWSFLOW_INFRA_MODE: 'docker' } }))).toBe(
      'NEWSFLOW_INFRA_INVALID_OPTIONS',
    );
    expect(() => resolveConfig({ kafkaHeap: 'lots' }, user)).toThrow(/kafkaHeap/);
  });

  it('returns a frozen configuration', () => {
    const config = resolveConfig({}, user);
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.kafka)).toBe(true);
  });
});

describe('resolveConfig with a forced mode', () => {
  it('ignores KAFKA_BROKERS / ELASTICSEARCH_URL when told to run local servers', () => {
    const config = resolveConfig(
      { mode: 'local' },
      { env: { KAFKA_BROKERS: 'k:9092' }, uid: 1000, homedir: '/home/dev' },
    );
    expect(config.external).toBeUndefined();
    expect(config.requestedMode).toBe('local');
  });
});
