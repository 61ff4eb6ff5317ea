import type { Kafka } from 'kafkajs';

/** A readiness check that asks the cluster for its brokers through a short-lived admin connection. */
export function kafkaReadinessCheck(kafka: Kafka): () => Promise<void> {
  return async () => {
    const admin = kafka.admin();
    try {
      await admin.connect();
      await admin.describeCluster();
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
  };
}
