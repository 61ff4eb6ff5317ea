import { Registry, collectDefaultMetrics, Counter, Histogram, Gauge } from 'prom-client';

export { Counter, Histogram, Gauge, Registry };

/** A registry per service, with process metrics and a `service` label on everything. */
export function createMetricsRegistry(service: string): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry, prefix: 'newsflow_' });
  return registry;
}
