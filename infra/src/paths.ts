import path from 'node:path';

/** Where one profile keeps each server's files. */
export interface ServerPaths {
  readonly dir: string;
  readonly configDir: string;
  readonly dataDir: string;
  readonly logsDir: string;
  readonly pidFile: string;
  readonly logFile: string;
  /** stdout/stderr of the launched process (JVM crashes, launcher errors). */
  readonly stdoutFile: string;
}

export function kafkaPaths(
  stateDir: string,
): ServerPaths & { serverProperties: string; log4jConfig: string } {
  const dir = path.join(stateDir, 'kafka');
  const configDir = path.join(dir, 'config');
  const logsDir = path.join(dir, 'logs');
  return Object.freeze({
    dir,
    configDir,
    dataDir: path.join(dir, 'data'),
    logsDir,
    pidFile: path.join(dir, 'kafka.pid'),
    logFile: path.join(logsDir, 'server.log'),
    stdoutFile: path.join(logsDir, 'stdout.log'),
    serverProperties: path.join(configDir, 'server.properties'),
    log4jConfig: path.join(configDir, 'log4j2.xml'),
  });
}

export function elasticsearchClusterName(profile: string): string {
  return `newsflow-${profile}`;
}

export function elasticsearchPaths(stateDir: string, profile: string): ServerPaths & { tmpDir: string } {
  const dir = path.join(stateDir, 'elasticsearch');
  const logsDir = path.join(dir, 'logs');
  return Object.freeze({
    dir,
    configDir: path.join(dir, 'config'),
    dataDir: path.join(dir, 'data'),
    logsDir,
    tmpDir: path.join(dir, 'tmp'),
    pidFile: path.join(dir, 'elasticsearch.pid'),
    logFile: path.join(logsDir, `${elasticsearchClusterName(profile)}.log`),
    stdoutFile: path.join(logsDir, 'startup.log'),
  });
}

export function stateFile(stateDir: string): string {
  return path.join(stateDir, 'infra.json');
}
