#!/usr/bin/env node
// Stable, executable entry for `npx newsflow`: tsc writes dist/main.js without the executable bit,
// so package.json's bin points here instead, and this file (mode 755 in git) loads the build.
try {
  await import('../dist/main.js');
} catch (error) {
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/main.js')) {
    console.error('newsflow: the CLI is not built yet; run `npx tsc -b` at the repository root first');
    process.exit(1);
  }
  throw error;
}
