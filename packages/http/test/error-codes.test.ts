import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { HTTP_ERROR_CODES } from '@newsflow/http';

const DOC = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'docs',
  'feed-api.md',
);

describe('the error code catalogue', () => {
  const doc = readFileSync(DOC, 'utf8');

  it.each(Object.entries(HTTP_ERROR_CODES))(
    'documents %s with its status in docs/feed-api.md',
    (code, { status }) => {
      const row = doc.split('\n').find((line) => line.startsWith('|') && line.includes(`\`${code}\``));
      expect(row).toBeDefined();
      // Cells may be padded to align the table.
      expect(row).toMatch(new RegExp(`\\|\\s*${status}\\s*\\|`));
    },
  );

  it('documents no code that does not exist', () => {
    const documented = [...doc.matchAll(/`(NEWSFLOW_HTTP_[A-Z_]+)`/g)].map((m) => m[1]);
    for (const code of documented) expect(Object.keys(HTTP_ERROR_CODES)).toContain(code);
  });
});
