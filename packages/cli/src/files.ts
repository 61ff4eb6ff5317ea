import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fieldIssues, PageSubmissionParams } from '@newsflow/contracts';
import { InputError, reasonOf } from './errors.js';

/** How a file's content is read when its extension does not say (stdin, or an unknown extension). */
export const INPUT_FORMATS = ['auto', 'json', 'ndjson', 'text', 'html'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

/** One thing to send to the ingester, or an input that could not become one (reported as rejected). */
export type PushItem =
  | { readonly kind: 'article'; readonly label: string; readonly article: unknown }
  | {
      readonly kind: 'page';
      readonly label: string;
      readonly format: 'scraped' | 'html';
      readonly page: string;
      readonly params: PageSubmissionParams;
    }
  | { readonly kind: 'invalid'; readonly label: string; readonly reason: string };

export interface ExpandOptions {
  /** Page metadata from the command line; a flag wins over the page's sidecar file. */
  readonly pageParams?: PageSubmissionParams;
  /** Format of stdin and of files with an unknown extension; `auto` detects it from the content. */
  readonly format?: InputFormat;
  /** Reads all of stdin, for the input `-`. */
  readonly readStdin?: () => Promise<string>;
}

export interface Expansion {
  readonly items: PushItem[];
  /** Files found in folders that are not articles or pages, e.g. README.md. */
  readonly skipped: string[];
}

export const STDIN = '-';
const BY_EXTENSION: Readonly<Record<string, Exclude<InputFormat, 'auto'>>> = {
  '.json': 'json',
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
  '.txt': 'text',
  '.html': 'html',
  '.htm': 'html',
};
/** `story.txt` takes its page metadata (source, url, publishedAt, …) from `story.meta.json` beside it. */
const SIDECAR_SUFFIX = '.meta.json';

/**
 * Turns the command line's inputs into items, in a stable order: inputs as given, folders walked
 * recursively in name order. Hidden files, node_modules and sidecars are not items; folder files with
 * other extensions are listed as skipped. A path that does not exist throws InputError before anything is sent.
 */
export async function expandInputs(
  inputs: readonly string[],
  options: ExpandOptions = {},
): Promise<Expansion> {
  const items: PushItem[] = [];
  const skipped: string[] = [];
  for (const input of inputs) {
    if (input === STDIN) {
      if (!options.readStdin) throw new InputError('stdin is not available', input);
      const text = await options.readStdin();
      items.push(...fromContent(text, 'stdin', chooseFormat(options.format, text), options.pageParams ?? {}));
      continue;
    }
    const info = await stat(input).catch((cause: unknown) => {
      throw new InputError(`cannot read ${input}: ${reasonOf(cause)}`, input, { cause });
    });
    if (info.isDirectory()) {
      for (const file of await walk(input)) {
        if (isSidecar(file)) continue;
        const format = BY_EXTENSION[path.extname(file).toLowerCase()];
        if (format) items.push(...(await fromFile(file, format, options)));
        else skipped.push(file);
      }
    } else {
      const known = BY_EXTENSION[path.extname(input).toLowerCase()];
      items.push(...(await fromFile(input, known ?? options.format ?? 'auto', options)));
    }
  }
  return { items, skipped };
}

async function walk(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(full)));
    else if (entry.isFile()) files.push(full);
  }
  return files;
}

const isSidecar = (file: string): boolean => file.toLowerCase().endsWith(SIDECAR_SUFFIX);

async function fromFile(file: string, format: InputFormat, options: ExpandOptions): Promise<PushItem[]> {
  const text = await readFile(file, 'utf8').catch((cause: unknown) => {
    throw new InputError(`cannot read ${file}: ${reasonOf(cause)}`, file, { cause });
  });
  const chosen = chooseFormat(format, text);
  if (chosen !== 'text' && chosen !== 'html') return fromContent(text, file, chosen, {});
  const sidecar = await readSidecar(file);
  if (!sidecar.ok) return [{ kind: 'invalid', label: file, reason: sidecar.reason }];
  return fromContent(text, file, chosen, { ...sidecar.params, ...options.pageParams });
}

async function readSidecar(
  file: string,
): Promise<{ ok: true; params: PageSubmissionParams } | { ok: false; reason: string }> {
  const sidecar = file.slice(0, file.length - path.extname(file).length) + SIDECAR_SUFFIX;
  let text: string;
  try {
    text = await readFile(sidecar, 'utf8');
  } catch {
    return { ok: true, params: {} };
  }
  try {
    const result = PageSubmissionParams.safeParse(JSON.parse(stripBom(text)));
    if (result.success) return { ok: true, params: result.data };
    const issues = fieldIssues(result.error)
      .map((issue) => `${issue.pointer} ${issue.message}`)
      .join('; ');
    return { ok: false, reason: `${sidecar}: ${issues}` };
  } catch (cause) {
    return { ok: false, reason: `${sidecar} is not JSON: ${reasonOf(cause)}` };
  }
}

/** JSON, NDJSON, HTML or plain text, guessed from how the content starts. */
export function detectFormat(text: string): Exclude<InputFormat, 'auto'> {
  const trimmed = stripBom(text).trimStart();
  if (trimmed.startsWith('<')) return 'html';
  if (trimmed.startsWith('[')) return 'json';
  if (trimmed.startsWith('{')) {
    try {
      JSON.parse(trimmed);
      return 'json';
    } catch {
      const lines = trimmed.split('\n').filter((line) => line.trim().length > 0);
      return lines.length > 1 && lines.every((line) => line.trimStart().startsWith('{')) ? 'ndjson' : 'json';
    }
  }
  return 'text';
}

function chooseFormat(format: InputFormat | undefined, text: string): Exclude<InputFormat, 'auto'> {
  return !format || format === 'auto' ? detectFormat(text) : format;
}

function fromContent(
  text: string,
  label: string,
  format: Exclude<InputFormat, 'auto'>,
  params: PageSubmissionParams,
): PushItem[] {
  switch (format) {
    case 'json':
      return fromJson(stripBom(text), label);
    case 'ndjson':
      return fromNdjson(stripBom(text), label);
    case 'text':
    case 'html':
      if (text.trim().length === 0) return [{ kind: 'invalid', label, reason: 'the page is empty' }];
      return [{ kind: 'page', label, format: format === 'html' ? 'html' : 'scraped', page: text, params }];
  }
}

function fromJson(text: string, label: string): PushItem[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    return [{ kind: 'invalid', label, reason: `not JSON: ${reasonOf(cause)}` }];
  }
  if (Array.isArray(value)) return value.map((element, index) => articleItem(element, `${label}[${index}]`));
  return [articleItem(value, label)];
}

function fromNdjson(text: string, label: string): PushItem[] {
  const items: PushItem[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim().length === 0) return;
    const where = `${label}:${index + 1}`;
    try {
      items.push(articleItem(JSON.parse(line), where));
    } catch (cause) {
      items.push({ kind: 'invalid', label: where, reason: `not JSON: ${reasonOf(cause)}` });
    }
  });
  return items;
}

function articleItem(value: unknown, label: string): PushItem {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { kind: 'invalid', label, reason: 'expected an article object' };
  }
  return { kind: 'article', label, article: value };
}

const stripBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
