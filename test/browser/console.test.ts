// The operator console in a real browser: the built web app (node web/build) against the real
// API and worker, driven by headless Chromium. A ban from the player page signs the player out
// on their next page; a bulk grant shows its progress live and waits for a second operator;
// a soft-deleted product leaves the shop and comes back when restored.
import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCatalog } from '../../services/shop/seed-catalog.ts';
import { signUpPlayer, type TestPlayer } from '../support/accounts.ts';
import { launchBrowser, markPage, type RunningWeb, screenshot, startWeb, stillTheSamePage } from '../support/browser.ts';
import { testConfig } from '../support/env.ts';
import { http, startTestApi, startTestWorker, type TestApi, type TestWorker } from '../support/harness.ts';
import { expectLedgerInvariant } from '../support/ledger.ts';

describe('the operator console in the browser', () => {
  // Small chunks: a batch of a few hundred players moves through several steps.
  const config = testConfig({ GRANT_BATCH_CHUNK_SIZE: '20' });
  let api: TestApi;
  let worker: TestWorker;
  let web: RunningWeb;
  let browser: Browser;
  let admin: TestPlayer;
  let checker: TestPlayer;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    api = await startTestApi(config);
    worker = await startTestWorker(config);
    await seedCatalog(api.deps.prisma);
    web = await startWeb({ apiUrl: api.baseUrl });
    browser = await launchBrowser();
    [admin, checker] = await Promise.all([signUpPlayer(api, { role: 'ADMIN' }), signUpPlayer(api, { role: 'ADMIN' })]);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await web?.stop();
    if (api) await expectLedgerInvariant(api.deps.prisma);
    await worker?.stop();
    await api?.close();
  });

  /** A fresh browser context logged in as `who`, on `next`. */
  async function session(who: TestPlayer, next: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // Two shared cores under other tests' load: a page may take long to answer; waits stay observations.
    context.setDefaultTimeout(90_000);
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${web.url}/login?next=${next}`);
    await page.locator('input[name="login_id"]').fill(who.loginId);
    await page.locator('input[name="password"]').fill(who.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL(`${web.url}${next}`);
    return page;
  }

  it('an operator finds a player and bans them with a reason: the player is signed out on their next page and cannot log in; unban lets them back', async () => {
    const player = await signUpPlayer(api);
    const playerPage = await session(player, '/profile');

    const page = await session(admin, '/profile');
    await page.getByTestId('nav-admin').click();
    await page.waitForURL(`${web.url}/admin`);
    await page.getByTestId('stat-players').waitFor();
    await page.getByTestId('nav-admin-players').click();
    await page.waitForURL(`${web.url}/admin/players`);
    await page.getByTestId('player-search-q').fill(player.loginId);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(`${web.url}/admin/players?q=${player.loginId}`);
    const rows = page.getByTestId('player-row');
    await expect.poll(() => rows.count()).toBe(1);
    await rows.first().getByRole('link').click();
    await page.waitForURL(`${web.url}/admin/players/${player.id}`);
    await expect(page.getByTestId('player-nickname').textContent()).resolves.toBe(player.nickname);

    // The reason is required in the browser: an empty one does not submit.
    await page.getByTestId('ban-submit').click();
    await expect(page.getByTestId('player-status').textContent()).resolves.toBe('active');
    await page.getByTestId('ban-reason').fill('chargeback fraud');
    await page.getByTestId('ban-submit').click();
    await expect.poll(() => page.getByTestId('player-status').textContent()).toBe('banned');
    await expect(page.getByTestId('flash').textContent()).resolves.toContain('every session');
    await screenshot(page, 'console-player-banned.png');

    // The player's next page: the session is gone, the login page instead.
    await playerPage.goto(`${web.url}/profile`);
    await playerPage.waitForURL(`${web.url}/login?next=/profile`);
    await playerPage.locator('input[name="login_id"]').fill(player.loginId);
    await playerPage.locator('input[name="password"]').fill(player.password);
    await playerPage.getByRole('button', { name: 'Log in' }).click();
    await expect.poll(() => playerPage.getByTestId('form-error').textContent()).toContain('suspended');

    await page.getByTestId('ban-reason').fill('chargeback was a bank error');
    await page.getByTestId('unban-submit').click();
    await expect.poll(() => page.getByTestId('player-status').textContent()).toBe('active');
    await playerPage.locator('input[name="login_id"]').fill(player.loginId);
    await playerPage.locator('input[name="password"]').fill(player.password);
    await playerPage.getByRole('button', { name: 'Log in' }).click();
    await playerPage.waitForURL(`${web.url}/profile`);

    const audit = await api.deps.prisma.auditLog.findMany({ where: { targetId: player.id }, orderBy: { id: 'asc' } });
    expect(audit.map((a) => [a.action, a.reason])).toEqual([
      ['player.ban', 'chargeback fraud'],
      ['player.unban', 'chargeback was a bank error'],
    ]);
  });

  it('a bulk grant over the approval threshold waits on its page, refuses its maker, and fills its progress live once a second operator approves', async () => {
    const tag = randomUUID().slice(0, 8);
    const players = await api.deps.prisma.$queryRaw<{ id: string }[]>`
      INSERT INTO users (id, login_id, nickname, password_hash)
      SELECT gen_random_uuid(), 'c' || ${tag} || '_' || g, 'Console ' || ${tag} || ' ' || g, 'x' FROM generate_series(1, 300) g
      RETURNING id::text AS id`;
    const ids = players.map((p) => p.id);

    const page = await session(admin, '/admin/grants');
    await page.getByTestId('batch-ids').fill([...ids, 'not-an-id'].join('\n'));
    await page.getByTestId('batch-amount').fill('400');
    await expect(page.getByTestId('batch-summary').textContent()).resolves.toContain('1 invalid entries');
    // The browser refuses the form with a bad id; the server would too.
    await page.getByTestId('batch-reason').fill('tournament prizes');
    await page.getByTestId('batch-submit').click();
    await expect(page.url()).toBe(`${web.url}/admin/grants`);
    await page.getByTestId('batch-ids').fill(ids.join('\n'));
    await expect(page.getByTestId('batch-summary').textContent()).resolves.toContain('120,000 gold in total · needs a second operator');
    await page.getByTestId('batch-submit').click();
    await page.waitForURL(/\/admin\/grants\/[0-9a-f-]{36}$/);
    const batchId = page.url().split('/').pop()!;
    const status = page.getByTestId('batch-status');
    await expect(status.getAttribute('data-status')).resolves.toBe('awaiting_approval');
    await expect(page.getByTestId('batch-progress').getAttribute('data-processed')).resolves.toBe('0');
    await expect(page.getByTestId('own-batch').isVisible()).resolves.toBe(true);

    // The maker's own approval is refused and pays nothing.
    await page.getByTestId('approve-form').locator('input[name="reason"]').fill('looks right to me');
    await page.getByTestId('approve-submit').click();
    await expect.poll(() => page.getByTestId('decide-error').textContent()).toContain('second operator');
    const paid = async () => api.deps.prisma.ledgerEntry.count({ where: { reason: 'admin_grant', userId: { in: ids } } });
    expect(await paid()).toBe(0);

    // A second operator approves from their own browser; the maker's page, never reloaded, shows the progress.
    await page.goto(`${web.url}/admin/grants/${batchId}`);
    await markPage(page);
    const seen = new Set<string>();
    const other = await session(checker, `/admin/grants/${batchId}`);
    await other.getByTestId('approve-form').locator('input[name="reason"]').fill('prizes confirmed by the events team');
    await other.getByTestId('approve-submit').click();
    await expect.poll(() => other.getByTestId('flash').textContent()).toContain('Approved');
    await expect
      .poll(
        async () => {
          const processed = await page.getByTestId('batch-progress').getAttribute('data-processed');
          seen.add(processed!);
          return [await status.getAttribute('data-status'), processed];
        },
        { timeout: 90_000, interval: 200 },
      )
      .toEqual(['completed', '300']);
    expect(await stillTheSamePage(page)).toBe(true);
    expect([...seen]).toContain('300');
    await expect(page.getByTestId('count-granted').textContent()).resolves.toBe('300');
    await screenshot(page, 'console-grant-batch.png');
    expect(await paid()).toBe(300);
  });

  it('a product created on the catalog page is in the shop; deleting it (with a reason) takes it out, restoring brings it back', async () => {
    const id = String(900_000 + Math.floor(Math.random() * 99_999));
    const player = await signUpPlayer(api);
    const shopHas = async () => {
      const res = await http(api.baseUrl, 'GET', '/api/shop/catalog', { headers: player.auth });
      return res.body.products.some((p: { id: number }) => String(p.id) === id);
    };

    const page = await session(admin, '/admin/catalog');
    await page.getByTestId('product-id').fill(id);
    await page.getByTestId('product-name').fill('Browser test pack');
    await page.getByTestId('product-gold').fill('12345');
    await page.getByTestId('product-price').fill('3.99');
    await page.getByTestId('product-save-reason').fill('new pack for the test');
    await page.getByTestId('product-save').click();
    const row = page.locator(`[data-testid="product-row"][data-product-id="${id}"]`);
    await row.waitFor();
    await expect(row.getAttribute('data-deleted')).resolves.toBe('false');
    await expect.poll(shopHas).toBe(true);

    const playerPage = await session(player, '/shop');
    await playerPage.getByTestId(`product-${id}`).waitFor();

    // Delete asks for a reason first.
    await row.getByTestId('product-delete').click();
    await row.getByTestId('product-confirm-submit').click();
    await expect(row.getAttribute('data-deleted')).resolves.toBe('false');
    await row.getByTestId('product-reason').fill('pack retired');
    await row.getByTestId('product-confirm-submit').click();
    await expect.poll(() => row.getAttribute('data-deleted')).toBe('true');
    expect(await shopHas()).toBe(false);
    await playerPage.reload();
    await playerPage.getByTestId('product-1001').waitFor();
    await expect(playerPage.getByTestId(`product-${id}`).count()).resolves.toBe(0);
    await screenshot(page, 'console-catalog-deleted.png');

    await row.getByTestId('product-restore').click();
    await row.getByTestId('product-reason').fill('pack is back');
    await row.getByTestId('product-confirm-submit').click();
    await expect.poll(() => row.getAttribute('data-deleted')).toBe('false');
    expect(await shopHas()).toBe(true);
    await playerPage.reload();
    await playerPage.getByTestId(`product-${id}`).waitFor();
  });
});
