import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ENTITY_TYPES, NEAR_DUPLICATE_BITS } from '@newsflow/contracts';
import { InvalidArgumentError } from '../errors.js';
import { enrich } from '../enrich.js';
import { readConllTree } from './files.js';
import type { ConllDocument } from './conll.js';
import { documentText } from './conll.js';
import { duplicatesReport } from './duplicates.js';
import type { DuplicatesReport } from './duplicates.js';
import { languageReport } from './language.js';
import type { LanguageReport, LanguageScore } from './language.js';
import { evaluate } from './evaluate.js';
import type { SystemResult } from './evaluate.js';
import type { Scores } from './score.js';
import { compromiseSystem, newsflowSystem } from './systems.js';
import { NEWS_DIR, REPO_ROOT, loadSplits, sharedDir } from './splits.js';

interface DatasetResult {
  name: string;
  documents: number;
  systems: Record<string, SystemResult>;
}

const log = (msg: string): void => void process.stderr.write(msg + '\n');

const USAGE = `usage: npm run eval -- [--data DIR]... [--json] [--no-baseline] [--as-written]
  --data DIR     evaluate every CoNLL file under DIR (repeatable); default: our held-out splits, the seed, the
                 near-duplicate fingerprint (copies of our news) and language detection (the UDHR)
  --json         print one JSON object on stdout (logs go to stderr)
  --no-baseline  skip compromise
  --as-written   join the tokens as an article writes them ("Trump's", "said,") instead of with a space
                 between every two: the text feeds send (datasets are named "… as written")`;

/** DIR as the user meant it: relative to where npm was run, else to the repository root. */
function resolveData(dir: string): string {
  for (const base of [process.env['INIT_CWD'], process.cwd(), REPO_ROOT]) {
    if (!base) continue;
    const path = resolve(base, dir);
    if (existsSync(path)) return path;
  }
  throw new InvalidArgumentError(`--data ${dir}: no such file or folder`);
}

function runDataset(
  name: string,
  documents: ConllDocument[],
  { baseline, asWritten }: { baseline: boolean; asWritten: boolean },
): DatasetResult {
  const systems: Record<string, SystemResult> = {};
  const shown = asWritten ? `${name} as written` : name;
  for (const system of baseline ? [newsflowSystem, compromiseSystem] : [newsflowSystem]) {
    log(`eval: ${shown}: ${system.name} on ${documents.length} documents…`);
    systems[system.name] = evaluate(system, documents, { asWritten });
  }
  return { name: shown, documents: documents.length, systems };
}

interface SeedCheck {
  name: string;
  fields: Record<string, boolean>;
  entities: { missing: string[]; extra: string[] };
  keywords: string[];
}

/** The seed article's expected reading, checked field by field. */
function checkSeeds(): SeedCheck[] {
  const dir = join(sharedDir(), 'seeds');
  if (!existsSync(dir)) return [];
  const checks: SeedCheck[] = [];
  for (const file of ['000_31967d80044314ba']) {
    const txt = join(dir, `${file}.txt`);
    const exp = join(dir, `${file}.expected.json`);
    if (!existsSync(txt) || !existsSync(exp)) continue;
    const e = JSON.parse(readFileSync(exp, 'utf8')) as {
      title: string;
      bodyStartsWith: string;
      bodyEndsWith: string;
      notInBody: string[];
      publisherTags: string[];
      hashtags: string[];
      language: string;
      entities: Record<string, string[]>;
      keywordsAmongTop10Contain: string[];
    };
    const r = enrich({
      schemaVersion: 1,
      id: file,
      revision: 0,
      feedId: 'seed',
      receivedAt: new Date(0).toISOString(),
      source: 'seed',
      authors: [],
      tags: [],
      content: { format: 'scraped', text: readFileSync(txt, 'utf8') },
    });
    const got = new Set(r.entities.map((x) => `${x.type}:${x.name}`));
    const want = new Set(Object.entries(e.entities).flatMap(([t, names]) => names.map((n) => `${t}:${n}`)));
    checks.push({
      name: file,
      fields: {
        title: r.title === e.title,
        bodyStartsWith: r.body.startsWith(e.bodyStartsWith),
        bodyEndsWith: r.body.endsWith(e.bodyEndsWith),
        notInBody: e.notInBody.every((s) => !r.body.includes(s)),
        publisherTags: JSON.stringify(r.publisherTags) === JSON.stringify(e.publisherTags),
        hashtags: JSON.stringify(r.hashtags) === JSON.stringify(e.hashtags),
        language: r.language.code === e.language,
        entities: [...want].every((x) => got.has(x)) && [...got].every((x) => want.has(x)),
        keywords: e.keywordsAmongTop10Contain.every((k) =>
          r.keywords.some((kw) => kw.text.toLowerCase().includes(k)),
        ),
      },
      entities: {
        missing: [...want].filter((x) => !got.has(x)),
        extra: [...got].filter((x) => !want.has(x)),
      },
      keywords: r.keywords.map((k) => k.text),
    });
  }
  return checks;
}

const pct = (x: number): string => (x * 100).toFixed(1).padStart(5);

