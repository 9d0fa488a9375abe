// Runs every path of the purchase workflows once, replays each fresh history against the
// current workflow code, and (with RECORD_HISTORIES=1) saves them to test/fixtures/histories
// (binary protobuf, one file per path)
// so test/unit/workflow-replay.test.ts keeps replaying them after every future change.
import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import proto from '@temporalio/proto';

const { temporal } = proto;
import { Worker } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { purchaseRefundWorkflowId, purchaseWorkflowId } from '../../workflows/messages/workflow-ids.ts';
import { WORKFLOW_BUNDLE_PATH } from '../../worker/bundle.ts';
import { signUpPlayer, type TestPlayer } from '../support/accounts.ts';
import { http } from '../support/harness.ts';
import { expectLedgerInvariant } from '../support/ledger.ts';
import { CARDS, startPurchaseStack, type PurchaseStack } from '../support/purchases.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/histories');

describe('recorded purchase histories', () => {
  let s: PurchaseStack;
  let player: TestPlayer;
  let admin: TestPlayer;
  beforeAll(async () => {
    s = await startPurchaseStack({ PURCHASE_PENDING_DEADLINE_MS: '4000', PURCHASE_POLL_INITIAL_MS: '300' }, { pendingMs: 1_000 });
    player = await signUpPlayer(s.api);
    admin = await signUpPlayer(s.api, { role: 'ADMIN' });
  });
  afterAll(async () => {
    if (s) await expectLedgerInvariant(s.api.deps.prisma);
    await s?.close();
  });

  async function buy(card: string, who = player): Promise<string> {
    const res = await http(s.api.baseUrl, 'POST', '/api/shop/purchases', { headers: { ...who.auth, 'idempotency-key': randomUUID() }, body: { product_id: 2001, payment_method: card } });
    expect(res.status).toBe(201);
    return res.body.receipt_code;
  }

  async function recordAndReplay(name: string, workflowId: string): Promise<void> {
    const handle = s.api.deps.temporal.workflow.getHandle(workflowId);
    await handle.result().catch(() => undefined); // failed workflows are paths too
    const history = await handle.fetchHistory();
    await Worker.runReplayHistory({ workflowBundle: { codePath: WORKFLOW_BUNDLE_PATH } }, history, workflowId);
    // Binary protobuf: exact, and independent of the JSON converters' protobufjs copies.
    if (process.env.RECORD_HISTORIES === '1') await writeFile(path.join(FIXTURES, `${name}.pb`), temporal.api.history.v1.History.encode(history).finish());
  }

  const paths: [string, () => Promise<string>][] = [
    ['purchase-success', async () => purchaseWorkflowId(await buy(CARDS.success))],
    ['purchase-declined', async () => purchaseWorkflowId(await buy(CARDS.declined))],
    ['purchase-pending-webhook', async () => purchaseWorkflowId(await buy(CARDS.pendingThenSuccess))],
    ['purchase-pending-polling', async () => purchaseWorkflowId(await buy(CARDS.pendingNoWebhook))],
    ['purchase-pending-declined', async () => purchaseWorkflowId(await buy(CARDS.pendingThenDeclined))],
    ['purchase-capture-failed', async () => purchaseWorkflowId(await buy(CARDS.captureFails))],
    [
      'purchase-pending-timeout',
      async () => {
        await s.sandbox.control('POST', `/__sandbox/accounts/${s.apiKey}/settings`, { pending_ms: 60_000 });
        try {
          return purchaseWorkflowId(await buy(CARDS.pendingNoWebhook));
        } finally {
          await s.sandbox.control('POST', `/__sandbox/accounts/${s.apiKey}/settings`, { pending_ms: 1_000 });
        }
      },
    ],
    [
      'purchase-failed-by-operator',
      async () => {
        await s.sandbox.control('POST', `/__sandbox/accounts/${s.apiKey}/settings`, { pending_ms: 60_000 });
        const receipt = await buy(CARDS.pendingNoWebhook);
        await s.sandbox.control('POST', `/__sandbox/accounts/${s.apiKey}/settings`, { pending_ms: 1_000 });
        const res = await http(s.api.baseUrl, 'POST', `/api/admin/purchases/${receipt}/fail`, { headers: admin.auth, body: { reason: 'player asked to cancel' } });
        expect(res.body).toMatchObject({ purchase: { status: 'failed', failure_reason: 'failed_by_operator' } });
        return purchaseWorkflowId(receipt);
      },
    ],
    [
      'purchase-refund',
      async () => {
        const receipt = await buy(CARDS.success);
        const res = await http(s.api.baseUrl, 'POST', `/api/admin/purchases/${receipt}/refund`, { headers: admin.auth, body: { reason: 'chargeback' } });
        expect(res.body).toMatchObject({ purchase: { status: 'refunded' } });
        return purchaseRefundWorkflowId(receipt);
      },
    ],
  ];

  it.each(paths)('%s replays without non-determinism', async (name, run) => {
    await recordAndReplay(name, await run());
  });
});
