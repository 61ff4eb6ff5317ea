import { pino, type Logger, type DestinationStream, type LevelWithSilent } from 'pino';

export type { Logger } from 'pino';

export interface LoggerOptions {
  readonly service: string;
  readonly level?: LevelWithSilent;
  /** Where lines go; stdout by default. Tests pass a stream to read what a person would grep. */
  readonly destination?: DestinationStream;
}

/** Header values and keys that must never reach a log line. */
const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'authorization',
  'apiKey',
  '*.apiKey',
  'key',
];

/** One JSON line per event, with the service name on every line. */
export function createLogger(options: LoggerOptions): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      base: { service: options.service },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      formatters: { level: (label) => ({ level: label }) },
    },
    options.destination ?? pino.destination({ sync: false }),
  );
}

export interface ArticleContext {
  readonly articleId?: string | undefined;
  readonly correlationId?: string | undefined;
  readonly feedId?: string | undefined;
}

/** The fields that let a person follow one article through every service by grepping one id. */
export function articleLogger<L extends { child(bindings: Record<string, string>): L }>(
  logger: L,
  context: ArticleContext,
): L {
  const fields: Record<string, string> = {};
  if (context.articleId) fields['articleId'] = context.articleId;
  if (context.correlationId) fields['correlationId'] = context.correlationId;
  if (context.feedId) fields['feedId'] = context.feedId;
  return logger.child(fields);
}
