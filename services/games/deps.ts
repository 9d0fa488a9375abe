import type { Client } from '@temporalio/client';
import type { Config } from '../../lib/config.ts';
import type { PrismaClient } from '../../lib/db/client.ts';
import type { Logger } from '../../lib/logger.ts';
import type { Redis } from '../../lib/redis.ts';
import type { LoadedGameConfig } from './game-config.ts';

/** What the game services work over: the database, Redis (realtime), settings and the validated game config. */
export interface GamesDeps {
  prisma: PrismaClient;
  redis: Redis;
  config: Config;
  games: LoadedGameConfig;
  log?: Logger;
}

/** Crash bets and cashouts also talk to Temporal. */
export interface CrashDeps extends GamesDeps {
  temporal: Client;
}
