import { z } from 'zod';
import { zReason } from '../../lib/text.ts';
import { writeAuditLog } from '../admin/write-audit-log.ts';
import { gachaCost, gachaDailyLimit, pullGacha, RARITIES, type GachaPoolStock, type PlayerTier, type Rarity } from '../../domain/games/gacha.ts';
import type { PrismaClient, Tx } from '../../lib/db/client.ts';
import { AppError } from '../../lib/errors.ts';
import type { GamesDeps } from './deps.ts';
import { playOnce, type StoredPlay } from './idempotent-play.ts';
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
 * Today's pulls are used up: 429 `daily_gacha_limit` with `{ limit, used, resets_at }` in
 * details, and the same numbers in X-Gacha-Daily-Limit / X-Gacha-Daily-Used (+ Retry-After).
 */
export class DailyGachaLimitError extends AppError {
  constructor(limit: number, used: number, now = new Date()) {
    const resetsAt = nextUtcMidnight(now);
    const retryAfter = Math.max(1, Math.ceil((resetsAt.getTime() - now.getTime()) / 1000));
    super(
      'daily_gacha_limit',
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

/** Every limited pool's stock (a plain read: a pull's settle statement locks only the pools it takes from). */
async function limitedPools(db: Tx | PrismaClient): Promise<GachaPoolStock> {
  const rows = await db.$queryRaw<{ rarity: Rarity; stock: number }[]>`SELECT rarity, stock FROM gacha_pools WHERE stock IS NOT NULL ORDER BY rarity`;
  return poolStockOf(rows);
}

function poolStockOf(rows: { rarity: string; stock: number }[]): GachaPoolStock {
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
 * A 1- or 10-pull (see runInstantRound: two round trips, no lock held across the network):
 * one read of the player's role, pity counter, today's count (UTC day) and the limited pools'
 * stock, refused past the daily limit (3 STANDARD / 5 VIP); the pull computed from the seeds,
 * the pity counter and that stock; then the settle statement, which compare-and-sets the pity
 * counter and today's count, locks ONLY the pools the pull took units from (stock must still
 * cover them), takes the cost, pays the items' value and stores the new pity counter, count and
 * stock. If any of that changed meanwhile, nothing is written and the pull is replayed from a
 * fresh read. The round records the pity counter and pool stock it was computed from, so
 * verification replays it exactly.
 */
export async function pullGachaRound(deps: GamesDeps, userId: string, input: GachaPullRequest, roundId?: string): Promise<GachaPullView> {
  const config = deps.games.config.gacha;
  const cost = gachaCost(input.count, config);
  const { round, outcome, state, balance } = await runInstantRound<GachaRoundState, ReturnType<typeof play>>(deps, {
    userId,
    game: 'gacha',
    roundId,
    stake: cost,
    read: async (db) => {
      const rows = await db.$queryRaw<{ pity_counter: number; used_today: number; role: string; pools: { rarity: string; stock: number }[] }[]>`
        SELECT COALESCE(g.pity_counter, 0) AS pity_counter, u.role::text AS role,
               CASE WHEN g.daily_pulls_date = (now() AT TIME ZONE 'UTC')::date THEN g.daily_pulls ELSE 0 END AS used_today,
               (SELECT COALESCE(jsonb_agg(jsonb_build_object('rarity', p.rarity, 'stock', p.stock) ORDER BY p.rarity), '[]'::jsonb)
                FROM gacha_pools p WHERE p.stock IS NOT NULL) AS pools
        FROM users u LEFT JOIN gacha_player_states g ON g.user_id = u.id
        WHERE u.id = ${userId}::uuid`;
      const row = rows[0];
      if (!row) throw AppError.of('not_found', 'No such player');
      const tier = tierOf(row.role);
      const limit = gachaDailyLimit(tier, config);
      const used = row.used_today ?? 0;
      if (used >= limit) throw new DailyGachaLimitError(limit, used);
      return { tier, limit, used, pityBefore: row.pity_counter, poolStock: poolStockOf(row.pools) };
    },
    play: (rng, s) => play(rng, s),
    gacha: (out, s) => ({
      pity_before: s.pityBefore,
      pity_after: out.pull.pityCounterAfter,
      used_before: s.used,
      taken: Object.fromEntries(Object.entries(out.pull.poolConsumed).filter(([, n]) => (n ?? 0) > 0)) as Record<string, number>,
    }),
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
  const stock = await limitedPools(deps.prisma);
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
  reason: zReason().optional(),
});
/** Path of the pool routes: Common is the fallback and cannot be limited. */
export const ZLimitableRarity = z.enum(['Rare', 'Epic', 'Legendary']);

/** Operators set a rarity's shared stock (null = unlimited); an exhausted rarity falls back to Common. Audited. */
export async function setGachaPoolStock(
  prisma: PrismaClient,
  rarity: z.infer<typeof ZLimitableRarity>,
  stock: number | null,
  audit: { adminId: string; reason?: string },
): Promise<{ rarity: z.infer<typeof ZLimitableRarity>; stock: number | null }> {
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
  const stock = await limitedPools(prisma);
  return (['Rare', 'Epic', 'Legendary'] as const).map((rarity) => ({ rarity, stock: stock[rarity] ?? null }));
}

/**
 * A pull under an optional Idempotency-Key: a retry with the same key and count answers the
 * pull that was made (even past today's limit: it is not a new pull), another count is 422
 * `idempotency_key_reused`. The replay's daily and pity figures are today's as they are now.
 */
export function pullGachaOnce(deps: GamesDeps, userId: string, input: GachaPullRequest, idempotencyKey: string | undefined): Promise<{ view: GachaPullView; replayed: boolean }> {
  return playOnce(deps.prisma, {
    userId,
    game: 'gacha',
    idempotencyKey,
    sameRequest: (stored) => stored.kind === 'instant' && stored.round.game === 'gacha' && stored.round.result.count === input.count,
    replay: async (stored) => {
      const { round, balance } = stored as Extract<StoredPlay, { kind: 'instant' }>;
      const { result, ...base } = round;
      const status = await getGachaStatus(deps, userId);
      const items = result.items as GachaItemView[];
      return {
        ...base,
        game: 'gacha' as const,
        items,
        cost_used: round.bet,
        near_miss: items.some((i) => i.near_miss),
        daily_limit: status.daily_limit,
        daily_used: status.daily_used,
        daily_remaining: status.daily_remaining,
        pity_counter: typeof result.pity_after === 'number' ? result.pity_after : status.pity_counter,
        pity_at: status.pity_at,
        balance,
      };
    },
    play: (roundId) => pullGachaRound(deps, userId, input, roundId),
  });
}
