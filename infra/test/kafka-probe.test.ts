import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { fetchKafkaMetadata, isKafkaHealthy } from '@newsflow/infra';

/** A metadata v4 response as a broker sends it: size, correlation id, throttle, brokers, cluster id, controller. */
function metadataResponse(correlationId: number, brokers: Array<[number, string, number]>): Buffer {
  const parts: Buffer[] = [];
  const int32 = (v: number): void => {
    const b = Buffer.alloc(4);
    b.writeInt32BE(v);
    parts.push(b);
  };
  const str = (s: string | null): void => {
    const b = Buffer.alloc(2);
    if (s === null) {
      b.writeInt16BE(-1);
      parts.push(b);
      return;
    }
    b.writeInt16BE(Buffer.byteLength(s));
    parts.push(b, Buffer.from(s));
  };
  int32(correlationId);
  int32(0);
  int32(brokers.length);
  for (const [id, host, port] of brokers) {
    int32(id);
    str(host);
    int32(port);
    str(null);
  }
  str('cluster-1');
  int32(brokers[0]?.[0] ?? -1);
  int32(0); // no topics
  const body = Buffer.concat(parts);
  const size = Buffer.alloc(4);
  size.writeInt32BE(body.length);
  return Buffer.concat([size, body]);
}

describe('Kafka metadata probe', () => {
  let server: net.Server;
  let port = 0;
  const requests: Buffer[] = [];

  beforeAll(async () => {
    server = net.createServer((socket) => {
      socket.once('data', (request: Buffer) => {
        requests.push(request);
        const correlationId = request.readInt32BE(8);
        socket.write(metadataResponse(correlationId, [[1, '127.0.0.1', 9092]]));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as net.AddressInfo).port;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('sends a Metadata v4 request and reads the brokers and controller', async () => {
    const metadata = await fetchKafkaMetadata('127.0.0.1', port);
    expect(metadata).toEqual({
      clusterId: 'cluster-1',
      controllerId: 1,
      brokers: [{ nodeId: 1, host: '127.0.0.1', port: 9092 }],
    });
    const request = requests[0];
    expect(request?.readInt16BE(4)).toBe(3); // api key Metadata
    expect(request?.readInt16BE(6)).toBe(4); // version
    await expect(isKafkaHealthy('127.0.0.1', port)).resolves.toBe(true);
  });

  it('reports unhealthy when nothing listens', async () => {
    const closed = net.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const freePort = (closed.address() as net.AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await expect(isKafkaHealthy('127.0.0.1', freePort, 500)).resolves.toBe(false);
  });
});
