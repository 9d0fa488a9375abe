import { cacheTokenGeneration } from '../../lib/auth/token-generation.ts';
import type { PrismaClient } from '../../lib/db/client.ts';
import { DependencyUnavailableError } from '../../lib/dependencies.ts';
import type { Redis } from '../../lib/redis.ts';

/**
 * The user's current token generation after a cache miss: read from PostgreSQL (the truth)
 * and cached. Null when the user no longer exists. While Redis is not answering (the guard's
 * fail-open path for players) the value read from PostgreSQL is the answer, uncached.
 */
export async function loadTokenGeneration(deps: { prisma: PrismaClient; redis: Redis }, userId: string): Promise<number | null> {
  const user = await deps.prisma.user.findUnique({ where: { id: userId }, select: { tokenGeneration: true } });
  if (!user) return null;
  try {
    return await cacheTokenGeneration(deps.redis, userId, user.tokenGeneration);
  } catch (err) {
    if (err instanceof DependencyUnavailableError) return user.tokenGeneration;
    throw err;
  }
}
