import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import type { ConllDocument } from './conll.js';
import { parseConll } from './conll.js';
import { readConllTree } from './files.js';

/** The repository root (this file is packages/nlp/{src,dist}/eval/splits.*). */
export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/** ../shared beside the repository, or NEWSFLOW_SHARED_DIR. */
export function sharedDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env['NEWSFLOW_SHARED_DIR'] ?? join(REPO_ROOT, '..', 'shared'));
}

export interface Split {
  name: string;
  documents: ConllDocument[];
}

/** Fraction of wikigold documents (in file order) used for training; the rest is held out. */
export const WIKIGOLD_TRAIN_FRACTION = 0.8;
export const BTC_TRAIN_SECTIONS = ['a', 'b', 'e', 'f', 'h'] as const;
export const BTC_TEST_SECTION = 'g';

/**
 * Our own labelled news (data/news: articles written and labelled by the project for this purpose, CoNLL-2003
 * conventions, see data/news/README.md); every fourth document of each file is held out, so adding a file never
 * moves a document from one side to the other.
 */
export const NEWS_DIR = fileURLToPath(new URL('../../data/news/', import.meta.url));
export const NEWS_TEST_EVERY = 4;

function read(path: string, name: string): ConllDocument[] {
  if (!existsSync(path)) return [];
  return parseConll(readFileSync(path, 'utf8'), name);
}

/** Each sentence of a document as its own document (tweets). */
export function sentencesAsDocuments(docs: readonly ConllDocument[]): ConllDocument[] {
  const out: ConllDocument[] = [];
  for (const doc of docs) {
    let from = 0;
    for (let i = 1; i <= doc.tokens.length; i++) {
      if (i === doc.tokens.length || doc.sentenceStarts[i]) {
        out.push({
          name: `${doc.name}:${out.length + 1}`,
          tokens: doc.tokens.slice(from, i),
          sentenceStarts: doc.sentenceStarts.slice(from, i),
          spans: doc.spans
            .filter((s) => s.start >= from && s.end <= i)
            .map((s) => ({ ...s, start: s.start - from, end: s.end - from })),
        });
        from = i;
      }
    }
  }
  return out;
}

/**
 * The fixed split (see README): wikigold first 80% of documents to train, last 20% held out; BTC sections
 * a, b, e, f, h to train, section g (news outlets) held out, one tweet a document in both (the file has no
 * -DOCSTART-: its blank-line-separated blocks are independent tweets);
 * SEC filings FIN5 to train, FIN3 held out; our news articles, every fourth held out.
 */
export function loadSplits(shared = sharedDir()): { train: Split[]; test: Split[] } {
  const present = (splits: Split[]): Split[] => splits.filter((s) => s.documents.length > 0);
  const ner = join(shared, 'eval', 'ner');
  const wiki = read(join(ner, 'wikigold', 'wikigold.conll'), 'wikigold');
  const cut = Math.round(wiki.length * WIKIGOLD_TRAIN_FRACTION);
  const news = existsSync(NEWS_DIR) ? readConllTree(NEWS_DIR).documents : [];
  const heldOut = (doc: ConllDocument): boolean =>
    Number(/#(\d+)$/.exec(doc.name)?.[1] ?? 1) % NEWS_TEST_EVERY === 0;
  const btcTrain = BTC_TRAIN_SECTIONS.flatMap((s) => read(join(ner, 'btc', `${s}.conll`), `btc-${s}`));
  return {
    train: present([
      { name: 'wikigold-train', documents: wiki.slice(0, cut) },
      { name: 'btc-train', documents: sentencesAsDocuments(btcTrain) },
      { name: 'sec-filings-FIN5', documents: read(join(ner, 'sec-filings', 'FIN5.conll'), 'FIN5') },
      { name: 'news-train', documents: news.filter((d) => !heldOut(d)) },
    ]),
    test: present([
      { name: 'wikigold-test', documents: wiki.slice(cut) },
      {
        name: 'btc-g',
        documents: sentencesAsDocuments(read(join(ner, 'btc', `${BTC_TEST_SECTION}.conll`), 'btc-g')),
      },
      { name: 'sec-filings-FIN3', documents: read(join(ner, 'sec-filings', 'FIN3.conll'), 'FIN3') },
      { name: 'news-test', documents: news.filter(heldOut) },
    ]),
  };
}
