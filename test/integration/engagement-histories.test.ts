// Runs every path of EventParticipationWorkflow once, replays each fresh history against the
// current workflow code, and (with RECORD_HISTORIES=1) saves them to test/fixtures/histories
// so test/unit/workflow-replay.test.ts keeps replaying them after every future change.
import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import proto from '@temporalio/proto';
import { Worker } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { periodAt } from '../../domain/engagement/periods.ts';
import { eventParticipationWorkflowId, missionParticipationWorkflowId } from '../../workflows/messages/workflow-ids.ts';
import { WORKFLOW_BUNDLE_PATH } from '../../worker/bundle.ts';
import { signUpPlayer, type TestPlayer } from '../support/accounts.ts';
import { startEngagementStack, type EngagementStack } from '../support/engagement.ts';
import { expectLedgerInvariant } from '../support/ledger.ts';

const { temporal } = proto;
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/histories');

describe('recorded participation histories', () => {
  let s: EngagementStack;
  let player: TestPlayer;
  beforeAll(async () => {
    s = await startEngagementStack({ EVENT_CLAIM_GRACE_SECONDS: '2' });
    player = await signUpPlayer(s.api);
  });
  afterAll(async () => {
    if (s) await expectLedgerInvariant(s.api.deps.prisma);
    await s?.close();
  });

  const status = async (kind: string, code: string) => (await s.get(player, `/api/${kind}/${code}`)).body.participation?.status;

  async function recordAndReplay(name: string, workflowId: string): Promise<void> {
    const handle = s.api.deps.temporal.workflow.getHandle(workflowId);
    await handle.result();
    const history = await handle.fetchHistory();
    await Worker.runReplayHistory({ workflowBundle: { codePath: WORKFLOW_BUNDLE_PATH } }, history, workflowId);
    if (process.env.RECORD_HISTORIES === '1') await writeFile(path.join(FIXTURES, `${name}.pb`), temporal.api.history.v1.History.encode(history).finish());
  }

  const paths: [string, () => Promise<string>][] = [
    [
      'event-participation-claimed',
      async () => {
        const code = await s.createEvent({ requirements: { total_plays: 2, wins: 1 }, rewards: { gold: 100, vip_points: 5 } });
        await s.post(player, `/api/events/${code}/join`);
        // Spins until one wins (wins: 1) and at least two were played.
        for (let i = 0; i < 60 && (await status('events', code)) !== 'completed'; i++) {
          await s.spin(player);
          if (i >= 1) await expect.poll(async () => (await s.get(player, `/api/events/${code}`)).body.participation.rounds_counted).toBeGreaterThanOrEqual(i + 1);
        }
        await expect.poll(() => status('events', code)).toBe('completed');
        expect((await s.post(player, `/api/events/${code}/claim`, { headers: { 'idempotency-key': randomUUID() } })).status).toBe(200);
        return eventParticipationWorkflowId(code, player.id);
      },
    ],
    [
      'event-participation-closed',
      async () => {
        const code = await s.createEvent({ requirements: { total_plays: 50 }, rewards: { gold: 100 }, ends_at: new Date(Date.now() + 3_000).toISOString() });
        await s.post(player, `/api/events/${code}/join`);
        await s.spin(player);
        await expect.poll(() => status('events', code), { timeout: 30_000 }).toBe('closed');
        return eventParticipationWorkflowId(code, player.id);
      },
    ],
    [
      'event-participation-deactivated',
      async () => {
        const code = await s.createEvent({ requirements: { total_plays: 50 }, rewards: { gold: 100 } });
        await s.post(player, `/api/events/${code}/join`);
        await s.spin(player);
        await expect.poll(async () => (await s.get(player, `/api/events/${code}`)).body.participation.rounds_counted).toBe(1);
        const off = await fetch(`${s.api.baseUrl}/api/admin/events/${code}`, { method: 'PUT', headers: { ...s.admin.auth, 'content-type': 'application/json' }, body: JSON.stringify({ is_active: false }) });
        expect(off.status).toBe(200);
        return eventParticipationWorkflowId(code, player.id);
      },
    ],
    [
      'event-participation-expired',
      async () => {
        const code = await s.createEvent({ requirements: { total_plays: 1 }, rewards: { gold: 100 }, ends_at: new Date(Date.now() + 3_000).toISOString() });
        await s.post(player, `/api/events/${code}/join`);
        await s.spin(player);
        await expect.poll(() => status('events', code), { timeout: 30_000 }).toBe('expired');
        return eventParticipationWorkflowId(code, player.id);
      },
    ],
    [
      'mission-participation-claimed',
      async () => {
        const code = await s.createEvent({ kind: 'mission', reset: 'weekly', requirements: { plays_by_game: { slots: 1 } }, rewards: { gold: 50 } });
        await s.post(player, `/api/missions/${code}/join`);
        await s.spin(player);
        await expect.poll(() => status('missions', code)).toBe('completed');
        expect((await s.post(player, `/api/missions/${code}/claim`, { headers: { 'idempotency-key': randomUUID() } })).status).toBe(200);
        return missionParticipationWorkflowId(code, periodAt('weekly', new Date()).period, player.id);
      },
    ],
  ];

  it.each(paths)('%s replays without non-determinism', async (name, run) => {
    await recordAndReplay(name, await run());
  });
});
