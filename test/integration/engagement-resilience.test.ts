import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpPlayer, type TestPlayer } from '../support/accounts.ts';
import { startEngagementStack, waitForConsumerGroup, type EngagementStack } from '../support/engagement.ts';
import { workerProcesses } from '../support/harness.ts';
import { expectLedgerInvariant } from '../support/ledger.ts';

const PLAYERS = 50;
const SPINS_BEFORE = 3;
const SPINS_WHILE_DOWN = 2;
const SPINS_AFTER = 1;
const TOTAL = SPINS_BEFORE + SPINS_WHILE_DOWN + SPINS_AFTER;

describe('a worker killed while 50 players progress', () => {
  let s: EngagementStack;
  const workers = workerProcesses(() => s.config);
  beforeAll(async () => {
    s = await startEngagementStack({}, { worker: false });
  });
  afterAll(async () => {
    workers.killAll();
    if (s) await expectLedgerInvariant(s.api.deps.prisma);
    await s?.close();
  });

  it('counts every round exactly once after the worker is started again', async () => {
    const code = await s.createEvent({ requirements: { total_plays: 1_000 }, rewards: { gold: 1 } });
    // Five at a time: fifty concurrent signups would measure the loaded machine, not this.
    const players: TestPlayer[] = [];
    for (let i = 0; i < PLAYERS; i += 5) players.push(...(await Promise.all(Array.from({ length: Math.min(5, PLAYERS - i) }, () => signUpPlayer(s.api)))));
    const first = workers.spawn();
    await waitForConsumerGroup(s.config);
    // Joins start workflows: they need the worker only to run, not to start.
    for (let i = 0; i < PLAYERS; i += 5) {
      const joins = await Promise.all(players.slice(i, i + 5).map((p) => s.post(p, `/api/events/${code}/join`)));
      expect(joins.map((j) => j.status)).toEqual(joins.map(() => 201));
    }
    const counted = async () =>
      (await s.api.deps.prisma.eventParticipation.findMany({ where: { eventCode: code }, select: { userId: true, roundsCounted: true } })).reduce(
        (m, r) => m.set(r.userId, r.roundsCounted),
        new Map<string, number>(),
      );
    const spinAll = (n: number) => Promise.all(players.map(async (p) => { for (let i = 0; i < n; i++) await s.spin(p); }));

    await spinAll(SPINS_BEFORE);
    // Some progress is recorded (the worker is mid-flight), then it dies without warning.
    await expect.poll(async () => [...(await counted()).values()].some((n) => n > 0), { timeout: 60_000 }).toBe(true);
    await workers.kill(first);
    const atKill = [...(await counted()).values()].reduce((a, b) => a + b, 0);

    // Rounds keep committing while no worker runs (the API takes them; the outbox holds them).
    await spinAll(SPINS_WHILE_DOWN);
    workers.spawn();
    await spinAll(SPINS_AFTER);

    await expect
      .poll(async () => [...(await counted()).values()].filter((n) => n === TOTAL).length, { timeout: 180_000, interval: 500 })
      .toBe(PLAYERS);
    console.log(`[engagement-resilience] ${atKill} of ${PLAYERS * SPINS_BEFORE} rounds counted when the worker was killed; all ${PLAYERS * TOTAL} exact after the restart`);
    const final = await counted();
    expect([...final.values()].every((n) => n === TOTAL)).toBe(true);
    const states = await s.api.deps.prisma.eventParticipation.findMany({ where: { eventCode: code } });
    expect(states.every((p) => (p.progress as { current: number }[])[0]!.current === TOTAL)).toBe(true);
    // Waits above are observations (polls), not sleeps: the budget only has to cover a loaded machine.
  }, 900_000);
});
