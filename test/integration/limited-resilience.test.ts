import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { holdWorkflowId } from '../../workflows/messages/workflow-ids.ts';
import { releaseLimitedHold } from '../../services/limited/release-limited-hold.ts';
import { signUpPlayer, type TestPlayer } from '../support/accounts.ts';
import { configEnv } from '../support/env.ts';
import { http } from '../support/harness.ts';
import { expectLedgerInvariant } from '../support/ledger.ts';
import { startPurchaseStack, type PurchaseStack } from '../support/purchases.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
// Long enough that all 30 holds are placed and the worker killed before the first one expires,
// even on a loaded machine (at a load average of 15, placing them took more than 5 s and the
// first units were already back in stock before the kill).
const TTL_SECONDS = 20;
const STOCK = 40;
const HOLDS = 30;

describe('a worker killed while 30 holds are open', () => {
  let s: PurchaseStack;
  let admin: TestPlayer;
  const children: ChildProcess[] = [];
  const spawnWorker = () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'worker/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, ...configEnv(s.config), LOG_LEVEL: 'warn', WORKER_METRICS_PORT: '0' },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    children.push(child);
    return child;
  };
  beforeAll(async () => {
    s = await startPurchaseStack({ LIMITED_HOLD_TTL_SECONDS: String(TTL_SECONDS) }, { worker: false });
    admin = await signUpPlayer(s.api, { role: 'ADMIN' });
  });
  afterAll(async () => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
    if (s) await expectLedgerInvariant(s.api.deps.prisma);
    await s?.close();
  });

  it('returns every expired unit exactly once after the worker is started again', async () => {
    const code = `KILL-${randomUUID().slice(0, 8).toUpperCase()}`;
    const created = await http(s.api.baseUrl, 'PUT', `/api/admin/limited/packages/${code}`, {
      headers: admin.auth,
      body: { name: 'Survivor pack', gold: 2_600, price_cents: 199, stock_total: STOCK, per_user_limit: 3 },
    });
    expect(created.status).toBe(201);
    const players = await Promise.all(Array.from({ length: HOLDS / 3 }, () => signUpPlayer(s.api)));
    const stockLeft = async () => (await s.api.deps.prisma.limitedPackage.findUniqueOrThrow({ where: { code } })).stockLeft;

    const first = spawnWorker();
    const placed = await Promise.all(
      Array.from({ length: HOLDS }, async (_, i) => {
        const res = await http(s.api.baseUrl, 'POST', `/api/shop/limited/${code}/holds`, { headers: players[i % players.length]!.auth });
        expect(res.status, JSON.stringify(res.body)).toBe(201);
        return res.body as { hold_id: string; expires_at: string };
      }),
    );
    expect(await stockLeft()).toBe(STOCK - HOLDS);
    first.kill('SIGKILL');
    await new Promise((r) => first.once('exit', r));
    const killedAt = Date.now();

    // Every TTL timer fires while no worker runs: nothing can be released yet.
    const lastExpiry = Math.max(...placed.map((p) => Date.parse(p.expires_at)));
    await new Promise((r) => setTimeout(r, Math.max(0, lastExpiry - Date.now()) + 1_000));
    expect(await stockLeft()).toBe(STOCK - HOLDS);
    expect(await s.api.deps.prisma.limitedHold.count({ where: { packageCode: code, status: 'held' } })).toBe(HOLDS);

    const restartedAt = Date.now();
    spawnWorker();
    await expect.poll(stockLeft, { timeout: 60_000, interval: 250 }).toBe(STOCK);
    console.log(`[limited-resilience] worker down ${restartedAt - killedAt} ms; all ${HOLDS} units back ${Date.now() - restartedAt} ms after the restart`);

    const holds = await s.api.deps.prisma.limitedHold.findMany({ where: { packageCode: code } });
    expect(holds).toHaveLength(HOLDS);
    expect(holds.every((h) => h.status === 'released' && h.releaseReason === 'expired')).toBe(true);
    // Exactly one release per hold, and the workflows all ended released.
    const releases = await s.api.deps.prisma.outboxEvent.findMany({ where: { type: 'limited.hold_released', payload: { path: ['packageCode'], equals: code } } });
    const perHold = new Map<string, number>();
    for (const r of releases) {
      const id = (r.payload as { holdId: string }).holdId;
      perHold.set(id, (perHold.get(id) ?? 0) + 1);
    }
    expect(perHold.size).toBe(HOLDS);
    expect([...perHold.values()].every((n) => n === 1)).toBe(true);
    const states = await Promise.all(placed.map((p) => s.api.deps.temporal.workflow.getHandle(holdWorkflowId(p.hold_id)).result()));
    expect(states.every((st) => st.phase === 'released' && st.releaseReason === 'expired')).toBe(true);
    // A release retried after it committed (a worker dying before reporting it) changes nothing.
    const again = await Promise.all(placed.map((p) => releaseLimitedHold(s.api.deps.prisma, { holdId: p.hold_id, reason: 'expired' })));
    expect(again.every((r) => !r.released)).toBe(true);
    expect(await stockLeft()).toBe(STOCK);
  });
});
