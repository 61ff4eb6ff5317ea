import {
  freePort,
  SERVICE_NAMES,
  SERVICE_PORT_VARIABLE,
  startServiceProcess,
  type ServiceName,
  type ServiceProcess,
} from '@newsflow/infra';

export interface Stack {
  readonly services: Readonly<Record<ServiceName, ServiceProcess>>;
  readonly ingesterUrl: string;
  readonly searchUrl: string;
  readonly authHeaders: Readonly<Record<string, string>>;
  stop(): Promise<void>;
}

/** The four services as real processes on free ports, with their own topic and index prefix. */
export async function startStack(options: {
  prefix: string;
  brokers: readonly string[];
  elasticsearchUrl: string;
}): Promise<Stack> {
  const env: Record<string, string> = {
    KAFKA_BROKERS: options.brokers.join(','),
    ELASTICSEARCH_URL: options.elasticsearchUrl,
    NEWSFLOW_PREFIX: options.prefix,
    LOG_LEVEL: 'warn',
    INGESTER_AUTH: 'none',
  };
  for (const name of SERVICE_NAMES) env[SERVICE_PORT_VARIABLE[name]] = String(await freePort());
  const services: ServiceProcess[] = SERVICE_NAMES.map((name) => startServiceProcess(name, { env }));
  await Promise.all(services.map((service) => service.waitReady()));
  return {
    services: Object.fromEntries(services.map((service) => [service.name, service])) as Record<
      ServiceName,
      ServiceProcess
    >,
    ingesterUrl: `http://127.0.0.1:${env['INGESTER_PORT']}`,
    searchUrl: `http://127.0.0.1:${env['SEARCH_API_PORT']}`,
    authHeaders: {},
    stop: async () => {
      await Promise.all(services.map((service) => service.stop()));
    },
  };
}
