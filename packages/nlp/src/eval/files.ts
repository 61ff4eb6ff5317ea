import { openSync, readSync, closeSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ConllDocument } from './conll.js';
import { parseConll } from './conll.js';

const SKIP_DIRS = new Set(['node_modules', '.git']);

function looksBinary(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(4096);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return buf.subarray(0, n).includes(0);
  } finally {
    closeSync(fd);
  }
}

/** Every file under dir, sorted, recursively, through symbolic links (each folder and file once). */
function walk(dir: string, seen = new Set<string>()): string[] {
  const real = realpathSync(dir);
  if (seen.has(real)) return [];
  seen.add(real);
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    // A link's target decides what it is; a dangling link is neither.
    const target = entry.isSymbolicLink() ? statSync(path, { throwIfNoEntry: false }) : entry;
    if (target?.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) out.push(...walk(path, seen));
    } else if (target?.isFile()) {
      const file = realpathSync(path);
      if (!seen.has(file)) out.push(path);
      seen.add(file);
    }
  }
  return out;
}

/**
 * The labelled documents of every CoNLL file under a folder (or of one file), whatever their extension; files that
 * are not CoNLL (licences, READMEs, binaries) are skipped. Returns the documents and the files skipped.
 */
export function readConllTree(root: string): {
  documents: ConllDocument[];
  files: number;
  skipped: string[];
} {
  const paths = statSync(root).isDirectory() ? walk(root) : [root];
  const documents: ConllDocument[] = [];
  const skipped: string[] = [];
  let files = 0;
  for (const path of paths) {
    const name = relative(root, path) || path;
    if (statSync(path).size === 0) {
      skipped.push(name);
      continue;
    }
    if (looksBinary(path)) {
      skipped.push(name);
      continue;
    }
    const docs = parseConll(readFileSync(path, 'utf8'), name);
    if (docs.length === 0) {
      skipped.push(name);
      continue;
    }
    files++;
    documents.push(...docs);
  }
  return { documents, files, skipped };
}
