// The shop in a real browser: the built web app (node web/build) against the real API,
// worker and payment sandbox in-process, driven by headless Chromium. A purchase's outcome
// arrives on the receipt page live (server-sent events through the web server), without a
// reload; operators see stuck purchases on the admin page.
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpPlayer, type TestPlayer } from '../support/accounts.ts';
import { gotoHydrated, launchBrowser, type RunningWeb, screenshot, startWeb } from '../support/browser.ts';
import { http } from '../support/harness.ts';
import { expectLedgerInvariant } from '../support/ledger.ts';
import { CARDS, startPurchaseStack, type PurchaseStack } from '../support/purchases.ts';

/** Catalog 2's Value pack: 6,000 gold for $4.99 (5% off). */
const VALUE_PACK = { id: 2002, gold: 6_000, price: '$4.99' };
const STARTING_GOLD = 1_000;

const gold = (n: number) => n.toLocaleString('en-US');

async function logIn(page: Page, web: RunningWeb, player: TestPlayer, next = '/profile'): Promise<void> {
  await gotoHydrated(page, `${web.url}/login?next=${next}`);
  await page.locator('input[name="login_id"]').fill(player.loginId);
  await page.locator('input[name="password"]').fill(player.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL(`${web.url}${next}`);
}

describe('the shop in the browser', () => {
  let stack: PurchaseStack;
  let web: RunningWeb;
  let browser: Browser;

  beforeAll(async () => {
    // Pending payments settle after 6 s: longer than the ~2 s the API waits for a decision,
    // so the receipt page opens on "pending". Stuck purchases stay pending for the admin test.
    stack = await startPurchaseStack({ PURCHASE_PENDING_DEADLINE_MS: '120000' }, { pendingMs: 6_000 });
    web = await startWeb({ apiUrl: stack.api.baseUrl });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await web?.stop();
    await stack?.close();
  });

  it('buys a pack with a card that is pending first: the receipt turns from pending to success and the new balance appears, without a reload', async () => {
    const player = await signUpPlayer(stack.api);
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    try {
      await logIn(page, web, player, '/shop');
      const card = page.getByTestId(`product-${VALUE_PACK.id}`);
      await expect(card.getByTestId('product-gold').textContent()).resolves.toBe(gold(VALUE_PACK.gold));
      await expect(card.getByTestId('product-price').textContent()).resolves.toBe(VALUE_PACK.price);
      await expect(card.getByTestId('discount-badge').textContent()).resolves.toBe('-5%');
      await expect(card.getByTestId('product-list-price').isVisible()).resolves.toBe(true);
      // The live stream is open before buying (the nav says how updates arrive).
      await expect.poll(() => page.getByTestId('nav-gold').getAttribute('data-live'), { timeout: 10_000 }).toBe('live');
      await screenshot(page, 'shop.png');

      await card.getByTestId('payment-method').selectOption(CARDS.pendingThenSuccess);
      await expect(card.getByTestId('payment-method').locator('option:checked').textContent()).resolves.toBe('Visa •••• 1000 — pending, then succeeds');
      await card.getByTestId(`buy-${VALUE_PACK.id}`).click();
      await page.waitForURL(/\/shop\/purchases\/CC-[A-Z0-9]{14}$/, { timeout: 15_000 });
      const receipt = decodeURIComponent(page.url().split('/').pop()!);

      const status = page.getByTestId('purchase-status');
      await expect(status.getAttribute('data-status')).resolves.toBe('pending');
      await expect(status.innerText()).resolves.toMatch(/pending/i);
      await expect(page.getByTestId('purchase-receipt').textContent()).resolves.toBe(receipt);
      await expect(page.getByTestId('purchase-amount').innerText()).resolves.toContain(VALUE_PACK.price);
      await expect(page.getByTestId('nav-gold').innerText()).resolves.toMatch(new RegExp(`^${gold(STARTING_GOLD)}`));
      await screenshot(page, 'purchase-pending.png');

      // A marker on the window survives only if the page is never reloaded.
      await page.evaluate(() => ((globalThis as unknown as { stillTheSamePage: boolean }).stillTheSamePage = true));
      await page.locator('[data-testid="purchase-status"][data-status="success"]').waitFor({ timeout: 30_000 });
      const newBalance = gold(STARTING_GOLD + VALUE_PACK.gold);
      await page.getByTestId('purchase-balance').waitFor({ timeout: 10_000 });
      await expect(page.getByTestId('purchase-balance').textContent()).resolves.toBe(newBalance);
      await expect.poll(() => page.getByTestId('nav-gold').innerText()).toMatch(new RegExp(`^${newBalance}`));
      await expect(page.evaluate(() => (globalThis as unknown as { stillTheSamePage?: boolean }).stillTheSamePage)).resolves.toBe(true);
      await screenshot(page, 'purchase-success.png');

      // The database agrees, and the history lists the purchase.
      const row = await stack.api.deps.prisma.purchase.findUniqueOrThrow({ where: { receiptCode: receipt } });
      expect(row).toMatchObject({ status: 'success', userId: player.id, gold: VALUE_PACK.gold });
      await page.getByRole('link', { name: 'All purchases' }).click();
      await page.waitForURL(`${web.url}/shop/purchases`);
      const history = page.getByTestId('history-row');
      await expect(history.count()).resolves.toBe(1);
      await expect(history.first().innerText()).resolves.toContain(receipt);
      await expect(history.first().locator('[data-status]').getAttribute('data-status')).resolves.toBe('success');
      await screenshot(page, 'purchase-history.png');

      // The player leaves the site: the web server closes its upstream stream to the API too.
      expect(stack.api.deps.realtime.openStreams).toBe(1);
      await page.goto('about:blank');
      await expect.poll(() => stack.api.deps.realtime.openStreams, { timeout: 10_000 }).toBe(0);
    } finally {
      await context.close();
    }
    await expectLedgerInvariant(stack.api.deps.prisma);
  });

  it('falls back to polling while the live stream is down, and still shows the outcome without a reload', async () => {
    const player = await signUpPlayer(stack.api);
    const context = await browser.newContext();
    const page = await context.newPage();
    // The stream cannot be reached from this browser (a proxy that drops it, say).
    await page.route('**/events', (route) => route.fulfill({ status: 502, body: 'bad gateway' }));
    try {
      await logIn(page, web, player, '/shop');
      await expect.poll(() => page.getByTestId('nav-gold').getAttribute('data-live'), { timeout: 10_000 }).toBe('polling');
      const card = page.getByTestId(`product-${VALUE_PACK.id}`);
      await card.getByTestId('payment-method').selectOption(CARDS.pendingNoWebhook);
      await card.getByTestId(`buy-${VALUE_PACK.id}`).click();
      await page.waitForURL(/\/shop\/purchases\/CC-[A-Z0-9]{14}$/, { timeout: 15_000 });
      await expect(page.getByTestId('purchase-status').getAttribute('data-status')).resolves.toBe('pending');
      await page.evaluate(() => ((globalThis as unknown as { stillTheSamePage: boolean }).stillTheSamePage = true));
      await page.locator('[data-testid="purchase-status"][data-status="success"]').waitFor({ timeout: 30_000 });
      const newBalance = gold(STARTING_GOLD + VALUE_PACK.gold);
      await page.getByTestId('purchase-balance').waitFor({ timeout: 10_000 });
      await expect(page.getByTestId('purchase-balance').textContent()).resolves.toBe(newBalance);
      await expect.poll(() => page.getByTestId('nav-gold').innerText()).toMatch(new RegExp(`^${newBalance}`));
      await expect(page.evaluate(() => (globalThis as unknown as { stillTheSamePage?: boolean }).stillTheSamePage)).resolves.toBe(true);
      await screenshot(page, 'purchase-success-polling.png');
    } finally {
      await context.close();
    }
  });

  it('shows a declined card as failed, with the reason, and no gold', async () => {
    const player = await signUpPlayer(stack.api);
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    try {
      await logIn(page, web, player, '/shop');
      const card = page.getByTestId(`product-${VALUE_PACK.id}`);
      await card.getByTestId('payment-method').selectOption(CARDS.declined);
      await card.getByTestId(`buy-${VALUE_PACK.id}`).click();
      await page.waitForURL(/\/shop\/purchases\/CC-[A-Z0-9]{14}$/, { timeout: 15_000 });
      await page.locator('[data-testid="purchase-status"][data-status="failed"]').waitFor({ timeout: 15_000 });
      await expect(page.getByTestId('purchase-failure').innerText()).resolves.toContain('The card was declined.');
      await expect(page.getByTestId('purchase-balance').count()).resolves.toBe(0);
      await expect(page.getByTestId('nav-gold').innerText()).resolves.toMatch(new RegExp(`^${gold(STARTING_GOLD)}`));
      await screenshot(page, 'purchase-failed.png');
    } finally {
      await context.close();
    }
  });

  it('lists the purchase history twenty at a time, with Load more and a status filter', async () => {
    const player = await signUpPlayer(stack.api);
    const buy = (paymentMethod: string) =>
      http(stack.api.baseUrl, 'POST', '/api/shop/purchases', {
        headers: { ...player.auth, 'idempotency-key': randomUUID() },
        body: { product_id: 1001, payment_method: paymentMethod },
      });
    const declined = await buy(CARDS.declined);
    expect(declined.status).toBe(201);
    for (let batch = 0; batch < 4; batch++) {
      const started = await Promise.all(Array.from({ length: 5 }, () => buy(CARDS.success)));
      expect(started.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
    }
    await expect
      .poll(() => stack.api.deps.prisma.purchase.count({ where: { userId: player.id, status: { in: ['success', 'failed'] } } }), { timeout: 30_000 })
      .toBe(21);

    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    try {
      await logIn(page, web, player, '/shop/purchases');
      const rows = page.getByTestId('history-row');
      await expect(rows.count()).resolves.toBe(20);
      await page.getByTestId('history-more').click();
      await page.waitForURL(/\/shop\/purchases\?cursor=CC-/);
      await expect.poll(() => rows.count()).toBe(21);
      await expect(rows.last().innerText()).resolves.toContain(declined.body.receipt_code);
      await expect(page.getByTestId('history-more').count()).resolves.toBe(0);

      await page.getByTestId('history-status').selectOption('failed');
      await page.waitForURL(`${web.url}/shop/purchases?status=failed`);
      await expect.poll(() => rows.count()).toBe(1);
      await expect(rows.first().locator('[data-status]').getAttribute('data-status')).resolves.toBe('failed');
      await page.getByTestId('history-status').selectOption('refunded');
      await page.getByTestId('history-empty').waitFor();
      await expect(page.getByTestId('history-empty').innerText()).resolves.toContain('No refunded purchases.');
    } finally {
      await context.close();
    }
  });

  it('does not buy twice when the same buy form is sent twice', async () => {
    const player = await signUpPlayer(stack.api);
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await logIn(page, web, player, '/shop');
      const form = page.getByTestId(`product-${VALUE_PACK.id}`).locator('form');
      const key = await form.locator('input[name="idempotency_key"]').inputValue();
      // The same rendered form, posted twice (a double submit that got past the disabled button).
      const post = () =>
        page.evaluate(async (body) => {
          const res = await fetch('/shop?/buy', { method: 'POST', body: new URLSearchParams(body), headers: { 'x-sveltekit-action': 'true' } });
          return (await res.json()) as { type: string; location?: string };
        }, { product_id: String(VALUE_PACK.id), payment_method: CARDS.success, idempotency_key: key });
      const [first, second] = [await post(), await post()];
      expect(first.type).toBe('redirect');
      expect(second).toEqual(first);
      await expect(stack.api.deps.prisma.purchase.count({ where: { userId: player.id } })).resolves.toBe(1);
    } finally {
      await context.close();
    }
  });

  it('lists a stuck purchase for an operator, who retries it, fails it with a reason and is refused a refund', async () => {
    const player = await signUpPlayer(stack.api);
    // A payment the provider keeps pending (far longer than the test): the purchase waits for
    // the provider. Make it look 10 minutes old, so the default list (pending > 5 min) shows it.
    await stack.sandbox.control('POST', `/__sandbox/accounts/${stack.apiKey}/settings`, { pending_ms: 600_000 });
    let receipt: string;
    try {
      const started = await http(stack.api.baseUrl, 'POST', '/api/shop/purchases', {
        headers: { ...player.auth, 'idempotency-key': randomUUID() },
        body: { product_id: VALUE_PACK.id, payment_method: CARDS.pendingThenSuccess },
      });
      expect(started.status, JSON.stringify(started.body)).toBe(201);
      expect(started.body.status).toBe('pending');
      receipt = started.body.receipt_code as string;
    } finally {
      await stack.sandbox.control('POST', `/__sandbox/accounts/${stack.apiKey}/settings`, { pending_ms: 6_000 });
    }
    await stack.api.deps.prisma.purchase.update({ where: { receiptCode: receipt }, data: { createdAt: new Date(Date.now() - 10 * 60_000) } });

    const admin = await signUpPlayer(stack.api, { role: 'ADMIN' });
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    try {
      // Signed out: the login page, coming back afterwards.
      await gotoHydrated(page, `${web.url}/admin/purchases`);
      await page.waitForURL(`${web.url}/login?next=/admin/purchases`);
      await logIn(page, web, admin, '/shop');
      await page.getByTestId('nav-admin').click();
      await page.waitForURL(`${web.url}/admin`);
      await page.getByTestId('nav-admin-purchases').click();
      await page.waitForURL(`${web.url}/admin/purchases`);

      const item = page.locator(`[data-testid="admin-purchase"][data-receipt="${receipt}"]`);
      await item.waitFor();
      await expect(item.innerText()).resolves.toContain(player.nickname);
      await expect(item.locator('[data-status]').getAttribute('data-status')).resolves.toBe('pending');
      await expect(item.getByTestId('admin-phase').textContent()).resolves.toBe('Awaiting provider');
      await expect(item.getByTestId('admin-temporal').getAttribute('href')).resolves.toMatch(/^https?:\/\/.+\/workflows\/purchase%3ACC-/);
      await screenshot(page, 'admin-purchases.png');

      // Retry: the provider is asked again now; the API's message is shown.
      await item.getByTestId('admin-retry').click();
      await item.getByTestId('admin-reason').fill('player says the bank approved it');
      await item.getByTestId('admin-confirm').click();
      await page.getByTestId('admin-flash').waitFor({ timeout: 15_000 });
      await expect(page.getByTestId('admin-flash').innerText()).resolves.toBe(`${receipt}: The provider will be asked again now`);
      await expect(item.locator('[data-status]').getAttribute('data-status')).resolves.toBe('pending');

      // Fail it, with a reason: it leaves the pending list.
      await item.getByTestId('admin-fail').click();
      await item.getByTestId('admin-reason').fill('provider support says the payment is lost');
      await screenshot(page, 'admin-reason.png');
      await item.getByTestId('admin-confirm').click();
      await page.getByTestId('admin-flash').getByText('Failed and voided').waitFor({ timeout: 30_000 });
      await expect(page.getByTestId('admin-flash').innerText()).resolves.toContain(receipt);
      await expect
        .poll(() => stack.api.deps.prisma.purchase.findUniqueOrThrow({ where: { receiptCode: receipt } }).then((p) => [p.status, p.failureReason]), { timeout: 10_000 })
        .toEqual(['failed', 'failed_by_operator']);
      await page.getByTestId('admin-refresh').click();
      await expect.poll(() => item.count()).toBe(0);
      await screenshot(page, 'admin-after-fail.png');

      // A refund of a purchase that never succeeded is refused, and the refusal is shown.
      await page.getByTestId('filter-status').selectOption('');
      await page.getByTestId('filter-older-than').selectOption('');
      await page.getByTestId('filter-receipt').fill(receipt);
      await page.getByRole('button', { name: 'Apply' }).click();
      await page.waitForURL(/receipt=CC-/);
      const failed = page.locator(`[data-testid="admin-purchase"][data-receipt="${receipt}"]`);
      await expect(failed.locator('[data-status]').getAttribute('data-status')).resolves.toBe('failed');
      await failed.getByTestId('admin-refund').click();
      await failed.getByTestId('admin-reason').fill('player asked for the money back');
      await failed.getByTestId('admin-confirm').click();
      await failed.getByTestId('admin-refusal').waitFor({ timeout: 15_000 });
      await expect(failed.getByTestId('admin-refusal').innerText()).resolves.toMatch(/^not_refundable — Only a successful purchase can be refunded/);
      await screenshot(page, 'admin-refusal.png');
    } finally {
      await context.close();
    }

    // Players who are not operators get a 403 page and no Admin link.
    const playerContext = await browser.newContext();
    const playerPage = await playerContext.newPage();
    try {
      await logIn(playerPage, web, player, '/shop');
      await expect(playerPage.getByTestId('nav-admin').count()).resolves.toBe(0);
      const res = await gotoHydrated(playerPage, `${web.url}/admin/purchases`);
      expect(res?.status()).toBe(403);
      await expect(playerPage.getByTestId('error-page').innerText()).resolves.toContain('This page is for operators only.');
      await screenshot(playerPage, 'admin-forbidden.png');
    } finally {
      await playerContext.close();
    }
  });
});
