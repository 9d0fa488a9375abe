// Seeds what a fresh installation needs: the default invite code, an operator and a demo
// player. Idempotent: running it again changes nothing that exists.
import { hashPassword } from '../lib/auth/passwords.ts';
import type { PrismaClient } from '../lib/db/client.ts';
import { applyLedgerEntry } from '../services/ledger/apply-ledger-entry.ts';
import { seedCatalog } from '../services/shop/seed-catalog.ts';

/** The accounts `npm start` prints, so a developer can log in at once. */
export const SEED_ACCOUNTS = {
  admin: { loginId: 'admin', nickname: 'Operator', password: process.env.SEED_ADMIN_PASSWORD ?? 'admin-pass-5858', role: 'ADMIN' as const },
  demo: { loginId: 'demo', nickname: 'Demo Player', password: process.env.SEED_DEMO_PASSWORD ?? 'demo-pass-5858', role: 'STANDARD' as const },
};

/** The original system's default invite code. */
export const DEFAULT_INVITE_CODE = '5858';

export async function seed(prisma: PrismaClient, opts: { startingGold: number }): Promise<{ created: string[] }> {
  const created: string[] = [];
  const products = await seedCatalog(prisma);
  if (products > 0) created.push(`${products} products`);
  const invite = await prisma.inviteCode.upsert({ where: { code: DEFAULT_INVITE_CODE }, update: {}, create: { code: DEFAULT_INVITE_CODE } });
  for (const account of Object.values(SEED_ACCOUNTS)) {
    if (await prisma.user.findUnique({ where: { loginId: account.loginId } })) continue;
    const passwordHash = await hashPassword(account.password);
    await prisma.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { loginId: account.loginId, nickname: account.nickname, passwordHash, role: account.role, inviteCodeId: invite.id },
      });
      if (opts.startingGold > 0) await applyLedgerEntry(tx, { userId: user.id, delta: opts.startingGold, reason: 'signup_bonus', ref: user.id });
    });
    created.push(account.loginId);
  }
  return { created };
}
