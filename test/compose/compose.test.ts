// docker-compose.yml against the code: every service, port and variable the services read is there,
// with values that work inside the compose network. The variables are taken from each service's
// src/config.ts (and the shared *_ENV blocks in packages/contracts/src/env.ts) at test time, so a
// variable added to a config without a default fails here until compose sets it.
import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { SERVICE_NODE_FLAGS } from '@newsflow/infra';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

interface ComposeService {
  image?: string;
  build?: string | { context?: string; dockerfile?: string };
  command?: string | string[];
  environment?: Record<string, string | number | boolean | null> | string[];
  ports?: (string | number | { target: number; published?: number | string })[];
  depends_on?: string[] | Record<string, { condition?: string }>;
  healthcheck?: { test?: string | string[]; disable?: boolean };
  profiles?: string[];
}
interface ComposeFile {
  services: Record<string, ComposeService>;
}

const compose = parse(read('docker-compose.yml'), { merge: true }) as ComposeFile;
const services = compose.services;

/** The four newsflow services: each runs from the one image and listens on one port. */
const NEWSFLOW_SERVICES = {
  ingester: { port: 'INGESTER_PORT', host: 'INGESTER_HOST', defaultPort: 8081 },
  enricher: { port: 'ENRICHER_OPS_PORT', host: 'ENRICHER_OPS_HOST', defaultPort: 9101 },
  indexer: { port: 'INDEXER_OPS_PORT', host: 'INDEXER_OPS_HOST', defaultPort: 9102 },
  'search-api': { port: 'SEARCH_API_PORT', host: 'SEARCH_API_HOST', defaultPort: 8080 },
} as const;
type ServiceName = keyof typeof NEWSFLOW_SERVICES;
const SERVICE_NAMES = Object.keys(NEWSFLOW_SERVICES) as ServiceName[];

/** Where the code's shared variables must point inside the compose network. */
const IN_NETWORK: Readonly<Record<string, string>> = {
  KAFKA_BROKERS: 'kafka:9092',
  ELASTICSEARCH_URL: 'http://elasticsearch:9200',
};

// ---------------------------------------------------------------------------------------------
// Reading variables out of zod schema sources.

interface Variable {
  readonly name: string;
  /** Has `.default(…)`, `.optional()` or is a portVariable(…): the service starts without it. */
  readonly optional: boolean;
  /** portVariable(N): the port used when the variable is not set. */
  readonly defaultPort: number | undefined;
}

const KEY = /^\s+([A-Z][A-Z0-9_]+):/gm;

