import { errors, type Client } from '@elastic/elasticsearch';
import { IndexSetupError } from './errors.js';
import { ARTICLE_MAPPING, articleTemplate, type IndexSettingsOptions } from './mapping.js';
import type { IndexNames } from './names.js';

export interface EnsureIndexOptions extends IndexSettingsOptions {
  /** Clock for the name of the first monthly index; tests pass a fixed one. */
  readonly now?: () => Date;
}

export interface EnsureIndexResult {
  /** The monthly index created because the alias had none, if any. */
  readonly createdIndex?: string;
  /** Indices the alias points to after set-up. */
  readonly indices: readonly string[];
}

function errorType(error: unknown): string | undefined {
  if (!(error instanceof errors.ResponseError)) return undefined;
  const body = error.meta.body as { error?: { type?: string } } | undefined;
  return body?.error?.type;
}

function reasonOf(error: unknown): string {
  if (error instanceof errors.ResponseError) {
    const body = error.meta.body as { error?: { type?: string; reason?: string } } | undefined;
    return `${body?.error?.type ?? error.meta.statusCode}: ${body?.error?.reason ?? error.message}`;
  }
  return error instanceof Error ? error.message : String(error);
}

async function aliasIndices(client: Client, alias: string): Promise<string[]> {
  try {
    const response = await client.indices.getAlias({ name: alias });
    return Object.keys(response).sort();
  } catch (error) {
    if (error instanceof errors.ResponseError && error.meta.statusCode === 404) return [];
    throw error;
  }
}

/**
 * Makes the index ready, idempotently, so every service can run it at start:
 * 1. puts the index template (mapping, settings, alias) for every monthly index;
 * 2. adds the mapping to the indices already behind the alias (additive changes only);
 * 3. if the alias has no index yet, creates the current month's index, which joins the alias.
 * Two services racing here both succeed.
 */
export async function ensureIndex(
  client: Client,
  names: IndexNames,
  options: EnsureIndexOptions = {},
): Promise<EnsureIndexResult> {
  const step = async <T>(what: string, run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      throw new IndexSetupError(`${what} failed: ${reasonOf(error)}`, { cause: error });
    }
  };

  await step(`putting index template ${names.template}`, () =>
    client.indices.putIndexTemplate(articleTemplate(names, options)),
  );

  const existing = await step(`reading alias ${names.alias}`, () => aliasIndices(client, names.alias));
  if (existing.length > 0) {
    await step(`updating the mapping of ${names.alias}`, () =>
      client.indices.putMapping({ index: names.alias, ...ARTICLE_MAPPING }),
    );
    return { indices: existing };
  }

  const concrete = await step(`checking for an index named ${names.alias}`, () =>
    client.indices.exists({ index: names.alias }),
  );
  if (concrete) {
    throw new IndexSetupError(
      `an index named ${names.alias} exists where the alias should be (probably auto-created by a write before set-up); delete or reindex it, then start again`,
    );
  }

  const index = names.indexFor((options.now ?? (() => new Date()))());
  let createdIndex: string | undefined = index;
  try {
    await client.indices.create({ index });
  } catch (error) {
    if (errorType(error) !== 'resource_already_exists_exception') {
      throw new IndexSetupError(`creating index ${index} failed: ${reasonOf(error)}`, { cause: error });
    }
    createdIndex = undefined;
  }
  const indices = await step(`reading alias ${names.alias}`, () => aliasIndices(client, names.alias));
  if (indices.length === 0) {
    throw new IndexSetupError(
      `index ${index} exists but is not behind alias ${names.alias}; another template may be overriding ${names.template}`,
    );
  }
  return createdIndex === undefined ? { indices } : { createdIndex, indices };
}

/** Deletes every monthly index and the template: for tests and for `newsflow reset`. */
export async function deleteIndices(client: Client, names: IndexNames): Promise<void> {
  // Deleting by wildcard is refused by default (action.destructive_requires_name), so name each index.
  const found = await client.indices.get({
    index: names.pattern,
    allow_no_indices: true,
    ignore_unavailable: true,
  });
  const indices = Object.keys(found);
  if (indices.length > 0) await client.indices.delete({ index: indices });
  try {
    await client.indices.deleteIndexTemplate({ name: names.template });
  } catch (error) {
    if (!(error instanceof errors.ResponseError && error.meta.statusCode === 404)) throw error;
  }
}
