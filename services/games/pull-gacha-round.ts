import { z } from 'zod';
import { writeAuditLog } from '../admin/write-audit-log.ts';
import { gachaCost, gachaDailyLimit, pullGacha, RARITIES, type GachaPoolStock, type PlayerTier, type Rarity } from '../../domain/games/gacha.ts';
import type { PrismaClient, Tx } from '../../lib/db/client.ts';
import { AppError } from '../../lib/errors.ts';
import type { GamesDeps } from './deps.ts';
import { ratioMultiplier } from './record-round.ts';
import { runInstantRound } from './run-instant-round.ts';
import type { GachaItemView, GachaPullView, GachaStatusView } from './views.ts';

/** Body of `POST /api/games/gacha/pull`: a single pull or a 10-pull (which counts once against the daily limit). */
export const ZGachaPullRequest = z.object({ count: z.union([z.literal(1), z.literal(10)]).describe('1 or 10') });
export type GachaPullRequest = z.infer<typeof ZGachaPullRequest>;

/** The next UTC midnight: when the daily gacha count starts again. */
export function nextUtcMidnight(now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
}

/**
 * Today's pulls are used up: 429 `DAILY_GACHA_LIMIT` with `{ limit, used, resets_at }` in
 * details, and the same numbers in X-Gacha-Daily-Limit / X-Gacha-Daily-Used (+ Retry-After).
 */
export class DailyGachaLimitError extends AppError {
  constructor(limit: number, used: number, now = new Date()) {
    const resetsAt = nextUtcMidnight(now);
    const retryAfter = Math.max(1, Math.ceil((resetsAt.getTime() - now.getTime()) / 1000));
    super(
      'DAILY_GACHA_LIMIT',
      429,
      `Daily gacha limit reached: ${used} of ${limit} pulls used today (UTC)`,
      { limit, used, resets_at: resetsAt.toISOString() },
      { 'Retry-After': String(retryAfter), 'X-Gacha-Daily-Limit': String(limit), 'X-Gacha-Daily-Used': String(used) },
    );
  }
}

interface GachaRoundState {
  tier: PlayerTier;
  limit: number;
  used: number;
  pityBefore: number;
  poolStock: GachaPoolStock;
}

const tierOf = (role: string): PlayerTier => (role === 'VIP' ? 'VIP' : 'STANDARD');

async function limitedPools(db: Tx | PrismaClient, lock: boolean): Promise<GachaPoolStock> {
  const rows = lock
    ? await db.$queryRaw<{ rarity: Rarity; stock: number }[]>`SELECT rarity, stock FROM gacha_pools WHERE stock IS NOT NULL ORDER BY rarity FOR UPDATE`
    : await db.$queryRaw<{ rarity: Rarity; stock: number }[]>`SELECT rarity, stock FROM gacha_pools WHERE stock IS NOT NULL ORDER BY rarity`;
  return Object.fromEntries(rows.filter((r) => (RARITIES as readonly string[]).includes(r.rarity)).map((r) => [r.rarity, r.stock]));
}

const itemView = (item: ReturnType<typeof pullGacha>['items'][number]): GachaItemView => ({
  rarity: item.rarity,
  value: item.value,
  near_miss: item.nearMiss,
  pity: item.pity,
  fallback_from: item.fallbackFrom,
});

/**
 * A 1- or 10-pull in one transaction: refuse past the daily limit (3 STANDARD / 5 VIP, UTC
 * day), take the cost, pull with the persisted pity counter and the limited pools' stock
 * (locked), pay the items' value, then store the new pity counter, today's count and the
 * pools' stock. The round records the pity counter and pool stock it started from, so
 * verification can replay it exactly.
 */
