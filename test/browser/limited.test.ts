// Limited offers in a real browser: the built web app (node web/build) against the real API,
// worker and payment sandbox in-process, driven by headless Chromium. A hold counts down on
// the page, a promo code lowers the price, checkout lands on the live receipt; other players
// see the stock move without a reload (`limited_stock` over the page's one live stream).
// Operators manage packages, promo codes and open holds on /admin/limited.
import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpPlayer, type TestPlayer } from '../support/accounts.ts';
import { gotoHydrated, launchBrowser, markPage, type RunningWeb, screenshot, startWeb, stillTheSamePage } from '../support/browser.ts';
import { http } from '../support/harness.ts';
import { expectLedgerInvariant } from '../support/ledger.ts';
import { CARDS, startPurchaseStack, type PurchaseStack } from '../support/purchases.ts';

/** Short enough that a test can watch a hold run out; long enough to check out on a busy machine. */
const TTL_SECONDS = 30;
const STARTING_GOLD = 1_000;

const gold = (n: number) => n.toLocaleString('en-US');
const uniqueCode = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8).toUpperCase()}`;
/** "01:35" → 95. */
const seconds = (mmss: string) => {
  const match = /^(\d{2}):(\d{2})$/.exec(mmss.trim());
  if (!match) throw new Error(`not a countdown: ${JSON.stringify(mmss)}`);
  return Number(match[1]) * 60 + Number(match[2]);
};

async function logIn(page: Page, web: RunningWeb, player: TestPlayer, next = '/shop/limited'): Promise<void> {
  await gotoHydrated(page, `${web.url}/login?next=${next}`);
  await page.locator('input[name="login_id"]').fill(player.loginId);
  await page.locator('input[name="password"]').fill(player.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL(`${web.url}${next}`);
}

describe('limited offers in the browser', () => {
  let stack: PurchaseStack;
  let web: RunningWeb;
  let browser: Browser;
  let admin: TestPlayer;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    stack = await startPurchaseStack({ LIMITED_HOLD_TTL_SECONDS: String(TTL_SECONDS) });
    web = await startWeb({ apiUrl: stack.api.baseUrl });
    browser = await launchBrowser();
    admin = await signUpPlayer(stack.api, { role: 'ADMIN' });
  });

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await web?.stop();
    if (stack) await expectLedgerInvariant(stack.api.deps.prisma);
    await stack?.close();
  });

  const putPackage = async (code: string, body: Record<string, unknown> = {}) => {
    const res = await http(stack.api.baseUrl, 'PUT', `/api/admin/limited/packages/${code}`, {
      headers: admin.auth,
      body: { name: 'Spring bundle', gold: 6_000, price_cents: 499, stock_total: 5, per_user_limit: 1, ...body },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  };
  const putPromo = async (code: string, body: Record<string, unknown>) => {
    const res = await http(stack.api.baseUrl, 'PUT', `/api/admin/limited/promo-codes/${code}`, { headers: admin.auth, body });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  };
  /** A signed-in player's page on /shop/limited with its live stream open. */
  const openLimited = async (player: TestPlayer): Promise<Page> => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    await logIn(page, web, player);
    await expect.poll(() => page.getByTestId('nav-gold').getAttribute('data-live'), { timeout: 15_000 }).toBe('live');
    return page;
  };
  const stockOn = (page: Page, code: string) => page.getByTestId(`stock-${code}`).textContent();

  it('holds one (B sees the stock drop live), counts down, applies a promo code and checks out to a successful receipt', async () => {
    const code = uniqueCode('SPRING');
    const promo = uniqueCode('SAVE50');
    await putPackage(code);
    await putPromo(promo, { discount_cents: 50, package_code: code, max_uses: 10 });
    const [playerA, playerB] = await Promise.all([signUpPlayer(stack.api), signUpPlayer(stack.api)]);

    // B watches the offer.
    const pageB = await openLimited(playerB);
    await expect(stockOn(pageB, code)).resolves.toBe('5');
    await markPage(pageB);

    // A finds the offer from the shop.
    const pageA = await openLimited(playerA);
    await gotoHydrated(pageA, `${web.url}/shop`);
    await pageA.getByTestId('shop-limited').click();
    await pageA.waitForURL(`${web.url}/shop/limited`);
    const offer = pageA.getByTestId(`offer-${code}`);
    await expect(offer.getByTestId('offer-gold').textContent()).resolves.toBe(gold(6_000));
    await expect(offer.getByTestId('offer-price').textContent()).resolves.toBe('$4.99');
    await expect(stockOn(pageA, code)).resolves.toBe('5');
    await expect(pageA.getByTestId(`allowance-${code}`).innerText()).resolves.toMatch(/^1 of 1 left/);
    await expect(pageA.getByTestId(`window-${code}`).innerText()).resolves.toBe('No end date');
    await expect.poll(() => pageA.getByTestId('nav-gold').getAttribute('data-live'), { timeout: 15_000 }).toBe('live');
    await screenshot(pageA, 'limited-offers.png');

    // A holds one: the countdown starts near the hold time and ticks.
    const clickedAt = Date.now();
    await pageA.getByTestId(`hold-${code}`).click();
    const countdown = pageA.getByTestId('hold-countdown');
    await countdown.waitFor({ timeout: 15_000 });
    const first = seconds((await countdown.textContent())!);
    // At most the time since the click has run off (a loaded machine may take a while to answer).
    expect(first).toBeLessThanOrEqual(TTL_SECONDS);
    expect(first).toBeGreaterThanOrEqual(TTL_SECONDS - Math.ceil((Date.now() - clickedAt) / 1000) - 1);
    await expect.poll(async () => seconds((await countdown.textContent())!), { timeout: 15_000 }).toBeLessThan(first);
    await expect(stockOn(pageA, code)).resolves.toBe('4');
    const hold = await stack.api.deps.prisma.limitedHold.findFirstOrThrow({ where: { userId: playerA.id, packageCode: code } });
    expect(hold.status).toBe('held');

    // B's page follows without a reload.
    await expect.poll(() => stockOn(pageB, code), { timeout: 10_000 }).toBe('4');
    await expect(stillTheSamePage(pageB)).resolves.toBe(true);
    await screenshot(pageB, 'limited-other-player.png');

    // A code that does not apply says so; the right one (typed in lower case) takes 50 cents off.
    const panel = pageA.getByTestId(`hold-panel-${code}`);
    await panel.getByTestId('promo-code').fill('NOPE-0000');
    await panel.getByTestId('promo-apply').click();
    await panel.getByTestId('hold-error').waitFor({ timeout: 10_000 });
    await expect(panel.getByTestId('hold-error').innerText()).resolves.toContain('Promo code not valid');
    await expect(panel.getByTestId('hold-final-price').textContent()).resolves.toBe('$4.99');
    await panel.getByTestId('promo-code').fill(promo.toLowerCase());
    await panel.getByTestId('promo-apply').click();
    await panel.getByTestId('hold-list-price').waitFor({ timeout: 10_000 });
    await expect(panel.getByTestId('hold-final-price').textContent()).resolves.toBe('$4.49');
    await expect(panel.getByTestId('hold-list-price').innerText()).resolves.toContain('$4.99');
    await expect(panel.getByTestId('hold-error').count()).resolves.toBe(0);
    await expect(panel.getByTestId('hold-checkout').innerText()).resolves.toBe('Check out · $4.49');
    // Still counting down after the promo round trip.
    const afterPromo = seconds((await countdown.textContent())!);
    expect(afterPromo).toBeLessThan(first);
    await screenshot(pageA, 'limited-hold-promo.png');

    // Check out with the card that succeeds: the receipt, paid $4.49, turns successful.
    await panel.getByTestId('hold-payment-method').selectOption(CARDS.success);
    await panel.getByTestId('hold-checkout').click();
    await pageA.waitForURL(/\/shop\/purchases\/CC-[A-Z0-9]{14}$/, { timeout: 20_000 });
    const receipt = decodeURIComponent(pageA.url().split('/').pop()!);
    await pageA.locator('[data-testid="purchase-status"][data-status="success"]').waitFor({ timeout: 30_000 });
    await expect(pageA.getByTestId('purchase-product').textContent()).resolves.toBe('Spring bundle');
    await expect(pageA.getByTestId('purchase-amount').innerText()).resolves.toContain('$4.49');
    await pageA.getByTestId('purchase-balance').waitFor({ timeout: 10_000 });
    await expect(pageA.getByTestId('purchase-balance').textContent()).resolves.toBe(gold(STARTING_GOLD + 6_000));
    await screenshot(pageA, 'limited-receipt.png');

    // The database agrees: sold at the promo price, the code used once, the unit gone for good.
    const purchase = await stack.api.deps.prisma.purchase.findUniqueOrThrow({ where: { receiptCode: receipt } });
    expect(purchase).toMatchObject({ status: 'success', userId: playerA.id, amountCents: 449, gold: 6_000, limitedPackageCode: code, promoCode: promo });
    await expect.poll(async () => (await stack.api.deps.prisma.limitedHold.findUniqueOrThrow({ where: { id: hold.id } })).status, { timeout: 15_000 }).toBe('sold');
    await expect(stack.api.deps.prisma.promoCode.findUniqueOrThrow({ where: { code: promo } }).then((p) => p.usedCount)).resolves.toBe(1);
    await expect(stack.api.deps.prisma.limitedPackage.findUniqueOrThrow({ where: { code } }).then((p) => p.stockLeft)).resolves.toBe(4);
    await expect(stockOn(pageB, code)).resolves.toBe('4');
    await expect(stillTheSamePage(pageB)).resolves.toBe(true);

    // A has used the one allowed per player.
    await gotoHydrated(pageA, `${web.url}/shop/limited`);
    await expect(pageA.getByTestId(`allowance-${code}`).innerText()).resolves.toMatch(/^0 of 1 left/);
    await expect(pageA.getByTestId(`hold-${code}`).innerText()).resolves.toBe('Limit reached');
    await expect(pageA.getByTestId(`hold-${code}`).isDisabled()).resolves.toBe(true);
  });

  it('gives a released or expired unit back to everyone live, and says why a hold is refused', async () => {
    const code = uniqueCode('LAST');
    await putPackage(code, { name: 'Last one', gold: 25_000, price_cents: 1_999, stock_total: 1 });
    const [playerA, playerB] = await Promise.all([signUpPlayer(stack.api), signUpPlayer(stack.api)]);
    const pageA = await openLimited(playerA);
    const pageB = await openLimited(playerB);
    await expect(stockOn(pageA, code)).resolves.toBe('1');
    await markPage(pageA);

    // B holds the last one: sold out for A, live.
    await pageB.getByTestId(`hold-${code}`).click();
    await pageB.getByTestId('hold-countdown').waitFor({ timeout: 15_000 });
    await expect.poll(() => stockOn(pageA, code), { timeout: 10_000 }).toBe('0');
    await expect(pageA.getByTestId(`hold-${code}`).innerText()).resolves.toBe('Sold out');
    await expect(pageA.getByTestId(`hold-${code}`).isDisabled()).resolves.toBe(true);
    await expect(pageA.getByTestId(`soldout-${code}`).isVisible()).resolves.toBe(true);
    await screenshot(pageA, 'limited-sold-out.png');

    // B releases it: back for A.
    await pageB.getByTestId(`hold-panel-${code}`).getByTestId('hold-release').click();
    await pageB.getByTestId('hold-countdown').waitFor({ state: 'detached', timeout: 15_000 });
    await expect.poll(() => stockOn(pageA, code), { timeout: 10_000 }).toBe('1');
    await expect(pageA.getByTestId(`hold-${code}`).isEnabled()).resolves.toBe(true);

    // B holds again and lets the timer run out: the unit comes back by itself.
    await pageB.getByTestId(`hold-${code}`).click();
    const countdown = pageB.getByTestId('hold-countdown');
    await countdown.waitFor({ timeout: 15_000 });
    await expect.poll(() => stockOn(pageA, code), { timeout: 10_000 }).toBe('0');
    await expect.poll(() => countdown.textContent(), { timeout: (TTL_SECONDS + 5) * 1_000 }).toBe('00:00');
    await expect(pageB.getByTestId(`hold-panel-${code}`).innerText()).resolves.toContain('Your hold ran out');
    await expect(pageB.getByTestId(`hold-panel-${code}`).getByTestId('hold-checkout').count()).resolves.toBe(0);
    await screenshot(pageB, 'limited-hold-expired.png');
    await expect.poll(() => stockOn(pageA, code), { timeout: 20_000 }).toBe('1');
    await countdown.waitFor({ state: 'detached', timeout: 15_000 });
    await expect.poll(() => stockOn(pageB, code)).toBe('1');
    const holds = await stack.api.deps.prisma.limitedHold.findMany({ where: { packageCode: code }, orderBy: { createdAt: 'asc' } });
    expect(holds.map((h) => [h.status, h.releaseReason])).toEqual([
      ['released', 'cancelled'],
      ['released', 'expired'],
    ]);

    // An operator takes it off sale while A's page still shows it: the refusal is in words.
    const disabled = await http(stack.api.baseUrl, 'POST', `/api/admin/limited/packages/${code}/disable`, { headers: admin.auth, body: {} });
    expect(disabled.status).toBe(200);
    await pageA.getByTestId(`hold-${code}`).click();
    const refusal = pageA.getByTestId(`offer-error-${code}`);
    await refusal.waitFor({ timeout: 10_000 });
    await expect(refusal.innerText()).resolves.toContain('Not on sale now.');
    await expect(refusal.innerText()).resolves.toContain('This offer was taken off sale.');
    await expect(pageA.getByTestId(`hold-${code}`).innerText()).resolves.toBe('Not on sale now');
    await expect(pageA.getByTestId(`hold-${code}`).isDisabled()).resolves.toBe(true);
    await expect(stillTheSamePage(pageA)).resolves.toBe(true);
    await screenshot(pageA, 'limited-refused.png');
  });

  it('lets an operator create a package and a promo code, see holds, and disable the package; players get a 403', async () => {
    const code = uniqueCode('OPS');
    const promo = uniqueCode('TENOFF');
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();

    // Signed out: the login page, coming back afterwards.
    await gotoHydrated(page, `${web.url}/admin/limited`);
    await page.waitForURL(`${web.url}/login?next=/admin/limited`);
    await logIn(page, web, admin, '/shop');
    await page.getByTestId('nav-admin').click();
    await page.waitForURL(`${web.url}/admin`);
    await page.getByTestId('nav-admin-limited').click();
    await page.waitForURL(`${web.url}/admin/limited`);

    // A new package.
    const pkgForm = page.getByTestId('package-form');
    await pkgForm.getByTestId('package-code').fill(code.toLowerCase());
    await pkgForm.getByTestId('package-name').fill('Operator special');
    await pkgForm.getByTestId('package-gold').fill('12000');
    await pkgForm.getByTestId('package-price').fill('9.99');
    await pkgForm.getByTestId('package-stock').fill('3');
    await pkgForm.getByTestId('package-limit').fill('2');
    await pkgForm.getByTestId('package-reason').fill('browser test campaign');
    await pkgForm.getByTestId('package-save').click();
    await page.getByTestId('admin-flash').waitFor({ timeout: 10_000 });
    await expect(page.getByTestId('admin-flash').innerText()).resolves.toBe(`Package ${code} created: 3 of 3 left.`);
    const row = page.locator(`[data-testid="admin-package"][data-code="${code}"]`);
    await expect(row.getByTestId('admin-stock').textContent()).resolves.toBe('3');
    // The form starts over for the next package.
    await expect(pkgForm.getByTestId('package-code').inputValue()).resolves.toBe('');
    await expect(pkgForm.getByTestId('package-name').inputValue()).resolves.toBe('');
    await expect(row.innerText()).resolves.toContain('$9.99');
    await expect(stack.api.deps.prisma.limitedPackage.findUniqueOrThrow({ where: { code } })).resolves.toMatchObject({
      name: 'Operator special',
      gold: 12_000,
      priceCents: 999,
      stockTotal: 3,
      stockLeft: 3,
      perUserLimit: 2,
      isActive: true,
    });

    // A promo code for it: 10% off.
    const promoForm = page.getByTestId('promo-form');
    await promoForm.getByTestId('promo-code').fill(promo);
    await promoForm.getByTestId('promo-discount').fill('10');
    await promoForm.getByTestId('promo-kind').selectOption('percent');
    await promoForm.getByTestId('promo-package').selectOption(code);
    await promoForm.getByTestId('promo-max-uses').fill('100');
    await promoForm.getByTestId('promo-save').click();
    await page.getByTestId('admin-flash').getByText(`Promo code ${promo} created.`).waitFor({ timeout: 10_000 });
    const promoRow = page.locator(`[data-testid="admin-promo"][data-code="${promo}"]`);
    await expect(promoRow.getByTestId('admin-promo-discount').textContent()).resolves.toBe('10% off');
    await expect(promoRow.getByTestId('admin-promo-uses').textContent()).resolves.toBe('0 / 100');

    // A player holds one: the stock moves live; a refresh shows the hold.
    const player = await signUpPlayer(stack.api);
    await expect.poll(() => page.getByTestId('nav-gold').getAttribute('data-live'), { timeout: 15_000 }).toBe('live');
    const placed = await http(stack.api.baseUrl, 'POST', `/api/shop/limited/${code}/holds`, { headers: player.auth });
    expect(placed.status, JSON.stringify(placed.body)).toBe(201);
    await expect.poll(() => row.getByTestId('admin-stock').textContent(), { timeout: 10_000 }).toBe('2');
    await page.getByTestId('admin-refresh').click();
    await expect.poll(() => row.getByTestId('admin-held').textContent()).toBe('1');
    const holdRow = page.locator(`[data-testid="admin-hold"][data-hold="${placed.body.hold_id}"]`);
    await holdRow.waitFor();
    await expect(holdRow.innerText()).resolves.toContain(code);
    await screenshot(page, 'admin-limited.png');

    // Stock below what is held is refused beside the field.
    await row.getByTestId('admin-edit-package').click();
    await page.waitForURL(`${web.url}/admin/limited?package=${code}#package-form`);
    await expect(pkgForm.getByTestId('package-code').inputValue()).resolves.toBe(code);
    await expect(pkgForm.getByTestId('package-price').inputValue()).resolves.toBe('9.99');
    await pkgForm.getByTestId('package-stock').fill('0');
    await pkgForm.getByTestId('package-save').click();
    await pkgForm.locator('.field-error').first().waitFor({ timeout: 10_000 });
    await expect(pkgForm.locator('.field-error').first().innerText()).resolves.toBe('1 unit is held or sold already: the total cannot be lower.');
    await expect(pkgForm.getByTestId('package-stock').inputValue()).resolves.toBe('0');
    await screenshot(page, 'admin-limited-refused.png');

    // Disable it: off sale for players.
    await row.getByTestId('admin-disable-package').click();
    await page.getByTestId('admin-flash').getByText(`Package ${code} taken off sale.`).waitFor({ timeout: 10_000 });
    await expect(row.getByTestId('admin-package-state').textContent()).resolves.toBe('Off sale');
    const list = await http(stack.api.baseUrl, 'GET', '/api/shop/limited', { headers: player.auth });
    expect(list.body.packages.some((p: { code: string }) => p.code === code)).toBe(false);

    // Players are not operators.
    const playerContext = await browser.newContext();
    contexts.push(playerContext);
    const playerPage = await playerContext.newPage();
    await logIn(playerPage, web, player, '/shop');
    await expect(playerPage.getByTestId('nav-admin').count()).resolves.toBe(0);
    const res = await gotoHydrated(playerPage, `${web.url}/admin/limited`);
    expect(res?.status()).toBe(403);
    await expect(playerPage.getByTestId('error-page').innerText()).resolves.toContain('This page is for operators only.');
  });
});
