import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { ConllDocument } from './conll.js';
import { parseConll } from './conll.js';

const SKIP_DIRS = new Set(['node_modules', '.git']);

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

/** A file's bytes and its name, inside an archive its path there. */
interface NamedContent {
  name: string;
  data: Buffer;
}

const isGzip = (buf: Buffer): boolean => buf.length > 2 && buf[0] === 0x1f && buf[1] === 0x8b;
const isTar = (buf: Buffer): boolean => buf.length >= 512 && buf.toString('latin1', 257, 262) === 'ustar';

/** The regular files of a tar archive, by name (ustar and GNU; long GNU names read). */
function tarEntries(buf: Buffer): NamedContent[] {
  const out: NamedContent[] = [];
  let longName: string | undefined;
  for (let at = 0; at + 512 <= buf.length;) {
    const header = buf.subarray(at, at + 512);
    if (header.every((b) => b === 0)) break;
    const field = (from: number, length: number): string =>
      header.toString('utf8', from, from + length).replace(/\0.*$/s, '');
    const size = parseInt(field(124, 12).trim() || '0', 8);
    const type = String.fromCharCode(header[156] ?? 0);
    const prefix = field(345, 155);
    const data = buf.subarray(at + 512, at + 512 + size);
    if (type === 'L') longName = data.toString('utf8').replace(/\0.*$/s, '');
    else {
      const name = longName ?? (prefix ? `${prefix}/${field(0, 100)}` : field(0, 100));
      longName = undefined;
      if (type === '0' || type === '\0') out.push({ name, data });
    }
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return out;
}

/** Text in UTF-8 (a BOM dropped by the parser), or, when it is not valid UTF-8, in Windows-1252 (older CoNLL). */
function decode(buf: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return new TextDecoder('windows-1252').decode(buf);
  }
}

/** The files a path holds: itself, or, for a gzip or tar archive, what is inside (archives within archives too). */
function unpack(name: string, buf: Buffer): NamedContent[] {
  if (isGzip(buf))
    return unpack(
      name.replace(/\.t?gz$/i, (x) => (x.toLowerCase() === '.tgz' ? '.tar' : '')),
      gunzipSync(buf),
    );
  if (isTar(buf)) return tarEntries(buf).flatMap((e) => unpack(`${name}/${e.name}`, e.data));
  return [{ name, data: buf }];
}

/**
 * The labelled documents of every CoNLL file under a folder (or of one file), whatever their extension, in gzip or
 * tar archives too; files that are not CoNLL (licences, READMEs, binaries) are skipped. Returns the documents, how
 * many files held some, and the files skipped.
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
    let contents: NamedContent[];
    try {
      contents = unpack(name, readFileSync(path));
    } catch {
      // A damaged archive is skipped like any file that is not CoNLL.
      contents = [{ name, data: Buffer.alloc(0) }];
    }
    for (const content of contents) {
      const { data } = content;
      const docs = data.length === 0 || data.includes(0) ? [] : parseConll(decode(data), content.name);
      if (docs.length === 0) {
        skipped.push(content.name);
        continue;
      }
      files++;
      documents.push(...docs);
    }
  }
  return { documents, files, skipped };
}
