import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishToAll, publishToUser } from '../../lib/realtime.ts';
import { signUpPlayer } from '../support/accounts.ts';
import { testConfig } from '../support/env.ts';
import { http, startTestApi, type TestApi } from '../support/harness.ts';
import { openEventStream } from '../support/sse.ts';

describe('the realtime event stream', () => {
  const config = testConfig();
  let api: TestApi;
  let second: TestApi;
  beforeAll(async () => {
    api = await startTestApi(config);
    second = await startTestApi(config); // another API instance: fan-out goes through Redis
  });
  afterAll(async () => {
    await api?.close();
    await second?.close();
  });

  it("delivers a player's events to their streams on any API instance, and only to them", async () => {
    const alice = await signUpPlayer(api);
    const bob = await signUpPlayer(api);
    const aliceHere = await openEventStream(api.baseUrl, alice.accessToken);
    const aliceThere = await openEventStream(second.baseUrl, alice.accessToken);
    const bobStream = await openEventStream(api.baseUrl, bob.accessToken);
    try {
      await publishToUser(api.deps.redis, alice.id, 'profile_update', { gold_balance: 1234 });
      for (const stream of [aliceHere, aliceThere]) {
        const e = await stream.next((x) => x.event === 'profile_update');
        expect(e.data).toEqual({ gold_balance: 1234 });
      }
      await publishToAll(api.deps.redis, 'limited_stock', { code: 'X', stock: 3 });
      await bobStream.next((x) => x.event === 'limited_stock');
      expect(bobStream.events.some((x) => x.event === 'profile_update')).toBe(false);
    } finally {
      aliceHere.close();
      aliceThere.close();
      bobStream.close();
    }
  });

  it('refuses a stream without a token', async () => {
    expect((await http(api.baseUrl, 'GET', '/api/events/stream')).status).toBe(401);
  });
});
