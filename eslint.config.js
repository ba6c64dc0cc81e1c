import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** ESLint config rows that forbid a folder's files to import from `banned` (glob patterns). */
function layer(files, banned, more = []) {
  return [
    {
      files: [files],
      ignores: ['**/*.test.ts'],
      rules: {
        '@typescript-eslint/no-restricted-imports': [
          'error',
          {
            patterns: [
              { group: banned, allowTypeImports: true, message: 'This import crosses a layer (DESIGN.md).' },
              ...more,
            ],
          },
        ],
      },
    },
  ];
}

export default tseslint.config(
  {
    ignores: ['dist', 'dist-*', 'scratch', 'vite.lead.config.ts', 'node_modules', 'test-results', 'playwright-report'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  // The layers (../shared/DESIGN.md): math imports nothing of the app; state only math; compute
  // state and math; views anything below but never tfjs itself (they compute nothing). Type-only
  // imports are allowed (a type crosses no layer at run time).
  ...layer('src/math/**', ['**/state/**', '**/compute/**', '**/views/**', 'react', 'react-dom', 'zustand']),
  ...layer('src/state/**', ['**/compute/**', '**/views/**']),
  ...layer('src/compute/**', ['**/views/**']),
  // Views compute nothing: the engine's entry points (tfjs work) are reached through compute/.
  ...layer(
    'src/views/**',
    [
      '@tensorflow/*',
      '**/math/engine',
      '**/math/evaluate',
      '**/math/fused',
      '**/math/jet',
      '**/math/jetK',
      '**/math/runs',
      '**/math/gpu-runs',
      '**/math/basins',
    ],
    [
      { group: ['**/math/taylor'], importNames: ['taylorGrid'], message: 'Views compute nothing: ask compute/.' },
      {
        group: ['**/math/teach'],
        importNames: ['phiValues', 'inverseHessianGaps'],
        message: 'Views compute nothing: ask compute/.',
      },
      { group: ['**/math/fd'], importNames: ['fdErrors'], message: 'Views compute nothing: ask compute/.' },
    ],
  ),
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
);
