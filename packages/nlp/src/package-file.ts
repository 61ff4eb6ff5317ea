import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

/** A file inside an installed package, even one its "exports" do not list. */
export function packageFile(path: string): string {
  const parts = path.split('/');
  const name = path.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] as string);
  for (const dir of require.resolve.paths(name) ?? []) {
    const file = join(dir, path);
    if (existsSync(file)) return file;
  }
  throw new Error(`cannot find ${path}: run npm install in the repository root`);
}
