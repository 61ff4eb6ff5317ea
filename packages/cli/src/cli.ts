import type { CliIo, Command } from './command.js';
import { dlq } from './commands/dlq.js';
import { feeds } from './commands/feeds.js';
import { push } from './commands/push.js';
import { reprocess } from './commands/reprocess.js';
import { CliError, reasonOf, UsageError } from './errors.js';

/** Every command, in help order. A new one (dlq, feeds, reprocess) is a src/commands/*.ts added here. */
export const COMMANDS: readonly Command[] = [push, feeds, dlq, reprocess];

export function helpText(commands: readonly Command[] = COMMANDS): string {
  const width = Math.max(...commands.map((c) => c.name.length), 4);
  return [
    'Usage: newsflow <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    `  ${'help'.padEnd(width)}  show this help, or a command's: newsflow help <command>`,
    '',
    'Run `newsflow <command> --help` for its options.',
    '',
  ].join('\n');
}

/**
 * Dispatches `newsflow <command> …` and returns the exit status. Unknown commands and bad usage print
 * help on stderr and return 2; any other unexpected error is reported in one line and returns 1.
 */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  commands: readonly Command[] = COMMANDS,
): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    const topic = name === 'help' ? commands.find((c) => c.name === rest[0]) : undefined;
    if (name === 'help' && rest[0] !== undefined && !topic) {
      io.stderr.write(`newsflow: unknown command "${rest[0]}"\n\n${helpText(commands)}`);
      return 2;
    }
    (name === undefined ? io.stderr : io.stdout).write(topic ? topic.usage : helpText(commands));
    return name === undefined ? 2 : 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`newsflow: unknown command "${name}"\n\n${helpText(commands)}`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`newsflow ${command.name}: ${error.message}\n\n${command.usage}`);
      return 2;
    }
    const code = error instanceof CliError ? ` [${error.code}]` : '';
    io.stderr.write(`newsflow ${command.name}: ${reasonOf(error)}${code}\n`);
    return 1;
  }
}
