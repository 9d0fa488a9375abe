import type { Logger } from '../../lib/logger.ts';
import { publishToUser } from '../../lib/realtime.ts';
import type { Redis } from '../../lib/redis.ts';

/**
 * Tells the player's open streams their new balance (`profile_update`), after the change has
 * committed. Best effort: a lost message is repaired by the client's polling, so a Redis
 * failure is logged and never fails the round that already happened.
 */
export async function announceBalance(deps: { redis: Redis; log?: Logger }, userId: string, balance: number): Promise<void> {
  try {
    await publishToUser(deps.redis, userId, 'profile_update', { gold_balance: balance });
  } catch (err) {
    deps.log?.warn({ err: (err as Error).message, userId }, 'profile_update not published');
  }
}
