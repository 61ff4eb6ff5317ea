import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startInfra, type Infra, type ServerControl } from '@newsflow/infra';
import { createKafka, readTopic } from '@newsflow/kafka';
import { DeadLetter, topicNames, type TopicNames } from '@newsflow/contracts';
import type { Kafka } from 'kafkajs';
import { pino } from 'pino';
import {
  eventually,
  ROOT,
  startService,
  uniquePrefix,
  type ServiceName,
  type ServiceProcess,
} from '../../support/services.js';

/** Ports of the dedicated `faults` profile: killing its servers never disturbs another suite. */
export const FAULTS_PORTS = { kafka: 29_092, elasticsearch: 29_200 } as const;

export interface FaultServers {
  readonly kafkaBrokers: string;
  readonly elasticsearchUrl: string;
  /** Undefined when the suite runs against external servers it cannot stop. */
  readonly kafka: ServerControl | undefined;
  readonly elasticsearch: ServerControl | undefined;
  readonly description: string;
  stop(): Promise<void>;
}

/**
 * Starts the suite's own Kafka and Elasticsearch (profile `faults`, ports 29092/29200), ignoring
 * KAFKA_BROKERS/ELASTICSEARCH_URL (those are the shared test servers). NEWSFLOW_FAULTS_INFRA=external
 * uses those servers instead: the scenarios that stop a server then fail, naming the reason, unless
 * NEWSFLOW_FAULTS_EXTERNAL=skip.
 */
export async function startFaultServers(): Promise<FaultServers> {
  const log = (line: string): void => {
    process.stderr.write(`[faults infra] ${line}\n`);
  };
  if (process.env['NEWSFLOW_FAULTS_INFRA'] === 'external') {
    const kafkaBrokers = process.env['KAFKA_BROKERS'];
    const elasticsearchUrl = process.env['ELASTICSEARCH_URL'];
    if (!kafkaBrokers || !elasticsearchUrl) {
      throw new Error('NEWSFLOW_FAULTS_INFRA=external needs KAFKA_BROKERS and ELASTICSEARCH_URL');
    }
    return {
      kafkaBrokers,
      elasticsearchUrl,
      kafka: undefined,
      elasticsearch: undefined,
      description: `external servers ${kafkaBrokers} ${elasticsearchUrl} (no server control)`,
      stop: async () => undefined,
    };
  }
  const env = { ...process.env, KAFKA_BROKERS: undefined, ELASTICSEARCH_URL: undefined };
  const infra: Infra = await startInfra(
    {
      profile: 'faults',
      kafkaPort: FAULTS_PORTS.kafka,
      elasticsearchPort: FAULTS_PORTS.elasticsearch,
      elasticsearchHeap: '512m',
      stopTimeoutMs: 20_000,
      log,
    },
    { env, uid: process.getuid?.() ?? -1, homedir: os.homedir() },
  );
  return {
    kafkaBrokers: infra.kafkaBrokers,
    elasticsearchUrl: infra.elasticsearchUrl,
    kafka: infra.kafka,
    elasticsearch: infra.elasticsearch,
    description: `dedicated profile "faults" (${infra.mode}): ${infra.kafkaBrokers} ${infra.elasticsearchUrl}`,
    stop: () => infra.stop(),
  };
}

/** The server control a scenario needs, or undefined when it must be skipped (NEWSFLOW_FAULTS_EXTERNAL=skip). */
export function requireControl(
  servers: FaultServers,
  name: 'kafka' | 'elasticsearch',
  scenario: string,
): ServerControl | undefined {
  const control = servers[name];
  if (control) return control;
  if (process.env['NEWSFLOW_FAULTS_EXTERNAL'] === 'skip') {
    process.stdout.write(
      `fault ${scenario}: skipped (NEWSFLOW_FAULTS_EXTERNAL=skip; ${servers.description})\n`,
    );
    return undefined;
  }
  throw new Error(
    `fault ${scenario} needs to stop and start ${name}, but the suite runs on ${servers.description}. ` +
      'Let it start its own servers (unset NEWSFLOW_FAULTS_INFRA), or set NEWSFLOW_FAULTS_EXTERNAL=skip to skip this scenario.',
  );
}

