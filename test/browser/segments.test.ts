// Notifications and the operators' segments page in a real browser: the built web app against
// the real API and a worker, on a database of the file's own (an RFM run scores every player
// in its database). A player keeps the home page open while an operator sends notifications:
// the bell's count moves without a reload, the inbox marks them read. An operator triggers an
// RFM run from /admin/segments and watches it complete and the sizes appear.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCatalog } from '../../services/shop/seed-catalog.ts';
import { signUpPlayer, type TestPlayer } from '../support/accounts.ts';
import { launchBrowser, markPage, type RunningWeb, screenshot, startWeb, stillTheSamePage } from '../support/browser.ts';
import { testConfig } from '../support/env.ts';
import { http, startTestApi, startTestWorker, type TestApi, type TestWorker } from '../support/harness.ts';
import { createIsolatedDatabase, seedPlayers } from '../support/segments.ts';

describe('notifications and segments in the browser', () => {
  let api: TestApi;
  let worker: TestWorker;
  let web: RunningWeb;
  let browser: Browser;
  let admin: TestPlayer;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    const config = testConfig({ DATABASE_URL: await createIsolatedDatabase('rfm_web') });
    api = await startTestApi(config);
    await seedCatalog(api.deps.prisma);
    worker = await startTestWorker(config);
    web = await startWeb({ apiUrl: api.baseUrl });
    browser = await launchBrowser();
    admin = await signUpPlayer(api, { role: 'ADMIN' });
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await web?.stop();
    await worker?.stop();
    await api?.close();
  });

  async function logIn(player: TestPlayer, next: string): Promise<Page> {
    const context = await browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${web.url}/login?next=${next}`);
    await page.locator('input[name="login_id"]').fill(player.loginId);
    await page.locator('input[name="password"]').fill(player.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL(`${web.url}${next}`);
    return page;
  }
  const send = async (body: unknown) => {
    const res = await http(api.baseUrl, 'POST', '/api/admin/notifications', { headers: admin.auth, body });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body as { id: string };
  };

  it('rings the bell live for a notification, and the inbox marks one read, then all', async () => {
    const player = await signUpPlayer(api);
    const page = await logIn(player, '/');
    await page.getByTestId('community').waitFor();
    await page.getByTestId('bell').waitFor();
    expect(await page.getByTestId('bell-unread').count()).toBe(0);
    // The stream is open (the nav's live mode) before anything is sent.
    await expect.poll(() => page.getByTestId('nav-gold').getAttribute('data-live'), { timeout: 20_000 }).toBe('live');
    await markPage(page);

    await send({ title: 'A gift for you', body: '500 gold in your mailbox.', target: { type: 'users', user_ids: [player.id] } });
    await expect.poll(() => page.getByTestId('bell-unread').textContent(), { timeout: 20_000 }).toBe('1');
    await page.getByTestId('bell').click();
    const item = page.getByTestId('inbox-item');
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.textContent()).toContain('A gift for you');
    expect(await item.getAttribute('data-read')).toBe('false');
    await item.locator('button').click();
    await expect.poll(() => item.getAttribute('data-read')).toBe('true');
    await expect.poll(() => page.getByTestId('bell-unread').count()).toBe(0);

    await send({ title: 'Maintenance', body: 'Back in ten minutes.', target: { type: 'all' } });
    await expect.poll(() => page.getByTestId('bell-unread').textContent(), { timeout: 20_000 }).toBe('1');
    await expect.poll(() => item.count()).toBe(2);
    expect(await item.first().textContent()).toContain('Maintenance');
    await screenshot(page, 'notifications-inbox.png');
    await page.getByTestId('inbox-read-all').click();
    await expect.poll(() => page.getByTestId('bell-unread').count()).toBe(0);
    expect(await stillTheSamePage(page)).toBe(true);

    // The inbox is the record: after a reload both are there, read.
    await page.reload();
    await page.getByTestId('bell').click();
    await expect.poll(() => item.count()).toBe(2);
    expect(await item.evaluateAll((els) => els.map((e) => e.getAttribute('data-read')))).toEqual(['true', 'true']);
    const inbox = await http(api.baseUrl, 'GET', '/api/notifications', { headers: player.auth });
    expect(inbox.body.unread).toBe(0);
  });

  it('lets an operator trigger an RFM run and shows it complete with the segment sizes', async () => {
    await seedPlayers(api.deps.prisma, [
      { name: 'spender', rounds: { daysAgo: 0, count: 12 }, purchases: [{ daysAgo: 0, cents: 4999 }] },
      { name: 'casual', rounds: { daysAgo: 3, count: 2 } },
      { name: 'gone', rounds: { daysAgo: 60, count: 1 } },
    ]);
    const page = await logIn(admin, '/admin/segments');
    await page.getByRole('img', { name: 'Players per segment' }).waitFor();
    expect(await page.getByTestId('segments-no-runs').count()).toBe(1);

    await page.getByTestId('segments-trigger').click();
    const notice = page.getByTestId('segments-triggered');
    await notice.waitFor({ timeout: 30_000 });
    expect(await notice.getAttribute('data-status')).toBe('started');
    const runId = new URL(page.url()).searchParams.get('triggered')!;
    expect(runId).toBeTruthy();
    // The page refreshes itself while the run is active.
    await expect.poll(() => page.getByTestId(`run-${runId}`).getAttribute('data-status'), { timeout: 120_000, interval: 500 }).toBe('completed');

    const sizes = await http(api.baseUrl, 'GET', '/api/admin/segments/sizes', { headers: admin.auth });
    const players = await api.deps.prisma.user.count({ where: { role: { not: 'ADMIN' } } });
    expect(sizes.body.total).toBe(players);
    for (const [name, n] of Object.entries(sizes.body.sizes as Record<string, number>)) {
      await expect.poll(() => page.getByTestId(`size-${name}`).textContent()).toBe(`${name} ${n.toLocaleString('en-US')}`);
    }
    expect(await page.getByTestId(`run-${runId}`).textContent()).toContain(`${players} / ${players}`);
    await screenshot(page, 'admin-segments.png');
  });
});
