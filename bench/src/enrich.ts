/**
 * `npm run bench:enrich`: the whole `enrich()` (clean, language, entities, keywords, fingerprint) on generated
 * articles of about 600 words, one core, and, on the same texts in the same run, the baseline compromise
 * (`people()`, `places()`, `organizations()` only). Each system runs in a child process of its own, so the
 * newsflow figure and its RSS are measured without compromise loaded.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { RawArticle } from '@newsflow/contracts';
import { SERVICE_NODE_FLAGS } from '@newsflow/infra';
import { generateArticles } from './generate.js';
import { round } from './stats.js';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    words: { type: 'string', default: '600' },
    system: { type: 'string' },
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

function measure(run: (index: number) => number): { articlesPerSecond: number; entitiesPerArticle: number } {
  for (let i = 0; i < Math.min(WARM_UP, count); i += 1) run(i);
  let entities = 0;
  const started = performance.now();
  for (let i = 0; i < count; i += 1) entities += run(i);
  const seconds = (performance.now() - started) / 1000;
  return { articlesPerSecond: round(count / seconds, 0), entitiesPerArticle: round(entities / count) };
}

/** One system alone, in this process. */
async function runSystem(system: 'newsflow' | 'compromise'): Promise<SystemResult> {
  const articles = generateArticles(count, words);
  let figures: { articlesPerSecond: number; entitiesPerArticle: number };
  if (system === 'newsflow') {
    const { enrich } = await import('@newsflow/nlp');
    const raws: RawArticle[] = articles.map((article, index) => ({
      schemaVersion: 1,
      id: `b${index}`,
      revision: 0,
      feedId: 'bench',
      receivedAt: '2025-01-01T00:00:00Z',
      source: 'bench',
      authors: [],
      tags: [],
      content: { format: 'article', title: article.title, body: article.body },
    }));
    figures = measure((index) => enrich(raws[index] as RawArticle).entities.length);
  } else {
    const nlp = (await import('compromise')).default;
    figures = measure((index) => {
      const article = articles[index] as { title: string; body: string };
      const doc = nlp(`${article.title}\n${article.body}`);
      return doc.people().json().length + doc.places().json().length + doc.organizations().json().length;
    });
  }
  return {
    system,
    articles: count,
    ...figures,
    rssMB: round(process.memoryUsage().rss / 1e6, 0),
    maxRssMB: round((process.resourceUsage().maxRSS * 1024) / 1e6, 0),
  };
}

function child(system: 'newsflow' | 'compromise'): SystemResult {
  const script = fileURLToPath(import.meta.url);
  // newsflow runs with the enricher service's Node flags (its heap cap), compromise with Node's defaults.
  const flags = system === 'newsflow' ? SERVICE_NODE_FLAGS.enricher : [];
  const result = spawnSync(
    process.execPath,
    [...flags, script, '--system', system, '--articles', String(count), '--words', String(words)],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  if (result.status !== 0) throw new Error(`the ${system} run failed (exit ${String(result.status)})`);
  return JSON.parse(result.stdout) as SystemResult;
}

if (values.system === 'newsflow' || values.system === 'compromise') {
  process.stdout.write(`${JSON.stringify(await runSystem(values.system))}\n`);
} else if (values.system !== undefined) {
  say(`--system must be newsflow or compromise, not ${values.system}`);
  process.exitCode = 2;
} else {
  say(
    `bench:enrich: ${count} generated articles of ~${words} words, one core, each system in its own process…`,
  );
  const newsflow = child('newsflow');
  const compromise = child('compromise');
  const result = {
    articles: count,
    wordsPerArticle: words,
    newsflow,
    compromise: { ...compromise, note: 'people(), places(), organizations() only' },
    speedup: round(newsflow.articlesPerSecond / compromise.articlesPerSecond),
  };
  if (values.json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else {
    say(
      `enrich(): ${newsflow.articlesPerSecond} articles/s (RSS ${newsflow.rssMB} MB, peak ${newsflow.maxRssMB} MB, without compromise loaded)`,
    );
    say(
      `compromise (entities only): ${compromise.articlesPerSecond} articles/s; enrich() is ${result.speedup}× as fast`,
    );
  }
}
