import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { restV1OpenApiDocument } from './rest-v1.openapi.js';

/** The committed api/openapi.json, as `npm run openapi:emit` writes it. */
export function renderOpenApi(): string {
  return `${JSON.stringify(restV1OpenApiDocument(), null, 2)}\n`;
}

export const openApiFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../openapi.json');

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  await writeFile(openApiFile, renderOpenApi());
  process.stdout.write(`wrote ${openApiFile}\n`);
}
