import { Client } from '@elastic/elasticsearch';
import type { EnrichedArticle } from '@newsflow/contracts';
import { createLogger } from '@newsflow/observability';
import {
  bulkOperations,
  duplicateGroups as groupDuplicates,
  classifyBulkItems,
  deleteIndices,
  ensureIndex,
  indexNames,
} from '@newsflow/search';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.js';

/** Test helper: an index with a unique prefix holding `articles`, and the app over it. */
export async function indexedApp(
  name: string,
  articles: readonly EnrichedArticle[],
): Promise<{ app: FastifyInstance; client: Client; close(): Promise<void> }> {
  const url = process.env['ELASTICSEARCH_URL'];
  if (!url)
    throw new Error('ELASTICSEARCH_URL must be set for integration tests (e.g. http://127.0.0.1:9200)');
  const prefix = `t${Date.now()}-${name}`;
  const names = indexNames(prefix);
  const client = new Client({ node: url });
  await ensureIndex(client, names);
  if (articles.length > 0) {
    // Grouped as the indexer groups them, so collapsing sees near-duplicates together.
    const duplicateGroups = await groupDuplicates(client, names, articles);
    const response = await client.bulk({
      operations: bulkOperations(articles, names, { duplicateGroups }),
      refresh: true,
    });
    const failed = classifyBulkItems(response).filter((item) => item.kind !== 'indexed');
    if (failed.length > 0) throw new Error(`test articles not indexed: ${JSON.stringify(failed)}`);
  }
  const app = buildApp({
    client,
    logger: createLogger({ service: 'search-api-test', level: 'silent' }),
    prefix,
    exportLimit: 1_000,
  });
  await app.ready();
  return {
    app,
    client,
    close: async () => {
      await app.close();
      await deleteIndices(client, names);
      await client.close();
    },
  };
}
