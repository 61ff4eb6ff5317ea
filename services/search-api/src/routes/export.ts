import { Readable } from 'node:stream';
import {
  buildQuery,
  csvHeader,
  csvLine,
  exportRows,
  LENIENT_READ,
  ndjsonLine,
  type ExportRow,
} from '@newsflow/search';
import type { FastifyInstance } from 'fastify';
import { guarded, type RouteContext } from '../context.js';
import { validationProblem } from '../errors.js';
import { ExportQuery, parseParams, toFilters } from '../params.js';

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  ndjson: 'application/x-ndjson; charset=utf-8',
} as const;

/** GET /v1/export: every match as CSV or NDJSON, streamed page by page. */
export function registerExportRoutes(app: FastifyInstance, context: RouteContext): void {
  const { client, names, logger } = context;

  app.get(
    '/v1/export',
    guarded(async (request, reply) => {
      const query = parseParams(ExportQuery, request.query);
      if (query.limit !== undefined && (query.limit < 1 || query.limit > context.exportLimit)) {
        throw validationProblem([{ pointer: '/limit', message: `must be from 1 to ${context.exportLimit}` }]);
      }
      const filters = toFilters(query);
      buildQuery(filters); // a malformed q is a 400 before anything is streamed
      const rows = exportRows(client, names, filters, {
        sort: query.sort,
        limit: query.limit ?? context.exportLimit,
        lenient: LENIENT_READ,
      });
      // The first page is read before answering, so an unreachable Elasticsearch is a 503, not a cut stream.
      const first = await rows.next();
      const format = query.format;
      const line = format === 'csv' ? csvLine : ndjsonLine;
      async function* body(): AsyncGenerator<string> {
        if (format === 'csv') yield csvHeader();
        if (first.done) return;
        yield line(first.value);
        let count = 1;
        try {
          for await (const row of rows as AsyncGenerator<ExportRow>) {
            yield line(row);
            count += 1;
          }
        } catch (error) {
          // Headers are gone: all we can do is cut the stream, which the client sees as incomplete.
          logger.error({ err: error, reqId: request.id, rows: count }, 'export failed mid-stream');
          throw error;
        }
      }
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      return reply
        .header('content-type', CONTENT_TYPES[format])
        .header('content-disposition', `attachment; filename="newsflow-export-${stamp}.${format}"`)
        .header('cache-control', 'no-store')
        .send(Readable.from(body()));
    }),
  );
}
