import { Registry, collectDefaultMetrics, Counter, Histogram, Gauge } from 'prom-client';

export { Counter, Histogram, Gauge, Registry };

/** A registry per service, with process metrics and a `service` label on everything. */
export function createMetricsRegistry(service: string): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry, prefix: 'newsflow_' });
  return registry;
}

/** The consumer lag of each partition after its last committed batch: what a runbook watches. */
export function consumerLagGauge(
  registry: Registry,
): (batch: { topic: string; partition: number; lag: number }) => void {
  const gauge = new Gauge({
    name: 'newsflow_consumer_lag',
    help: 'Messages of the partition not yet consumed, after the last committed batch',
    labelNames: ['topic', 'partition'],
    registers: [registry],
  });
  return ({ topic, partition, lag }) => gauge.set({ topic, partition: String(partition) }, lag);
}
