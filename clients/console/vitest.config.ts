import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineProject } from 'vitest/config';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// One project of the root run (vitest.config.ts `test.projects`), so its results land in the same report.
export default defineProject({
  plugins: [vue()],
  resolve: {
    alias: [
      { find: /^@switchboard\/sdk$/, replacement: here('../sdk/src/index.ts') },
      { find: /^@\//, replacement: here('./src/') },
    ],
  },
  test: {
    name: 'console',
    root: here('.'),
    include: ['src/**/*.spec.ts'],
    environment: 'happy-dom',
    testTimeout: 10_000,
  },
});
