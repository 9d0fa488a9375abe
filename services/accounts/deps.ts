import type { TokenService } from '../../lib/auth/tokens.ts';
import type { Config } from '../../lib/config.ts';
import type { PrismaClient } from '../../lib/db/client.ts';
import type { Redis } from '../../lib/redis.ts';

/** What the account services work over. */
export interface AccountDeps {
  prisma: PrismaClient;
  redis: Redis;
  tokens: TokenService;
  config: Config;
}

/** Where a request came from, recorded on the session. */
export interface ClientInfo {
  ip?: string;
  userAgent?: string;
}
