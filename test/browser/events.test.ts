// Events in a real browser: the built web app against the real API and a worker whose consumer
// group turns rounds into progress. A player keeps the events page open in one tab and spins
// the slots in another: the bar moves without a reload, the claim pays, the nav gold follows.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpPlayer } from '../support/accounts.ts';
import { launchBrowser, startWeb, type RunningWeb, gotoHydrated } from '../support/browser.ts';
import { startEngagementStack, type EngagementStack } from '../support/engagement.ts';
import { expectLedgerInvariant } from '../support/ledger.ts';

const SCREENSHOTS = path.resolve('.test-data', 'screenshots');
const gold = (n: number) => n.toLocaleString('en-US');

describe('events in the browser', () => {
  let s: EngagementStack;
  let web: RunningWeb;
  let browser: Browser;
  beforeAll(async () => {
    s = await startEngagementStack();
    web = await startWeb({ apiUrl: s.api.baseUrl });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await web?.stop();
    if (s) await expectLedgerInvariant(s.api.deps.prisma);
    await s?.close();
  });

  async function logIn(page: Page, loginId: string, password: string, next: string): Promise<void> {
    await gotoHydrated(page, `${web.url}/login?next=${next}`);
    await page.locator('input[name="login_id"]').fill(loginId);
    await page.locator('input[name="password"]').fill(password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL(`${web.url}${next}`);
  }

  it('shows progress moving while the player spins in another tab, then claims and the balance changes', async () => {
    const code = await s.createEvent({ title: 'Three spins', requirements: { total_plays: 3 }, rewards: { gold: 1_000 } });
    const player = await signUpPlayer(s.api);
    const context = await browser.newContext();
    try {
      const events = await context.newPage();
      await logIn(events, player.loginId, player.password, '/challenges');
      await events.getByTestId(`join-${code}`).click();
      await expect.poll(() => events.getByTestId(`challenge-${code}`).getAttribute('data-status')).toBe('active');
      await expect.poll(() => events.getByTestId(`progress-${code}-total_plays`).textContent()).toBe('0/3');
      await events.evaluate(() => ((globalThis as unknown as { stillTheSamePage: boolean }).stillTheSamePage = true));

      const slots = await context.newPage();
      await gotoHydrated(slots, `${web.url}/games/slots`);
      for (let i = 1; i <= 3; i++) {
        await slots.getByTestId('slots-spin').click();
        await slots.locator('[data-testid="slots-result"]:not([data-outcome="spinning"]):not([data-outcome="none"])').waitFor({ timeout: 15_000 });
        await slots.getByTestId('slots-spin').and(slots.locator(':enabled')).waitFor({ timeout: 15_000 });
        // The other tab's bar follows each round, live.
        await expect.poll(() => events.getByTestId(`progress-${code}-total_plays`).textContent(), { timeout: 20_000 }).toBe(`${i}/3`);
      }
      expect(await events.evaluate(() => (globalThis as unknown as { stillTheSamePage?: boolean }).stillTheSamePage === true)).toBe(true);

      await events.bringToFront();
      await events.getByTestId(`claim-${code}`).click();
      await events.getByTestId('challenge-claimed').waitFor({ timeout: 15_000 });
      const balance = (await s.api.deps.prisma.user.findUniqueOrThrow({ where: { id: player.id } })).goldBalance;
      await expect.poll(() => events.getByTestId('nav-gold').textContent(), { timeout: 15_000 }).toContain(gold(balance));
      await expect.poll(() => events.getByTestId(`challenge-${code}`).getAttribute('data-status')).toBe('claimed');
      expect(await s.api.deps.prisma.ledgerEntry.count({ where: { userId: player.id, reason: 'event_reward' } })).toBe(1);
      await mkdir(SCREENSHOTS, { recursive: true });
      await events.screenshot({ path: path.join(SCREENSHOTS, 'events-claimed.png'), fullPage: true });
    } finally {
      await context.close();
    }
  });

  it('claims the daily reward from the home page card and shows the day on the calendar', async () => {
    const player = await signUpPlayer(s.api);
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await logIn(page, player.loginId, player.password, '/');
      await page.getByTestId('streak-claim').click();
      await page.getByTestId('streak-claimed').waitFor({ timeout: 15_000 });
      expect(await page.getByTestId('streak-count').textContent()).toBe('1');
      await expect.poll(() => page.getByTestId('nav-gold').textContent(), { timeout: 15_000 }).toContain(gold(1_000 + 150));
    } finally {
      await context.close();
    }
  });
});
