import { describe, expect, it } from '@jest/globals';
import { topicNames } from '@newsflow/contracts';
import { ensureTopics, topicSpecs } from '@newsflow/kafka';
import { KafkaJSProtocolError, type ITopicMetadata, type Kafka } from 'kafkajs';
import { pino } from 'pino';

const specs = topicSpecs(topicNames('t'));
const logger = pino({ level: 'silent' });

/** What a KRaft broker answers for a topic it created a moment ago, before its metadata catches up. */
const unknownTopic = (): Error =>
  new KafkaJSProtocolError(
    Object.assign(new Error('This server does not host this topic-partition'), {
      type: 'UNKNOWN_TOPIC_OR_PARTITION',
      code: 3,
      retriable: true,
    }),
  );

const withLeader = (leader: number): ITopicMetadata[] =>
  specs.map((spec) => ({
    name: spec.name,
    partitions: Array.from({ length: spec.partitions }, (_, partitionId) => ({
      partitionId,
      leader,
      partitionErrorCode: 0,
      replicas: [1],
      isr: [1],
    })),
  }));

/** A kafkajs stand-in whose admin answers metadata requests from a script, one answer per call. */
function scriptedKafka(existing: string[], answers: Array<Error | ITopicMetadata[]>) {
  const calls = { created: [] as unknown[], metadata: 0, disconnected: false };
  const admin = {
    connect: async () => undefined,
    disconnect: async () => {
      calls.disconnected = true;
    },
    listTopics: async () => existing,
    createTopics: async (request: unknown) => {
      calls.created.push(request);
      return true;
    },
    fetchTopicMetadata: async () => {
      const answer = answers[Math.min(calls.metadata, answers.length - 1)]!;
      calls.metadata += 1;
      if (answer instanceof Error) throw answer;
      return { topics: answer };
    },
  };
  return { kafka: { admin: () => admin } as unknown as Kafka, calls };
}

describe('ensureTopics', () => {
  it('creates the missing topics and waits through "does not host this topic-partition" until every partition has a leader', async () => {
    const { kafka, calls } = scriptedKafka(
      [specs[0]!.name],
      [unknownTopic(), unknownTopic(), withLeader(-1), withLeader(1)],
    );
    await ensureTopics(kafka, specs, logger);
    expect(calls.created).toEqual([
      expect.objectContaining({
        waitForLeaders: false,
        topics: specs.slice(1).map((spec) => expect.objectContaining({ topic: spec.name })),
      }),
    ]);
    expect(calls.metadata).toBe(4);
    expect(calls.disconnected).toBe(true);
  });

  it('waits for leaders of topics another service has just created', async () => {
    const { kafka, calls } = scriptedKafka(
      specs.map((spec) => spec.name),
      [unknownTopic(), withLeader(1)],
    );
    await ensureTopics(kafka, specs, logger);
    expect(calls.created).toEqual([]);
    expect(calls.metadata).toBe(2);
  });

  it('fails at once on an error Kafka does not mark retriable', async () => {
    const denied = new KafkaJSProtocolError(
      Object.assign(new Error('Not authorized to access topics'), {
        type: 'TOPIC_AUTHORIZATION_FAILED',
        code: 29,
      }),
      { retriable: false },
    );
    const { kafka, calls } = scriptedKafka([], [denied, withLeader(1)]);
    await expect(ensureTopics(kafka, specs, logger)).rejects.toBe(denied);
    expect(calls.metadata).toBe(1);
    expect(calls.disconnected).toBe(true);
  });

  it('gives up after the timeout, naming the topics still without a leader', async () => {
    const { kafka } = scriptedKafka([], [withLeader(-1)]);
    await expect(ensureTopics(kafka, specs, logger, { leaderTimeoutMs: 300 })).rejects.toThrow(
      new RegExp(`no leader for topics ${specs[0]!.name}`),
    );
  });
});
