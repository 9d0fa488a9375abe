// Workflow code is evaluated again for every new workflow in the worker's reusable V8 context,
// so what it imports is paid per workflow (docs/benchmarks.md, step 13): zod and the game
// config schemas made a new workflow's first task cost twice as much. This keeps them out.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWorkflowBundle } from '../../worker/bundle.ts';

describe('the workflow bundle', () => {
  it('loads no zod and no module that builds request schemas', { timeout: 120_000 }, async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'casino-bundle-'));
    try {
      const code = await fs.readFile(await buildWorkflowBundle(path.join(dir, 'workflow-bundle.js')), 'utf8');
      const modules = [...new Set(code.match(/"\.\/[\w/.-]+\.ts"/g) ?? [])];
      expect(modules.length).toBeGreaterThan(5);
      expect(code).not.toMatch(/node_modules\/zod\//);
      expect(modules.filter((m) => /domain\/games\/config\.ts|domain\/engagement\/requirements\.ts/.test(m))).toEqual([]);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
