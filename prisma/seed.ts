// Seeds what a fresh installation needs: the catalog, the default invite code, an operator, a
// demo player, and a demo limited package with a promo code (so the "Limited offers" page shows
// something real). Idempotent: running it again changes nothing that exists, operators' edits
// included.
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

/** The demo limited package: on sale from the first start for a year, with stock to spare. */
export const SEED_LIMITED_PACKAGE = {
  code: 'DEMO-VALUE',
  name: 'Demo Value Pack',
  gold: 6_000,
  priceCents: 499,
  stockTotal: 100,
  perUserLimit: 2,
  saleDays: 365,
} as const;

/** The demo promo code: 50 cents off the demo package (499 → 449 cents), 1,000 uses, same window. */
export const SEED_PROMO_CODE = { code: 'WELCOME50', discountCents: 50, maxUses: 1_000 } as const;

/**
 * Creates the demo limited package and its promo code when they do not exist (skipDuplicates:
 * an operator's later edits, and units already held or sold, are left alone). Answers what it created.
 */
export async function seedLimitedOffers(prisma: PrismaClient, now = new Date()): Promise<string[]> {
  const p = SEED_LIMITED_PACKAGE;
  const endsAt = new Date(now.getTime() + p.saleDays * 86_400_000);
  const created: string[] = [];
  const pkg = await prisma.limitedPackage.createMany({
    data: [{ code: p.code, name: p.name, gold: p.gold, priceCents: p.priceCents, stockTotal: p.stockTotal, stockLeft: p.stockTotal, perUserLimit: p.perUserLimit, startsAt: now, endsAt }],
    skipDuplicates: true,
  });
  if (pkg.count > 0) created.push(`limited package ${p.code}`);
  const promo = await prisma.promoCode.createMany({
    data: [{ code: SEED_PROMO_CODE.code, discountCents: SEED_PROMO_CODE.discountCents, maxUses: SEED_PROMO_CODE.maxUses, packageCode: p.code, startsAt: now, endsAt }],
    skipDuplicates: true,
  });
  if (promo.count > 0) created.push(`promo code ${SEED_PROMO_CODE.code}`);
  return created;
}

/** Seeds everything above; answers what it created (empty when everything existed). */
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
  created.push(...(await seedLimitedOffers(prisma)));
  return { created };
}
