import { z } from 'zod';
import { AppError } from '../../lib/errors.ts';
import type { PrismaClient } from '../../lib/db/client.ts';
import { toProfile, type ProfileView } from './profile.ts';
import { ZNickname, ZPhone, takenError, uniqueViolationField } from './sign-up.ts';

/** Body of `PATCH /api/auth/me`: nickname and phone (null clears the phone). */
export const ZUpdateProfileRequest = z
  .object({ nickname: ZNickname.optional(), phone: ZPhone.nullable().optional() })
  .refine((v) => v.nickname !== undefined || v.phone !== undefined, 'give nickname or phone')
  .meta({ anyOf: [{ required: ['nickname'] }, { required: ['phone'] }] });

/** The one profile read. */
export async function getProfile(prisma: PrismaClient, userId: string): Promise<ProfileView> {
  const user = await prisma.user.findUnique({ where: { id: userId } });
  if (!user) throw AppError.of('not_found', 'No such user');
  return toProfile(user);
}

/** Edits what a player may edit of their account. */
export async function updateProfile(prisma: PrismaClient, userId: string, input: z.infer<typeof ZUpdateProfileRequest>): Promise<ProfileView> {
  try {
    const user = await prisma.user.update({
      where: { id: userId },
      data: { ...(input.nickname !== undefined ? { nickname: input.nickname } : {}), ...(input.phone !== undefined ? { phone: input.phone } : {}) },
    });
    return toProfile(user);
  } catch (err) {
    const field = uniqueViolationField(err);
    if (field) throw takenError(field);
    throw err;
  }
}
