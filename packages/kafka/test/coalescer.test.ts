import { describe, expect, it } from '@jest/globals';
import { SendCoalescer, type TopicMessages } from '../src/coalescer.js';

/** A send that completes only when the test says so, recording each request. */
function gatedSend() {
  const requests: Array<Array<TopicMessages<string>>> = [];
  const gates: Array<{ open: () => void; fail: (error: Error) => void }> = [];
  const send = (batches: Array<TopicMessages<string>>): Promise<void> => {
    requests.push(batches);
    return new Promise<void>((resolve, reject) => gates.push({ open: resolve, fail: reject }));
  };
  return { send, requests, gates };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('SendCoalescer', () => {
  it('sends at once when idle, then groups what arrived meanwhile into one request, in order', async () => {
    const { send, requests, gates } = gatedSend();
    const coalescer = new SendCoalescer(send, (m: string) => m.length, 1_000);
    const first = coalescer.submit([{ topic: 'raw', messages: ['a'] }]);
    const later = [
      coalescer.submit([{ topic: 'raw', messages: ['b'] }]),
      coalescer.submit([{ topic: 'dlq', messages: ['x'] }]),
      coalescer.submit([{ topic: 'raw', messages: ['c'] }]),
    ];
    await tick();
    expect(requests).toEqual([[{ topic: 'raw', messages: ['a'] }]]);

    gates[0]!.open();
    await first;
    await tick();
    expect(requests[1]).toEqual([
      { topic: 'raw', messages: ['b', 'c'] },
      { topic: 'dlq', messages: ['x'] },
    ]);
    gates[1]!.open();
    await Promise.all(later);
  });

  it('keeps a request within the byte bound, but never leaves a large publish behind', async () => {
    const { send, requests, gates } = gatedSend();
    const coalescer = new SendCoalescer(send, (m: string) => m.length, 5);
    const all = [coalescer.submit([{ topic: 't', messages: ['0'] }])];
    for (const message of ['aaa', 'bb', 'cccccccc', 'd'])
      all.push(coalescer.submit([{ topic: 't', messages: [message] }]));
    for (let round = 0; round < 4; round += 1) {
      await tick();
      gates[round]!.open();
    }
    await Promise.all(all);
    expect(requests.map((r) => r[0]!.messages)).toEqual([['0'], ['aaa', 'bb'], ['cccccccc'], ['d']]);
  });

  it('fails every publish a failed request carried, and goes on with the next ones', async () => {
    const { send, gates } = gatedSend();
    const coalescer = new SendCoalescer(send, () => 1, 100);
    const first = coalescer.submit([{ topic: 't', messages: ['a'] }]);
    const grouped = [
      coalescer.submit([{ topic: 't', messages: ['b'] }]),
      coalescer.submit([{ topic: 't', messages: ['c'] }]),
    ];
    await tick();
    gates[0]!.open();
    await first;
    await tick();
    gates[1]!.fail(new Error('broker said no'));
    await expect(grouped[0]).rejects.toThrow('broker said no');
    await expect(grouped[1]).rejects.toThrow('broker said no');
    const after = coalescer.submit([{ topic: 't', messages: ['d'] }]);
    await tick();
    gates[2]!.open();
    await expect(after).resolves.toBeUndefined();
  });
});
