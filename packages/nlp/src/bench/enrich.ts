import { parseArgs } from 'node:util';
import nlp from 'compromise';
import type { RawArticle } from '@newsflow/contracts';
import { enrich } from '../enrich.js';

const log = (msg: string): void => void process.stderr.write(msg + '\n');

/** Deterministic generator of news-like text: sentences built from templates, names and places. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const PEOPLE = ['Vladimir Putin', 'Donald Trump', 'Ursula von der Leyen', 'Olaf Scholz', 'Emmanuel Macron', 'Xi Jinping', 'Keir Starmer', 'Giorgia Meloni', 'Volodymyr Zelensky', 'Narendra Modi', 'Jerome Powell', 'Christine Lagarde', 'Elon Musk', 'Tim Cook', 'Sundar Pichai'];
const ORGS = ['the European Commission', 'Reuters', 'the Federal Reserve', 'NATO', 'Microsoft', 'Apple', 'the United Nations', 'Goldman Sachs', 'the Kremlin', 'Tesla', 'the World Bank', 'Siemens AG', 'the Labour Party'];
const PLACES = ['Berlin', 'Paris', 'Washington', 'Moscow', 'Beijing', 'London', 'Kyiv', 'Brussels', 'Tokyo', 'New Delhi', 'Rome', 'Texas', 'Germany', 'France', 'Japan'];
const TEMPLATES = [
  '{P} met {P} in {L} on {D} to discuss trade, security and the war in {L}.',
  'According to {O}, the talks lasted more than {N} hours and ended without an agreement.',
  '“We will not accept these conditions,” {P} told reporters in {L}, adding that {O} had been informed.',
  'Shares of {O} fell {N} percent after the company said demand in {L} had slowed sharply this quarter.',
  'The decision by {O} comes amid rising inflation, higher interest rates and a weaker labour market.',
  'Officials in {L} said {N} people had been killed and dozens injured in overnight strikes.',
  '{P}, who has led {O} since {Y}, is expected to announce new measures next week.',
  'Analysts at {O} warned that the ceasefire could collapse if talks between {L} and {L} stall again.',
  'In a statement, {O} said it would review the proposal and respond within {N} days.',
  'Critics argue that the plan, unveiled by {P} in {M}, does little to address the housing crisis.',
];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const MONTHS = ['January', 'March', 'May', 'June', 'September', 'November'];

export function generateArticles(count: number, words: number, seed = 7): Array<{ title: string; body: string }> {
  const rand = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const fill = (t: string): string =>
    t.replace(/\{(\w)\}/g, (_, k: string) => {
      switch (k) {
        case 'P': return pick(PEOPLE);
        case 'O': return pick(ORGS);
        case 'L': return pick(PLACES);
        case 'D': return pick(DAYS);
        case 'M': return pick(MONTHS);
        case 'Y': return String(1990 + Math.floor(rand() * 30));
        default: return String(2 + Math.floor(rand() * 40));
      }
    });
  const out: Array<{ title: string; body: string }> = [];
  for (let a = 0; a < count; a++) {
    const paras: string[] = [];
    let n = 0;
    while (n < words) {
      const para = Array.from({ length: 3 }, () => fill(pick(TEMPLATES))).join(' ');
      n += para.split(/\s+/).length;
      paras.push(para);
    }
    out.push({ title: fill(pick(TEMPLATES)).replace(/\.$/, ''), body: paras.join('\n\n') });
  }
  return out;
}

const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000' }, words: { type: 'string', default: '600' }, json: { type: 'boolean', default: false } } });
const count = Number(values.articles);
const articles = generateArticles(count, Number(values.words));
const raws: RawArticle[] = articles.map((x, i) => ({ schemaVersion: 1, id: `b${i}`, revision: 0, feedId: 'bench', receivedAt: '2025-01-01T00:00:00Z', source: 'bench', authors: [], tags: [], content: { format: 'article', title: x.title, body: x.body } }));

function time(fn: () => void): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e9;
}
// Warm up both, then measure.
for (const r of raws.slice(0, 50)) enrich(r);
for (const x of articles.slice(0, 20)) nlp(x.body).people();
let entities = 0;
const newsflowSeconds = time(() => {
  for (const r of raws) entities += enrich(r).entities.length;
});
const rss = process.memoryUsage().rss;
const compromiseCount = Math.min(count, 200);
const compromiseSeconds = time(() => {
  for (const x of articles.slice(0, compromiseCount)) {
    const d = nlp(`${x.title}\n${x.body}`);
    d.people().json();
    d.places().json();
    d.organizations().json();
  }
});
const result = {
  articles: count,
  wordsPerArticle: Number(values.words),
  newsflow: { articlesPerSecond: Math.round(count / newsflowSeconds), entitiesPerArticle: Math.round((entities / count) * 10) / 10 },
  compromise: { articlesPerSecond: Math.round(compromiseCount / compromiseSeconds), note: 'people/places/organizations only' },
  speedup: Math.round((count / newsflowSeconds / (compromiseCount / compromiseSeconds)) * 10) / 10,
  rssMB: Math.round(rss / 1e6),
};
if (values.json) process.stdout.write(JSON.stringify(result) + '\n');
else {
  log(`enrich(): ${result.newsflow.articlesPerSecond} articles/s of ~${result.wordsPerArticle} words on one core (RSS ${result.rssMB} MB)`);
  log(`compromise (entities only): ${result.compromise.articlesPerSecond} articles/s; enrich() is ${result.speedup}× faster`);
}
