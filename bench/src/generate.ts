/** Deterministic news-like articles of a chosen length, so every run measures the same input. */

import { mulberry32 } from '@newsflow/nlp';

const PEOPLE = [
  'Vladimir Putin',
  'Donald Trump',
  'Ursula von der Leyen',
  'Olaf Scholz',
  'Emmanuel Macron',
  'Xi Jinping',
  'Keir Starmer',
  'Giorgia Meloni',
  'Volodymyr Zelensky',
  'Narendra Modi',
  'Jerome Powell',
  'Christine Lagarde',
  'Elon Musk',
  'Tim Cook',
  'Sundar Pichai',
];
const ORGS = [
  'the European Commission',
  'Reuters',
  'the Federal Reserve',
  'NATO',
  'Microsoft',
  'Apple',
  'the United Nations',
  'Goldman Sachs',
  'the Kremlin',
  'Tesla',
  'the World Bank',
  'Siemens AG',
  'the Labour Party',
];
const PLACES = [
  'Berlin',
  'Paris',
  'Washington',
  'Moscow',
  'Beijing',
  'London',
  'Kyiv',
  'Brussels',
  'Tokyo',
  'New Delhi',
  'Rome',
  'Texas',
  'Germany',
  'France',
  'Japan',
];
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

export interface GeneratedArticle {
  readonly title: string;
  readonly body: string;
}

export function generateArticles(count: number, words = 600, seed = 7): GeneratedArticle[] {
  const rand = mulberry32(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(rand() * values.length)] as T;
  const fill = (template: string): string =>
    template.replace(/\{(\w)\}/g, (_, slot: string) => {
      switch (slot) {
        case 'P':
          return pick(PEOPLE);
        case 'O':
          return pick(ORGS);
        case 'L':
          return pick(PLACES);
        case 'D':
          return pick(DAYS);
        case 'M':
          return pick(MONTHS);
        case 'Y':
          return String(1990 + Math.floor(rand() * 30));
        default:
          return String(2 + Math.floor(rand() * 40));
      }
    });
  const articles: GeneratedArticle[] = [];
  for (let index = 0; index < count; index += 1) {
    const paragraphs: string[] = [];
    for (let total = 0; total < words;) {
      const paragraph = Array.from({ length: 3 }, () => fill(pick(TEMPLATES))).join(' ');
      total += paragraph.split(/\s+/).length;
      paragraphs.push(paragraph);
    }
    articles.push({ title: fill(pick(TEMPLATES)).replace(/\.$/, ''), body: paragraphs.join('\n\n') });
  }
  return articles;
}
