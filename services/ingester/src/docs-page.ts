import { HTTP_ERROR_CODES } from '@newsflow/http';

const escape = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

type Json = Record<string, unknown>;
const asObject = (value: unknown): Json =>
  typeof value === 'object' && value !== null ? (value as Json) : {};

/** A readable page of the OpenAPI document: self-contained HTML, no script, nothing fetched from elsewhere. */
export function docsPage(document: Json): string {
  const info = asObject(document['info']);
  const paths = asObject(document['paths']);
  const schemas = asObject(asObject(document['components'])['schemas']);
  const operations = Object.entries(paths).flatMap(([path, item]) =>
    Object.entries(asObject(item)).map(([method, operation]) => ({ path, method, op: asObject(operation) })),
  );
  const section = ({ path, method, op }: (typeof operations)[number]): string => {
    const body = asObject(asObject(op['requestBody'])['content']);
    const parameters = Array.isArray(op['parameters']) ? op['parameters'].map(asObject) : [];
    const responses = Object.entries(asObject(op['responses']));
    return `<section id="${escape(String(op['operationId'] ?? path))}">
<h2><span class="method">${escape(method.toUpperCase())}</span> <code>${escape(path)}</code></h2>
<p><strong>${escape(String(op['summary'] ?? ''))}</strong></p>
<p>${escape(String(op['description'] ?? ''))}</p>
<h3>Request body</h3><ul>${Object.keys(body)
      .map((type) => `<li><code>${escape(type)}</code></li>`)
      .join('')}</ul>
<h3>Parameters</h3><table><tr><th>name</th><th>in</th><th>description</th></tr>${parameters
      .map(
        (p) =>
          `<tr><td><code>${escape(String(p['name']))}</code></td><td>${escape(String(p['in']))}</td><td>${escape(String(p['description'] ?? ''))}</td></tr>`,
      )
      .join('')}</table>
<h3>Responses</h3><table><tr><th>status</th><th>meaning</th></tr>${responses
      .map(
        ([status, r]) =>
          `<tr><td>${escape(status)}</td><td>${escape(String(asObject(r)['description'] ?? ''))}</td></tr>`,
      )
      .join('')}</table>
</section>`;
  };
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(String(info['title'] ?? 'API'))}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
code,pre{font-family:ui-monospace,monospace;font-size:13px}pre{background:#f5f5f5;padding:.75rem;overflow:auto}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
.method{background:#2a6;color:#fff;padding:0 .4rem;border-radius:3px}section{border-top:1px solid #ccc;margin-top:2rem}
</style></head><body>
<h1>${escape(String(info['title'] ?? ''))} <small>${escape(String(info['version'] ?? ''))}</small></h1>
<p>${escape(String(info['description'] ?? ''))}</p>
<p>Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1). Authenticate with <code>Authorization: Bearer &lt;key&gt;</code>.</p>
<nav><ul>${operations.map(({ path, method, op }) => `<li><a href="#${escape(String(op['operationId'] ?? path))}">${escape(method.toUpperCase())} ${escape(path)}</a></li>`).join('')}</ul></nav>
${operations.map(section).join('\n')}
<section id="errors"><h2>Error codes</h2><table><tr><th>code</th><th>status</th><th>title</th></tr>${Object.entries(
    HTTP_ERROR_CODES,
  )
    .map(
      ([code, { status, title }]) =>
        `<tr><td><code>${escape(code)}</code></td><td>${status}</td><td>${escape(title)}</td></tr>`,
    )
    .join('')}</table></section>
<section id="schemas"><h2>Schemas</h2>${Object.entries(schemas)
    .map(
      ([name, schema]) =>
        `<h3 id="schema-${escape(name)}">${escape(name)}</h3><pre>${escape(JSON.stringify(schema, null, 2))}</pre>`,
    )
    .join('\n')}</section>
</body></html>
`;
}
