import type { Logger } from '../../lib/logger.ts';
import { publishToAll } from '../../lib/realtime.ts';
import type { Redis } from '../../lib/redis.ts';

/** The `limited_stock` event every connected client receives when a package's stock moves. */
export interface LimitedStockEvent {
  code: string;
  stock_left: number;
}

/** Tells every client a package's stock, after the change committed. Best effort: clients also poll. */
export async function announceStock(redis: Redis, log: Pick<Logger, 'warn'> | undefined, code: string, stockLeft: number): Promise<void> {
  await publishToAll<LimitedStockEvent>(redis, 'limited_stock', { code, stock_left: stockLeft }).catch((err: Error) =>
    log?.warn({ err: err.message, code }, 'limited_stock not published'),
  );
}
