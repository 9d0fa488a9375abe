import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, '../..') });

async function lintWorkflow(code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: 'workflows/example.ts' });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

describe('the workflow lint', () => {
  it.each([
    ["import { readFile } from 'node:fs/promises';"],
    ["import crypto from 'crypto';"],
    ["import pg from 'pg';"],
    ["import { PrismaClient } from '@prisma/client';"],
    ["import { createActivities } from '../activities/index.ts';"],
  ])('rejects %s in workflow code', async (line) => {
    expect(await lintWorkflow(`${line}\nexport const x = 1;\n`)).toContain('@typescript-eslint/no-restricted-imports');
  });

  it('rejects network calls in workflow code', async () => {
    expect(await lintWorkflow(`export async function w() { return fetch('http://x'); }\n`)).toContain('no-restricted-globals');
  });

  it('allows type-only imports of activities and the Temporal workflow API', async () => {
    const code = [
      "import { proxyActivities } from '@temporalio/workflow';",
      "import type { Activities } from '../activities/index.ts';",
      "export const acts = proxyActivities<Activities>({ startToCloseTimeout: '1 minute' });",
      '',
    ].join('\n');
    expect(await lintWorkflow(code)).toEqual([]);
  });

  it('applies the same rules to outside code without complaint', async () => {
    const [result] = await eslint.lintText("import { readFile } from 'node:fs/promises';\nexport const r = readFile;\n", { filePath: 'activities/example.ts' });
    expect(result!.messages).toEqual([]);
  });
});
