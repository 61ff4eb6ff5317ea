import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import kafkajs from 'kafkajs';
import { fetchKafkaMetadata, isInfraError, startInfra, stopInfra } from '@newsflow/infra';
import type { Infra, StartInfraOptions } from '@newsflow/infra';

const { Kafka, logLevel } = kafkajs;

/** Ports that were free a moment ago (bound to :0 and released). */
async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<net.Server>((resolve) => {
          const server = net.createServer();
          server.listen(0, '127.0.0.1', () => resolve(server));
        }),
    ),
  );
  const ports = servers.map((s) => (s.address() as net.AddressInfo).port);
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  return ports;
}

async function es(url: string, method: string, body?: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return (await response.json()) as Record<string, unknown>;
}

describe('local Kafka and Elasticsearch', () => {
  const stateDir = mkdtempSync(path.join(os.tmpdir(), 'newsflow-infra-int-'));
  const lines: string[] = [];
  let options: StartInfraOptions;
  let infra: Infra;

  beforeAll(async () => {
    const [kafkaPort, kafkaControllerPort, elasticsearchPort, elasticsearchTransportPort] =
      await freePorts(4);
    options = {
      profile: 'inttest',
      mode: 'local',
      stateDir,
      kafkaPort,
      kafkaControllerPort,
      elasticsearchPort,
      elasticsearchTransportPort,
      elasticsearchHeap: '512m',
      log: (line) => lines.push(line),
    };
    infra = await startInfra(options);
  }, 600_000);

  afterAll(async () => {
    await infra?.stop({ force: true });
    rmSync(stateDir, { recursive: true, force: true });
  }, 120_000);

  it('starts both servers and reports where they are', async () => {
    expect(infra.mode).toBe('local');
    expect(infra.kafkaBrokers).toBe(`127.0.0.1:${options.kafkaPort}`);
    expect(infra.elasticsearchUrl).toBe(`http://127.0.0.1:${options.elasticsearchPort}`);
    expect(infra.kafka?.logFile).toBe(path.join(stateDir, 'kafka', 'logs', 'server.log'));
    expect(infra.elasticsearch?.logFile).toBe(
      path.join(stateDir, 'elasticsearch', 'logs', 'newsflow-inttest.log'),
    );
    expect(await infra.kafka?.isRunning()).toBe(true);
    expect(await infra.elasticsearch?.isRunning()).toBe(true);

    const admin = new Kafka({ brokers: [infra.kafkaBrokers], logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
    try {
      const cluster = await admin.describeCluster();
      expect(cluster.brokers).toEqual([{ nodeId: 1, host: '127.0.0.1', port: options.kafkaPort }]);
      // Whether the controller took the topic; serving it comes a moment later (ensureTopics waits for that).
      const topics = [{ topic: 'infra-int', numPartitions: 2 }];
      expect(await admin.createTopics({ topics, waitForLeaders: false })).toBe(true);
      expect(await admin.createTopics({ topics, waitForLeaders: false })).toBe(false);
    } finally {
      await admin.disconnect();
    }

    const health = await es(`${infra.elasticsearchUrl}/_cluster/health`, 'GET');
    expect(['green', 'yellow']).toContain(health['status']);
    expect(health['cluster_name']).toBe('newsflow-inttest');
  });

  it('does not create topics on demand', async () => {
    const producer = new Kafka({
      brokers: [infra.kafkaBrokers],
      logLevel: logLevel.NOTHING,
      retry: { retries: 1 },
    }).producer({ allowAutoTopicCreation: true });
    await producer.connect();
    try {
      await expect(producer.send({ topic: 'never-created', messages: [{ value: 'x' }] })).rejects.toThrow();
    } finally {
      await producer.disconnect();
    }
  });

  it('reuses the running servers on a second start', async () => {
    const again = await startInfra(options);
    expect(again.reused).toEqual({ kafka: true, elasticsearch: true });
    await again.stop(); // leaves reused servers running
    expect(await infra.kafka?.isRunning()).toBe(true);
    expect(await infra.elasticsearch?.isRunning()).toBe(true);
  }, 60_000);

  it('refuses to reuse a running profile on other ports', async () => {
    const [otherPort] = await freePorts(1);
    const error = await startInfra({
      ...options,
      kafkaPort: otherPort,
      kafkaControllerPort: undefined,
    }).catch((e: unknown) => e);
    expect(isInfraError(error, 'NEWSFLOW_INFRA_PROFILE_CONFLICT')).toBe(true);
    expect(await infra.kafka?.isHealthy()).toBe(true);
  }, 60_000);

  it('stops Kafka and brings it back with its topics', async () => {
    const kafka = infra.kafka;
    if (kafka === undefined) throw new Error('no kafka control');
    await kafka.stop();
    expect(await kafka.isRunning()).toBe(false);
    expect(await kafka.isHealthy()).toBe(false);
    await expect(fetchKafkaMetadata('127.0.0.1', options.kafkaPort ?? 0, 500)).rejects.toThrow();

    await kafka.start();
    expect(await kafka.isRunning()).toBe(true);
    const admin = new Kafka({ brokers: [infra.kafkaBrokers], logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
    try {
      expect(await admin.listTopics()).toContain('infra-int');
    } finally {
      await admin.disconnect();
    }
  }, 180_000);

  it('kills Elasticsearch and brings it back with its documents', async () => {
    const elasticsearch = infra.elasticsearch;
    if (elasticsearch === undefined) throw new Error('no elasticsearch control');
    await es(`${infra.elasticsearchUrl}/articles`, 'PUT', { settings: { number_of_replicas: 0 } });
    await es(`${infra.elasticsearchUrl}/articles/_doc/1?refresh=true`, 'PUT', {
      title: 'kept across a crash',
    });

    await elasticsearch.kill();
    expect(await elasticsearch.isRunning()).toBe(false);
    expect(await elasticsearch.isHealthy()).toBe(false);

    await elasticsearch.start();
    expect(await elasticsearch.isHealthy()).toBe(true);
    const doc = await es(`${infra.elasticsearchUrl}/articles/_doc/1`, 'GET');
    expect(doc['_source']).toEqual({ title: 'kept across a crash' });
  }, 180_000);

  it('stopInfra stops a profile found through its pid files', async () => {
    await stopInfra({ profile: 'inttest', stateDir, log: (line) => lines.push(line) });
    expect(await infra.kafka?.isRunning()).toBe(false);
    expect(await infra.elasticsearch?.isRunning()).toBe(false);
  }, 120_000);
});
