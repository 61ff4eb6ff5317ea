import { DEFAULT_PREFIX } from '@newsflow/contracts';
import { DocumentError, SearchConfigError } from './errors.js';

export interface IndexNames {
  /** What readers and writers use: the alias over every monthly index. */
  readonly alias: string;
  /** Name of the composable index template that gives each monthly index its mapping. */
  readonly template: string;
  /** Pattern the template applies to. */
  readonly pattern: string;
  /** The monthly index an article published at `publishedAt` lives in: `<prefix>-articles-YYYY.MM` (UTC). */
  indexFor(publishedAt: string | Date): string;
}

/** Lowercase, starts with a letter or digit, then letters, digits, `-`, `_` or `.`. */
const PREFIX_PATTERN = /^[a-z0-9][a-z0-9._-]{0,99}$/;

/** Every Elasticsearch name derives from the same prefix as the Kafka topics. */
export function indexNames(prefix: string = DEFAULT_PREFIX): IndexNames {
  if (!PREFIX_PATTERN.test(prefix)) {
    throw new SearchConfigError(
      `index prefix ${JSON.stringify(prefix)} is invalid: it must be 1-100 lowercase letters, digits, "-", "_" or ".", starting with a letter or digit`,
    );
  }
  const base = `${prefix}-articles`;
  return Object.freeze({
    alias: base,
    template: `${base}-template`,
    pattern: `${base}-*`,
    indexFor(publishedAt: string | Date): string {
      const date = typeof publishedAt === 'string' ? new Date(publishedAt) : publishedAt;
      const time = date.getTime();
      if (Number.isNaN(time)) {
        throw new DocumentError(`publishedAt ${JSON.stringify(String(publishedAt))} is not a date`);
      }
      const month = String(date.getUTCMonth() + 1).padStart(2, '0');
      return `${base}-${date.getUTCFullYear()}.${month}`;
    },
  });
}
