import { existsSync, readFileSync, readdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { InfraError } from './errors.js';

export interface JavaHome {
  readonly home: string;
  readonly java: string;
  /** Feature version: 17, 21, 25, ... */
  readonly version: number;
}

const JVM_DIR = '/usr/lib/jvm';

/** Parses JAVA_VERSION="17.0.15" / "1.8.0_392" / "25" from a JDK's `release` file. */
export function parseReleaseVersion(releaseText: string): number | undefined {
  const match = /^JAVA_VERSION="?([0-9][0-9._+-]*)"?/m.exec(releaseText);
  if (match?.[1] === undefined) return undefined;
  const parts = match[1].split(/[._+-]/);
  const first = Number(parts[0]);
  if (first === 1 && parts[1] !== undefined) return Number(parts[1]);
  return Number.isFinite(first) ? first : undefined;
}

export function inspectJavaHome(home: string): JavaHome | undefined {
  const java = path.join(home, 'bin', 'java');
  if (!existsSync(java)) return undefined;
  try {
    const version = parseReleaseVersion(readFileSync(path.join(home, 'release'), 'utf8'));
    return version === undefined ? undefined : { home, java, version };
  } catch {
    return undefined;
  }
}

function homeOfJavaOnPath(env: Readonly<Record<string, string | undefined>>): string | undefined {
  for (const dir of (env['PATH'] ?? '').split(path.delimiter)) {
    if (dir === '') continue;
    const candidate = path.join(dir, 'java');
    if (!existsSync(candidate)) continue;
    try {
      return path.dirname(path.dirname(realpathSync(candidate)));
    } catch {
      return undefined;
    }
  }
  return undefined;
}

function jvmDirHomes(): string[] {
  try {
    return readdirSync(JVM_DIR, { withFileTypes: true })
      .filter((e) => e.isDirectory() || e.isSymbolicLink())
      .map((e) => path.join(JVM_DIR, e.name));
  } catch {
    return [];
  }
}

export interface FindJavaRequest {
  /** Used for messages: "Kafka", "Elasticsearch". */
  server: string;
  minVersion: number;
  /** An explicit home (option): used as is or fails. */
  explicitHome: string | undefined;
  /** Env variables holding a JDK home, in order of preference. */
  envVars: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  /** Prefer the newest JDK under /usr/lib/jvm (true) or the default `java` on PATH first (false). */
  preferNewest: boolean;
}

/** Finds a JDK of at least minVersion: explicit option, env variables, `java` on PATH, then /usr/lib/jvm. */
export function findJava(req: FindJavaRequest): JavaHome {
  if (req.explicitHome !== undefined) {
    const found = inspectJavaHome(req.explicitHome);
    if (found === undefined || found.version < req.minVersion) {
      throw new InfraError(
        'NEWSFLOW_INFRA_JAVA_NOT_FOUND',
        `${req.server} needs Java ${req.minVersion}+, but the configured JDK ${req.explicitHome} is ${
          found === undefined ? 'not a JDK (no bin/java and release file)' : `Java ${found.version}`
        }`,
      );
    }
    return found;
  }
  const tried: string[] = [];
  const consider = (home: string | undefined): JavaHome | undefined => {
    if (home === undefined) return undefined;
    const found = inspectJavaHome(home);
    tried.push(`${home}${found === undefined ? ' (no JDK)' : ` (Java ${found.version})`}`);
    return found !== undefined && found.version >= req.minVersion ? found : undefined;
  };
  for (const name of req.envVars) {
    const value = req.env[name]?.trim();
    const found = consider(value === '' ? undefined : value);
    if (found !== undefined) return found;
  }
  const scanned = jvmDirHomes()
    .map((home) => inspectJavaHome(home))
    .filter((j): j is JavaHome => j !== undefined && j.version >= req.minVersion)
    .sort((a, b) => b.version - a.version || a.home.localeCompare(b.home));
  if (!req.preferNewest) {
    const found = consider(homeOfJavaOnPath(req.env));
    if (found !== undefined) return found;
  }
  const newest = scanned[0];
  if (newest !== undefined) return newest;
  if (req.preferNewest) {
    const found = consider(homeOfJavaOnPath(req.env));
    if (found !== undefined) return found;
  }
  throw new InfraError(
    'NEWSFLOW_INFRA_JAVA_NOT_FOUND',
    `${req.server} needs Java ${req.minVersion} or newer and none was found (looked at ${
      [...req.envVars].join(', ') || 'no env variables'
    }, java on PATH and ${JVM_DIR}; tried: ${tried.join(', ') || 'nothing'}). Install a JDK ${
      req.minVersion
    }+ (e.g. apt-get install openjdk-${req.minVersion}-jdk-headless) or set ${req.envVars[0] ?? 'JAVA_HOME'} to its home`,
    { meta: { tried } },
  );
}

export function findKafkaJava(
  explicitHome: string | undefined,
  env: FindJavaRequest['env'],
  minVersion: number,
): JavaHome {
  return findJava({
    server: 'Kafka',
    minVersion,
    explicitHome,
    envVars: ['KAFKA_JAVA_HOME', 'JAVA_HOME'],
    env,
    preferNewest: false,
  });
}

export function findElasticsearchJava(
  explicitHome: string | undefined,
  env: FindJavaRequest['env'],
  minVersion: number,
): JavaHome {
  return findJava({
    server: 'Elasticsearch',
    minVersion,
    explicitHome,
    envVars: ['ES_JAVA_HOME', 'JAVA25_HOME', 'JAVA_HOME'],
    env,
    preferNewest: true,
  });
}
