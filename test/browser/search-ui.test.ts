import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client } from '@elastic/elasticsearch';
import { bulkOperations, classifyBulkItems, deleteIndices, ensureIndex, indexNames } from '@newsflow/search';
import { startServiceProcess, type ServiceProcess } from '@newsflow/infra';
import { chromium, type Browser, type Page } from 'playwright-core';
import { article } from '../../packages/search/test/fixtures.js';

/**
 * The search page in a real browser: Debian's chromium, headless, driven by playwright-core, against
 * the built search-api process (`npm run build` first) over a real Elasticsearch.
 */
const elasticsearchUrl = process.env['ELASTICSEARCH_URL'];
if (!elasticsearchUrl)
  throw new Error('ELASTICSEARCH_URL must be set for browser tests (e.g. http://127.0.0.1:9200)');
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
if (!existsSync(CHROMIUM))
  throw new Error(`no browser at ${CHROMIUM}: run \`apt-get install -y chromium\` or set CHROMIUM_PATH`);
/** Where the screenshot of the results page is kept for people to look at. */
const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));

const prefix = `t${Date.now()}-browser`;
const names = indexNames(prefix);
const client = new Client({ node: elasticsearchUrl });

const ARTICLES = [
  article({
    id: 'putin-paris',
    title: 'Putin meets Macron in Paris',
    body: 'Vladimir Putin met Emmanuel Macron in Paris on Monday. The summit focused on energy.',
    source: 'Reuters',
    people: ['Vladimir Putin', 'Emmanuel Macron'],
    locations: ['Paris'],
    keywords: ['summit', 'energy'],
    publishedAt: '2025-03-03T09:00:00Z',
  }),
  article({
    id: 'climate-berlin',
    title: 'Climate summit opens in Berlin',
    body: 'Delegates from the United Nations gathered in Berlin for the climate summit.',
    source: 'AP',
    orgs: ['United Nations'],
    locations: ['Berlin'],
    keywords: ['climate', 'summit'],
    publishedAt: '2025-03-10T08:00:00Z',
  }),
  article({
    id: 'macron-lyon',
    title: 'Macron visits Lyon',
    body: 'Emmanuel Macron visited a factory in Lyon.',
    source: 'AFP',
    people: ['Emmanuel Macron'],
    locations: ['Lyon'],
    keywords: ['industry'],
    publishedAt: '2025-03-20T08:00:00Z',
  }),
  article({
    id: 'xss',
    title: '<img src=x onerror="window.__xss=1"> markets rally',
    body: 'Markets rally <script>window.__xss=2</script> as traders cheer <b>loudly</b>.',
    source: 'Wire <i>',
    keywords: ['markets'],
    publishedAt: '2025-03-25T08:00:00Z',
  }),
];

let server: ServiceProcess | undefined;
let baseUrl: string;
let browser: Browser;
let page: Page;
const pageProblems: string[] = [];
const externalRequests: string[] = [];

async function startServer(): Promise<string> {
  server = startServiceProcess('search-api', {
    env: { ELASTICSEARCH_URL: elasticsearchUrl!, NEWSFLOW_PREFIX: prefix, LOG_LEVEL: 'info' },
  });
  return server.waitReady(15_000);
}

async function ready(): Promise<void> {
  await page.waitForSelector('body[data-state="ready"]');
}

async function resultIds(): Promise<string[]> {
  return page.$$eval('#results > li', (items) => items.map((item) => item.getAttribute('data-id') ?? ''));
}

async function search(q: string): Promise<void> {
  await page.fill('#q', q);
  await page.click('button[type=submit]');
  await ready();
}

beforeAll(async () => {
  await ensureIndex(client, names);
  const response = await client.bulk({ operations: bulkOperations(ARTICLES, names), refresh: true });
  expect(classifyBulkItems(response).every((item) => item.kind === 'indexed')).toBe(true);
  baseUrl = await startServer();
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-default-apps',
      '--disable-dev-shm-usage',
      '--disable-extensions',
      '--disable-gpu',
      '--disable-sync',
      '--metrics-recording-only',
      '--no-first-run',
    ],
  });
  page = await browser.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') pageProblems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => pageProblems.push(`page error: ${error.message}`));
  // Nothing outside the API may load: record and refuse anything else.
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(baseUrl)) return route.continue();
    externalRequests.push(url);
    return route.abort();
  });
  await page.goto(`${baseUrl}/`);
  await ready();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  // The service shuts down cleanly on SIGTERM.
  if (server) expect(await server.stop()).toBe(0);
  await deleteIndices(client, names);
  await client.close();
});

