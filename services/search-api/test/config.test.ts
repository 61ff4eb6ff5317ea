import { describe, expect, it } from '@jest/globals';
import { ConfigError } from '@newsflow/contracts';
import { loadConfig } from '../src/config.js';

describe('loadConfig', () => {
  it('has defaults for everything', () => {
    expect(loadConfig({})).toMatchObject({
      SEARCH_API_HOST: '127.0.0.1',
      SEARCH_API_PORT: 8080,
      ELASTICSEARCH_URL: 'http://127.0.0.1:9200',
      NEWSFLOW_PREFIX: 'newsflow',
      LOG_LEVEL: 'info',
    });
  });

  it('names each bad variable', () => {
    try {
      loadConfig({ SEARCH_API_PORT: 'eighty', ELASTICSEARCH_URL: 'ftp://x' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).variables).toEqual(
        expect.arrayContaining(['SEARCH_API_PORT', 'ELASTICSEARCH_URL']),
      );
      expect((error as ConfigError).message).toContain('SEARCH_API_PORT="eighty"');
    }
  });
});
