import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { InfraError } from './errors.js';
import { withLock } from './lock.js';
import { MAVEN_POMS } from './package-paths.js';
import { VERSIONS } from './versions.js';

const COMPLETE_MARKER = '.newsflow-complete';
const DOWNLOAD_LOCK_TIMEOUT_MS = 15 * 60_000;

export interface CommandResult {
  code: number | null;
  output: string;
}

/** Runs a command to completion, collecting stdout and stderr together (last 64 KiB). */
export function runCommand(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const collect = (chunk: Buffer): void => {
      output = (output + chunk.toString('utf8')).slice(-65_536);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, output }));
  });
}

function onPath(name: string, env: Readonly<Record<string, string | undefined>>): string | undefined {
  for (const dir of (env['PATH'] ?? '').split(path.delimiter)) {
    if (dir === '') continue;
    const candidate = path.join(dir, name);
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

export function findMaven(env: Readonly<Record<string, string | undefined>>): string {
  const explicit = env['NEWSFLOW_MVN']?.trim();
  if (explicit !== undefined && explicit !== '') return explicit;
  const mvn = onPath('mvn', env);
  if (mvn === undefined) {
    throw new InfraError(
      'NEWSFLOW_INFRA_MAVEN_NOT_FOUND',
      'Maven (mvn) is needed to fetch Kafka and Elasticsearch from Maven Central and is not on PATH: ' +
        'install it (apt-get install -y maven) or set NEWSFLOW_MVN to its path',
    );
  }
  return mvn;
}

/** Maven runs one at a time within this process (both downloads share ~/.m2). */
let mavenQueue: Promise<unknown> = Promise.resolve();

function runMaven(...args: Parameters<typeof runMavenNow>): Promise<void> {
  const run = mavenQueue.then(() => runMavenNow(...args));
  mavenQueue = run.catch(() => undefined);
  return run;
}

async function runMavenNow(
  mvn: string,
  pom: string,
  properties: Record<string, string>,
  what: string,
  env: Readonly<Record<string, string | undefined>>,
): Promise<void> {
  const args = [
    '-B',
    '-q',
    '-f',
    pom,
    ...Object.entries(properties).map(([k, v]) => `-D${k}=${v}`),
    'dependency:copy-dependencies',
  ];
  let result: CommandResult;
  try {
    result = await runCommand(mvn, args, { cwd: path.dirname(pom), env: { ...env } as NodeJS.ProcessEnv });
  } catch (error) {
    throw new InfraError('NEWSFLOW_INFRA_DOWNLOAD_FAILED', `Could not run Maven (${mvn}) to fetch ${what}`, {
      cause: error,
    });
  }
  if (result.code !== 0) {
    throw new InfraError(
      'NEWSFLOW_INFRA_DOWNLOAD_FAILED',
      `Maven failed (exit ${result.code}) fetching ${what}; check network access to Maven Central and ~/.m2/settings.xml. ` +
        `Command: ${mvn} ${args.join(' ')}\n${result.output.split('\n').slice(-30).join('\n')}`,
      { meta: { command: [mvn, ...args] } },
    );
  }
}

export interface Downloaded {
  path: string;
  /** False when it came from the cache. */
  downloaded: boolean;
}

/** The Kafka broker's jars (kafka_2.13 and runtime dependencies) in <cacheDir>/kafka/<version>/libs. */
export async function ensureKafkaLibs(
  cacheDir: string,
  env: Readonly<Record<string, string | undefined>>,
  log: (line: string) => void,
): Promise<Downloaded> {
  const versionDir = path.join(cacheDir, 'kafka', VERSIONS.kafka);
  const libs = path.join(versionDir, 'libs');
  if (existsSync(path.join(versionDir, COMPLETE_MARKER))) return { path: libs, downloaded: false };
  return withLock(`${versionDir}.lock`, DOWNLOAD_LOCK_TIMEOUT_MS, async () => {
    if (existsSync(path.join(versionDir, COMPLETE_MARKER))) return { path: libs, downloaded: false };
    const mvn = findMaven(env);
    log(`fetching Kafka ${VERSIONS.kafka} jars with Maven into ${libs}`);
    await mkdir(versionDir, { recursive: true });
    const tmp = await mkdtemp(path.join(versionDir, '.tmp-'));
    try {
      await runMaven(
        mvn,
        MAVEN_POMS.kafka,
        {
          'kafka.version': VERSIONS.kafka,
          'log4j.version': VERSIONS.kafkaLog4j,
          'newsflow.outputDirectory': tmp,
        },
        `Kafka ${VERSIONS.kafka}`,
        env,
      );
      const jars = (await readdir(tmp)).filter((f) => f.endsWith('.jar'));
      if (!jars.some((f) => f.startsWith(`kafka_2.13-${VERSIONS.kafka}`))) {
        throw new InfraError(
          'NEWSFLOW_INFRA_DOWNLOAD_FAILED',
          `Maven did not produce kafka_2.13-${VERSIONS.kafka}.jar in ${tmp}`,
        );
      }
      await rm(libs, { recursive: true, force: true });
      await rename(tmp, libs);
      await chmod(libs, 0o755);
      await writeFile(path.join(versionDir, COMPLETE_MARKER), `${new Date().toISOString()}\n`);
      return { path: libs, downloaded: true };
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  });
}

/** The Elasticsearch zip in <cacheDir>/elasticsearch/<version>/. */
export async function ensureElasticsearchZip(
  cacheDir: string,
  env: Readonly<Record<string, string | undefined>>,
  log: (line: string) => void,
): Promise<Downloaded> {
  const versionDir = path.join(cacheDir, 'elasticsearch', VERSIONS.elasticsearch);
  const zip = path.join(versionDir, `elasticsearch-${VERSIONS.elasticsearch}.zip`);
  if (existsSync(path.join(versionDir, COMPLETE_MARKER)) && existsSync(zip))
    return { path: zip, downloaded: false };
  return withLock(`${versionDir}.lock`, DOWNLOAD_LOCK_TIMEOUT_MS, async () => {
    if (existsSync(path.join(versionDir, COMPLETE_MARKER)) && existsSync(zip))
      return { path: zip, downloaded: false };
    const mvn = findMaven(env);
    log(`fetching Elasticsearch ${VERSIONS.elasticsearch} (integ-test zip) with Maven into ${versionDir}`);
    await mkdir(versionDir, { recursive: true });
    const tmp = await mkdtemp(path.join(versionDir, '.tmp-'));
    try {
      await runMaven(
        mvn,
        MAVEN_POMS.elasticsearch,
        { 'elasticsearch.version': VERSIONS.elasticsearch, 'newsflow.outputDirectory': tmp },
        `Elasticsearch ${VERSIONS.elasticsearch}`,
        env,
      );
      const produced = path.join(tmp, path.basename(zip));
      if (!existsSync(produced)) {
        throw new InfraError(
          'NEWSFLOW_INFRA_DOWNLOAD_FAILED',
          `Maven did not produce ${path.basename(zip)} in ${tmp}`,
        );
      }
      await rename(produced, zip);
      await writeFile(path.join(versionDir, COMPLETE_MARKER), `${new Date().toISOString()}\n`);
      return { path: zip, downloaded: true };
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  });
}

async function chmodTree(
  dir: string,
  dirMode: number,
  fileMode: (file: string, mode: number) => number,
): Promise<void> {
  await chmod(dir, dirMode);
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await chmodTree(full, dirMode, fileMode);
    else if (entry.isFile()) await chmod(full, fileMode(full, (await stat(full)).mode));
  }
}

/**
 * Unpacks the Elasticsearch zip once into <distDir>/elasticsearch-<version> (world-readable, so the
 * unprivileged user can run it). Uses unzip, else the JDK's jar tool, else python3.
 */
export async function ensureElasticsearchInstall(
  zip: string,
  distDir: string,
  javaHome: string,
  env: Readonly<Record<string, string | undefined>>,
  log: (line: string) => void,
): Promise<Downloaded> {
  const home = path.join(distDir, `elasticsearch-${VERSIONS.elasticsearch}`);
  const marker = path.join(home, COMPLETE_MARKER);
  if (existsSync(marker)) return { path: home, downloaded: false };
  await mkdir(distDir, { recursive: true, mode: 0o755 });
  return withLock(`${home}.lock`, DOWNLOAD_LOCK_TIMEOUT_MS, async () => {
    if (existsSync(marker)) return { path: home, downloaded: false };
    log(`unpacking Elasticsearch ${VERSIONS.elasticsearch} into ${home}`);
    const tmp = await mkdtemp(path.join(distDir, '.tmp-'));
    try {
      const attempts: Array<[string, string[]]> = [];
      const unzip = onPath('unzip', env);
      if (unzip !== undefined) attempts.push([unzip, ['-q', '-o', zip, '-d', tmp]]);
      const jar = path.join(javaHome, 'bin', 'jar');
      if (existsSync(jar)) attempts.push([jar, ['xf', zip]]);
      const python = onPath('python3', env);
      if (python !== undefined) attempts.push([python, ['-m', 'zipfile', '-e', zip, tmp]]);
      let lastFailure = 'no unzip, jar or python3 found';
      let ok = false;
      for (const [cmd, args] of attempts) {
        const result = await runCommand(cmd, args, { cwd: tmp });
        if (result.code === 0) {
          ok = true;
          break;
        }
        lastFailure = `${cmd} exited ${result.code}: ${result.output.slice(-2000)}`;
      }
      const unpacked = path.join(tmp, `elasticsearch-${VERSIONS.elasticsearch}`);
      if (!ok || !existsSync(unpacked)) {
        throw new InfraError(
          'NEWSFLOW_INFRA_UNPACK_FAILED',
          `Could not unpack ${zip} into ${distDir} (${lastFailure}); install unzip (apt-get install -y unzip) ` +
            `or delete the zip's folder to download it again`,
        );
      }
      // jar and python3 drop the executable bits; make the tree world-readable and bin/ executable.
      const binDir = path.join(unpacked, 'bin');
      await chmodTree(unpacked, 0o755, (file, mode) =>
        path.dirname(file) === binDir ? 0o755 : (mode & 0o777) | 0o444,
      );
      await rm(home, { recursive: true, force: true });
      await rename(unpacked, home);
      await writeFile(marker, `${new Date().toISOString()}\n`);
      return { path: home, downloaded: true };
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  });
}
