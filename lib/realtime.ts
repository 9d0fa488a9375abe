import { DependencyUnavailableError } from './dependencies.ts';
import type { Redis } from './redis.ts';

/** Every event the server pushes to clients over `GET /api/events/stream`. */
export type RealtimeEventType =
  | 'purchase_update'
  | 'profile_update'
  | 'limited_stock'
  | 'crash_tick'
  | 'crash_update'
  | 'notification'
  | 'event_progress'
  | 'reward_claimable'
  | 'reward_granted'
  | 'community';

/** What travels on a Redis channel and, unchanged, in an SSE `data:` line. */
export interface RealtimeMessage<T = unknown> {
  type: RealtimeEventType;
  data: T;
  at: string;
}

/** The Redis channel carrying one player's events; any API instance may serve that player. */
export const userChannel = (userId: string): string => `rt:user:${userId}`;
/**
 * A message between our own processes on a player's channel: the API's hub consumes it and
 * never forwards it to the client (e.g. `crash_round_started`, which carries a stop time that
 * would reveal a crash point).
 */
export interface InternalMessage<T = unknown> {
  type: string;
  internal: true;
  data: T;
  at: string;
}

/** Publishes an internal message on a player's channel (see InternalMessage). */
export async function publishInternal<T>(redis: Redis, userId: string, message: Omit<InternalMessage<T>, 'internal'>): Promise<void> {
  await redis.publish(userChannel(userId), JSON.stringify({ ...message, internal: true }));
}

/** The channel carrying events for every connected client (e.g. limited stock). */
export const BROADCAST_CHANNEL = 'rt:broadcast';

/**
 * Publishes an event to one player, after the change it describes has committed. Realtime
 * is best effort: a lost message is repaired by the client's polling fallback.
 */
export async function publishToUser<T>(redis: Redis, userId: string, type: RealtimeEventType, data: T): Promise<void> {
  const message: RealtimeMessage<T> = { type, data, at: new Date().toISOString() };
  await redis.publish(userChannel(userId), JSON.stringify(message)).catch(ignoreRedisDown);
}

/** Realtime fails open: while Redis is not answering, events are dropped (clients poll) and the caller goes on. */
function ignoreRedisDown(err: unknown): number {
  if (err instanceof DependencyUnavailableError) return 0;
  throw err;
}

/** Publishes an event to every connected client. */
export async function publishToAll<T>(redis: Redis, type: RealtimeEventType, data: T): Promise<void> {
  const message: RealtimeMessage<T> = { type, data, at: new Date().toISOString() };
  await redis.publish(BROADCAST_CHANNEL, JSON.stringify(message)).catch(ignoreRedisDown);
}
