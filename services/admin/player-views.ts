import type { User } from '../../generated/prisma/client.ts';

/** A player as operators see them in lists and on the player page. */
export interface AdminPlayerView {
  id: string;
  login_id: string;
  nickname: string;
  phone: string | null;
  role: User['role'];
  vip_points: number;
  gold_balance: number;
  banned: boolean;
  banned_at: string | null;
  ban_reason: string | null;
  last_seen_at: string | null;
  created_at: string;
}

/** The operator's view of a users row. */
export const toAdminPlayerView = (u: User): AdminPlayerView => ({
  id: u.id,
  login_id: u.loginId,
  nickname: u.nickname,
  phone: u.phone,
  role: u.role,
  vip_points: u.vipPoints,
  gold_balance: u.goldBalance,
  banned: u.bannedAt !== null,
  banned_at: u.bannedAt?.toISOString() ?? null,
  ban_reason: u.banReason,
  last_seen_at: u.lastSeenAt?.toISOString() ?? null,
  created_at: u.createdAt.toISOString(),
});
