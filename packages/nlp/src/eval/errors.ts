/**
 * Error analysis (development only): false positives and negatives by type, on any CoNLL folder with the shipped
 * model, or on the training split by K-fold cross-validation (a model trained on the other folds tags each fold),
 * so that rules are tuned without looking at the held-out split.
 *
 *   node dist/eval/errors.js --data DIR [--top N] [--out FILE]
 *   node dist/eval/errors.js --cv 4 [--top N] [--out FILE] [--cache DIR]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { EntityType } from '@newsflow/contracts';
import { ENTITY_TYPES } from '@newsflow/contracts';
import { extractEntities } from '../entities/index.js';
import { Tagger } from '../ner/tagger.js';
import { gazetteer } from '../ner/gazetteer.js';
import { canonicalNames, foldName } from '../ner/canonical.js';
import { learn } from '../train/cli.js';
import { toTrainingDocument } from '../train/prepare.js';
import type { ConllDocument } from './conll.js';
import { documentText } from './conll.js';
import { readConllTree } from './files.js';
import { Counts, mentionKey, snapToTokens } from './score.js';
import { loadSplits } from './splits.js';

const NAME_CHAR = /[\p{L}\p{N}]/u;

interface Tally {
  mention: Counts;
  document: Counts;
  fp: Map<string, number>;
  fn: Map<string, number>;
  detail: string[];
}

function bump(m: Map<string, number>, k: string): void {
  m.set(k, (m.get(k) ?? 0) + 1);
}

function analyse(doc: ConllDocument, tag: Tagger | undefined, tally: Tally): void {
  const { text, offsets } = documentText(doc, { joinSigils: true });
  const gold = doc.spans
    .filter((s) => doc.tokens.slice(s.start, s.end).some((t) => NAME_CHAR.test(t)))
    .map((s) => ({
      start: (offsets[s.start] as [number, number])[0],
      end: (offsets[s.end - 1] as [number, number])[1],
      type: s.type,
    }));
  const entities = extractEntities('', text, 'en', tag ? { tagger: tag } : {});
  const predicted = entities.flatMap((e) =>
    e.mentions.flatMap((m) => {
      const s = snapToTokens(m.start, m.end, text, offsets);
      return s ? [{ start: s[0], end: s[1], type: e.type }] : [];
    }),
  );
  const g = new Set(gold.map(mentionKey));
  const p = new Set(predicted.map(mentionKey));
  tally.mention.addSets(g, p);
  const goldNames = canonicalNames(gold.map((x) => ({ text: text.slice(x.start, x.end), type: x.type })));
  const goldDoc = new Set(gold.map((x, i) => `${x.type}|${foldName(goldNames[i] as string)}`));
  const predictedDoc = new Set(entities.map((e) => `${e.type}|${foldName(e.name)}`));
  tally.document.addSets(goldDoc, predictedDoc);
  for (const k of predictedDoc) if (!goldDoc.has(k)) tally.detail.push(`${doc.name}\tDOC-FP\t${k}`);
  for (const k of goldDoc) if (!predictedDoc.has(k)) tally.detail.push(`${doc.name}\tDOC-FN\t${k}`);
  const goldAt = new Map(gold.map((x) => [`${x.start}:${x.end}`, x.type]));
  const predAt = new Map(predicted.map((x) => [`${x.start}:${x.end}`, x.type]));
  const ctx = (s: number, e: number): string =>
    text.slice(Math.max(0, s - 40), s).replace(/\n/g, ' ') +
    '[' +
    text.slice(s, e) +
    ']' +
    text.slice(e, e + 40).replace(/\n/g, ' ');
  for (const x of predicted) {
    if (g.has(mentionKey(x))) continue;
    const gt = goldAt.get(`${x.start}:${x.end}`);
    const label = gt ? `${x.type}(gold ${gt})` : x.type;
    bump(tally.fp, `${label}\t${text.slice(x.start, x.end)}`);
    tally.detail.push(`${doc.name}\tFP ${label}\t${ctx(x.start, x.end)}`);
  }
  for (const x of gold) {
    if (p.has(mentionKey(x))) continue;
    const pt = predAt.get(`${x.start}:${x.end}`);
    const label = pt ? `${x.type}(as ${pt})` : x.type;
    bump(tally.fn, `${label}\t${text.slice(x.start, x.end)}`);
    tally.detail.push(`${doc.name}\tFN ${label}\t${ctx(x.start, x.end)}`);
  }
}

function report(name: string, t: Tally, top: number): string {
  const lines = [`== ${name}`];
  for (const level of ['mention', 'document'] as const) {
    const s = t[level].scores();
    lines.push(
      `${level}: P ${(s.micro.p * 100).toFixed(1)} R ${(s.micro.r * 100).toFixed(1)} F1 ${(s.micro.f1 * 100).toFixed(1)}  ` +
        ENTITY_TYPES.map((ty: EntityType) => `${ty} ${(s[ty].f1 * 100).toFixed(1)}`).join(' '),
    );
  }
  const sorted = (m: Map<string, number>): string[] =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, n]) => `  ${n}\t${k}`);
  lines.push('-- false positives', ...sorted(t.fp), '-- false negatives', ...sorted(t.fn));
  return lines.join('\n');
}

const newTally = (): Tally => ({
  mention: new Counts(),
  document: new Counts(),
  fp: new Map(),
  fn: new Map(),
  detail: [],
});

function main(): void {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      cv: { type: 'string' },
      top: { type: 'string', default: '40' },
      out: { type: 'string' },
      epochs: { type: 'string', default: '10' },
      cache: { type: 'string' },
    },
  });
  const top = Number(values.top);
  const tally = newTally();
  const bySplit = new Map<string, Tally>();
  if (values.data) {
    for (const doc of readConllTree(values.data).documents) analyse(doc, undefined, tally);
  } else {
    const k = Number(values.cv ?? '4');
    const splits = loadSplits().train;
    const all = splits.flatMap((s) =>
      s.documents.map((d, i) => ({
        d,
        split: s.name,
        fold: i % k,
        copies: s.name === 'wikigold-train' ? 2 : 1,
      })),
    );
    for (let f = 0; f < k; f++) {
      const docs = all
        .filter((x) => x.fold !== f)
        .flatMap((x) => Array.from({ length: x.copies }, () => toTrainingDocument(x.d)));
      // --cache DIR keeps each fold's weights, so that rule changes are measured without training again.
      const cacheFile = values.cache ? join(values.cache, `fold-${k}-${f}.json`) : undefined;
      let weights: Map<string, Float64Array>;
      if (cacheFile && existsSync(cacheFile)) {
        weights = new Map(
          (JSON.parse(readFileSync(cacheFile, 'utf8')) as Array<[string, number[]]>).map(([name, w]) => [
            name,
            Float64Array.from(w),
          ]),
        );
      } else {
        weights = learn(docs, gazetteer(), { epochs: Number(values.epochs), seed: 1 }, true);
        if (cacheFile && values.cache) mkdirSync(values.cache, { recursive: true });
        if (cacheFile)
          writeFileSync(
            cacheFile,
            JSON.stringify(
              [...weights]
                .filter(([, w]) => w.some((x) => Math.abs(x) >= 0.05))
                .map(([name, w]) => [name, Array.from(w, (x) => Math.round(x * 1000) / 1000)]),
            ),
          );
      }
      const tag = Tagger.fromWeights(weights, gazetteer());
      for (const x of all.filter((y) => y.fold === f)) {
        let st = bySplit.get(x.split);
        if (!st) bySplit.set(x.split, (st = newTally()));
        analyse(x.d, tag, st);
        analyse(x.d, tag, tally);
      }
      process.stderr.write(`cv: fold ${f + 1}/${k} done\n`);
    }
  }
  const out = [
    ...[...bySplit].map(([n, t]) => report(n, t, 0).split('\n').slice(0, 3).join('\n')),
    report('all', tally, top),
  ].join('\n');
  process.stdout.write(out + '\n');
  if (values.out) writeFileSync(values.out, tally.detail.join('\n') + '\n');
}

main();
