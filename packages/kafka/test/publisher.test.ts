import { describe, expect, it } from '@jest/globals';
import { createPublisher, InFlightLimit, KafkaUnavailableError } from '@newsflow/kafka';
import type { Kafka } from 'kafkajs';

describe('InFlightLimit', () => {
  it('takes slots up to its bound and refuses beyond, at once', () => {
    const limit = new InFlightLimit(3);
    expect(limit.tryAcquire(2)).toBe(true);
    expect(limit.tryAcquire(2)).toBe(false);
    expect(limit.tryAcquire(1)).toBe(true);
    expect(limit.inFlight).toBe(3);
    limit.release(2);
    expect(limit.tryAcquire(2)).toBe(true);
  });

  it('lets a single request larger than the bound through when nothing else is in flight', () => {
    const limit = new InFlightLimit(2);
    expect(limit.tryAcquire(5)).toBe(true);
    expect(limit.tryAcquire(1)).toBe(false);
  });

  it('refuses a bound that is not a positive integer', () => {
    expect(() => new InFlightLimit(0)).toThrow(RangeError);
  });
});

/** A kafkajs stand-in whose sends stay unacknowledged until the test says so. */
function pendingKafka(): { kafka: Kafka; acknowledge: () => void; sends: () => number } {
  const waiting: Array<() => void> = [];
  const producer = {
    connect: async () => undefined,
    disconnect: async () => undefined,
    sendBatch: () => new Promise<void>((resolve) => waiting.push(resolve)),
  };
  return {
    kafka: { producer: () => producer } as unknown as Kafka,
    acknowledge: () => waiting.splice(0).forEach((resolve) => resolve()),
    sends: () => waiting.length,
  };
}

const message = { key: 'k', value: Buffer.from('v'), headers: {} };

describe('publisher backpressure', () => {
  it('refuses with NEWSFLOW_KAFKA_BACKPRESSURE while maxInFlight messages wait for Kafka, and accepts again after', async () => {
    const { kafka, acknowledge, sends } = pendingKafka();
    const publisher = await createPublisher(kafka, { maxInFlight: 2, ackTimeoutMs: 60_000 });
    const first = publisher.publish('t', [message]);
    const second = publisher.publish('t', [message]);
    await expect(publisher.publish('t', [message])).rejects.toEqual(
      expect.objectContaining({ name: 'KafkaUnavailableError', code: 'NEWSFLOW_KAFKA_BACKPRESSURE' }),
    );
    // One request in flight; the second publish waits to go in the next one.
    expect(sends()).toBe(1);
    acknowledge();
    await first;
    await new Promise((resolve) => setImmediate(resolve));
    expect(sends()).toBe(1);
    acknowledge();
    await second;
    const third = publisher.publish('t', [message]);
    acknowledge();
    await expect(third).resolves.toBeUndefined();
  });

  it('keeps the slots of a publish that timed out until Kafka answers it', async () => {
    const { kafka, acknowledge } = pendingKafka();
    const publisher = await createPublisher(kafka, { maxInFlight: 1, ackTimeoutMs: 100 });
    await expect(publisher.publish('t', [message])).rejects.toBeInstanceOf(KafkaUnavailableError);
    await expect(publisher.publish('t', [message])).rejects.toEqual(
      expect.objectContaining({ code: 'NEWSFLOW_KAFKA_BACKPRESSURE' }),
    );
    acknowledge();
    await new Promise((resolve) => setImmediate(resolve));
    const again = publisher.publish('t', [message]);
    acknowledge();
    await expect(again).resolves.toBeUndefined();
  });
});
