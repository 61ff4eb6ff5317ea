import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';

/**
 * A fault-injecting HTTP proxy in front of a real Elasticsearch. Every request is forwarded as is,
 * except `_bulk`: a share of its items is taken out of the forwarded request and answered with
 * 429 es_rejected_execution_exception at their position, exactly as a saturated write thread pool does.
 * A rejected item is therefore really not written, and must be sent again by the client.
 */
export interface EsFaultProxy {
  readonly url: string;
  /** Items rejected so far. */
  readonly rejected: number;
  /** Items forwarded to Elasticsearch so far. */
  readonly forwarded: number;
  /** Share of bulk items to reject, 0..1; can be changed while running. */
  rejectRate: number;
  close(): Promise<void>;
}

function readBody(stream: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

interface Upstream {
  readonly status: number;
  readonly headers: IncomingMessage['headers'];
  readonly body: Buffer;
}

function forward(
  target: URL,
  method: string,
  path: string,
  headers: IncomingMessage['headers'],
  body: Buffer,
): Promise<Upstream> {
  return new Promise((resolve, reject) => {
    const {
      host: _host,
      'content-length': _length,
      'accept-encoding': _encoding,
      connection: _connection,
      ...rest
    } = headers;
    const req = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        method,
        path,
        headers: { ...rest, 'content-length': String(body.length), 'accept-encoding': 'identity' },
      },
      (res) => {
        readBody(res).then(
          (data) => resolve({ status: res.statusCode ?? 502, headers: res.headers, body: data }),
          reject,
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Deterministic pseudo-random numbers, so a run can be repeated. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

export async function startEsFaultProxy(
  upstreamUrl: string,
  options: { rejectRate: number; seed?: number },
): Promise<EsFaultProxy> {
  const target = new URL(upstreamUrl);
  const next = random(options.seed ?? 42);
  let rejected = 0;
  let forwarded = 0;
  const state = { rejectRate: options.rejectRate };

  const server: Server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      const path = req.url ?? '/';
      const method = req.method ?? 'GET';
      const isBulk =
        method === 'POST' || method === 'PUT'
          ? /(^|\/)_bulk(\?|$)/.test(path.split('?')[0] ?? '') || path.startsWith('/_bulk')
          : false;
      if (!isBulk) {
        const upstream = await forward(target, method, path, req.headers, body);
        const {
          'content-length': _l,
          'transfer-encoding': _t,
          connection: _c,
          ...headers
        } = upstream.headers;
        res.writeHead(upstream.status, { ...headers, 'content-length': String(upstream.body.length) });
        res.end(upstream.body);
        return;
      }
      // Bulk: pairs of action line + source line (this pipeline only sends `index` actions).
      const lines = body
        .toString('utf8')
        .split('\n')
        .filter((line) => line.length > 0);
      const items: Array<{ action: string; source: string; reject: boolean }> = [];
      for (let i = 0; i + 1 < lines.length; i += 2) {
        items.push({ action: lines[i]!, source: lines[i + 1]!, reject: next() < state.rejectRate });
      }
      const kept = items.filter((item) => !item.reject);
      let upstreamItems: unknown[] = [];
      let took = 0;
      let headers: Record<string, string | string[] | undefined> = {
        'content-type': 'application/vnd.elasticsearch+json; compatible-with=9',
        'x-elastic-product': 'Elasticsearch',
      };
      if (kept.length > 0) {
        const upstream = await forward(
          target,
          method,
          path,
          req.headers,
          Buffer.from(`${kept.map((k) => `${k.action}\n${k.source}`).join('\n')}\n`),
        );
        if (upstream.status !== 200) {
          const { 'content-length': _l, 'transfer-encoding': _t, connection: _c, ...rest } = upstream.headers;
          res.writeHead(upstream.status, { ...rest, 'content-length': String(upstream.body.length) });
          res.end(upstream.body);
          return;
        }
        const parsed = JSON.parse(upstream.body.toString('utf8')) as { items: unknown[]; took: number };
        upstreamItems = parsed.items;
        took = parsed.took;
        const { 'content-length': _l, 'transfer-encoding': _t, connection: _c, ...rest } = upstream.headers;
        headers = rest;
      }
      forwarded += kept.length;
      let k = 0;
      const merged = items.map((item) => {
        if (!item.reject) return upstreamItems[k++];
        rejected += 1;
        const action = JSON.parse(item.action) as { index?: { _index?: string; _id?: string } };
        return {
          index: {
            _index: action.index?._index ?? 'unknown',
            _id: action.index?._id ?? '',
            status: 429,
            error: {
              type: 'es_rejected_execution_exception',
              reason: 'rejected execution of coordinating operation (injected by the fault proxy)',
            },
          },
        };
      });
      const out = Buffer.from(JSON.stringify({ errors: true, took, items: merged }));
      res.writeHead(200, { ...headers, 'content-length': String(out.length) });
      res.end(out);
    })().catch((error: unknown) => {
      res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`fault proxy: ${String(error)}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    get rejected() {
      return rejected;
    },
    get forwarded() {
      return forwarded;
    },
    get rejectRate() {
      return state.rejectRate;
    },
    set rejectRate(value: number) {
      state.rejectRate = value;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