const silent = pino({ level: 'silent' });

export interface Accepted {
  readonly id: string;
  readonly revision: number;
}

/** What the test knows was accepted (202), by id, and what was refused. */
export class Ledger {
  readonly accepted = new Map<string, number[]>();
  readonly refused = new Map<number, number>();
  retryAfterSeen = false;

  accept(id: string, revision: number): void {
    const revisions = this.accepted.get(id) ?? [];
    revisions.push(revision);
    this.accepted.set(id, revisions);
  }

  refuse(status: number): void {
    this.refused.set(status, (this.refused.get(status) ?? 0) + 1);
  }

  get acceptedCount(): number {
    let n = 0;
    for (const revisions of this.accepted.values()) n += revisions.length;
    return n;
  }

  newest(id: string): number {
    return Math.max(...(this.accepted.get(id) ?? [-1]));
  }
}

export interface ArticleSpec {
  readonly url: string;
  readonly title: string;
  readonly body: string;
}

export function articleSpec(scenario: string, index: number, variant = 0): ArticleSpec {
  const cities = ['Lisbon', 'Oslo', 'Nairobi', 'Lima', 'Hanoi', 'Dublin', 'Quito', 'Accra'];
  const city = cities[index % cities.length]!;
  return {
    url: `https://faults.example/${scenario}/${index}`,
    title: `${city} harbour report ${index} (${variant})`,
    body:
      `The port authority of ${city} said on Monday that traffic grew in the third quarter. ` +
      `Maria Santos, who leads the authority, expects revision ${variant} of the plan to be approved. ` +
      `Article number ${index} of the ${scenario} fault scenario.`,
  };
}

