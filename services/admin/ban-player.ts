import { z } from 'zod';
import { zReason } from '../../lib/text.ts';
import { revokeSessionAccess } from '../../lib/auth/revocation.ts';
import { cacheTokenGeneration } from '../../lib/auth/token-generation.ts';
import type { Tx } from '../../lib/db/client.ts';
import { AppError } from '../../lib/errors.ts';
import type { AccountDeps } from '../accounts/deps.ts';
import { toAdminPlayerView, type AdminPlayerView } from './player-views.ts';
import { writeAuditLog } from './write-audit-log.ts';

/** Body of ban and unban: why (kept in the audit log and shown on the player page). */
export const ZReasonRequest = z.object({ reason: zReason() });

/**
 * Bumps a user's token generation inside the caller's transaction; after commit the caller
 * passes the result to `publishTokenGeneration`, and every older access token is refused.
 */
export async function bumpTokenGeneration(tx: Tx, userId: string): Promise<number> {
  const [row] = await tx.$queryRaw<{ token_generation: number }[]>`
    UPDATE users SET token_generation = token_generation + 1, updated_at = now() WHERE id = ${userId}::uuid RETURNING token_generation`;
  if (!row) throw AppError.of('not_found', `No player ${userId}`);
  return row.token_generation;
}

/** Makes a committed generation bump visible to the auth guard at once (cache only moves up). */
export async function publishTokenGeneration(deps: Pick<AccountDeps, 'redis'>, userId: string, generation: number): Promise<void> {
  await cacheTokenGeneration(deps.redis, userId, generation);
}

/**
 * Bans a player: sets banned_at and the reason, bumps the token generation (their access
 * tokens are refused on the next request), revokes every refresh token and writes the audit
 * row, in one transaction. Login and refresh then answer 403 `account_banned`. An operator
 * cannot ban themself; banning a banned player changes nothing but is still audited.
 */
export async function banPlayer(deps: AccountDeps, opts: { userId: string; adminId: string; reason: string }): Promise<AdminPlayerView> {
  if (opts.userId === opts.adminId) throw new AppError('cannot_ban_self', 'You cannot ban your own account');
  const { user, generation, families } = await deps.prisma.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: opts.userId } });
    if (!before) throw AppError.of('not_found', `No player ${opts.userId}`);
    const generation = await bumpTokenGeneration(tx, opts.userId);
    const user = await tx.user.update({ where: { id: opts.userId }, data: { bannedAt: before.bannedAt ?? new Date(), banReason: opts.reason } });
    const families = await tx.refreshToken.findMany({ where: { userId: opts.userId, revokedAt: null }, distinct: ['familyId'], select: { familyId: true } });
    await tx.refreshToken.updateMany({ where: { userId: opts.userId, revokedAt: null }, data: { revokedAt: new Date() } });
    await writeAuditLog(tx, {
      adminId: opts.adminId,
      action: 'player.ban',
      targetType: 'player',
      targetId: opts.userId,
      reason: opts.reason,
      before: { banned: before.bannedAt !== null, ban_reason: before.banReason },
      after: { banned: true, ban_reason: opts.reason },
      details: { sessions_revoked: families.length },
    });
    return { user, generation, families: families.map((f) => f.familyId) };
  });
  await publishTokenGeneration(deps, opts.userId, generation);
  await revokeSessionAccess(deps.redis, families, deps.tokens.accessTtlSeconds);
  return toAdminPlayerView(user);
}

/** Lifts a ban, audited; the player logs in again (their old sessions stay ended). */
export async function unbanPlayer(deps: AccountDeps, opts: { userId: string; adminId: string; reason: string }): Promise<AdminPlayerView> {
  const user = await deps.prisma.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: opts.userId } });
    if (!before) throw AppError.of('not_found', `No player ${opts.userId}`);
    const user = await tx.user.update({ where: { id: opts.userId }, data: { bannedAt: null, banReason: null } });
    await writeAuditLog(tx, {
      adminId: opts.adminId,
      action: 'player.unban',
      targetType: 'player',
      targetId: opts.userId,
      reason: opts.reason,
      before: { banned: before.bannedAt !== null, ban_reason: before.banReason },
      after: { banned: false, ban_reason: null },
    });
    return user;
  });
  return toAdminPlayerView(user);
}
