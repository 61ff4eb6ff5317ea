import { describe, expect, it } from '@jest/globals';
import { runCli } from '../src/cli.js';
import { captureIo } from './helpers/stub-ingester.js';

describe('runCli', () => {
  it('prints help and exits 2 for an unknown command', async () => {
    const { io, stderr, stdout } = captureIo();
    expect(await runCli(['publish'], io)).toBe(2);
    expect(stderr()).toMatch(/^newsflow: unknown command "publish"\n\nUsage: newsflow <command>/);
    expect(stderr()).toMatch(/^ {2}push +send article files/m);
    expect(stdout()).toBe('');
  });

  it('prints help on stderr and exits 2 without a command', async () => {
    const { io, stderr } = captureIo();
    expect(await runCli([], io)).toBe(2);
    expect(stderr()).toContain('Usage: newsflow <command>');
  });

  it("prints help on stdout for --help, and a command's usage for help <command> or <command> --help", async () => {
    const general = captureIo();
    expect(await runCli(['--help'], general.io)).toBe(0);
    expect(general.stdout()).toContain('Commands:');

    const topic = captureIo();
    expect(await runCli(['help', 'push'], topic.io)).toBe(0);
    expect(topic.stdout()).toMatch(/^Usage: newsflow push/);

    const flag = captureIo();
    expect(await runCli(['push', '--help'], flag.io)).toBe(0);
    expect(flag.stdout()).toBe(topic.stdout());
  });

  it('reports bad options with the command usage and exit 2', async () => {
    const { io, stderr } = captureIo();
    expect(await runCli(['push', '--concurrency', 'x', 'f'], io)).toBe(2);
    expect(stderr()).toMatch(/^newsflow push: --concurrency: .*\n\nUsage: newsflow push/);
  });

  it('reports a missing input in one line and exits 1', async () => {
    const { io, stderr } = captureIo();
    expect(await runCli(['push', '/definitely/not/here.json'], io)).toBe(1);
    expect(stderr()).toMatch(/^newsflow push: cannot read \/definitely\/not\/here\.json: ENOENT/);
  });
});
