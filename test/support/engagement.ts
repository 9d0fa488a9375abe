// Helpers for the engagement tests: an API and a worker whose consumer group turns rounds
// into event progress, events created through the admin API, and slot spins.
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { Config } from '../../lib/config.ts';
import { createKafka } from '../../lib/kafka.ts';
import { createLogger } from '../../lib/logger.ts';
import { signUpPlayer, type TestPlayer } from './accounts.ts';
import { testConfig } from './env.ts';
import { http, startTestApi, startTestWorker, type TestApi, type TestWorker } from './harness.ts';

/** API + worker (with the engagement consumer) + an operator. */
export interface EngagementStack {
  config: Config;
  api: TestApi;
  worker: TestWorker | undefined;
  admin: TestPlayer;
  /** Creates an event (or mission) through the admin API; returns its code. */
  createEvent(body: Record<string, unknown>): Promise<string>;
  spin(player: TestPlayer, bet?: number): Promise<{ round_id: string; created_at: string; payout: number; balance: number }>;
  get(player: TestPlayer, path: string): Promise<{ status: number; body: any }>;
  post(player: TestPlayer, path: string, opts?: { body?: unknown; headers?: Record<string, string> }): Promise<{ status: number; body: any }>;
  close(): Promise<void>;
}

/** Starts the stack; `worker: false` leaves the worker to the test (a killable process). */
export async function startEngagementStack(overrides: Record<string, string> = {}, opts: { worker?: boolean } = {}): Promise<EngagementStack> {
  const config = testConfig({ DATABASE_POOL_SIZE: '20', GAME_RATE_LIMIT_PER_WINDOW: '100000', ...overrides });
  const api = await startTestApi(config);
  const worker = opts.worker === false ? undefined : await startTestWorker(config, { engagement: true });
  const admin = await signUpPlayer(api, { role: 'ADMIN' });
  const post = (player: TestPlayer, path: string, o: { body?: unknown; headers?: Record<string, string> } = {}) =>
    http(api.baseUrl, 'POST', path, { body: o.body, headers: { ...player.auth, ...o.headers } });
  return {
    config,
    api,
    worker,
    admin,
    async createEvent(body) {
      const code = (body.code as string | undefined) ?? `EV-${randomUUID().slice(0, 8)}`;
      const res = await post(admin, '/api/admin/events', {
        body: { title: `Event ${code}`, starts_at: new Date(Date.now() - 60_000).toISOString(), ends_at: new Date(Date.now() + 3_600_000).toISOString(), ...body, code },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return code;
    },
    async spin(player, bet = 10) {
      const res = await post(player, '/api/games/slots/spin', { body: { bet_amount: bet } });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return res.body;
    },
    get: (player, path) => http(api.baseUrl, 'GET', path, { headers: player.auth }),
    post,
    async close() {
      await worker?.stop();
      await api.close();
    },
  };
}

/** Waits until the consumer group has a member with partitions (a spawned worker has joined). */
export async function waitForConsumerGroup(config: Config): Promise<void> {
  const admin = createKafka({ brokers: config.KAFKA_BROKERS, clientId: 'test-group-watch', log: createLogger('kafka-test', 'silent') }).admin();
  await admin.connect();
  try {
    await expect
      .poll(
        async () => {
          const { groups } = await admin.describeGroups([config.ENGAGEMENT_CONSUMER_GROUP]);
          return groups[0]?.state === 'Stable' && groups[0].members.length > 0;
        },
        { timeout: 90_000, interval: 500 },
      )
      .toBe(true);
  } finally {
    await admin.disconnect();
  }
}
