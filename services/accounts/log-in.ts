import { z } from 'zod';
import { DUMMY_HASH, verifyPassword } from '../../lib/auth/passwords.ts';
import { AppError } from '../../lib/errors.ts';
import { createSession, type TokensView } from './create-session.ts';
import type { AccountDeps, ClientInfo } from './deps.ts';
import { toProfile, type ProfileView } from './profile.ts';
import { PRINTABLE_ASCII, zSecret } from '../../lib/text.ts';

/** Body of `POST /api/auth/login`. */
export const ZLogInRequest = z.object({
  login_id: z.string().trim().min(1, 'is required').max(40).regex(PRINTABLE_ASCII, 'must be printable ASCII'),
  password: zSecret(1, 128),
});
export type LogInRequest = z.infer<typeof ZLogInRequest>;

const invalidCredentials = () => new AppError('invalid_credentials', 'Wrong login id or password');

function lockedError(until: Date): AppError {
  const retryAfter = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000));
  return new AppError('login_locked', `Too many failed logins; try again in ${Math.ceil(retryAfter / 60)} min`, { retry_after_seconds: retryAfter }, {
    'Retry-After': String(retryAfter),
  });
}

/**
 * Checks a password. Five failures lock the account for ten minutes (configurable), during
 * which even the right password is refused with 429 `login_locked`. Counts live in the
 * users table, so a Redis restart does not reset them.
 */
export async function logIn(deps: AccountDeps, input: LogInRequest, client: ClientInfo): Promise<{ user: ProfileView; tokens: TokensView }> {
  const user = await deps.prisma.user.findUnique({ where: { loginId: input.login_id } });
  if (!user) {
    await verifyPassword(input.password, DUMMY_HASH); // same work as a real check: timing tells nothing
    throw invalidCredentials();
  }
  if (user.lockedUntil && user.lockedUntil > new Date()) throw lockedError(user.lockedUntil);

  if (!(await verifyPassword(input.password, user.passwordHash))) {
    const locked = await deps.prisma.$transaction(async (tx) => {
      const [row] = await tx.$queryRaw<{ failed_logins: number; locked_until: Date | null }[]>`
        SELECT failed_logins, locked_until FROM users WHERE id = ${user.id}::uuid FOR UPDATE`;
      if (row!.locked_until && row!.locked_until > new Date()) return row!.locked_until; // a concurrent attempt locked it
      // A lock that has run out starts the count again.
      const failures = (row!.locked_until ? 0 : row!.failed_logins) + 1;
      const lockedUntil = failures >= deps.config.LOGIN_MAX_FAILURES ? new Date(Date.now() + deps.config.LOGIN_LOCK_SECONDS * 1000) : null;
      await tx.user.update({ where: { id: user.id }, data: { failedLogins: failures, lockedUntil } });
      return null;
    });
    if (locked) throw lockedError(locked);
    throw invalidCredentials();
  }
  if (user.bannedAt) throw new AppError('account_banned', 'This account is banned');

  const fresh = await deps.prisma.user.update({
    where: { id: user.id },
    data: { failedLogins: 0, lockedUntil: null, lastSeenAt: new Date() },
  });
  const tokens = await createSession(deps, fresh, client);
  return { user: toProfile(fresh), tokens };
}
