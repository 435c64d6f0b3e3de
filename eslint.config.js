const nx = require('@nx/eslint-plugin');
const tseslint = require('typescript-eslint');
const jsxA11y = require('eslint-plugin-jsx-a11y');
const reactHooks = require('eslint-plugin-react-hooks');

/** The Nx boundaries; `specs` adds the test harness to what apps, libs and tools may import. */
function moduleBoundaries({ specs }) {
  const harness = specs ? ['type:testing'] : [];
  return [
    'error',
    {
      enforceBuildableLibDependency: true,
      allow: [],
      depConstraints: [
        { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:lib', ...harness] },
        { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib', ...harness] },
        { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:lib', 'type:tool', 'type:testing'] },
        { sourceTag: 'type:tool', onlyDependOnLibsWithTags: ['type:lib', 'type:tool', ...harness] },
        // End-to-end specs drive the whole system as processes, never importing an app's code; their helpers
        // are test-only, so they may use the harness too.
        { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:lib', 'type:tool', 'type:testing'] },
        // A service never imports another service's code.
        { sourceTag: 'scope:gateway', onlyDependOnLibsWithTags: ['scope:gateway', 'scope:shared'] },
        { sourceTag: 'scope:stations', onlyDependOnLibsWithTags: ['scope:stations', 'scope:shared'] },
        { sourceTag: 'scope:reports', onlyDependOnLibsWithTags: ['scope:reports', 'scope:shared'] },
        { sourceTag: 'scope:points', onlyDependOnLibsWithTags: ['scope:points', 'scope:shared'] },
        { sourceTag: 'scope:notifications', onlyDependOnLibsWithTags: ['scope:notifications', 'scope:shared'] },
        { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
        { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
      ],
    },
  ];
}

module.exports = tseslint.config(
  // Generated files are checked against what generates them, not linted (apps/web/scripts/generate-api-client.ts).
  { ignores: ['**/node_modules/**', '**/dist/**', '.nx/**', '.waystation/**', 'coverage/**', '**/*.generated.ts'] },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@nx/enforce-module-boundaries': moduleBoundaries({ specs: false }),
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Only specs may use the test harness: the same boundaries, plus `type:testing` for apps, libs and tools.
    // A `*.spec-helper.ts` is test-only code several specs share, imported by specs alone.
    files: ['**/*.spec.ts', '**/*.spec-helper.ts'],
    rules: { '@nx/enforce-module-boundaries': moduleBoundaries({ specs: true }) },
  },
  {
    // Entities and domain services speak @waystation/contracts; only controllers map their results to HTTP views.
    files: ['apps/*/src/**/*.entity.ts', 'apps/*/src/**/*.service.ts', 'apps/*/src/**/*.handler.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@waystation/http-api',
              message: 'The domain uses @waystation/contracts; map to HTTP views in the controller (a *-view.mapper.ts).',
            },
          ],
        },
      ],
    },
  },
  {
    // The worker app: hooks used as React requires, and accessible markup (labels, roles, keyboard).
    files: ['apps/web/src/**/*.tsx', 'apps/web/src/**/*.ts'],
    ...reactHooks.configs.flat.recommended,
  },
  { files: ['apps/web/src/**/*.tsx'], ...jsxA11y.flatConfigs.recommended },
  {
    files: ['**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
