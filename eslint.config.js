// Lint rules: typescript-eslint's type-checked recommendations over every TypeScript file, so
// floating promises, unsafe `any` and unnecessary conditions are caught before review.
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.wrangler/',
      'dist/',
      'public/graphiql/vendor/',
      'public/page/page.js',
      'bench/results/',
      'examples/typed-client/src/graphql-env.d.ts',
    ],
  },
  eslint.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.json', './tsconfig.node.json', './examples/typed-client/tsconfig.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The typed-client example is a partner's program, never part of the Worker bundle.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/examples/**', 'gql.tada'], message: 'The typed-client example is not Worker code.' },
          ],
        },
      ],
    },
  },
  {
    // Tests and benchmarks read answers off the wire as untyped JSON and check them with
    // assertions at run time; typing every answer would add declarations, not safety.
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    // Browser and Node scripts use their platforms' globals; TypeScript checks names in .ts files.
    rules: { 'no-undef': 'off' },
  },
);