/** Pushes one article; records a 202 in the ledger and any other status as refused. */
export async function pushArticle(ingesterUrl: string, ledger: Ledger, spec: ArticleSpec): Promise<number> {
  let response: Response;
  try {
    response = await fetch(`${ingesterUrl}/v1/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...spec, source: 'faults.example', publishedAt: '2026-11-20T10:00:00Z' }),
      signal: AbortSignal.timeout(20_000),
    });
  } catch {
    ledger.refuse(0);
    return 0;
  }
  if (response.status === 202) {
    const body = (await response.json()) as { id: string; revision: number };
    ledger.accept(body.id, body.revision);
  } else {
    if (response.status === 503 && response.headers.get('retry-after')) ledger.retryAfterSeen = true;
    await response.arrayBuffer().catch(() => undefined);
    ledger.refuse(response.status);
  }
  return response.status;
}

/** Pushes articles `from`..`to-1` with some concurrency and pacing; `onAccepted` sees the running count. */
export async function pushRange(
  ingesterUrl: string,
  ledger: Ledger,
  scenario: string,
  range: { from: number; to: number },
  options: {
    concurrency?: number;
    pauseMs?: number;
    onProgress?: (accepted: number) => Promise<void> | void;
  } = {},
): Promise<void> {
  let next = range.from;
  const worker = async (): Promise<void> => {
    while (next < range.to) {
      const index = next;
      next += 1;
      await pushArticle(ingesterUrl, ledger, articleSpec(scenario, index));
      await options.onProgress?.(ledger.acceptedCount);
      if (options.pauseMs) await sleep(options.pauseMs);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 2 }, worker));
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** One scenario's services, on its own prefix (topics, groups, indices). */
export class Pipeline {
  readonly prefix: string;
  readonly topics: TopicNames;
  readonly kafka: Kafka;
  readonly processes: Array<{ label: string; process: ServiceProcess }> = [];
  ingesterUrl = '';
  private readonly baseEnv: Record<string, string>;

  constructor(
    readonly scenario: string,
    readonly servers: FaultServers,
    env: Record<string, string> = {},
  ) {
    this.prefix = uniquePrefix(scenario.replace(/[^a-z0-9]/g, '').slice(0, 8));
    this.topics = topicNames(this.prefix);
    this.kafka = createKafka({
      brokers: servers.kafkaBrokers.split(','),
      clientId: 'faults-test',
      logger: silent,
    });
    this.baseEnv = {
      KAFKA_BROKERS: servers.kafkaBrokers,
      ELASTICSEARCH_URL: servers.elasticsearchUrl,
      NEWSFLOW_PREFIX: this.prefix,
      INGESTER_ACK_TIMEOUT_MS: '3000',
      // Feeds authenticate with tokens; these scenarios push anonymously (the ingester allows it for tests).
      INGESTER_AUTH: 'none',
      ENRICHER_SESSION_TIMEOUT_MS: '6000',
      INDEXER_SESSION_TIMEOUT_MS: '6000',
      INDEXER_MAX_BACKOFF_MS: '2000',
      INDEXER_BULK_SIZE: '25',
      INDEXER_MAX_ATTEMPTS: '10',
      INDEXER_REQUEST_TIMEOUT_MS: '5000',
      ...env,
    };
  }

  /** Starts a service and waits until it is ready; `label` tells two instances apart in the logs. */
  async start(
    name: Exclude<ServiceName, 'search-api'>,
    label: string = name,
    env: Record<string, string> = {},
  ): Promise<ServiceProcess> {
    const process = startService(name, { ...this.baseEnv, ...env });
    this.processes.push({ label, process });
    const url = await process.listening(60_000).catch((error: Error) => {
      throw new Error(`${label}: ${error.message}`);
    });
    if (name === 'ingester') this.ingesterUrl = url;
    return process;
  }

  async startAll(
    env: Partial<Record<'ingester' | 'enricher' | 'indexer', Record<string, string>>> = {},
  ): Promise<void> {
    // The ingester creates the topics; the consumers then join their groups in parallel.
    await this.start('ingester', 'ingester', env.ingester);
    await Promise.all([
      this.start('enricher', 'enricher', env.enricher),
      this.start('indexer', 'indexer', env.indexer),
    ]);
  }

  /** True once both consumer groups have committed everything their topic holds. */
  async drained(): Promise<boolean> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      for (const [topic, groupId] of [
        [this.topics.raw, `${this.prefix}-enricher`],
        [this.topics.enriched, `${this.prefix}-indexer`],
      ] as const) {
        const ends = await admin.fetchTopicOffsets(topic);
        const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] });
        for (const end of ends) {
          const done = committed?.partitions.find((p) => p.partition === end.partition)?.offset ?? '-1';
          const position = done === '-1' ? BigInt(end.low) : BigInt(done);
          if (position < BigInt(end.high)) return false;
        }
      }
      return true;
    } finally {
      await admin.disconnect();
    }
  }

  async produce(
    topic: string,
    messages: Array<{ key: string | null; value: Buffer; headers?: Record<string, string> }>,
  ): Promise<void> {
    const producer = this.kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    try {
      await producer.send({
        topic,
        acks: -1,
        messages: messages.map((m) => ({ key: m.key, value: m.value, headers: m.headers ?? {} })),
      });
    } finally {
      await producer.disconnect();
    }
  }

  async stopAll(): Promise<void> {
    await Promise.all(this.processes.map(({ process }) => process.stop()));
    const dir = path.join(ROOT, 'test-artifacts', 'logs', 'faults');
    mkdirSync(dir, { recursive: true });
    for (const { label, process } of this.processes) {
      writeFileSync(
        path.join(dir, `${this.scenario}-${label}-${process.child.pid ?? 'x'}.log`),
        `${process.lines.join('\n')}\n`,
      );
    }
  }

  /** Every copy of every document in the prefix's indices: id, revision and index, read from Elasticsearch directly. */
  async indexedDocuments(): Promise<
    Array<{ id: string; revision: number; index: string; enrichedAt: string }>
  > {
    const base = this.servers.elasticsearchUrl;
    const pattern = `${this.prefix}-articles-*`;
    await fetch(`${base}/${pattern}/_refresh?allow_no_indices=true`, { method: 'POST' });
    const response = await fetch(`${base}/${pattern}/_search?allow_no_indices=true`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        size: 10_000,
        version: true,
        _source: ['id', 'revision', 'enrichedAt'],
        query: { match_all: {} },
      }),
    });
    if (!response.ok) throw new Error(`searching ${pattern}: ${response.status} ${await response.text()}`);
    const body = (await response.json()) as {
      hits: {
        hits: Array<{
          _index: string;
          _id: string;
          _version: number;
          _source: { id: string; revision: number; enrichedAt: string };
        }>;
      };
    };
    return body.hits.hits.map((hit) => ({
      id: hit._id,
      revision: hit._source.revision,
      index: hit._index,
      enrichedAt: hit._source.enrichedAt,
    }));
  }

  /** The whole dead-letter topic, read with a fresh consumer. */
  async deadLetters(): Promise<DeadLetter[]> {
    const { messages } = await readTopic(this.kafka, this.topics.deadLetter, { timeoutMs: 30_000 });
    return messages.map((m) => DeadLetter.parse(JSON.parse(m.value?.toString('utf8') ?? '')));
  }
}

export interface FaultReport {
  readonly accepted: number;
  readonly indexed: number;
  readonly deadLettered: number;
  readonly lost: number;
  readonly duplicates: number;
  readonly staleRevisions: number;
  readonly lostIds: string[];
  readonly letters: DeadLetter[];
}

export function account(
  ledger: Ledger,
  documents: ReadonlyArray<{ id: string; revision: number }>,
  letters: readonly DeadLetter[],
): FaultReport {
  const copies = new Map<string, Array<{ revision: number }>>();
  for (const doc of documents) copies.set(doc.id, [...(copies.get(doc.id) ?? []), doc]);
  const lettered = new Set(letters.map((l) => l.articleId ?? l.origin.key ?? ''));
  let indexed = 0;
  let deadLettered = 0;
  let staleRevisions = 0;
  const lostIds: string[] = [];
  for (const id of ledger.accepted.keys()) {
    const found = copies.get(id);
    if (found && found.length > 0) {
      indexed += 1;
      if (Math.max(...found.map((c) => c.revision)) < ledger.newest(id)) staleRevisions += 1;
    } else if (lettered.has(id)) {
      deadLettered += 1;
    } else {
      lostIds.push(id);
    }
  }
  let duplicates = 0;
  for (const found of copies.values()) duplicates += found.length - 1;
  return {
    accepted: ledger.accepted.size,
    indexed,
    deadLettered,
    lost: lostIds.length,
    duplicates,
    staleRevisions,
    lostIds,
    letters: [...letters],
  };
}

/**
 * Waits until the pipeline has committed everything and every accepted article is accounted for, then
 * returns the final count (or the last one at the deadline, for the assertions to show).
 */
export async function settle(pipeline: Pipeline, ledger: Ledger, timeoutMs: number): Promise<FaultReport> {
  const deadline = Date.now() + timeoutMs;
  let report: FaultReport | undefined;
  while (Date.now() < deadline) {
    const drained = await pipeline.drained().catch(() => false);
    if (drained) {
      report = account(ledger, await pipeline.indexedDocuments(), await pipeline.deadLetters());
      if (report.lost === 0 && report.staleRevisions === 0) return report;
    }
    await sleep(1_000);
  }
  return report ?? account(ledger, await pipeline.indexedDocuments(), await pipeline.deadLetters());
}

export function printReport(name: string, report: FaultReport): void {
  process.stdout.write(
    `fault ${name}: accepted=${report.accepted} indexed=${report.indexed} deadLettered=${report.deadLettered} ` +
      `lost=${report.lost} duplicates=${report.duplicates} staleRevisions=${report.staleRevisions}\n`,
  );
}

export { eventually };
