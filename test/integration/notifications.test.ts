import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Segment } from '../../domain/segments.ts';
import { signUpPlayer, type TestPlayer } from '../support/accounts.ts';
import { testConfig } from '../support/env.ts';
import { http, startTestApi, type TestApi } from '../support/harness.ts';
import { createIsolatedDatabase } from '../support/segments.ts';
import { openEventStream, type EventStreamClient } from '../support/sse.ts';

describe('notifications: sent by operators, pushed live, kept in an inbox', () => {
  let api: TestApi;
  let admin: TestPlayer;
  const streams: EventStreamClient[] = [];

  beforeAll(async () => {
    // A database of its own: an RFM run another file triggers would rescore the players placed here.
    api = await startTestApi(testConfig({ DATABASE_URL: await createIsolatedDatabase('notify') }));
    admin = await signUpPlayer(api, { role: 'ADMIN' });
  });
  afterAll(async () => {
    for (const s of streams) s.close();
    await api?.close();
  });

  const place = (p: TestPlayer, segment: Segment) =>
    api.deps.prisma.playerSegment.create({
      data: { userId: p.id, segment, rScore: 3, fScore: 3, mScore: 3, recencyDays: 1, frequency: 1, monetaryCents: 0n, runId: 'notifications-test' },
    });
  const stream = async (p: TestPlayer) => {
    const s = await openEventStream(api.baseUrl, p.accessToken);
    streams.push(s);
    return s;
  };
  const send = (body: unknown, who: TestPlayer = admin) => http(api.baseUrl, 'POST', '/api/admin/notifications', { headers: who.auth, body });
  const inbox = async (p: TestPlayer) => {
    const res = await http(api.baseUrl, 'GET', '/api/notifications', { headers: p.auth });
    expect(res.status).toBe(200);
    return res.body as { items: { id: string; title: string; body: string; read_at: string | null }[]; unread: number };
  };

  it('sends to a segment: its players get the event live and an unread inbox item; others get neither', async () => {
    const [whale, low] = await Promise.all([signUpPlayer(api), signUpPlayer(api)]);
    await Promise.all([place(whale, 'Whale'), place(low, 'Low')]);
    const [whaleStream, lowStream] = await Promise.all([stream(whale), stream(low)]);
    const title = `VIP table ${randomUUID().slice(0, 6)}`;

    const sent = await send({ title, body: 'Tonight at nine.', target: { type: 'segments', segments: ['Whale', 'High'] } });
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    expect(sent.body).toMatchObject({ title, body: 'Tonight at nine.', audience: 'segments', segments: ['Whale', 'High'] });
    expect(sent.body.recipients).toBeGreaterThanOrEqual(1);

    const live = await whaleStream.next((e) => e.event === 'notification' && e.data.id === sent.body.id);
    expect(live.data).toEqual({ id: sent.body.id, title, body: 'Tonight at nine.', created_at: sent.body.created_at });
    expect((await inbox(whale)).items).toContainEqual({ id: sent.body.id, title, body: 'Tonight at nine.', created_at: sent.body.created_at, read_at: null });
    expect((await inbox(whale)).unread).toBe(1);

    expect((await inbox(low)).items.map((i) => i.id)).not.toContain(sent.body.id);
    // Published before the answer, on the same subscriber connection as the whale's: had the low
    // player been a recipient, their event would be here by now.
    expect(lowStream.events.some((e) => e.event === 'notification')).toBe(false);
    const audit = await api.deps.prisma.auditLog.findFirst({ where: { action: 'notification.sent', targetId: sent.body.id } });
    expect(audit?.adminId).toBe(admin.id);
  });

  it('sends to listed players only (unknown ids reach nobody), and everyone to a broadcast signed up before it', async () => {
    const [a, b, c] = await Promise.all([signUpPlayer(api), signUpPlayer(api), signUpPlayer(api)]);
    const [aStream, cStream] = await Promise.all([stream(a), stream(c)]);
    const listed = await send({ title: 'For you two', body: 'A gift is waiting.', target: { type: 'users', user_ids: [a.id, b.id, randomUUID()] } });
    expect(listed.status, JSON.stringify(listed.body)).toBe(201);
    expect(listed.body).toMatchObject({ audience: 'users', segments: [], recipients: 2 });
    await aStream.next((e) => e.event === 'notification' && e.data.id === listed.body.id);
    expect((await inbox(b)).items.map((i) => i.id)).toEqual([listed.body.id]);
    expect((await inbox(c)).items.map((i) => i.id)).not.toContain(listed.body.id);

    const broadcast = await send({ title: 'Maintenance', body: 'Back in ten minutes.', target: { type: 'all' } });
    expect(broadcast.status).toBe(201);
    expect(broadcast.body).toMatchObject({ audience: 'all', recipients: null });
    for (const s of [aStream, cStream]) await s.next((e) => e.event === 'notification' && e.data.id === broadcast.body.id);
    expect(cStream.events.filter((e) => e.event === 'notification').map((e) => e.data.id)).toEqual([broadcast.body.id]);
    for (const p of [a, b, c]) expect((await inbox(p)).items.map((i) => i.id)).toContain(broadcast.body.id);
    // A player who signs up later does not find old broadcasts in their inbox.
    const later = await signUpPlayer(api);
    expect((await inbox(later)).items.map((i) => i.id)).not.toContain(broadcast.body.id);
  });

  it('marks one read (a second time keeps the first time), refuses what is not yours with 404, and marks all read', async () => {
    const [p, other] = await Promise.all([signUpPlayer(api), signUpPlayer(api)]);
    const first = await send({ title: 'One', body: 'First.', target: { type: 'users', user_ids: [p.id] } });
    const second = await send({ title: 'Two', body: 'Second.', target: { type: 'users', user_ids: [p.id] } });
    const broadcast = await send({ title: 'Three', body: 'Everyone.', target: { type: 'all' } });
    const before = await inbox(p);
    expect(before.items.slice(0, 3).map((i) => i.id)).toEqual([broadcast.body.id, second.body.id, first.body.id]);
    expect(before.unread).toBeGreaterThanOrEqual(3);

    const read = await http(api.baseUrl, 'POST', `/api/notifications/${first.body.id}/read`, { headers: p.auth });
    expect(read.status).toBe(200);
    const again = await http(api.baseUrl, 'POST', `/api/notifications/${first.body.id}/read`, { headers: p.auth });
    expect(again.body.read_at).toBe(read.body.read_at);
    const afterOne = await inbox(p);
    expect(afterOne.unread).toBe(before.unread - 1);
    expect(afterOne.items.find((i) => i.id === first.body.id)?.read_at).toBe(read.body.read_at);

    const notYours = await http(api.baseUrl, 'POST', `/api/notifications/${first.body.id}/read`, { headers: other.auth });
    expect(notYours.status).toBe(404);
    expect(notYours.body.error.code).toBe('not_found');
    expect(await api.deps.prisma.notificationRecipient.count({ where: { userId: other.id, notificationId: first.body.id } })).toBe(0);
    expect((await http(api.baseUrl, 'POST', '/api/notifications/not-a-uuid/read', { headers: p.auth })).status).toBe(400);

    const all = await http(api.baseUrl, 'POST', '/api/notifications/read-all', { headers: p.auth });
    expect(all.body.marked).toBe(before.unread - 1);
    const after = await inbox(p);
    expect(after.unread).toBe(0);
    expect(after.items.every((i) => i.read_at !== null)).toBe(true);
    // The broadcast read by p is still unread for the other player.
    expect((await inbox(other)).items.find((i) => i.id === broadcast.body.id)?.read_at).toBeNull();
  });

  it('refuses bad requests with a 4xx naming the problem, storing nothing', async () => {
    const player = await signUpPlayer(api);
    const count = () => api.deps.prisma.notification.count();
    const n = await count();
    const forbidden = await send({ title: 'x', body: 'y', target: { type: 'all' } }, player);
    expect(forbidden.status).toBe(403);
    const cases: [unknown, string][] = [
      [{ title: '', body: 'y', target: { type: 'all' } }, 'body.title'],
      [{ title: 'x', body: 'y', target: { type: 'segments', segments: ['Krakens'] } }, 'body.target.segments.0'],
      [{ title: 'x', body: 'y', target: { type: 'segments', segments: [] } }, 'body.target.segments'],
      [{ title: 'x', body: 'y', target: { type: 'users', user_ids: ['nope'] } }, 'body.target.user_ids.0'],
      [{ title: 'x', body: 'y', target: { type: 'everyone' } }, 'body.target'],
      [{ title: 'x', body: 'y'.repeat(1001), target: { type: 'all' } }, 'body.body'],
    ];
    for (const [body, field] of cases) {
      const res = await send(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
      expect(res.body.error.message).toContain(field);
    }
    expect(await count()).toBe(n);
  });
});
