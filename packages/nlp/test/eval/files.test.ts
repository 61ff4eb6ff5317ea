import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
});
