import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** infra/ (this file is infra/src/*.ts when tested, infra/dist/*.js when built). */
export const INFRA_PACKAGE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const MAVEN_POMS = Object.freeze({
  kafka: path.join(INFRA_PACKAGE_DIR, 'maven', 'kafka', 'pom.xml'),
  elasticsearch: path.join(INFRA_PACKAGE_DIR, 'maven', 'elasticsearch', 'pom.xml'),
});
