// Lint rules, including the package boundaries: dependencies point inward
// (web → core; cli → api → services → db → core). See docs/architecture.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const pkg = (name) => [`@steward/${name}`, `@steward/${name}/*`];
const banned = (names, why) => ({ group: names.flatMap(pkg), message: why });

/** Imports each package may not make: the inner rings know nothing of the outer ones. */
const boundaries = {
  core: [
    banned(
      ['db', 'services', 'api', 'cli', 'web'],
      'core is the innermost package: it imports no other package.',
    ),
    {
      group: [
        'node:*',
        'fs',
        'path',
        'os',
        'crypto',
        'child_process',
        'pg',
        'drizzle-orm',
        'drizzle-orm/*',
        '@electric-sql/*',
        'hono',
        'hono/*',
        '@hono/*',
        'react',
        'react-dom',
        'react-dom/*',
        'zod',
      ],
      message: 'core is pure: no I/O, no drivers, no frameworks. Pass what you need in.',
    },
  ],
  db: [
    banned(['services', 'api', 'cli', 'web'], 'db may import only core.'),
    { group: ['hono', 'hono/*', '@hono/*', 'react', 'react-dom'], message: 'db holds SQL only.' },
  ],
  services: [
    banned(['api', 'cli', 'web'], 'services may import core and db only.'),
    {
      group: ['hono', 'hono/*', '@hono/*', 'react', 'react-dom', 'pg', '@electric-sql/*'],
      message: 'services know no HTTP and no driver: SQL lives in db.',
    },
  ],
  api: [
    banned(['cli', 'web', 'db'], 'api may import core and services only.'),
    {
      group: ['react', 'react-dom', 'pg', '@electric-sql/*', 'drizzle-orm', 'drizzle-orm/*'],
      message: 'api talks to services, not to the database.',
    },
  ],
  cli: [
    banned(['web'], 'cli may not import web.'),
    { group: ['react', 'react-dom'], message: 'no UI in the cli.' },
  ],
  web: [
    banned(['db', 'services', 'api', 'cli'], 'web talks to the API over HTTP and may import core only.'),
    {
      group: ['node:*', 'pg', 'drizzle-orm', 'drizzle-orm/*', '@electric-sql/*', 'hono', 'hono/*'],
      message: 'web runs in the browser.',
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/.tsbuild/**',
      '**/dist/**',
      'packages/db/drizzle/**',
      'packages/web/src/api/schema.d.ts',
      '.steward/**',
      '.ci-out/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
    },
  },
  ...Object.entries(boundaries).map(([name, patterns]) => ({
    files: [`packages/${name}/src/**/*.{ts,tsx}`],
    // Tests of core and web run in Node (Vitest) and may read files; their package rules still hold.
    ignores: ['core', 'web'].includes(name)
      ? [`packages/${name}/src/**/*.test.{ts,tsx}`, `packages/${name}/src/**/test-support/**`]
      : [],
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  })),
  {
    files: ['packages/core/src/**/*.test.ts', 'packages/core/src/**/test-support/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [boundaries.core[0]] }] },
  },
  {
    files: ['packages/web/src/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [boundaries.web[0]] }] },
  },
  {
    // core: no clock, no ambient randomness, no host objects — they are passed in.
    files: ['packages/core/src/**/*.ts'],
    ignores: ['packages/core/src/**/*.test.ts', 'packages/core/src/**/test-support/**'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-globals': [
        'error',
        'process',
        'window',
        'document',
        'localStorage',
        'fetch',
        'XMLHttpRequest',
        'require',
        'Buffer',
        '__dirname',
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'core takes randomness from a seed passed in.' },
        { object: 'Date', property: 'now', message: 'core takes the time as an argument.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'core takes the time as an argument.',
        },
      ],
    },
  },
  {
    files: ['packages/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
);
