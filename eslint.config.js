// ESLint: typescript-eslint's strict rules on src/, plus the size rules the project keeps (a file of at most 300 lines,
// a function of at most 80, a line of at most 120 characters).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      '.tmp/',
      'test/interop/**/target/',
      'test/interop/python/.venv/',
      'test/interop/go/.build/',
    ],
  },
  {
    files: ['src/**/*.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.strict],
    rules: {
      'max-lines': ['error', { max: 300 }],
      'max-lines-per-function': ['error', { max: 80 }],
      'max-len': ['error', { code: 120 }],
      // Control characters are matched on purpose where client text is made visible or XML-safe.
      'no-control-regex': 'off',
    },
  },
  // Tests, benchmarks and scripts: only the line length, not the strict rules.
  {
    files: ['test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    // The strict rules are off here, so directives that silence them are not reported as unused.
    linterOptions: { reportUnusedDisableDirectives: 'off' },
    rules: { 'max-len': ['error', { code: 120 }] },
  },
  {
    files: ['scripts/**/*.mjs', 'bench/**/*.mjs'],
    linterOptions: { reportUnusedDisableDirectives: 'off' },
    rules: { 'max-len': ['error', { code: 120 }] },
  },
);
