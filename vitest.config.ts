import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      // Tests run the TypeScript sources of the workspace packages, not their builds.
      { find: /^@switchboard\/schema$/, replacement: here('./schema/src/index.ts') },
      { find: /^@switchboard\/telephony$/, replacement: here('./telephony/src/index.ts') },
      { find: /^@switchboard\/sdk$/, replacement: here('./clients/sdk/src/index.ts') },
      // One copy of graphql: type-graphql loads the CommonJS build, so everything must.
      { find: /^graphql$/, replacement: here('./node_modules/graphql/index.js') },
    ],
  },
  test: {
    // Two projects, one run and one report: the platform in Node, the console in happy-dom.
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: [
            'schema/src/**/*.spec.ts',
            'api/src/**/*.spec.ts',
            'telephony/src/**/*.spec.ts',
            'clients/sdk/src/**/*.spec.ts',
            'workers/src/**/*.spec.ts',
            'test/**/*.test.ts',
          ],
          // The second stops the test Asterisk if this run started it (test/telephony/pbx-harness.ts).
          globalSetup: ['test/support/global-setup.ts', 'test/telephony/pbx-global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
          pool: 'forks',
        },
      },
      'clients/console/vitest.config.ts',
    ],
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
});
