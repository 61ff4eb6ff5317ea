import type { StartedElasticsearchContainer } from '@testcontainers/elasticsearch';
import type { StartedKafkaContainer } from '@testcontainers/kafka';
import { InfraError } from './errors.js';
import { isKafkaHealthy } from './kafka-probe.js';
import { isElasticsearchHealthy } from './local-elasticsearch.js';
import type { ResolvedConfig } from './options.js';
import type { ServerControl, ServerName } from './server-control.js';
import { IMAGES } from './versions.js';

const KAFKA_CONTAINER_PORT = 9093; // @testcontainers/kafka's PLAINTEXT listener for the host

class ContainerServer implements ServerControl {
  readonly logFile = undefined;
  private running = true;

  constructor(
    readonly name: ServerName,
    readonly endpoint: string,
    private readonly container: StartedKafkaContainer | StartedElasticsearchContainer,
    private readonly stopTimeoutMs: number,
    private readonly healthy: () => Promise<boolean>,
  ) {}

  async start(): Promise<void> {
    if (this.running) return;
    throw new InfraError(
      'NEWSFLOW_INFRA_UNSUPPORTED',
      `${this.name} ran in a container that has been removed; restarting is only supported in local mode ` +
        `(set NEWSFLOW_INFRA_MODE=local for fault-injection tests)`,
    );
  }

  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    await this.container.stop({ timeout: Math.ceil(this.stopTimeoutMs / 1000) });
  }

  async kill(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    await this.container.stop({ timeout: 0 });
  }

  async isRunning(): Promise<boolean> {
    return this.running;
  }

  isHealthy(): Promise<boolean> {
    return this.running ? this.healthy() : Promise.resolve(false);
  }
}

export interface ContainerStack {
  kafka: ServerControl;
  elasticsearch: ServerControl;
  stop(): Promise<void>;
}

/** Starts Kafka (KRaft) and Elasticsearch (security off) containers in parallel. */
export async function startWithTestcontainers(config: ResolvedConfig): Promise<ContainerStack> {
  const [{ KafkaContainer }, { ElasticsearchContainer }] = await Promise.all([
    import('@testcontainers/kafka'),
    import('@testcontainers/elasticsearch'),
  ]);
  const { log, startTimeoutMs, stopTimeoutMs } = config;
  log(`starting containers ${IMAGES.kafka} and ${IMAGES.elasticsearch}`);
  const kafkaHeap = config.kafka.heap;
  const esHeap = config.elasticsearch.heap;
  const results = await Promise.allSettled([
    new KafkaContainer(IMAGES.kafka)
      .withEnvironment({
        KAFKA_AUTO_CREATE_TOPICS_ENABLE: 'false',
        KAFKA_MIN_INSYNC_REPLICAS: '1',
        KAFKA_DEFAULT_REPLICATION_FACTOR: '1',
        KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR: '1',
        KAFKA_SHARE_COORDINATOR_STATE_TOPIC_REPLICATION_FACTOR: '1',
        KAFKA_SHARE_COORDINATOR_STATE_TOPIC_MIN_ISR: '1',
        KAFKA_HEAP_OPTS: `-Xms${kafkaHeap} -Xmx${kafkaHeap}`,
      })
      .withStartupTimeout(startTimeoutMs)
      .start(),
    new ElasticsearchContainer(IMAGES.elasticsearch)
      .withEnvironment({
        'xpack.security.enabled': 'false',
        'cluster.routing.allocation.disk.threshold_enabled': 'false',
        'action.destructive_requires_name': 'false',
        ES_JAVA_OPTS: `-Xms${esHeap} -Xmx${esHeap}`,
      })
      .withStartupTimeout(startTimeoutMs)
      .start(),
  ]);
  const [kafkaResult, esResult] = results;
  if (kafkaResult?.status !== 'fulfilled' || esResult?.status !== 'fulfilled') {
    await Promise.allSettled(results.map((r) => (r.status === 'fulfilled' ? r.value.stop() : undefined)));
    const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    throw new InfraError(
      'NEWSFLOW_INFRA_CONTAINER_FAILED',
      `Starting containers failed: ${failure?.reason instanceof Error ? failure.reason.message : String(failure?.reason)}. ` +
        `Check the container engine (docker info), or set NEWSFLOW_INFRA_MODE=local to run the servers as local processes`,
      { cause: failure?.reason },
    );
  }
  const kafkaContainer = kafkaResult.value;
  const esContainer = esResult.value;
  const kafkaHost = kafkaContainer.getHost();
  const kafkaPort = kafkaContainer.getMappedPort(KAFKA_CONTAINER_PORT);
  const kafka = new ContainerServer('kafka', `${kafkaHost}:${kafkaPort}`, kafkaContainer, stopTimeoutMs, () =>
    isKafkaHealthy(kafkaHost, kafkaPort),
  );
  const esUrl = esContainer.getHttpUrl();
  const elasticsearch = new ContainerServer('elasticsearch', esUrl, esContainer, stopTimeoutMs, () =>
    isElasticsearchHealthy(esUrl),
  );
  log(`containers up: kafka ${kafka.endpoint}, elasticsearch ${elasticsearch.endpoint}`);
  return {
    kafka,
    elasticsearch,
    stop: async () => {
      await Promise.all([kafka.stop(), elasticsearch.stop()]);
    },
  };
}
