import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { InputError } from '../src/errors.js';
import { detectFormat, expandInputs, type PushItem } from '../src/files.js';

const article = (n: number) => ({
  url: `https://example.test/a/${n}`,
  title: `Title ${n}`,
  body: `Body ${n}`,
  source: 'example.test',
  publishedAt: '2026-11-01T10:00:00+00:00',
});

let root: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'newsflow-cli-files-'));
  await mkdir(path.join(root, 'feed', 'nested'), { recursive: true });
  await mkdir(path.join(root, 'feed', '.hidden'), { recursive: true });
  await writeFile(path.join(root, 'feed', 'a-one.json'), JSON.stringify(article(1)));
  await writeFile(path.join(root, 'feed', 'b-many.json'), JSON.stringify([article(2), article(3)]));
  await writeFile(
    path.join(root, 'feed', 'c-lines.ndjson'),
    `${JSON.stringify(article(4))}\n\n{not json}\n${JSON.stringify(article(5))}\n`,
  );
  await writeFile(path.join(root, 'feed', 'd-page.txt'), 'A scraped title\n\nA scraped body.');
  await writeFile(
    path.join(root, 'feed', 'd-page.meta.json'),
    JSON.stringify({ source: 'sidecar.example', url: 'https://sidecar.example/p', language: 'en' }),
  );
  await writeFile(path.join(root, 'feed', 'nested', 'e-page.HTML'), '<html><body><p>Hi</p></body></html>');
  await writeFile(path.join(root, 'feed', 'nested', 'f-lines.jsonl'), `${JSON.stringify(article(6))}\n`);
  await writeFile(path.join(root, 'feed', 'README.md'), '# not an article');
  await writeFile(path.join(root, 'feed', '.hidden', 'g.json'), JSON.stringify(article(7)));
  await writeFile(path.join(root, 'feed', 'h-broken.json'), '{"url": ');
  await writeFile(path.join(root, 'feed', 'i-scalar.json'), '42');
  await writeFile(path.join(root, 'feed', 'j-empty.txt'), '  \n');
  await writeFile(path.join(root, 'bad-sidecar.txt'), 'page text');
  await writeFile(path.join(root, 'bad-sidecar.meta.json'), JSON.stringify({ publishedAt: 'yesterday' }));
  await writeFile(path.join(root, 'unknown.dat'), JSON.stringify(article(8)));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const summary = (items: PushItem[]) =>
  items.map((item) => `${item.kind} ${path.relative(root, item.label).split(path.sep).join('/')}`);

describe('expandInputs', () => {
  it('walks a folder recursively in name order, one item per article or page', async () => {
    const { items, skipped } = await expandInputs([path.join(root, 'feed')]);
    expect(summary(items)).toEqual([
      'article feed/a-one.json',
      'article feed/b-many.json[0]',
      'article feed/b-many.json[1]',
      'article feed/c-lines.ndjson:1',
      'invalid feed/c-lines.ndjson:3',
      'article feed/c-lines.ndjson:4',
      'page feed/d-page.txt',
      'invalid feed/h-broken.json',
      'invalid feed/i-scalar.json',
      'invalid feed/j-empty.txt',
      'page feed/nested/e-page.HTML',
      'article feed/nested/f-lines.jsonl:1',
    ]);
    expect(skipped.map((file) => path.relative(root, file))).toEqual([path.join('feed', 'README.md')]);
  });

  it('keeps article JSON as it is, for the ingester to validate', async () => {
    const { items } = await expandInputs([path.join(root, 'feed', 'a-one.json')]);
    expect(items).toEqual([
      { kind: 'article', label: path.join(root, 'feed', 'a-one.json'), article: article(1) },
    ]);
  });

  it('reads text and HTML pages with their sidecar metadata; command-line metadata wins', async () => {
    const { items } = await expandInputs(
      [path.join(root, 'feed', 'd-page.txt'), path.join(root, 'feed', 'nested')],
      {
        pageParams: { source: 'flag.example', publishedAt: '2026-11-02T09:00:00+01:00' },
      },
    );
    expect(items[0]).toEqual({
      kind: 'page',
      label: path.join(root, 'feed', 'd-page.txt'),
      format: 'scraped',
      page: 'A scraped title\n\nA scraped body.',
      params: {
        source: 'flag.example',
        url: 'https://sidecar.example/p',
        language: 'en',
        publishedAt: '2026-11-02T09:00:00+01:00',
      },
    });
    expect(items[1]).toMatchObject({ kind: 'page', format: 'html', params: { source: 'flag.example' } });
  });

  it('reports a page whose sidecar is invalid instead of sending it without metadata', async () => {
    const { items } = await expandInputs([path.join(root, 'bad-sidecar.txt')]);
    expect(items).toHaveLength(1);
    expect(items[0]?.kind).toBe('invalid');
    expect(items[0]?.kind === 'invalid' && items[0].reason).toMatch(/bad-sidecar\.meta\.json: \/publishedAt/);
  });

  it('explains why a JSON file could not be read', async () => {
    const { items } = await expandInputs([
      path.join(root, 'feed', 'h-broken.json'),
      path.join(root, 'feed', 'i-scalar.json'),
    ]);
    expect(items.map((item) => (item.kind === 'invalid' ? item.reason : item.kind))).toEqual([
      expect.stringMatching(/^not JSON: /),
      'expected an article object',
    ]);
  });

  it('detects the format of a named file with an unknown extension, or takes --format', async () => {
    const file = path.join(root, 'unknown.dat');
    expect((await expandInputs([file])).items[0]?.kind).toBe('article');
    expect((await expandInputs([file], { format: 'text' })).items[0]).toMatchObject({
      kind: 'page',
      format: 'scraped',
    });
  });

  it('reads stdin for "-", detecting JSON, NDJSON, HTML and text', async () => {
    const from = async (stdin: string) =>
      (await expandInputs(['-'], { readStdin: async () => stdin, pageParams: { source: 's' } })).items;
    expect(await from(JSON.stringify(article(1)))).toEqual([
      { kind: 'article', label: 'stdin', article: article(1) },
    ]);
    expect(
      summary(await from(`${JSON.stringify(article(1))}\n${JSON.stringify(article(2))}\n`)),
    ).toHaveLength(2);
    expect(await from('<p>hello</p>')).toEqual([
      { kind: 'page', label: 'stdin', format: 'html', page: '<p>hello</p>', params: { source: 's' } },
    ]);
    expect((await from('Plain scraped text'))[0]).toMatchObject({ kind: 'page', format: 'scraped' });
  });

  it('refuses a path that does not exist before anything is sent', async () => {
    await expect(
      expandInputs([path.join(root, 'feed'), path.join(root, 'missing.json')]),
    ).rejects.toBeInstanceOf(InputError);
  });
});

describe('detectFormat', () => {
  it.each([
    ['{"a":1}', 'json'],
    ['\ufeff  [1, 2]', 'json'],
    ['{"a":1}\n{"a":2}', 'ndjson'],
    ['{"a":', 'json'],
    ['<!DOCTYPE html><html></html>', 'html'],
    ['Title\n\nBody', 'text'],
  ])('%j is %s', (text, format) => {
    expect(detectFormat(text)).toBe(format);
  });
});
