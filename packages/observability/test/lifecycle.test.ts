import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';

const built = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/index.js');

/**
 * Runs a service whose start and stop are given as code, in its own process (runService owns the
 * process's signals and exit code), after `npm test` has built the package.
 */
function runInProcess(
  start: string,
  signal?: NodeJS.Signals,
): Promise<{ code: number | null; output: string }> {
  const script = `
    import { createLogger, runService } from ${JSON.stringify(built)};
    const logger = createLogger({ service: 'lifecycle-test', level: 'info' });
    await runService({ logger, start: ${start} });
    process.send?.('running');
  `;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  if (signal) child.once('message', () => child.kill(signal));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, output })));
}

describe('runService', () => {
  it('exits 1 after logging why when the start fails, even with nothing left to keep the process alive', async () => {
    const { code, output } = await runInProcess(`async () => { throw new Error('no broker'); }`);
    expect(code).toBe(1);
    expect(output).toMatch(/"level":"fatal".*"message":"no broker".*"msg":"start failed"/);
  });

  it('exits 0 once the stop a SIGTERM asked for completes', async () => {
    const { code, output } = await runInProcess(
      `async () => { const timer = setInterval(() => {}, 1000); return { stop: async () => clearInterval(timer) }; }`,
      'SIGTERM',
    );
    expect(code).toBe(0);
    expect(output).toMatch(/"signal":"SIGTERM".*"msg":"stopping"[\s\S]*"msg":"stopped"/);
  });

  it('exits 1 when the stop fails', async () => {
    const { code, output } = await runInProcess(
      `async () => { const timer = setInterval(() => {}, 1000); return { stop: async () => { clearInterval(timer); throw new Error('commit refused'); } }; }`,
      'SIGTERM',
    );
    expect(code).toBe(1);
    expect(output).toMatch(/"message":"commit refused".*"msg":"stop failed"/);
  });
});
