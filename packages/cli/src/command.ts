import type { ProgressStream } from './progress.js';

/** What a command may touch of the outside world; tests pass their own. */
export interface CliIo {
  readonly stdout: { write(chunk: string): unknown };
  readonly stderr: ProgressStream;
  /** Reads all of stdin (the input `-`). */
  readonly readStdin: () => Promise<string>;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** One `newsflow <name>` command. Each lives in src/commands/<name>.ts and is listed in cli.ts. */
export interface Command {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** Full help: synopsis, options with their defaults, examples. */
  readonly usage: string;
  /** Returns the exit status: 0 success, 1 something failed, 2 bad usage. */
  run(argv: readonly string[], io: CliIo): Promise<number>;
}