export async function pullGachaRound(deps: GamesDeps, userId: string, input: GachaPullRequest): Promise<GachaPullView> {
  const config = deps.games.config.gacha;
  const cost = gachaCost(input.count, config);
  const { round, outcome, state, balance } = await runInstantRound<GachaRoundState, ReturnType<typeof play>>(deps, {
    userId,
    game: 'gacha',
    stake: cost,
    before: async (tx) => {
      await tx.$executeRaw`INSERT INTO gacha_player_states (user_id) VALUES (${userId}::uuid) ON CONFLICT (user_id) DO NOTHING`;
      const rows = await tx.$queryRaw<{ pity_counter: number; used_today: number; role: string }[]>`
        SELECT g.pity_counter, u.role::text AS role,
               CASE WHEN g.daily_pulls_date = (now() AT TIME ZONE 'UTC')::date THEN g.daily_pulls ELSE 0 END AS used_today
        FROM gacha_player_states g JOIN users u ON u.id = g.user_id
        WHERE g.user_id = ${userId}::uuid FOR UPDATE OF g`;
      const row = rows[0];
      if (!row) throw AppError.of('not_found', 'No such player');
      const tier = tierOf(row.role);
      const limit = gachaDailyLimit(tier, config);
      if (row.used_today >= limit) throw new DailyGachaLimitError(limit, row.used_today);
      return { tier, limit, used: row.used_today, pityBefore: row.pity_counter, poolStock: await limitedPools(tx, true) };
    },
    play: (rng, s) => play(rng, s),
    after: async (tx, out, s) => {
      await tx.$executeRaw`
        UPDATE gacha_player_states
        SET pity_counter = ${out.pull.pityCounterAfter}, daily_pulls = ${s.used + 1},
            daily_pulls_date = (now() AT TIME ZONE 'UTC')::date, updated_at = now()
        WHERE user_id = ${userId}::uuid`;
      for (const [rarity, taken] of Object.entries(out.pull.poolConsumed)) {
        if (taken) await tx.$executeRaw`UPDATE gacha_pools SET stock = stock - ${taken}, updated_at = now() WHERE rarity = ${rarity}`;
      }
    },
  });

  function play(rng: Parameters<typeof pullGacha>[0]['rng'], s: GachaRoundState) {
    const pull = pullGacha({ count: input.count, pityCounter: s.pityBefore, poolStock: s.poolStock, rng, config });
    return {
      payout: pull.payout,
      multiplier: ratioMultiplier(pull.payout, pull.cost),
      result: {
        count: input.count,
        items: pull.items.map(itemView),
        pity_before: s.pityBefore,
        pity_after: pull.pityCounterAfter,
        pool_stock: s.poolStock,
      },
      pull,
    };
  }

  const { result: _result, ...base } = round;
  const used = state.used + 1;
  return {
    ...base,
    game: 'gacha',
    items: outcome.pull.items.map(itemView),
    cost_used: outcome.pull.cost,
    near_miss: outcome.pull.items.some((i) => i.nearMiss),
    daily_limit: state.limit,
    daily_used: used,
    daily_remaining: Math.max(0, state.limit - used),
    pity_counter: outcome.pull.pityCounterAfter,
    pity_at: config.pityAt,
    balance,
  };
}

/** Today's allowance, the pity counter and the limited pools, for the gacha screen before a pull. */
export async function getGachaStatus(deps: GamesDeps, userId: string): Promise<GachaStatusView> {
  const config = deps.games.config.gacha;
  const rows = await deps.prisma.$queryRaw<{ role: string; pity_counter: number | null; used_today: number | null }[]>`
    SELECT u.role::text AS role, g.pity_counter,
           CASE WHEN g.daily_pulls_date = (now() AT TIME ZONE 'UTC')::date THEN g.daily_pulls ELSE 0 END AS used_today
    FROM users u LEFT JOIN gacha_player_states g ON g.user_id = u.id WHERE u.id = ${userId}::uuid`;
  const row = rows[0];
  if (!row) throw AppError.of('not_found', 'No such player');
  const tier = tierOf(row.role);
  const limit = gachaDailyLimit(tier, config);
  const used = row.used_today ?? 0;
  const stock = await limitedPools(deps.prisma, false);
  return {
    tier,
    daily_limit: limit,
    daily_used: used,
    daily_remaining: Math.max(0, limit - used),
    resets_at: nextUtcMidnight().toISOString(),
    pity_counter: row.pity_counter ?? 0,
    pity_at: config.pityAt,
    cost: { single: config.cost.single, ten: config.cost.ten },
    pools: (['Rare', 'Epic', 'Legendary'] as const).map((rarity) => ({ rarity, stock: stock[rarity] ?? null })),
  };
}

/** Body of `PUT /api/admin/games/gacha/pools/:rarity`: a limited stock, or null for unlimited. */
export const ZSetGachaPoolRequest = z.object({
  stock: z.number().int().min(0).max(1_000_000_000).nullable(),
  reason: z.string().trim().min(3).max(500).optional(),
});
/** Path of the pool routes: Common is the fallback and cannot be limited. */
export const ZLimitableRarity = z.enum(['Rare', 'Epic', 'Legendary']);

/** Operators set a rarity's shared stock (null = unlimited); an exhausted rarity falls back to Common. Audited. */
export async function setGachaPoolStock(
  prisma: PrismaClient,
  rarity: z.infer<typeof ZLimitableRarity>,
  stock: number | null,
  audit: { adminId: string; reason?: string },
): Promise<{ rarity: string; stock: number | null }> {
  await prisma.$transaction(async (tx) => {
    const before = await tx.$queryRaw<{ stock: number | null }[]>`SELECT stock FROM gacha_pools WHERE rarity = ${rarity} FOR UPDATE`;
    await tx.$executeRaw`
      INSERT INTO gacha_pools (rarity, stock, updated_at) VALUES (${rarity}, ${stock}, now())
      ON CONFLICT (rarity) DO UPDATE SET stock = EXCLUDED.stock, updated_at = now()`;
    await writeAuditLog(tx, {
      adminId: audit.adminId,
      action: 'gacha_pool.set_stock',
      targetType: 'gacha_pool',
      targetId: rarity,
      reason: audit.reason ?? 'gacha pool stock set',
      before: before[0] ? { stock: before[0].stock } : null,
      after: { stock },
    });
  });
  return { rarity, stock };
}

/** Every limitable rarity's stock (null = unlimited). */
export async function listGachaPools(prisma: PrismaClient): Promise<{ rarity: 'Rare' | 'Epic' | 'Legendary'; stock: number | null }[]> {
  const stock = await limitedPools(prisma, false);
  return (['Rare', 'Epic', 'Legendary'] as const).map((rarity) => ({ rarity, stock: stock[rarity] ?? null }));
}
