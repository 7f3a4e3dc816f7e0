import js from '@eslint/js';
import pluginVue from 'eslint-plugin-vue';
import tseslint from 'typescript-eslint';
import vueParser from 'vue-eslint-parser';

// The console's single-file components: essential Vue rules (formatting is prettier's), and no
// text in a template that does not go through i18n.
const consoleVue = ['clients/console/**/*.vue'];

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'clients/sdk/src/generated/**',
      'clients/console/src/generated/**',
      'schema/src/database/migrations/**',
      'test-results/**',
      '.pbx/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      'max-lines': ['warn', { max: 400, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['warn', { max: 80, skipBlankLines: true, skipComments: true }],
      'no-console': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  ...pluginVue.configs['flat/essential'].map((config) => ({ ...config, files: consoleVue })),
  {
    files: consoleVue,
    languageOptions: {
      parser: vueParser,
      parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'], sourceType: 'module' },
    },
    rules: {
      'vue/no-bare-strings-in-template': 'error',
      // TypeScript checks names (vue-tsc); ESLint does not know the browser's globals here.
      'no-undef': 'off',
    },
  },
  {
    files: ['test/**', '**/*.spec.ts', 'scripts/**', 'examples/**', 'bench/**'],
    rules: { 'no-console': 'off', 'max-lines-per-function': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
);
