import { Redis } from 'ioredis';

export type { Redis };

/** An ioredis client that fails fast instead of queueing commands forever while Redis is away. */
export function createRedis(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: 2, enableOfflineQueue: true, connectTimeout: 3_000, lazyConnect: false });
}
