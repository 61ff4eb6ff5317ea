import { describe, expect, it } from '@jest/globals';
import { renderElasticsearchYml } from '@newsflow/infra';

describe('renderElasticsearchYml', () => {
  const yml = renderElasticsearchYml({
    clusterName: 'newsflow-test',
    host: '127.0.0.1',
    httpPort: 19200,
    transportPort: 19300,
    dataDir: '/s/elasticsearch/data',
    logsDir: '/s/elasticsearch/logs',
  });

  it('makes a single-node development cluster on loopback', () => {
    expect(yml).toContain('discovery.type: single-node');
    expect(yml).toContain('network.host: 127.0.0.1');
    expect(yml).toContain('http.port: 19200');
    expect(yml).toContain('transport.port: 19300');
    expect(yml).toContain('path.data: "/s/elasticsearch/data"');
    expect(yml).toContain('cluster.name: "newsflow-test"');
  });

  it('turns security and disk watermarks off', () => {
    expect(yml).toContain('xpack.security.enabled: false');
    expect(yml).toContain('cluster.routing.allocation.disk.threshold_enabled: false');
  });
});
