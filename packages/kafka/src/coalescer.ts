export interface TopicMessages<M> {
  readonly topic: string;
  readonly messages: readonly M[];
}

interface Waiting<M> {
  readonly batches: ReadonlyArray<TopicMessages<M>>;
  readonly bytes: number;
  resolve(): void;
  reject(error: unknown): void;
}

/**
 * Sends concurrent publishes together. While one request is in flight, later publishes wait and then
 * go as one request, up to `maxBytes`: under load many articles share one acknowledged round trip,
 * and with no load a publish goes at once (there is no linger delay). Order is kept: messages leave
 * in the order they were submitted. A failed request fails every publish it carried.
 */
export class SendCoalescer<M> {
  #queue: Array<Waiting<M>> = [];
  #draining = false;

  constructor(
    private readonly send: (batches: Array<TopicMessages<M>>) => Promise<unknown>,
    private readonly sizeOf: (message: M) => number,
    private readonly maxBytes: number,
  ) {}

  submit(batches: ReadonlyArray<TopicMessages<M>>): Promise<void> {
    const bytes = batches.reduce(
      (sum, batch) => sum + batch.messages.reduce((s, m) => s + this.sizeOf(m), 0),
      0,
    );
    return new Promise<void>((resolve, reject) => {
      this.#queue.push({ batches, bytes, resolve, reject });
      if (!this.#draining) void this.#drain();
    });
  }

  async #drain(): Promise<void> {
    this.#draining = true;
    while (this.#queue.length > 0) {
      const group = this.#takeGroup();
      try {
        await this.send(merge(group.flatMap((waiting) => waiting.batches)));
        for (const waiting of group) waiting.resolve();
      } catch (error) {
        for (const waiting of group) waiting.reject(error);
      }
    }
    this.#draining = false;
  }

  /** The longest run of waiting publishes within maxBytes; always at least one. */
  #takeGroup(): Array<Waiting<M>> {
    let bytes = 0;
    let count = 0;
    for (const waiting of this.#queue) {
      if (count > 0 && bytes + waiting.bytes > this.maxBytes) break;
      bytes += waiting.bytes;
      count += 1;
    }
    return this.#queue.splice(0, count);
  }
}

function merge<M>(batches: ReadonlyArray<TopicMessages<M>>): Array<TopicMessages<M>> {
  const byTopic = new Map<string, M[]>();
  for (const batch of batches) {
    const messages = byTopic.get(batch.topic) ?? [];
    messages.push(...batch.messages);
    byTopic.set(batch.topic, messages);
  }
  return [...byTopic].map(([topic, messages]) => ({ topic, messages }));
}
