import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The api serves dist/ at `/` on machines without internet: everything is bundled, nothing from a CDN.
export default defineConfig({
  root: here('.'),
  base: '/',
  plugins: [vue()],
  // Compile-time flags of Vue and vue-i18n: the Composition API only, no devtools in production.
  define: {
    __VUE_PROD_DEVTOOLS__: false,
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: false,
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  resolve: {
    alias: [
      // The SDK's TypeScript sources, so the console builds without `tsc -b` having run first.
      { find: /^@switchboard\/sdk$/, replacement: here('../sdk/src/index.ts') },
      { find: /^@\//, replacement: here('./src/') },
    ],
  },
  build: {
    outDir: here('./dist'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
  },
  server: {
    proxy: {
      '/graphql': { target: 'http://127.0.0.1:4000', ws: true },
      // The audio library's upload and playback routes (administration).
      '/uploads': 'http://127.0.0.1:4000',
      '/audio': 'http://127.0.0.1:4000',
    },
  },
});
