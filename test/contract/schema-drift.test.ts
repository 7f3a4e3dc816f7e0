import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
import { renderSchema, schemaFile } from '../../api/src/graphql/emit-schema.js';
import { openApiFile, renderOpenApi } from '../../api/src/http/rest-v1/emit-openapi.js';

/**
 * The committed schema is the API's contract and the SDK is generated from it: both must be
 * what the code produces now, so that every API change shows in review.
 */
describe('committed contract', () => {
  it('schema/schema.graphql is what the code emits (run npm run schema:emit)', async () => {
    const committed = await readFile(schemaFile, 'utf8');
    expect(committed, 'schema/schema.graphql drifted from the code: run `npm run build && npm run schema:emit`').toBe(
      await renderSchema(),
    );
  });

  it('api/openapi.json is what the code emits from the /api/v1 zod schemas (run npm run openapi:emit)', async () => {
    const committed = await readFile(openApiFile, 'utf8');
    expect(committed, 'api/openapi.json drifted from the code: run `npm run build && npm run openapi:emit`').toBe(
      renderOpenApi(),
    );
  });

  it("the SDK's and the console's operations are what codegen makes of the schema (run npm run codegen)", async () => {
    const { config } = await loadCodegenConfig({ configFilePath: 'codegen.yml' });
    const outputs: { filename: string; content: string }[] = await generate(
      { ...config, cwd: process.cwd(), silent: true },
      false,
    );
    expect(outputs.map((output) => output.filename).sort()).toEqual([
      expect.stringMatching(/clients\/console\/src\/generated\/graphql\.ts$/),
      expect.stringMatching(/clients\/sdk\/src\/generated\/graphql\.ts$/),
    ]);
    for (const output of outputs) {
      const committed = await readFile(output.filename, 'utf8');
      expect(committed, `${output.filename} drifted: run \`npm run codegen\``).toBe(output.content);
    }
  });
});
