import { describe, expect, it } from '@jest/globals';
import { topicNames, type FeedConfig } from '@newsflow/contracts';
import { HttpProblem } from '@newsflow/http';
import { KafkaUnavailableError, type OutgoingMessage, type Publisher } from '@newsflow/kafka';
import { createLogger, createMetricsRegistry } from '@newsflow/observability';
import { createIngest, prepare } from '../src/ingest.js';

const feed: FeedConfig = {
  id: 'f',
  name: 'f',
  sources: ['a.example'],
  rateLimit: { perSecond: 1, burst: 1 },
  disabled: false,
};
const logger = createLogger({ service: 'test', level: 'silent' });

function publisher(behaviour: () => Promise<void>): Publisher & { sent: OutgoingMessage[][] } {
  const sent: OutgoingMessage[][] = [];
  return {
    sent,
    publish: async (_topic, messages) => {
      await behaviour();
      sent.push([...messages]);
    },
    publishMany: async () => undefined,
    disconnect: async () => undefined,
  };
}

const submission = (source: string) =>
  ({
    kind: 'article',
    article: {
      url: 'https://a.example/1',
      title: 't',
      body: 'b',
      source,
      publishedAt: '2026-11-20T10:00:00Z',
      authors: [],
      tags: [],
    },
  }) as const;

describe('prepare', () => {
  it('refuses a source the feed may not write, naming the field', () => {
    expect(prepare(feed, submission('b.example'), new Date())).toMatchObject({
      ok: false,
      code: 'NEWSFLOW_HTTP_FORBIDDEN',
      errors: [{ pointer: '/source' }],
    });
    expect(prepare(feed, submission('a.example'), new Date())).toMatchObject({
      ok: true,
      article: { feedId: 'f', source: 'a.example' },
    });
  });

  it("gives a page without a source the feed's only source", () => {
    const prepared = prepare(feed, { kind: 'scraped', page: 'T\n\nx', params: {} }, new Date());
    expect(prepared).toMatchObject({ ok: true, article: { source: 'a.example' } });
  });
});

describe('createIngest', () => {
  const article = () => {
    const prepared = prepare(feed, submission('a.example'), new Date());
    if (!prepared.ok) throw new Error('not prepared');
    return { article: prepared.article, correlationId: 'c' };
  };

  it('publishes a batch in one request, with the feed and article ids in the headers', async () => {
    const kafka = publisher(async () => undefined);
    const ingest = createIngest({
      publisher: kafka,
      topics: topicNames('t'),
      logger,
      metrics: createMetricsRegistry('t'),
      maxInFlight: 10,
    });
    await ingest.publish([article(), article()]);
    expect(kafka.sent).toHaveLength(1);
    expect(kafka.sent[0]?.[0]?.headers).toMatchObject({ 'x-feed-id': 'f', 'x-correlation-id': 'c' });
  });

  it('answers 503 with Retry-After when Kafka does not take the articles', async () => {
    const kafka = publisher(async () => {
      throw new KafkaUnavailableError('NEWSFLOW_KAFKA_PUBLISH_TIMEOUT', 'no ack');
    });
    const ingest = createIngest({
      publisher: kafka,
      topics: topicNames('t'),
      logger,
      metrics: createMetricsRegistry('t'),
      maxInFlight: 10,
    });
    const error = await ingest.publish([article()]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpProblem);
    expect(error).toMatchObject({ status: 503, code: 'NEWSFLOW_HTTP_UNAVAILABLE', retryAfterSeconds: 5 });
    expect(ingest.inFlight()).toBe(0);
  });

  it('refuses at once, with 503, what would exceed the articles waiting for Kafka', async () => {
    let release: () => void = () => undefined;
    let calls = 0;
    const kafka = publisher(() =>
      calls++ === 0 ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve(),
    );
    const ingest = createIngest({
      publisher: kafka,
      topics: topicNames('t'),
      logger,
      metrics: createMetricsRegistry('t'),
      maxInFlight: 2,
    });
    const waiting = ingest.publish([article(), article()]);
    await expect(ingest.publish([article()])).rejects.toMatchObject({ status: 503, retryAfterSeconds: 1 });
    release();
    await waiting;
    await expect(ingest.publish([article()])).resolves.toBeUndefined();
  });
});
