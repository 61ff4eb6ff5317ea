import { describe, expect, it } from '@jest/globals';
import { newKafkaClusterId, renderKafkaLog4j2Xml, renderKafkaServerProperties } from '@newsflow/infra';

function parse(properties: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of properties.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const i = line.indexOf('=');
    map.set(line.slice(0, i), line.slice(i + 1));
  }
  return map;
}

describe('renderKafkaServerProperties', () => {
  const props = parse(
    renderKafkaServerProperties({
      host: '127.0.0.1',
      port: 19092,
      controllerPort: 19093,
      dataDir: '/d/kafka',
    }),
  );

  it('makes one combined broker and KRaft controller on the given ports', () => {
    expect(props.get('process.roles')).toBe('broker,controller');
    expect(props.get('node.id')).toBe('1');
    expect(props.get('listeners')).toBe('PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093');
    expect(props.get('controller.quorum.bootstrap.servers')).toBe('127.0.0.1:19093');
    expect(props.get('controller.listener.names')).toBe('CONTROLLER');
    expect(props.get('log.dirs')).toBe('/d/kafka');
  });

  it('uses one replica everywhere and leaves topic creation to the application', () => {
    for (const key of [
      'offsets.topic.replication.factor',
      'transaction.state.log.replication.factor',
      'transaction.state.log.min.isr',
      'min.insync.replicas',
      'default.replication.factor',
    ]) {
      expect(props.get(key)).toBe('1');
    }
    expect(props.get('auto.create.topics.enable')).toBe('false');
    expect(props.get('group.initial.rebalance.delay.ms')).toBe('0');
  });

  it('logs to server.log in the logs folder', () => {
    expect(renderKafkaLog4j2Xml()).toContain('fileName="${sys:kafka.logs.dir}/server.log"');
  });
});

describe('newKafkaClusterId', () => {
  it('is a 22-character base64url UUID that does not start with "-"', () => {
    for (let i = 0; i < 200; i += 1) {
      const id = newKafkaClusterId();
      expect(id).toMatch(/^[A-Za-z0-9_][A-Za-z0-9_-]{21}$/);
      expect(Buffer.from(id, 'base64url')).toHaveLength(16);
    }
  });
});
