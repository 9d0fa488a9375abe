import { z } from 'zod';
import { zReason } from '../../lib/text.ts';
import type { AccountDeps } from '../accounts/deps.ts';
import { takenError, uniqueViolationField, ZNickname, ZPhone } from '../accounts/sign-up.ts';
import { AppError } from '../../lib/errors.ts';
import { bumpTokenGeneration, publishTokenGeneration } from './ban-player.ts';
import { toAdminPlayerView, type AdminPlayerView } from './player-views.ts';
import { writeAuditLog } from './write-audit-log.ts';

/** Body of `PATCH /api/admin/players/:id`: any of nickname, phone (null clears) and role, and why. */
export const ZUpdatePlayerRequest = z
  .object({
    nickname: ZNickname.optional(),
    phone: ZPhone.nullable().optional(),
    role: z.enum(['STANDARD', 'VIP', 'ADMIN']).optional(),
    reason: zReason(),
  })
  .refine((v) => v.nickname !== undefined || v.phone !== undefined || v.role !== undefined, { message: 'give nickname, phone or role', path: ['nickname'] });
export type UpdatePlayerRequest = z.infer<typeof ZUpdatePlayerRequest>;

/**
 * Edits a player's nickname, phone or role, audited with the fields before and after. A role
 * change bumps the token generation: tokens carrying the old role are refused on their next
 * request and the session's refresh issues one with the new role.
 */
export async function updatePlayer(deps: AccountDeps, opts: { userId: string; adminId: string; body: UpdatePlayerRequest }): Promise<AdminPlayerView> {
  const { body } = opts;
  try {
    const { user, generation } = await deps.prisma.$transaction(async (tx) => {
      const before = await tx.user.findUnique({ where: { id: opts.userId } });
      if (!before) throw AppError.of('not_found', `No player ${opts.userId}`);
      const roleChanged = body.role !== undefined && body.role !== before.role;
      const generation = roleChanged ? await bumpTokenGeneration(tx, opts.userId) : null;
      const data = {
        ...(body.nickname !== undefined ? { nickname: body.nickname } : {}),
        ...(body.phone !== undefined ? { phone: body.phone } : {}),
        ...(body.role !== undefined ? { role: body.role } : {}),
      };
      const user = await tx.user.update({ where: { id: opts.userId }, data });
      const pick = (u: typeof before) => Object.fromEntries(Object.keys(data).map((k) => [k, u[k as keyof typeof data]]));
      await writeAuditLog(tx, {
        adminId: opts.adminId,
        action: roleChanged ? 'player.role_change' : 'player.update',
        targetType: 'player',
        targetId: opts.userId,
        reason: body.reason,
        before: pick(before),
        after: pick(user),
      });
      return { user, generation };
    });
    if (generation !== null) await publishTokenGeneration(deps, opts.userId, generation);
    return toAdminPlayerView(user);
  } catch (err) {
    const field = uniqueViolationField(err);
    if (field) throw takenError(field);
    throw err;
  }
}
