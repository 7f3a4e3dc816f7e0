import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'clients/sdk/src/generated/**',
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
  {
    files: ['test/**', '**/*.spec.ts', 'scripts/**', 'examples/**', 'bench/**'],
    rules: { 'no-console': 'off', 'max-lines-per-function': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
);