function table(results: DatasetResult[]): string {
  const lines: string[] = [];
  const header = [
    'dataset',
    'system',
    'level',
    'P',
    'R',
    'F1',
    ...ENTITY_TYPES.map((t) => `${t} F1`),
    'docs/s',
  ];
  lines.push(header.join('\t'));
  for (const d of results) {
    for (const [name, s] of Object.entries(d.systems)) {
      for (const level of ['mention', 'document'] as const) {
        const sc: Scores = s[level];
        lines.push(
          [
            `${d.name} (${d.documents})`,
            name,
            level,
            pct(sc.micro.p),
            pct(sc.micro.r),
            pct(sc.micro.f1),
            ...ENTITY_TYPES.map((t) => pct(sc[t].f1)),
            String(s.articlesPerSecond),
          ].join('\t'),
        );
      }
    }
  }
  return lines.join('\n');
}

const percent = (share: number): string => `${(share * 100).toFixed(1)} %`;

function duplicatesTable({ articles, copies, unrelated }: DuplicatesReport): string {
  return [
    `near-duplicates: our ${articles} labelled news articles, each copied as outlets republish a wire story; grouped = simhashes within ${NEAR_DUPLICATE_BITS} bits`,
    ...Object.entries(copies).map(
      ([edit, d]) =>
        `  ${edit.padEnd(10)} ${percent(d.grouped).padStart(7)} grouped (distance median ${d.median}, p90 ${d.p90}, max ${d.max})`,
    ),
    `  different articles: ${Math.round(unrelated.grouped * unrelated.count)} of ${unrelated.count} pairs grouped (distance min ${unrelated.min}, median ${unrelated.median})`,
  ].join('\n');
}

function languagesTable({ languages, paragraphs, pages, mostMissed }: LanguageReport): string {
  const line = (what: string, { texts, correct, readAsEnglish }: LanguageScore): string =>
    `  ${what.padEnd(10)} ${percent(correct / texts).padStart(7)} right of ${texts}; another language read as English: ${readAsEnglish}`;
  return [
    `language: the Universal Declaration of Human Rights in ${languages} languages the detector knows`,
    line('paragraphs', paragraphs),
    line('pages', pages),
    `  most missed: ${mostMissed.join(', ') || '-'}`,
  ].join('\n');
}

export function main(argv: string[]): number {
  let values: {
    data?: string[];
    json?: boolean;
    'no-baseline'?: boolean;
    'as-written'?: boolean;
    help?: boolean;
  };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        data: { type: 'string', multiple: true },
        json: { type: 'boolean', default: false },
        'no-baseline': { type: 'boolean', default: false },
        'as-written': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (cause) {
    log(`${(cause as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    log(USAGE);
    return 0;
  }
  const options = { baseline: !values['no-baseline'], asWritten: values['as-written'] === true };
  const results: DatasetResult[] = [];
  let seeds: SeedCheck[] = [];
  let duplicates: DuplicatesReport | undefined;
  let languages: LanguageReport | undefined;
  if (values.data && values.data.length > 0) {
    for (const dir of values.data) {
      const path = resolveData(dir);
      const { documents, files, skipped } = readConllTree(path);
      log(
        `eval: ${path}: ${documents.length} documents in ${files} CoNLL files${skipped.length ? `, skipped ${skipped.length}: ${skipped.slice(0, 5).join(', ')}` : ''}`,
      );
      // Scores of nothing would read as a model that finds nothing.
      if (documents.length === 0)
        throw new InvalidArgumentError(`--data ${dir}: no labelled CoNLL documents there`);
      results.push(runDataset(basename(path), documents, options));
    }
  } else {
    for (const split of loadSplits().test) results.push(runDataset(split.name, split.documents, options));
    seeds = checkSeeds();
    duplicates = duplicatesReport(readConllTree(NEWS_DIR).documents.map((doc) => documentText(doc).text));
    languages = languageReport();
  }
  if (values.json) {
    const out: Record<string, unknown> = { datasets: results };
    if (seeds.length > 0) out['seeds'] = seeds;
    if (duplicates) out['duplicates'] = duplicates;
    if (languages) out['languages'] = languages;
    process.stdout.write(JSON.stringify(out) + '\n');
  } else {
    process.stdout.write(table(results) + '\n');
    for (const s of seeds) {
      process.stdout.write(
        `\nseed ${s.name}: ${Object.entries(s.fields)
          .map(([k, ok]) => `${k} ${ok ? 'ok' : 'FAIL'}`)
          .join(', ')}\n`,
      );
      if (s.entities.missing.length + s.entities.extra.length > 0)
        process.stdout.write(
          `  missing: ${s.entities.missing.join(', ') || '-'}; extra: ${s.entities.extra.join(', ') || '-'}\n`,
        );
      process.stdout.write(`  keywords: ${s.keywords.join(' | ')}\n`);
    }
    if (duplicates) process.stdout.write(`\n${duplicatesTable(duplicates)}\n`);
    if (languages) process.stdout.write(`\n${languagesTable(languages)}\n`);
  }
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (err) {
  log(err instanceof Error ? `${err.name}: ${err.message}` : String(err));
  process.exitCode = 1;
}
