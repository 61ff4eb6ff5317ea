import { describe, expect, it } from '@jest/globals';
import { startServiceProcess } from '@newsflow/infra';

describe('a service run as its own process', () => {
  it('binds a port the system picks and tells where from its own log, so no two processes race for one', async () => {
    // The search API listens before Elasticsearch answers (it is then live, not ready).
    const env = { ELASTICSEARCH_URL: 'http://127.0.0.1:9', LOG_LEVEL: 'info' };
    const [first, second] = [
      startServiceProcess('search-api', { env }),
      startServiceProcess('search-api', { env }),
    ];
    try {
      const urls = await Promise.all([first.listening(30_000), second.listening(30_000)]);
      const ports = urls.map((url) => Number(new URL(url).port));
      expect(ports.every((port) => port > 0)).toBe(true);
      expect(ports[0]).not.toBe(ports[1]);
      for (const url of urls) expect((await fetch(`${url}/healthz`)).status).toBe(200);
    } finally {
      expect(await Promise.all([first.stop(), second.stop()])).toEqual([0, 0]);
    }
  }, 60_000);

  it('fails at once with the last words of a service that exits before it listens', async () => {
    const ingester = startServiceProcess('ingester', { env: { KAFKA_BROKERS: '', LOG_LEVEL: 'info' } });
    const started = Date.now();
    const error = await ingester.listening(60_000).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^ingester exited before it was listening:\n/);
    expect(ingester.lines.join('\n')).toContain('KAFKA_BROKERS="": at least one broker host:port');
    // It did not wait out the timeout.
    expect(Date.now() - started).toBeLessThan(30_000);
  }, 60_000);
});
