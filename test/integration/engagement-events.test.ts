import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { periodAt } from '../../domain/engagement/periods.ts';
import { createKafka, TOPICS } from '../../lib/kafka.ts';
import { createLogger } from '../../lib/logger.ts';
import { eventParticipationWorkflowId, missionParticipationWorkflowId } from '../../workflows/messages/workflow-ids.ts';
import { signUpPlayer, type TestPlayer } from '../support/accounts.ts';
import { startEngagementStack, type EngagementStack } from '../support/engagement.ts';
import { expectLedgerInvariant } from '../support/ledger.ts';
import { openEventStream } from '../support/sse.ts';
import { loadGameConfig } from '../../services/games/game-config.ts';
import { activeSeedOf, clientSeedForSpin } from '../support/games.ts';
import { http } from '../support/harness.ts';

describe('events and missions on EventParticipationWorkflow', () => {
  let s: EngagementStack;
  beforeAll(async () => {
    s = await startEngagementStack({ EVENT_CLAIM_GRACE_SECONDS: '600' });
  });
  afterAll(async () => {
    if (s) await expectLedgerInvariant(s.api.deps.prisma);
    await s?.close();
  });

  const progressOf = async (player: TestPlayer, code: string, kind = 'events') => (await s.get(player, `/api/${kind}/${code}`)).body.participation;
  const claim = (player: TestPlayer, code: string, key = randomUUID(), kind = 'events') => s.post(player, `/api/${kind}/${code}/claim`, { headers: { 'idempotency-key': key } });

  it('counts 5 slot spins, pays 1,000 gold once to 20 concurrent claims, and tells the player live', async () => {
    const code = await s.createEvent({ requirements: { total_plays: 5 }, rewards: { gold: 1_000 } });
    const player = await signUpPlayer(s.api);
    const stream = await openEventStream(s.api.baseUrl, player.accessToken);
    try {
      const joined = await s.post(player, `/api/events/${code}/join`);
      expect(joined.status).toBe(201);
      expect(joined.body.participation).toMatchObject({ workflow_id: eventParticipationWorkflowId(code, player.id), status: 'active', progress: [{ key: 'total_plays', current: 0, target: 5 }] });
      expect((await claim(player, code)).body.error.code).toBe('not_completed');

      for (let i = 0; i < 5; i++) await s.spin(player);
      const lastSpinAt = Date.now();
      await expect.poll(async () => (await progressOf(player, code)).progress[0].current).toBe(5);
      const visibleAfterMs = Date.now() - lastSpinAt;
      console.log(`[engagement] 5/5 visible ${visibleAfterMs} ms after the last spin`);
      expect((await progressOf(player, code)).status).toBe('completed');
      const progress = await stream.next((e) => e.event === 'event_progress' && e.data.code === code && e.data.progress[0].current === 5);
      expect(progress.data.status).toBe('completed');
      await stream.next((e) => e.event === 'reward_claimable' && e.data.code === code);

      const before = (await s.api.deps.prisma.user.findUniqueOrThrow({ where: { id: player.id } })).goldBalance;
      const claims = await Promise.all(Array.from({ length: 20 }, () => claim(player, code)));
      const paid = claims.filter((c) => c.status === 200);
      expect(paid, JSON.stringify(claims.map((c) => [c.status, c.body]))).toHaveLength(1);
      expect(claims.filter((c) => c.status === 409).every((c) => c.body.error.code === 'already_claimed')).toBe(true);
      expect(paid[0]!.body).toMatchObject({ workflow_id: eventParticipationWorkflowId(code, player.id), gold: 1_000, balance: before + 1_000 });
      const entries = await s.api.deps.prisma.ledgerEntry.findMany({ where: { userId: player.id, reason: 'event_reward' } });
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ delta: 1_000, ref: eventParticipationWorkflowId(code, player.id) });
      await stream.next((e) => e.event === 'reward_granted' && e.data.code === code && e.data.gold === 1_000);
      await stream.next((e) => e.event === 'profile_update' && e.data.gold_balance === before + 1_000);
      expect((await progressOf(player, code)).status).toBe('claimed');

      // After the workflow ended: the paying key answers the same claim, another key 409.
      const payingKey = randomUUID();
      const code2 = await s.createEvent({ requirements: { total_plays: 1 }, rewards: { gold: 300 } });
      await s.post(player, `/api/events/${code2}/join`);
      await s.spin(player);
      await expect.poll(async () => (await progressOf(player, code2)).status).toBe('completed');
      const first = await claim(player, code2, payingKey);
      expect(first.status).toBe(200);
      await s.api.deps.temporal.workflow.getHandle(eventParticipationWorkflowId(code2, player.id)).result();
      const again = await claim(player, code2, payingKey);
      expect(again.status).toBe(200);
      expect(again.body).toEqual(first.body);
      expect((await claim(player, code2)).body.error.code).toBe('already_claimed');
    } finally {
      stream.close();
    }
  });

  it('counts a round Kafka delivers twice only once', async () => {
    const code = await s.createEvent({ requirements: { total_plays: 10 }, rewards: { gold: 100 } });
    const player = await signUpPlayer(s.api);
    await s.post(player, `/api/events/${code}/join`);
    const first = await s.spin(player);
    await expect.poll(async () => (await progressOf(player, code)).rounds_counted).toBe(1);

    // The same outbox fact published again, twice (a relay that crashed before marking it published).
    const row = await s.api.deps.prisma.outboxEvent.findFirstOrThrow({ where: { type: 'game.round_settled', payload: { path: ['roundId'], equals: first.round_id } } });
    const producer = createKafka({ brokers: s.config.KAFKA_BROKERS, clientId: 'test-redeliver', log: createLogger('kafka-test', 'silent') }).producer();
    await producer.connect();
    const value = JSON.stringify({ eventId: row.eventId, type: row.type, occurredAt: row.createdAt.toISOString(), payload: row.payload });
    await producer.send({ topic: TOPICS.games, messages: [{ key: row.key, value }, { key: row.key, value }] });
    await producer.disconnect();

    // Same key, same partition: once the next round is counted, the duplicates before it were read.
    await s.spin(player);
    await expect.poll(async () => (await progressOf(player, code)).rounds_counted).toBeGreaterThanOrEqual(2);
    expect((await progressOf(player, code)).rounds_counted).toBe(2);
    expect((await progressOf(player, code)).progress[0].current).toBe(2);
  });

  it('stops progress when deactivated, keeps completed participations claimable, and refuses claims after the window', async () => {
    const stopped = await s.createEvent({ requirements: { total_plays: 5 }, rewards: { gold: 500 } });
    const done = await s.createEvent({ requirements: { total_plays: 1 }, rewards: { gold: 200 } });
    const witness = await s.createEvent({ requirements: { total_plays: 100 }, rewards: { gold: 1 } });
    const player = await signUpPlayer(s.api);
    for (const code of [stopped, done, witness]) expect((await s.post(player, `/api/events/${code}/join`)).status).toBe(201);
    await s.spin(player);
    await s.spin(player);
    await expect.poll(async () => (await progressOf(player, stopped)).rounds_counted).toBe(2);
    await expect.poll(async () => (await progressOf(player, done)).status).toBe('completed');

    for (const code of [stopped, done]) {
      const off = await fetch(`${s.api.baseUrl}/api/admin/events/${code}`, {
        method: 'PUT',
        headers: { ...s.admin.auth, 'content-type': 'application/json' },
        body: JSON.stringify({ is_active: false, reason: 'test' }),
      });
      expect(off.status).toBe(200);
    }
    await expect.poll(async () => (await progressOf(player, stopped)).status).toBe('closed');
    await s.spin(player);
    await s.spin(player);
    // The witness (still active) counted the two new rounds: the deactivated one saw them too, and ignored them.
    await expect.poll(async () => (await progressOf(player, witness)).rounds_counted).toBe(4);
    expect((await progressOf(player, stopped)).rounds_counted).toBe(2);
    expect((await claim(player, stopped)).body.error.code).toBe('event_closed');
    expect((await s.post(player, `/api/events/${stopped}/join`)).status).toBe(200);
    const newcomer = await signUpPlayer(s.api);
    expect((await s.post(newcomer, `/api/events/${stopped}/join`)).body.error.code).toBe('event_closed');
    // Completed before the deactivation: still paid.
    const paid = await claim(player, done);
    expect(paid.status).toBe(200);
    expect(paid.body.gold).toBe(200);

    // A window that ends while the player is short of the target: the claim is refused.
    const short = await s.createEvent({ requirements: { total_plays: 3 }, rewards: { gold: 100 }, ends_at: new Date(Date.now() + 4_000).toISOString() });
    expect((await s.post(player, `/api/events/${short}/join`)).status).toBe(201);
    await s.spin(player);
    await expect.poll(async () => (await progressOf(player, short)).status, { timeout: 30_000 }).toBe('closed');
    const late = await claim(player, short);
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('event_closed');
  });

  it('runs missions per period: the workflow id names the period and the reward is a mission_reward', async () => {
    const code = await s.createEvent({ kind: 'mission', reset: 'daily', requirements: { plays_by_game: { slots: 2 } }, rewards: { gold: 250, vip_points: 40 } });
    const player = await signUpPlayer(s.api);
    const joined = await s.post(player, `/api/missions/${code}/join`);
    expect(joined.status).toBe(201);
    const { period } = periodAt('daily', new Date());
    expect(joined.body).toMatchObject({ kind: 'mission', period, participation: { workflow_id: missionParticipationWorkflowId(code, period, player.id) } });
    expect((await s.get(player, `/api/events/${code}`)).status).toBe(404);
    const listed = await s.get(player, '/api/missions');
    expect(listed.body.items.find((m: { code: string }) => m.code === code).participation.status).toBe('active');
    await s.spin(player);
    await s.spin(player);
    await expect.poll(async () => (await progressOf(player, code, 'missions')).status).toBe('completed');
    const paid = await claim(player, code, randomUUID(), 'missions');
    expect(paid.status).toBe(200);
    const entry = await s.api.deps.prisma.ledgerEntry.findFirstOrThrow({ where: { userId: player.id, reason: 'mission_reward' } });
    expect(entry).toMatchObject({ delta: 250, ref: missionParticipationWorkflowId(code, period, player.id) });
    expect((await s.api.deps.prisma.user.findUniqueOrThrow({ where: { id: player.id } })).vipPoints).toBeGreaterThanOrEqual(40);
  });

  it('pays the live bonus per win in the winning round itself, only to joined players and only while the event is live', async () => {
    const slots = loadGameConfig('{}').config.slots;
    const code = await s.createEvent({ requirements: { total_plays: 1_000 }, rewards: { gold: 100, live_bonus_per_win: 50 } });
    const joined = await signUpPlayer(s.api);
    const outsider = await signUpPlayer(s.api);
    expect((await s.post(joined, `/api/events/${code}/join`)).status).toBe(201);
    /** Sets the player's client seed so that the next 100-gold spin wins (or loses), then spins. */
    const spinThat = async (player: TestPlayer, win: boolean) => {
      const seed = await activeSeedOf(s.api.deps.prisma, player.id);
      const clientSeed = clientSeedForSpin(seed.serverSeed, seed.nextNonce, 100, slots, (payout) => (win ? payout > 100 : payout === 0));
      expect((await http(s.api.baseUrl, 'PUT', '/api/fairness/client-seed', { body: { client_seed: clientSeed }, headers: player.auth })).status).toBe(200);
      return s.spin(player, 100);
    };
    const bonusesOf = (userId: string) => s.api.deps.prisma.ledgerEntry.findMany({ where: { userId, reason: 'event_bonus' } });

    const win = await spinThat(joined, true);
    expect(win.payout).toBeGreaterThan(100);
    expect(await bonusesOf(joined.id)).toMatchObject([{ delta: 50, ref: `${win.round_id}:${code}` }]);
    // The answer's balance already includes the bonus: bet, payout and bonus moved in one statement.
    expect(win.balance).toBe((await s.api.deps.prisma.user.findUniqueOrThrow({ where: { id: joined.id } })).goldBalance);
    await spinThat(joined, false);
    expect(await bonusesOf(joined.id)).toHaveLength(1);

    expect((await spinThat(outsider, true)).payout).toBeGreaterThan(100);
    expect(await bonusesOf(outsider.id)).toHaveLength(0);

    // Deactivated: the next win pays no bonus.
    expect((await http(s.api.baseUrl, 'PUT', `/api/admin/events/${code}`, { body: { is_active: false }, headers: s.admin.auth })).status).toBe(200);
    await spinThat(joined, true);
    expect(await bonusesOf(joined.id)).toHaveLength(1);
  });

  it('answers bad input with 4xx and changes nothing', async () => {
    const player = await signUpPlayer(s.api);
    expect((await s.post(player, '/api/events/NO-SUCH-EVENT/join')).status).toBe(404);
    expect((await s.get(player, '/api/events/NO-SUCH-EVENT')).status).toBe(404);
    expect((await claim(player, 'NO-SUCH-EVENT')).status).toBe(404);

    const code = await s.createEvent({ requirements: { wins: 3 }, rewards: { gold: 100 } });
    const first = await s.post(player, `/api/events/${code}/join`);
    const second = await s.post(player, `/api/events/${code}/join`);
    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    expect(second.body.participation.workflow_id).toBe(first.body.participation.workflow_id);
    expect(await s.api.deps.prisma.eventParticipation.count({ where: { eventCode: code } })).toBe(1);
    const noKey = await s.post(player, `/api/events/${code}/claim`);
    expect(noKey.status).toBe(400);

    for (const [method, path] of [
      ['POST', '/api/admin/events'],
      ['PUT', `/api/admin/events/${code}`],
      ['GET', '/api/admin/events'],
      ['GET', `/api/admin/events/${code}/participants`],
    ] as const) {
      const res = await fetch(`${s.api.baseUrl}${path}`, { method, headers: { ...player.auth, 'content-type': 'application/json' }, body: method === 'GET' ? undefined : '{}' });
      expect(res.status, `${method} ${path}`).toBe(403);
    }

    const bad = async (requirements: unknown) =>
      s.post(s.admin, '/api/admin/events', {
        body: { code: `BAD-${randomUUID().slice(0, 6)}`, title: 'Bad', starts_at: new Date().toISOString(), ends_at: new Date(Date.now() + 60_000).toISOString(), requirements, rewards: { gold: 1 } },
      });
    const typo = await bad({ total_plays: 5, totl_wins: 2 });
    expect(typo.status).toBe(400);
    expect(typo.body.error.message).toContain('body.requirements');
    const negative = await bad({ total_plays: -1 });
    expect(negative.status).toBe(400);
    expect(negative.body.error.details.issues[0].path).toBe('body.requirements.total_plays');
    const unknownGame = await bad({ plays_by_game: { poker: 3 } });
    expect(unknownGame.status).toBe(400);
    expect(unknownGame.body.error.message).toContain('body.requirements.plays_by_game');
    expect((await bad('five plays')).status).toBe(400);
    expect((await bad({})).status).toBe(400);

    const participants = await s.get(s.admin, `/api/admin/events/${code}/participants?page=1&page_size=10`);
    expect(participants.status).toBe(200);
    expect(participants.body).toMatchObject({ total: 1, items: [{ user_id: player.id, status: 'active' }] });
    const dup = await s.post(s.admin, '/api/admin/events', {
      body: { code, title: 'Again', starts_at: new Date().toISOString(), ends_at: new Date(Date.now() + 60_000).toISOString(), requirements: { wins: 1 }, rewards: { gold: 1 } },
    });
    expect(dup.status).toBe(409);
  });
});
