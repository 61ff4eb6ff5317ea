import net from 'node:net';

export interface KafkaMetadata {
  clusterId: string | undefined;
  controllerId: number;
  brokers: Array<{ nodeId: number; host: string; port: number }>;
}

const METADATA_API_KEY = 3;
const METADATA_VERSION = 4; // non-flexible; supported by Kafka 1.0 through 4.x

/** Encodes a Metadata v4 request for all topics, without auto-creation. */
export function encodeMetadataRequest(correlationId: number, clientId: string): Buffer {
  const client = Buffer.from(clientId, 'utf8');
  const body = Buffer.alloc(2 + 2 + 4 + 2 + client.length + 4 + 1);
  let o = 0;
  o = body.writeInt16BE(METADATA_API_KEY, o);
  o = body.writeInt16BE(METADATA_VERSION, o);
  o = body.writeInt32BE(correlationId, o);
  o = body.writeInt16BE(client.length, o);
  o += client.copy(body, o);
  o = body.writeInt32BE(-1, o); // topics: null = all
  body.writeInt8(0, o); // allow_auto_topic_creation
  const size = Buffer.alloc(4);
  size.writeInt32BE(body.length, 0);
  return Buffer.concat([size, body]);
}

/** Decodes the start of a Metadata v4 response (without the 4-byte size prefix). */
export function decodeMetadataResponse(payload: Buffer, correlationId: number): KafkaMetadata {
  let o = 0;
  const int16 = (): number => {
    const v = payload.readInt16BE(o);
    o += 2;
    return v;
  };
  const int32 = (): number => {
    const v = payload.readInt32BE(o);
    o += 4;
    return v;
  };
  const str = (): string | undefined => {
    const len = int16();
    if (len < 0) return undefined;
    const v = payload.toString('utf8', o, o + len);
    o += len;
    return v;
  };
  if (int32() !== correlationId) throw new Error('Kafka metadata response has the wrong correlation id');
  int32(); // throttle_time_ms
  const count = int32();
  const brokers: KafkaMetadata['brokers'] = [];
  for (let i = 0; i < count; i += 1) {
    const nodeId = int32();
    const host = str() ?? '';
    const port = int32();
    str(); // rack
    brokers.push({ nodeId, host, port });
  }
  const clusterId = str();
  const controllerId = int32();
  return { clusterId, controllerId, brokers };
}

/** Sends one Metadata request to host:port; resolves with the brokers the cluster reports. */
export function fetchKafkaMetadata(host: string, port: number, timeoutMs = 2000): Promise<KafkaMetadata> {
  return new Promise((resolve, reject) => {
    const correlationId = Math.floor(Math.random() * 0x7fffffff);
    const socket = net.connect({ host, port });
    let buffer = Buffer.alloc(0);
    const finish = (error: Error | undefined, result?: KafkaMetadata): void => {
      socket.destroy();
      if (error !== undefined) reject(error);
      else if (result !== undefined) resolve(result);
    };
    socket.setTimeout(timeoutMs, () =>
      finish(new Error(`no Kafka metadata answer from ${host}:${port} in ${timeoutMs} ms`)),
    );
    socket.once('error', (error) => finish(error));
    socket.once('connect', () => socket.write(encodeMetadataRequest(correlationId, 'newsflow-infra-probe')));
    socket.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      if (buffer.length < 4) return;
      const size = buffer.readInt32BE(0);
      if (buffer.length < 4 + size) return;
      try {
        finish(undefined, decodeMetadataResponse(buffer.subarray(4, 4 + size), correlationId));
      } catch (error) {
        finish(error as Error);
      }
    });
    socket.once('end', () => finish(new Error(`Kafka at ${host}:${port} closed the connection`)));
  });
}

/** Healthy when the broker answers Metadata, lists itself and a controller is known. */
export async function isKafkaHealthy(host: string, port: number, timeoutMs = 2000): Promise<boolean> {
  try {
    const metadata = await fetchKafkaMetadata(host, port, timeoutMs);
    return metadata.brokers.length > 0 && metadata.controllerId >= 0;
  } catch {
    return false;
  }
}
