import { parseArgs, type ParseArgsConfig } from 'node:util';
import { reasonOf, UsageError } from './errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;
type WithHelp<O extends Options> = O & { help: { type: 'boolean'; short: 'h'; default: false } };
type Config<O extends Options, P extends boolean> = {
  args: string[];
  allowPositionals: P;
  strict: true;
  options: WithHelp<O>;
};

/**
 * A command's flags (and positionals, unless `positionals` is false), parsed strictly: an unknown
 * flag, a missing value or an unexpected positional becomes a UsageError naming it. Every command
 * takes `--help`.
 */
export function parseCommandLine<const O extends Options, const P extends boolean = true>(
  argv: readonly string[],
  options: O,
  positionals: P = true as P,
): ReturnType<typeof parseArgs<Config<O, P>>> {
  const config: Config<O, P> = {
    args: [...argv],
    allowPositionals: positionals,
    strict: true,
    options: { ...options, help: { type: 'boolean', short: 'h', default: false } },
  };
  try {
    return parseArgs(config);
  } catch (cause) {
    throw new UsageError(reasonOf(cause), { cause });
  }
}
