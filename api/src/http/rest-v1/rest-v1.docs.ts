import express from 'express';
import { restV1OpenApiDocument } from './rest-v1.openapi.js';

type Document = ReturnType<typeof restV1OpenApiDocument>;

function escape(text: unknown): string {
  return String(text ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function schemaName(schema: unknown): string {
  const ref = (schema as { $ref?: string; items?: { $ref?: string } } | undefined) ?? {};
  if (ref.$ref) return ref.$ref.split('/').pop()!;
  if (ref.items?.$ref) return `array of ${ref.items.$ref.split('/').pop()}`;
  return 'object';
}

/** A plain page from the spec itself: no CDN, no script, nothing to install. */
export function renderDocsPage(document: Document): string {
  const operations = Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    Object.entries(item as Record<string, Record<string, unknown>>).map(([method, operation]) => {
      const body = (operation['requestBody'] as { content?: Record<string, { schema?: unknown }> } | undefined)
        ?.content?.['application/json']?.schema;
      const responses = Object.entries((operation['responses'] as Record<string, Record<string, unknown>>) ?? {})
        .map(([status, response]) => {
          const schema = (response['content'] as Record<string, { schema?: unknown }> | undefined)?.['application/json']
            ?.schema;
          return `<li><code>${escape(status)}</code> ${escape(response['description'])} <small>(${escape(schemaName(schema))})</small></li>`;
        })
        .join('');
      return `<section><h2><code>${escape(method.toUpperCase())} ${escape(path)}</code></h2>
<p>${escape(operation['summary'])}${operation['security'] ? ' <small>(Bearer token)</small>' : ''}</p>
${body ? `<p>Body: <code>${escape(schemaName(body))}</code> (JSON, url-encoded or multipart)</p>` : ''}
<ul>${responses}</ul></section>`;
    }),
  );
  const components = Object.entries(document.components?.schemas ?? {})
    .map(
      ([name, schema]) =>
        `<h3 id="${escape(name)}">${escape(name)}</h3><pre>${escape(JSON.stringify(schema, null, 2))}</pre>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(document.info.title)}</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}
pre{background:#f4f4f4;padding:.75rem;overflow:auto}section{border-top:1px solid #ddd}</style></head>
<body><h1>${escape(document.info.title)}</h1><p>${escape(document.info.description)}</p>
<p>The machine-readable document: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>.</p>
${operations.join('\n')}<h2>Schemas</h2>${components}</body></html>`;
}

/** GET /api/v1/docs (a page) and /api/v1/openapi.json (the spec), without authentication. */
export function createRestV1DocsRouter(): express.Router {
  const router = express.Router({ strict: false });
  const document = restV1OpenApiDocument();
  const page = renderDocsPage(document);
  router.get('/openapi.json', (_request, response) => {
    response.json(document);
  });
  router.get('/docs', (_request, response) => {
    response.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
    response.type('html').send(page);
  });
  return router;
}
