import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from '@jest/globals';
import { readConllTree } from '../../src/eval/files.js';

const conll = (name: string): string => `-DOCSTART- O\n\n${name} B-PER\nspoke O\n. O\n`;

describe('readConllTree', () => {
  const root = mkdtempSync(join(tmpdir(), 'conll-tree-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('reads files and folders behind symbolic links, each folder and file once, and skips what is not CoNLL', () => {
    const data = join(root, 'data');
    const elsewhere = join(root, 'elsewhere');
    mkdirSync(join(data, 'nested'), { recursive: true });
    mkdirSync(elsewhere);
    writeFileSync(join(data, 'a.conll'), conll('Ada'));
    writeFileSync(join(data, 'nested', 'b.txt'), conll('Bea'));
    writeFileSync(join(elsewhere, 'c.conll'), conll('Cy'));
    writeFileSync(join(data, 'README.md'), '# About these files\n\nSome prose.\n');
    writeFileSync(join(data, 'empty.conll'), '');
    symlinkSync(join(elsewhere, 'c.conll'), join(data, 'linked.conll'));
    symlinkSync(elsewhere, join(data, 'linked-folder'));
    symlinkSync(data, join(data, 'nested', 'loop'));
    symlinkSync(join(root, 'missing.conll'), join(data, 'dangling.conll'));

    const { documents, files, skipped } = readConllTree(data);

    expect(documents.map((d) => d.tokens[0]).sort()).toEqual(['Ada', 'Bea', 'Cy']);
    expect(files).toBe(3);
    expect(skipped.sort()).toEqual(['README.md', 'empty.conll']);
  });

  it('reads CoNLL files inside gzip and tar archives, and text that is not UTF-8 as Windows-1252', () => {
    const packed = join(root, 'packed');
    const staging = join(root, 'staging');
    mkdirSync(join(staging, 'news'), { recursive: true });
    mkdirSync(packed);
    writeFileSync(join(staging, 'news', 'one.conll'), conll('Dora'));
    writeFileSync(join(staging, 'news', 'two.conll'), conll('Ede'));
    writeFileSync(join(staging, 'README'), 'Held-out news.\n');
    execFileSync('tar', ['czf', join(packed, 'ner-news.tgz'), '-C', staging, 'news', 'README']);
    writeFileSync(join(packed, 'single.conll.gz'), gzipSync(conll('Finn')));
    // "José" in Latin-1: the é is one byte, invalid as UTF-8.
    writeFileSync(join(packed, 'latin1.conll'), Buffer.from(conll('José'), 'latin1'));

    const { documents, skipped } = readConllTree(packed);

    expect(documents.map((d) => d.tokens[0]).sort()).toEqual(['Dora', 'Ede', 'Finn', 'José']);
    expect(documents.find((d) => d.tokens[0] === 'Dora')?.name).toMatch(/^ner-news\.tar\/news\/one\.conll/);
    expect(skipped).toEqual(['ner-news.tar/README']);
  });
});
