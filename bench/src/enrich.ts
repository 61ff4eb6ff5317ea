/**
 * `npm run bench:enrich`: the whole `enrich()` (clean, language, entities, keywords, fingerprint) on articles of
 * about 600 words, one core, and, on the same texts in the same run, the baseline compromise (`people()`,
 * `places()`, `organizations()` only). Two corpora: generated articles (any number, but a vocabulary of a few hundred
 * words, which the enrichment's per-word caches make fast) and our labelled news articles joined into articles of
 * that length (about 300 of them, each read once, a news vocabulary: the realistic figure). The news figure is
 * measured twice: on first reading (after a warm-up on generated articles, which leaves most of the code paths news
 * takes still to be compiled, and every news word unseen) and steady (every other article measured after the ones
 * between them were read: compiled code and a warm vocabulary, as in an enricher that has run a while, but still a
 * new word in every dozen). Each system runs in a child process of its own, so the newsflow figure and its RSS are
 * measured without compromise loaded.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { RawArticle } from '@newsflow/contracts';
import { SERVICE_NODE_FLAGS } from '@newsflow/infra';
import { generateArticles } from './generate.js';
import { newsArticles } from './news-articles.js';
import { round } from './stats.js';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    words: { type: 'string', default: '600' },
    system: { type: 'string' },
    corpus: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
const count = Number(values.articles);
const words = Number(values.words);
const say = (line: string): void => void process.stderr.write(`${line}\n`);

interface SystemResult {
  system: 'newsflow' | 'compromise';
  articles: number;
  articlesPerSecond: number;
  entitiesPerArticle: number;
  /** Resident memory at the end of the run and at its peak, MB. */
  rssMB: number;
  maxRssMB: number;
}

const WARM_UP = 50;
const CORPORA = ['generated', 'news', 'news-steady'] as const;
type CorpusName = (typeof CORPORA)[number];

interface Article {
  title: string;
  body: string;
}

/** Articles/s over `articles`, after reading `warmUp`. */
function measure(
  { warmUp, articles }: Corpus,
  run: (article: Article, index: number) => number,
): { articlesPerSecond: number; entitiesPerArticle: number } {
  warmUp.forEach((article, i) => run(article, -1 - i));
  let entities = 0;
  const started = performance.now();
  articles.forEach((article, i) => (entities += run(article, i)));
  const seconds = (performance.now() - started) / 1000;
  return {
    articlesPerSecond: round(articles.length / seconds, 0),
    entitiesPerArticle: round(entities / articles.length),
  };
}

interface Corpus {
  warmUp: Article[];
  articles: Article[];
}

function corpusOf(name: CorpusName): Corpus {
  if (name === 'generated')
    return { warmUp: generateArticles(WARM_UP, words), articles: generateArticles(count, words) };
  const news = newsArticles(words, count);
  if (name === 'news') return { warmUp: generateArticles(WARM_UP, words), articles: news };
  return { warmUp: news.filter((_, i) => i % 2 === 0), articles: news.filter((_, i) => i % 2 === 1) };
}

/** One system alone, in this process. */
async function runSystem(system: 'newsflow' | 'compromise', name: CorpusName): Promise<SystemResult> {
  const corpus = corpusOf(name);
  let figures: { articlesPerSecond: number; entitiesPerArticle: number };
  if (system === 'newsflow') {
    const { enrich } = await import('@newsflow/nlp');
    const raw = (article: Article, index: number): RawArticle => ({
      schemaVersion: 1,
      id: `b${index}`,
      revision: 0,
      feedId: 'bench',
      receivedAt: '2025-01-01T00:00:00Z',
      source: 'bench',
      authors: [],
      tags: [],
      content: { format: 'article', title: article.title, body: article.body },
    });
    figures = measure(corpus, (article, index) => enrich(raw(article, index)).entities.length);
  } else {
    const nlp = (await import('compromise')).default;
    figures = measure(corpus, (article) => {
      const doc = nlp(`${article.title}\n${article.body}`);
      return doc.people().json().length + doc.places().json().length + doc.organizations().json().length;
    });
  }
  return {
    system,
    articles: corpus.articles.length,
    ...figures,
    rssMB: round(process.memoryUsage().rss / 1e6, 0),
    maxRssMB: round((process.resourceUsage().maxRSS * 1024) / 1e6, 0),
  };
}

function child(system: 'newsflow' | 'compromise', corpus: CorpusName): SystemResult {
  const script = fileURLToPath(import.meta.url);
  // newsflow runs with the enricher service's Node flags (its heap cap), compromise with Node's defaults.
  const flags = system === 'newsflow' ? SERVICE_NODE_FLAGS.enricher : [];
  const result = spawnSync(
    process.execPath,
    [
      ...flags,
      script,
      '--system',
      system,
      '--corpus',
      corpus,
      '--articles',
      String(count),
      '--words',
      String(words),
    ],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  if (result.status !== 0) throw new Error(`the ${system} run failed (exit ${String(result.status)})`);
  return JSON.parse(result.stdout) as SystemResult;
}

const corpus = (values.corpus ?? 'generated') as CorpusName;
if (!CORPORA.includes(corpus)) {
  say(`--corpus must be ${CORPORA.join(' or ')}, not ${String(values.corpus)}`);
  process.exitCode = 2;
} else if (values.system === 'newsflow' || values.system === 'compromise') {
  process.stdout.write(`${JSON.stringify(await runSystem(values.system, corpus))}\n`);
} else if (values.system !== undefined) {
  say(`--system must be newsflow or compromise, not ${values.system}`);
  process.exitCode = 2;
} else {
  const corpora = values.corpus === undefined ? CORPORA : [corpus];
  say(`bench:enrich: articles of ~${words} words, one core, each system in its own process…`);
  const results = Object.fromEntries(
    corpora.map((c) => {
      const newsflow = child('newsflow', c);
      const compromise = child('compromise', c);
      const speedup = round(newsflow.articlesPerSecond / compromise.articlesPerSecond);
      if (!values.json) {
        say(
          `${c} (${newsflow.articles} articles): enrich() ${newsflow.articlesPerSecond} articles/s (RSS ${newsflow.rssMB} MB, peak ${newsflow.maxRssMB} MB, without compromise loaded); compromise (entities only) ${compromise.articlesPerSecond} articles/s; enrich() is ${speedup}× as fast`,
        );
      }
      return [
        c,
        {
          newsflow,
          compromise: { ...compromise, note: 'people(), places(), organizations() only' },
          speedup,
        },
      ];
    }),
  );
  if (values.json) process.stdout.write(`${JSON.stringify({ wordsPerArticle: words, corpora: results })}\n`);
}
