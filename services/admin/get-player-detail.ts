import type { PrismaClient } from '../../lib/db/client.ts';
import { AppError } from '../../lib/errors.ts';
import { PURCHASE_VIEW_INCLUDE, toPurchaseView, type PurchaseView } from '../shop/purchase-view.ts';
import { toAdminPlayerView, type AdminPlayerView } from './player-views.ts';

/** One session (refresh-token family) as operators see it. */
export interface AdminSessionView {
  session_id: string;
  started_at: string;
  last_used_at: string;
  expires_at: string;
  active: boolean;
  user_agent: string | null;
  ip: string | null;
}

/** The player page: profile, balance, and the latest of everything they did. */
export interface AdminPlayerDetail {
  player: AdminPlayerView;
  ledger: { id: string; delta: number; reason: string; ref: string; balance_after: number; created_at: string }[];
  purchases: PurchaseView[];
  rounds: { id: string; game: string; bet: number; payout: number; multiplier: number; win: boolean; created_at: string }[];
  sessions: AdminSessionView[];
  /** The player's RFM segment, once segmentation runs (null until then). */
  segment: string | null;
}

const RECENT = 20;

/** Everything the player page shows, the latest 20 of each list; 404 for an unknown id. */
export async function getPlayerDetail(prisma: PrismaClient, userId: string): Promise<AdminPlayerDetail> {
  const user = await prisma.user.findUnique({ where: { id: userId } });
  if (!user) throw AppError.of('not_found', `No player ${userId}`);
  const [ledger, purchases, rounds, tokens] = await Promise.all([
    prisma.ledgerEntry.findMany({ where: { userId }, orderBy: { id: 'desc' }, take: RECENT }),
    prisma.purchase.findMany({ where: { userId }, orderBy: { createdAt: 'desc' }, take: RECENT, include: PURCHASE_VIEW_INCLUDE }),
    prisma.gameRound.findMany({ where: { userId }, orderBy: { seq: 'desc' }, take: RECENT }),
    prisma.refreshToken.findMany({ where: { userId }, orderBy: { createdAt: 'desc' }, take: 200 }),
  ]);
  // One row per session: its newest token says whether it is still alive.
  const sessions = new Map<string, AdminSessionView>();
  const now = new Date();
  for (const t of tokens) {
    const s = sessions.get(t.familyId);
    if (!s) {
      sessions.set(t.familyId, {
        session_id: t.familyId,
        started_at: t.createdAt.toISOString(),
        last_used_at: t.createdAt.toISOString(),
        expires_at: t.expiresAt.toISOString(),
        active: !t.revokedAt && !t.rotatedAt && t.expiresAt > now,
        user_agent: t.userAgent,
        ip: t.ip,
      });
    } else {
      s.started_at = t.createdAt.toISOString();
    }
  }
  return {
    player: toAdminPlayerView(user),
    ledger: ledger.map((e) => ({ id: e.id.toString(), delta: e.delta, reason: e.reason, ref: e.ref, balance_after: e.balanceAfter, created_at: e.createdAt.toISOString() })),
    purchases: purchases.map(toPurchaseView),
    rounds: rounds.map((r) => ({ id: r.id, game: r.game, bet: r.bet, payout: r.payout, multiplier: Number(r.multiplier), win: r.win, created_at: r.createdAt.toISOString() })),
    sessions: [...sessions.values()].slice(0, RECENT),
    segment: null,
  };
}
