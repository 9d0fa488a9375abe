// The import boundaries of eslint.config.js (`casino/layers`), run through ESLint's own API on
// source text given a path inside the repository (the file need not exist): each wrong import
// below must fail the lint, each right one must pass.
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, '../..') });

/** The `casino/layers` messages for `code` as if it were the file at `filePath`. */
async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = [];\n`, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'casino/layers').map((m) => m.message);
}

describe('the import boundaries', () => {
  it.each([
    ['domain/example.ts', "import { config } from '../lib/config.ts';", 'domain/ is pure rules'],
    ['domain/games/example.ts', "import type { Tx } from '../../lib/db/client.ts';", 'domain/ is pure rules'],
    ['workflows/example.ts', "import { purchaseWorkflowId } from '../lib/config.ts';", 'a workflow imports only'],
    ['workflows/example.ts', "import { purchaseWorkflow } from './purchase.ts';", 'a workflow imports only'],
    ['workflows/example.ts', "import { createActivities } from '../activities/index.ts';", 'a workflow imports only'],
    ['workflows/messages/example.ts', "import type { Config } from '../../lib/config.ts';", "a process's messages import only"],
    ['services/shop/example.ts', "import type { PurchaseInput } from '../../workflows/purchase.ts';", 'never a workflow body'],
    ['activities/example.ts', "import { limitedHoldWorkflow } from '../workflows/limited-hold.ts';", 'never a workflow body'],
    ['api/routes/example.ts', "import { createPrisma } from '../../lib/db/client.ts';", 'only through services/'],
    ['api/routes/example.ts', "import { PrismaClient } from '../../generated/prisma/client.ts';", 'only through services/'],
    ['api/routes/example.ts', "import { PrismaPg } from '@prisma/adapter-pg';", 'only through services/'],
    ['api/routes/example.ts', "export { createPrisma } from '../../lib/db/client.ts';", 'only through services/'],
  ])('refuses, in %s: %s', async (file, code, why) => {
    const errors = await layerErrors(file, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(why);
  });

  it.each([
    ['domain/games/example.ts', "import { multiplierAt } from './crash.ts';\nimport { z } from 'zod';"],
    ['workflows/example.ts', "import type { Activities } from '../activities/index.ts';\nimport { crashTimeMs } from '../domain/games/crash.ts';"],
    ['workflows/example.ts', "import { paymentEventSignal } from './messages/purchase.ts';"],
    ['workflows/messages/example.ts', "import type { PaymentWebhookEvent } from '../../domain/payments.ts';\nimport { defineUpdate } from '@temporalio/workflow';"],
    ['services/shop/example.ts', "import { awaitDecisionUpdate } from '../../workflows/messages/purchase.ts';\nimport { createPrisma } from '../../lib/db/client.ts';"],
    ['api/routes/example.ts', "import type { PrismaClient } from '../../lib/db/client.ts';\nimport { getProfile } from '../../services/accounts/profile.ts';"],
    ['api/main.ts', "import { createPrisma } from '../lib/db/client.ts';"],
  ])('allows, in %s: %s', async (file, code) => {
    expect(await layerErrors(file, code)).toEqual([]);
  });
});