/** The UPPER_CASE keys of an object literal's source, each with the text of its schema. */
function variablesIn(block: string): Variable[] {
  const matches = [...block.matchAll(KEY)];
  return matches.map((match, i) => {
    const segment = block.slice((match.index ?? 0) + match[0].length, matches[i + 1]?.index ?? block.length);
    const port = /portVariable\((\d+)\)/.exec(segment);
    return {
      name: match[1] as string,
      optional: /\.default\(|\.optional\(\)|\.nullish\(\)|portVariable\(/.test(segment),
      defaultPort: port ? Number(port[1]) : undefined,
    };
  });
}

/** `export const COMMON_ENV = { … };` and friends from packages/contracts/src/env.ts. */
function sharedEnvBlocks(): Map<string, Variable[]> {
  const source = read('packages/contracts/src/env.ts');
  const blocks = new Map<string, Variable[]>();
  for (const match of source.matchAll(/export const ([A-Z][A-Z0-9_]*_ENV) = \{([\s\S]*?)\n\};/g)) {
    blocks.set(match[1] as string, variablesIn(match[2] as string));
  }
  return blocks;
}

/** The variables a service's src/config.ts reads: its own keys plus the *_ENV blocks it spreads. */
function configVariables(service: string): Variable[] | undefined {
  const file = path.join('services', service, 'src', 'config.ts');
  if (!existsSync(path.join(ROOT, file))) return undefined;
  const source = read(file);
  const object = /z\.(?:strictObject|object|looseObject)\(\{([\s\S]*?)\n\}\)/.exec(source);
  if (!object) throw new Error(`${file}: no z.object({ … }) schema found`);
  const body = object[1] as string;
  const shared = sharedEnvBlocks();
  const spread = [...body.matchAll(/\.\.\.([A-Z][A-Z0-9_]*_ENV)\b/g)].flatMap((match) => {
    const block = shared.get(match[1] as string);
    if (!block)
      throw new Error(`${file} spreads ${match[1]}, which packages/contracts/src/env.ts does not export`);
    return block;
  });
  return [...spread, ...variablesIn(body)];
}

// ---------------------------------------------------------------------------------------------
// Reading compose.

/** A compose value with `${VAR:-default}` / `${VAR-default}` resolved to its default. */
const interpolate = (value: string): string =>
  value.replace(/\$\{[A-Z0-9_]+(?::?-([^}]*))?\}/g, (_match, fallback: string | undefined) => fallback ?? '');

function environmentOf(service: ComposeService): Record<string, string> {
  const env = service.environment ?? {};
  const entries = Array.isArray(env)
    ? env.map((line) => {
        const at = line.indexOf('=');
        return at < 0 ? [line, ''] : [line.slice(0, at), line.slice(at + 1)];
      })
    : Object.entries(env).map(([key, value]) => [key, value === null ? '' : String(value)]);
  return Object.fromEntries(entries.map(([key, value]) => [key, interpolate(value as string)]));
}

/** Published ports as { host, container } pairs, from short ("8081:8081", "127.0.0.1:8081:8081") or long syntax. */
function portsOf(service: ComposeService): { host: number | undefined; container: number }[] {
  return (service.ports ?? []).map((port) => {
    if (typeof port === 'object') {
      return {
        host: port.published === undefined ? undefined : Number(port.published),
        container: port.target,
      };
    }
    const parts = String(port)
      .replace(/\/(tcp|udp)$/, '')
      .split(':');
    const container = Number(parts.at(-1));
    return { host: parts.length > 1 ? Number(parts.at(-2)) : undefined, container };
  });
}

function dependenciesOf(service: ComposeService): Record<string, string | undefined> {
  const deps = service.depends_on ?? {};
  if (Array.isArray(deps)) return Object.fromEntries(deps.map((name) => [name, undefined]));
  return Object.fromEntries(Object.entries(deps).map(([name, dep]) => [name, dep.condition]));
}

const commandOf = (service: ComposeService): string =>
  Array.isArray(service.command) ? service.command.join(' ') : (service.command ?? '');
const healthcheckOf = (service: ComposeService): string => {
  const test = service.healthcheck?.test;
  return Array.isArray(test) ? test.join(' ') : (test ?? '');
};

// ---------------------------------------------------------------------------------------------

describe('reading variables from schema sources', () => {
  it('finds the shared blocks in packages/contracts/src/env.ts', () => {
    const names = (block: string) =>
      sharedEnvBlocks()
        .get(block)
        ?.map((v) => v.name);
    expect(names('COMMON_ENV')).toEqual(['LOG_LEVEL', 'NEWSFLOW_PREFIX']);
    expect(names('KAFKA_ENV')).toEqual(['KAFKA_BROKERS']);
    expect(names('ELASTICSEARCH_ENV')).toEqual(['ELASTICSEARCH_URL']);
  });

  it('tells required variables from ones with a default', () => {
    const block = [
      '',
      '  /** Where to send things. */',
      '  TARGET_URL: z.url(),',
      '  OPS_PORT: portVariable(9999),',
      '  MODE: z',
      "    .enum(['a', 'b'])",
      "    .default('a'),",
      '  GROUP: z.string().optional(),',
    ].join('\n');
    expect(variablesIn(block)).toEqual([
      { name: 'TARGET_URL', optional: false, defaultPort: undefined },
      { name: 'OPS_PORT', optional: true, defaultPort: 9999 },
      { name: 'MODE', optional: true, defaultPort: undefined },
      { name: 'GROUP', optional: true, defaultPort: undefined },
    ]);
  });
});

describe('docker-compose.yml', () => {
  it('has Kafka, Elasticsearch, Kibana and the four newsflow services', () => {
    expect(Object.keys(services)).toEqual(
      expect.arrayContaining(['kafka', 'elasticsearch', 'kibana', ...SERVICE_NAMES]),
    );
    expect(services['kafka']?.image).toBe('apache/kafka:4.1.1');
    expect(services['elasticsearch']?.image).toBe('docker.elastic.co/elasticsearch/elasticsearch:9.2.4');
    expect(services['kibana']?.image).toBe('docker.elastic.co/kibana/kibana:9.2.4');
  });

  it('lets containers reach Kafka at kafka:9092 and the host at localhost:9092', () => {
    const kafka = services['kafka'] as ComposeService;
    const env = environmentOf(kafka);
    expect(env['KAFKA_PROCESS_ROLES']).toBe('broker,controller');
    const advertised = Object.fromEntries(
      (env['KAFKA_ADVERTISED_LISTENERS'] ?? '').split(',').map((listener) => {
        const [name, address] = listener.split('://');
        return [address, name];
      }),
    );
    expect(Object.keys(advertised)).toEqual(expect.arrayContaining(['kafka:9092', 'localhost:9092']));
    // The host's 9092 must land on the listener that advertises localhost:9092.
    const listeners = Object.fromEntries(
      (env['KAFKA_LISTENERS'] ?? '').split(',').map((listener) => {
        const [name, address] = listener.split('://');
        return [name, Number(address?.split(':').at(-1))];
      }),
    );
    const external = listeners[advertised['localhost:9092'] as string];
    const internal = listeners[advertised['kafka:9092'] as string];
    expect(internal).toBe(9092);
    expect(portsOf(kafka)).toContainEqual({ host: 9092, container: external });
  });

  it('runs Elasticsearch as one node without security and with a 1 GB heap', () => {
    const env = environmentOf(services['elasticsearch'] as ComposeService);
    expect(env).toMatchObject({
      'discovery.type': 'single-node',
      'xpack.security.enabled': 'false',
      ES_JAVA_OPTS: '-Xms1g -Xmx1g',
    });
    expect(portsOf(services['elasticsearch'] as ComposeService)).toContainEqual({
      host: 9200,
      container: 9200,
    });
    expect(environmentOf(services['kibana'] as ComposeService)['ELASTICSEARCH_HOSTS']).toContain(
      'http://elasticsearch:9200',
    );
  });

  it('has a health check on every service another one waits for', () => {
    for (const [name, service] of Object.entries(services)) {
      for (const [dependency, condition] of Object.entries(dependenciesOf(service))) {
        expect({ service: name, dependency, exists: dependency in services }).toEqual({
          service: name,
          dependency,
          exists: true,
        });
        if (condition === 'service_healthy') {
          expect({ dependency, healthcheck: healthcheckOf(services[dependency] as ComposeService) }).toEqual({
            dependency,
            healthcheck: expect.stringMatching(/\S/),
          });
        }
      }
    }
  });

  describe.each(SERVICE_NAMES)('%s', (name) => {
    const expected = NEWSFLOW_SERVICES[name];
    const service = services[name] as ComposeService;
    const env = service ? environmentOf(service) : {};
    const variables = configVariables(name);

    it('runs from the repository Dockerfile with its own entry point', () => {
      expect(service).toBeDefined();
      const build = typeof service.build === 'string' ? { context: service.build } : service.build;
      expect(build?.context).toBe('.');
      expect(build?.dockerfile ?? 'Dockerfile').toBe('Dockerfile');
      expect(commandOf(service)).toBe(
        ['node', ...SERVICE_NODE_FLAGS[name], `services/${name}/dist/main.js`].join(' '),
      );
      if (existsSync(path.join(ROOT, 'services', name))) {
        expect(existsSync(path.join(ROOT, 'services', name, 'src', 'main.ts'))).toBe(true);
        const manifest = JSON.parse(read(`services/${name}/package.json`)) as {
          scripts?: { start?: string };
        };
        expect(manifest.scripts?.start).toBe(['node', ...SERVICE_NODE_FLAGS[name], 'dist/main.js'].join(' '));
      }
    });

    it('listens on 0.0.0.0 on its port, publishes it and checks /healthz there', () => {
      expect(env[expected.host]).toBe('0.0.0.0');
      const configured = variables?.find((v) => v.name === expected.port);
      if (variables) expect(configured).toBeDefined();
      const port = Number(env[expected.port] ?? configured?.defaultPort ?? expected.defaultPort);
      expect(port).toBe(configured?.defaultPort ?? expected.defaultPort);
      expect(portsOf(service)).toContainEqual({ host: port, container: port });
      const healthcheck = healthcheckOf(service);
      expect(healthcheck).toContain(`http://127.0.0.1:${port}/healthz`);
      expect(healthcheck).toContain('process.exit(r.ok?0:1)');
    });

    it('sets every variable its config needs, pointing at the compose services', () => {
      const needed = variables ?? [];
      const missing = needed.filter((v) => !v.optional && env[v.name] === undefined).map((v) => v.name);
      expect(missing).toEqual([]);
      for (const v of needed) {
        if (IN_NETWORK[v.name]) expect(`${v.name}=${env[v.name]}`).toBe(`${v.name}=${IN_NETWORK[v.name]}`);
        if (v.name.endsWith('_HOST')) expect(`${v.name}=${env[v.name]}`).toBe(`${v.name}=0.0.0.0`);
      }
    });

    it('sets no variable its config does not read', () => {
      if (!variables) return;
      const known = new Set(variables.map((v) => v.name));
      expect(Object.keys(env).filter((key) => !known.has(key))).toEqual([]);
    });

    it('waits for healthy Kafka and Elasticsearch when it uses them', () => {
      const deps = dependenciesOf(service);
      const uses = (variable: string) =>
        variables ? variables.some((v) => v.name === variable) : env[variable] !== undefined;
      if (uses('KAFKA_BROKERS')) expect(deps['kafka']).toBe('service_healthy');
      if (uses('ELASTICSEARCH_URL')) expect(deps['elasticsearch']).toBe('service_healthy');
      expect(Object.keys(deps).length).toBeGreaterThan(0);
    });

    it("passes the service's own configuration parser", async () => {
      const file = path.join(ROOT, 'services', name, 'src', 'config.ts');
      if (!existsSync(file)) return;
      const module = (await import(pathToFileURL(file).href)) as {
        loadConfig?: (env: Record<string, string>) => unknown;
      };
      if (typeof module.loadConfig !== 'function') return;
      expect(() => module.loadConfig?.(env)).not.toThrow();
    });
  });

  it('reads the configs of every service that has one', () => {
    const withConfig = readdirSync(path.join(ROOT, 'services')).filter((dir) =>
      existsSync(path.join(ROOT, 'services', dir, 'src', 'config.ts')),
    );
    for (const dir of withConfig) {
      expect({ service: dir, inCompose: dir in services }).toEqual({ service: dir, inCompose: true });
      expect(configVariables(dir)?.length).toBeGreaterThan(0);
    }
  });
});

describe('Dockerfile', () => {
  const dockerfile = read('Dockerfile');
  const dockerignore = read('.dockerignore')
    .split('\n')
    .map((line) => line.trim());

  it('builds on node:20-slim in stages and runs as a non-root user', () => {
    expect(dockerfile).toMatch(/^ARG NODE_IMAGE=node:20-slim$/m);
    expect(dockerfile.match(/^FROM /gm)?.length).toBeGreaterThanOrEqual(2);
    expect(dockerfile).toMatch(/npm ci\b/);
    expect(dockerfile).toMatch(/npx tsc -b\b/);
    expect(dockerfile).toMatch(/npm prune --omit=dev/);
    const users = [...dockerfile.matchAll(/^USER (\S+)/gm)].map((m) => m[1]);
    expect(users.at(-1)).toBeDefined();
    expect(['root', '0']).not.toContain(users.at(-1));
  });

  it('keeps local installs and builds out of the context', () => {
    expect(dockerignore).toEqual(expect.arrayContaining(['**/node_modules', '**/dist', '.git']));
  });
});
