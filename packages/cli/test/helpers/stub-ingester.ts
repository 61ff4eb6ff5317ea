import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StubReply {
  readonly status: number;
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
}

export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

export interface StubIngester {
  readonly url: string;
  readonly requests: RecordedRequest[];
  close(): Promise<void>;
}

/**
 * A stand-in for the ingester on 127.0.0.1: answers each request with the next reply from `replies`
 * (or from `reply(request, index)`), and records what it received. Extra requests get a 500.
 */
export async function startStubIngester(
  replies: readonly StubReply[] | ((request: RecordedRequest, index: number) => StubReply),
): Promise<StubIngester> {
  const requests: RecordedRequest[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const recorded = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      const index = requests.length;
      requests.push(recorded);
      const reply =
        typeof replies === 'function'
          ? replies(recorded, index)
          : (replies[index] ?? { status: 500, body: { detail: 'the stub ran out of replies' } });
      const isProblem = reply.status >= 400;
      res.writeHead(reply.status, {
        'content-type': isProblem ? 'application/problem+json' : 'application/json',
        ...reply.headers,
      });
      res.end(reply.body === undefined ? '' : JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

export const accepted = (id: string): StubReply => ({
  status: 202,
  body: { id, revision: 1_700_000_000_000, correlationId: `corr-${id}` },
});

export const unavailable = (retryAfterSeconds: number): StubReply => ({
  status: 503,
  headers: { 'retry-after': String(retryAfterSeconds) },
  body: {
    type: 'https://newsflow.dev/problems/newsflow-http-unavailable',
    title: 'Temporarily unavailable',
    status: 503,
    code: 'NEWSFLOW_HTTP_UNAVAILABLE',
    detail: 'Kafka did not acknowledge the article; retry later',
  },
});

export const invalid = (errors: { pointer: string; message: string }[]): StubReply => ({
  status: 400,
  body: {
    type: 'https://newsflow.dev/problems/newsflow-http-validation',
    title: 'The request is not valid',
    status: 400,
    code: 'NEWSFLOW_HTTP_VALIDATION',
    detail: `invalid article: ${errors.map((e) => `${e.pointer} ${e.message}`).join('; ')}`,
    errors,
  },
});

/** Captures what a command writes, and gives it a fixed environment and stdin. */
export function captureIo(options: { env?: Record<string, string>; stdin?: string; tty?: boolean } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: {
      stdout: { write: (chunk: string) => out.push(chunk) },
      stderr: { write: (chunk: string) => err.push(chunk), isTTY: options.tty ?? false, columns: 120 },
      readStdin: async () => options.stdin ?? '',
      env: options.env ?? {},
    },
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  };
}
