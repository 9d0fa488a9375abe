import { z } from 'zod';
import { hashPassword } from '../../lib/auth/passwords.ts';
import { AppError } from '../../lib/errors.ts';
import { TOPICS } from '../../lib/kafka.ts';
import { writeOutbox } from '../../lib/outbox.ts';
import { applyLedgerEntry } from '../ledger/apply-ledger-entry.ts';
import { createSession, type TokensView } from './create-session.ts';
import type { AccountDeps, ClientInfo } from './deps.ts';
import { toProfile, type ProfileView } from './profile.ts';
import { PRINTABLE_ASCII, zSecret, zText } from '../../lib/text.ts';

export const ZLoginId = z.string().trim().regex(/^[A-Za-z0-9_.-]{3,40}$/, 'must be 3-40 letters, digits, _ . or -');
export const ZNickname = zText({ min: 2, max: 30 });
export const ZPassword = zSecret(8, 128);
export const ZPhone = z.string().trim().regex(/^\+?[0-9-]{7,20}$/, 'must be 7-20 digits, with an optional leading + and dashes');

/** Body of `POST /api/auth/signup`. */
export const ZSignUpRequest = z.object({
  login_id: ZLoginId,
  nickname: ZNickname,
  password: ZPassword,
  invite_code: z.string().trim().min(1, 'is required').max(40).regex(PRINTABLE_ASCII, 'must be printable ASCII'),
  phone: ZPhone.optional(),
});
export type SignUpRequest = z.infer<typeof ZSignUpRequest>;

/** Maps a unique violation on users to the field a player must change. */
export function uniqueViolationField(err: unknown): 'login_id' | 'nickname' | null {
  const e = err as { code?: string; meta?: unknown; message?: string };
  if (e?.code !== 'P2002' && !/unique constraint/i.test(e?.message ?? '')) return null;
  const text = JSON.stringify(e.meta ?? {}) + (e.message ?? '');
  if (text.includes('nickname')) return 'nickname';
  if (text.includes('login_id') || text.includes('loginId')) return 'login_id';
  return null;
}

export const takenError = (field: 'login_id' | 'nickname'): AppError =>
  field === 'nickname'
    ? new AppError('nickname_taken', 'That nickname is already taken', { field: 'nickname' })
    : new AppError('login_id_taken', 'That login id is already taken', { field: 'login_id' });

/**
 * Creates an account with an invite code: counts the code's use, creates the user, grants
 * the starting gold through the ledger and records the fact, in one transaction; then
 * starts the first session.
 */
export async function signUp(
  deps: AccountDeps,
  input: SignUpRequest,
  client: ClientInfo,
): Promise<{ user: ProfileView; tokens: TokensView }> {
  const passwordHash = await hashPassword(input.password);
  const user = await deps.prisma
    .$transaction(async (tx) => {
      const codes = await tx.$queryRaw<{ id: string; max_uses: number | null; used_count: number; expires_at: Date | null }[]>`
        SELECT id, max_uses, used_count, expires_at FROM invite_codes WHERE code = ${input.invite_code} FOR UPDATE`;
      const code = codes[0];
      if (!code || (code.expires_at && code.expires_at <= new Date()) || (code.max_uses !== null && code.used_count >= code.max_uses)) {
        throw new AppError('invite_code_invalid', 'That invite code is not valid', { field: 'invite_code' });
      }
      await tx.inviteCode.update({ where: { id: code.id }, data: { usedCount: { increment: 1 } } });
      const created = await tx.user.create({
        data: { loginId: input.login_id, nickname: input.nickname, passwordHash, phone: input.phone ?? null, inviteCodeId: code.id },
      });
      let balance = 0;
      if (deps.config.STARTING_GOLD > 0) {
        ({ balance } = await applyLedgerEntry(tx, { userId: created.id, delta: deps.config.STARTING_GOLD, reason: 'signup_bonus', ref: created.id }));
      }
      await writeOutbox(tx, { topic: TOPICS.users, type: 'user.signed_up', key: created.id, payload: { userId: created.id, nickname: created.nickname } });
      return { ...created, goldBalance: balance };
    })
    .catch((err: unknown) => {
      const field = uniqueViolationField(err);
      throw field ? takenError(field) : err;
    });
  const tokens = await createSession(deps, user, client);
  return { user: toProfile(user), tokens };
}