describe('search page', () => {
  it('lists every article with facets and a timeline', async () => {
    expect((await resultIds()).sort()).toEqual(ARTICLES.map((a) => a.id).sort());
    expect(await page.textContent('#total')).toBe('4 articles');
    const people = await page.$$eval('[data-facet="person"] li .value', (nodes) =>
      nodes.map((n) => n.textContent),
    );
    expect(people).toEqual(['Emmanuel Macron', 'Vladimir Putin']);
    expect(await page.$$eval('#timeline rect', (bars) => bars.length)).toBeGreaterThan(0);
  });

  it('searches and keeps the state in the URL', async () => {
    await search('summit');
    expect(new URL(page.url()).searchParams.get('q')).toBe('summit');
    expect((await resultIds()).sort()).toEqual(['climate-berlin', 'putin-paris']);
    expect(
      await page.$$eval('#results mark', (marks) => marks.map((m) => m.textContent?.toLowerCase())),
    ).toContain('summit');

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'search-results.png'), fullPage: true });

    await page.reload();
    await ready();
    expect(await page.inputValue('#q')).toBe('summit');
    expect((await resultIds()).sort()).toEqual(['climate-berlin', 'putin-paris']);
  });

  it('filters by clicking a facet, and removes the filter from its chip', async () => {
    await page.click('[data-facet="person"] li button:has-text("Vladimir Putin")');
    await ready();
    expect(new URL(page.url()).searchParams.getAll('entity')).toEqual(['person:Vladimir Putin']);
    expect(await resultIds()).toEqual(['putin-paris']);

    await page.click('#active-filters button:has-text("entity: person:Vladimir Putin")');
    await ready();
    expect(new URL(page.url()).searchParams.getAll('entity')).toEqual([]);
    expect(await resultIds()).toHaveLength(2);
  });

  it('says why a result matched, entity by entity', async () => {
    await search('putin');
    expect(await resultIds()).toEqual(['putin-paris']);
    expect(await page.textContent('#results li[data-id="putin-paris"] .why')).toBe(
      'Matched Vladimir Putin (query putin)',
    );
    expect(await page.$$eval('#results .chip.matched', (chips) => chips.map((c) => c.textContent))).toEqual([
      'Vladimir Putin',
    ]);
    await page.goto(`${baseUrl}/`);
    await ready();
  });

  it('filters by clicking an entity chip on a result', async () => {
    await search('');
    await page.click('#results li[data-id="macron-lyon"] .chip.location');
    await ready();
    expect(new URL(page.url()).searchParams.getAll('entity')).toEqual(['location:Lyon']);
    expect(await resultIds()).toEqual(['macron-lyon']);
    await page.goto(`${baseUrl}/`);
    await ready();
  });

  it('narrows to a period by clicking the timeline', async () => {
    const firstBar = page.locator('#timeline rect').first();
    await firstBar.click();
    await ready();
    const params = new URL(page.url()).searchParams;
    expect(params.get('from')).toBe('2025-03-03T00:00:00.000Z');
    expect(await resultIds()).toEqual(['putin-paris']);
    await page.goto(`${baseUrl}/`);
    await ready();
  });

  it('zooms the date range to the buckets brushed across the timeline', async () => {
    const bars = page.locator('#timeline rect[data-date]');
    const dates = await bars.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-date') ?? ''));
    expect(dates.length).toBeGreaterThan(2);
    const start = await bars.nth(0).boundingBox();
    const end = await bars.nth(dates.length - 2).boundingBox();
    if (!start || !end) throw new Error('timeline bars are not visible');
    await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
    await page.mouse.down();
    await page.mouse.move(end.x + end.width / 2, end.y + 1, { steps: 5 });
    await page.mouse.up();
    await ready();

    const params = new URL(page.url()).searchParams;
    const from = dates[0]!;
    const to = new Date(Date.parse(dates[dates.length - 1]!) - 1).toISOString();
    expect(params.get('from')).toBe(from);
    expect(params.get('to')).toBe(to);
    const inRange = ARTICLES.filter(
      (a) => Date.parse(a.publishedAt) >= Date.parse(from) && Date.parse(a.publishedAt) <= Date.parse(to),
    ).map((a) => a.id);
    expect((await resultIds()).sort()).toEqual(inRange.sort());
    expect(inRange.length).toBeLessThan(ARTICLES.length);
    await page.goto(`${baseUrl}/`);
    await ready();
  });

  it('narrows to a period from the keyboard alone', async () => {
    const dates = await page.$$eval('#timeline rect[data-date]', (bars) =>
      bars.map((b) => b.getAttribute('data-date')),
    );
    await page.focus('#timeline rect[data-date]:nth-of-type(2)');
    await page.keyboard.press('Enter');
    await ready();
    expect(new URL(page.url()).searchParams.get('from')).toBe(dates[1]);
    await page.goto(`${baseUrl}/`);
    await ready();
  });

  it('shows untrusted article text as text', async () => {
    await search('markets');
    expect(await resultIds()).toEqual(['xss']);
    expect(await page.textContent('#results li[data-id="xss"] h2')).toBe(
      '<img src=x onerror="window.__xss=1"> markets rally',
    );
    expect(await page.textContent('#results li[data-id="xss"] .snippet')).toContain(
      '<script>window.__xss=2</script>',
    );
    expect(await page.$$eval('#results img, #results script, #results b', (nodes) => nodes.length)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  });

  it('opens an article with marked entities and related articles, and goes back', async () => {
    await search('putin');
    await page.click('#results li[data-id="putin-paris"] h2 a');
    await ready();
    expect(new URL(page.url()).searchParams.get('article')).toBe('putin-paris');
    expect(await page.textContent('#article-title')).toBe('Putin meets Macron in Paris');
    const marked = await page.$$eval('#article-view mark.entity', (marks) => marks.map((m) => m.textContent));
    expect(marked).toEqual(['Vladimir Putin', 'Emmanuel Macron', 'Paris']);
    expect(await page.$$eval('#related li a', (links) => links.map((a) => a.textContent))).toContain(
      'Macron visits Lyon',
    );

    await page.click('#article-view .back');
    await ready();
    expect(await page.isVisible('#search-view')).toBe(true);
    expect(await resultIds()).toEqual(['putin-paris']);
  });

  it('explains a malformed query', async () => {
    await search('putin AND (');
    expect(await page.textContent('#error')).toContain('q: unclosed "(" at position 10');
  });

  it('offers export links with the current filters', async () => {
    await search('summit');
    const href = await page.getAttribute('#export-csv', 'href');
    expect(href).toBe('/v1/export?q=summit&sort=relevance&format=csv');
  });

  it('loaded nothing external and logged no errors', () => {
    expect(externalRequests).toEqual([]);
    // The one expected error: the 400 for the malformed query, which the page reports itself.
    expect(pageProblems.filter((p) => !p.includes('400'))).toEqual([]);
  });
});
