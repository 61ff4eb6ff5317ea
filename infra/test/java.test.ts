import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { isInfraError } from '@newsflow/infra';
import { findJava, parseReleaseVersion } from '../src/java.js';

describe('parseReleaseVersion', () => {
  it.each([
    ['JAVA_VERSION="17.0.15"', 17],
    ['IMPLEMENTOR="x"\nJAVA_RUNTIME_VERSION="25.0.3+9-LTS"\nJAVA_VERSION="25.0.3"', 25],
    ['JAVA_VERSION="21"', 21],
    ['JAVA_VERSION="1.8.0_392"', 8],
    ['nothing here', undefined],
  ])('%j -> %s', (text, expected) => {
    expect(parseReleaseVersion(text)).toBe(expected);
  });
});

describe('findJava', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'newsflow-java-test-'));
  const fakeJdk = (name: string, version: string): string => {
    const home = path.join(dir, name);
    mkdirSync(path.join(home, 'bin'), { recursive: true });
    writeFileSync(path.join(home, 'bin', 'java'), '');
    writeFileSync(path.join(home, 'release'), `JAVA_VERSION="${version}"\n`);
    return home;
  };
  const jdk17 = fakeJdk('jdk17', '17.0.1');
  const jdk25 = fakeJdk('jdk25', '25.0.1');

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('takes the first env variable that names a new enough JDK', () => {
    const found = findJava({
      server: 'Elasticsearch',
      minVersion: 21,
      explicitHome: undefined,
      envVars: ['ES_JAVA_HOME', 'JAVA25_HOME'],
      env: { ES_JAVA_HOME: jdk17, JAVA25_HOME: jdk25, PATH: '' },
      preferNewest: true,
    });
    expect(found).toEqual({ home: jdk25, java: path.join(jdk25, 'bin', 'java'), version: 25 });
  });

  it('fails with JAVA_NOT_FOUND when an explicit JDK is too old', () => {
    try {
      findJava({
        server: 'Elasticsearch',
        minVersion: 21,
        explicitHome: jdk17,
        envVars: [],
        env: {},
        preferNewest: true,
      });
      throw new Error('expected a failure');
    } catch (error) {
      expect(isInfraError(error, 'NEWSFLOW_INFRA_JAVA_NOT_FOUND')).toBe(true);
      expect((error as Error).message).toContain('Java 17');
    }
  });
});
