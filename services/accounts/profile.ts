import type { User } from '../../generated/prisma/client.ts';

/** What a player sees of their own account (`GET /api/auth/me`). */
export interface ProfileView {
  id: string;
  login_id: string;
  nickname: string;
  phone: string | null;
  role: User['role'];
  vip_points: number;
  gold_balance: number;
  created_at: string;
}

export const toProfile = (u: User): ProfileView => ({
  id: u.id,
  login_id: u.loginId,
  nickname: u.nickname,
  phone: u.phone,
  role: u.role,
  vip_points: u.vipPoints,
  gold_balance: u.goldBalance,
  created_at: u.createdAt.toISOString(),
});
