import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';

/** The page: three static files next to src/ and dist/, read once at start. */
const PUBLIC = new URL('../../public/', import.meta.url);

const FILES = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/ui/app.js': { file: 'app.js', type: 'text/javascript; charset=utf-8' },
  '/ui/app.css': { file: 'app.css', type: 'text/css; charset=utf-8' },
} as const;

/** Only our own scripts, styles and API: nothing external can load, and no inline script runs. */
const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-cache',
};

export function registerUiRoutes(app: FastifyInstance): void {
  for (const [path, { file, type }] of Object.entries(FILES)) {
    const content = readFileSync(new URL(file, PUBLIC));
    app.get(path, async (_request, reply) => reply.headers(SECURITY_HEADERS).type(type).send(content));
  }
}
