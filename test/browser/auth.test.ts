// Accounts in a real browser: the built web app (node web/build) against the real API
// in-process, driven by headless Chromium. Sessions live in httpOnly cookies that only the
// SvelteKit server reads; these tests check what a player sees and what the browser holds.
import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Cookie, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startWeb, type RunningWeb, gotoHydrated, reloadHydrated } from '../support/browser.ts';
import { testConfig } from '../support/env.ts';
import { http, startTestApi, type TestApi } from '../support/harness.ts';
import { expectLedgerInvariant } from '../support/ledger.ts';
import { applyLedgerEntry } from '../../services/ledger/apply-ledger-entry.ts';

const SCREENSHOTS = path.resolve('.test-data', 'screenshots');
const PASSWORD = 'correct horse battery';

const unique = () => randomBytes(4).toString('hex');

/** A player that does not exist yet, with an invite code of its own in the database. */
async function newPlayer(api: TestApi) {
  const id = unique();
  const invite = await api.deps.prisma.inviteCode.create({ data: { code: `browser-${id}`, maxUses: 1 } });
  return { loginId: `player_${id}`, nickname: `Lucky ${id}`, password: PASSWORD, inviteCode: invite.code };
}

/** Signs a player up through the API directly (for tests about something else). */
async function signUpViaApi(api: TestApi) {
  const player = await newPlayer(api);
  const res = await http(api.baseUrl, 'POST', '/api/auth/signup', {
    body: { login_id: player.loginId, nickname: player.nickname, password: player.password, invite_code: player.inviteCode },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return { ...player, userId: res.body.user.id as string };
}

async function sessionCookies(context: BrowserContext): Promise<{ access?: Cookie; refresh?: Cookie }> {
  const cookies = await context.cookies();
  return { access: cookies.find((c) => c.name === 'cc_access'), refresh: cookies.find((c) => c.name === 'cc_refresh') };
}

async function logIn(page: Page, web: RunningWeb, loginId: string, password: string): Promise<void> {
  await gotoHydrated(page, `${web.url}/login`);
  await page.locator('input[name="login_id"]').fill(loginId);
  await page.locator('input[name="password"]').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL(`${web.url}/profile`);
}

describe('accounts in the browser', () => {
  let browser: Browser;
  let api: TestApi;
  let web: RunningWeb;

  beforeAll(async () => {
    api = await startTestApi(testConfig());
    web = await startWeb({ apiUrl: api.baseUrl });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await web?.stop();
    await api?.close();
  });

  it('signs up with an invite code, shows the starting gold, logs out, logs back in and survives a reload', async () => {
    const player = await newPlayer(api);
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    try {
      await gotoHydrated(page, web.url);
      await expect(page.getByRole('link', { name: 'Sign up' }).isVisible()).resolves.toBe(true);
      await page.getByRole('link', { name: 'Sign up' }).click();
      await page.waitForURL(`${web.url}/signup`);
      await page.locator('input[name="login_id"]').fill(player.loginId);
      await page.locator('input[name="nickname"]').fill(player.nickname);
      await page.locator('input[name="password"]').fill(player.password);
      await page.locator('input[name="invite_code"]').fill(player.inviteCode);
      await page.getByRole('button', { name: 'Sign up' }).click();
      await page.waitForURL(`${web.url}/profile`);

      await expect(page.getByTestId('gold-balance').textContent()).resolves.toBe('1,000');
      await expect(page.getByTestId('nav-gold').innerText()).resolves.toMatch(/^1,000/);
      await expect(page.getByTestId('profile-nickname').textContent()).resolves.toBe(player.nickname);
      await expect(page.getByTestId('profile-login-id').textContent()).resolves.toBe(player.loginId);
      await expect(page.getByTestId('ledger-row').count()).resolves.toBe(1);
      await expect(page.getByTestId('ledger-row').first().innerText()).resolves.toContain('+1,000');

      // The tokens stay out of the page's reach: httpOnly, SameSite=Lax cookies for the whole site.
      const { access, refresh } = await sessionCookies(context);
      for (const cookie of [access, refresh]) {
        expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/', secure: false });
      }
      await expect(page.evaluate('document.cookie')).resolves.toBe('');
      expect(await page.content()).not.toContain(access!.value);

      await mkdir(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SCREENSHOTS, 'profile.png'), fullPage: true });

      await page.getByRole('button', { name: 'Log out', exact: true }).click();
      await page.waitForURL(`${web.url}/`);
      await page.getByRole('link', { name: 'Log in' }).waitFor();
      expect(await sessionCookies(context)).toEqual({ access: undefined, refresh: undefined });
      // The logged-out refresh token is revoked at the API too.
      const reused = await http(api.baseUrl, 'POST', '/api/auth/refresh', { body: { refresh_token: refresh!.value } });
      expect(reused.status).toBe(401);

      // The profile is guarded and sends the player back after login.
      await gotoHydrated(page, `${web.url}/profile`);
      await page.waitForURL(`${web.url}/login?next=/profile`);
      await page.locator('input[name="login_id"]').fill(player.loginId);
      await page.locator('input[name="password"]').fill(player.password);
      await page.getByRole('button', { name: 'Log in' }).click();
      await page.waitForURL(`${web.url}/profile`);
      await expect(page.getByTestId('gold-balance').textContent()).resolves.toBe('1,000');

      await reloadHydrated(page);
      await expect(page.getByTestId('profile-nickname').textContent()).resolves.toBe(player.nickname);
      await expect(page.getByTestId('nav-nickname').textContent()).resolves.toBe(player.nickname);
      await expect(page.getByTestId('gold-balance').textContent()).resolves.toBe('1,000');
    } finally {
      await context.close();
    }
    await expectLedgerInvariant(api.deps.prisma);
  });

  it('shows a taken nickname beside the nickname field and keeps what was typed', async () => {
    const existing = await signUpViaApi(api);
    const player = await newPlayer(api);
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await gotoHydrated(page, `${web.url}/signup`);
      await page.locator('input[name="login_id"]').fill(player.loginId);
      await page.locator('input[name="nickname"]').fill(existing.nickname);
      await page.locator('input[name="password"]').fill(player.password);
      await page.locator('input[name="invite_code"]').fill(player.inviteCode);
      await page.getByRole('button', { name: 'Sign up' }).click();

      const nicknameField = page.locator('label', { has: page.locator('input[name="nickname"]') });
      await nicknameField.locator('.field-error').waitFor();
      await expect(nicknameField.locator('.field-error').textContent()).resolves.toMatch(/already taken/i);
      await expect(page.locator('input[name="nickname"]').getAttribute('aria-invalid')).resolves.toBe('true');
      await expect(page.locator('.field-error').count()).resolves.toBe(1);
      await expect(page.locator('.form-error').count()).resolves.toBe(0);
      await expect(page.locator('input[name="login_id"]').inputValue()).resolves.toBe(player.loginId);
      expect(page.url()).toBe(`${web.url}/signup`);
      await mkdir(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SCREENSHOTS, 'signup-nickname-taken.png'), fullPage: true });
      expect(await sessionCookies(context)).toEqual({ access: undefined, refresh: undefined });
    } finally {
      await context.close();
    }
    await expectLedgerInvariant(api.deps.prisma);
  });

  it('refuses a form post from another site (CSRF protection stays on)', async () => {
    const player = await signUpViaApi(api);
    const res = await fetch(`${web.url}/login?/login`, {
      method: 'POST',
      headers: { origin: 'http://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ login_id: player.loginId, password: player.password }),
      redirect: 'manual',
    });
    expect(res.status).toBe(403);
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('tells a player the minutes left once five wrong passwords lock the account', async () => {
    const player = await signUpViaApi(api);
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await gotoHydrated(page, `${web.url}/login`);
      for (let attempt = 1; attempt <= 5; attempt++) {
        await page.locator('input[name="login_id"]').fill(player.loginId);
        await page.locator('input[name="password"]').fill(`wrong password ${attempt}`);
        await page.getByRole('button', { name: 'Log in' }).click();
        // The refused password is cleared once the answer arrives (the message may still be the last one's).
        await expect.poll(() => page.locator('input[name="password"]').inputValue(), { timeout: 15_000 }).toBe('');
        await expect(page.getByTestId('form-error').innerText()).resolves.toBe('Wrong login ID or password.');
      }
      // Now even the right password is refused, with the wait spelled out.
      await page.locator('input[name="password"]').fill(player.password);
      await page.getByRole('button', { name: 'Log in' }).click();
      await page.getByTestId('form-error').getByText('Account locked.').waitFor();
      await expect(page.getByTestId('form-error').innerText()).resolves.toMatch(/Try again in 10 minutes\./);
      await mkdir(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SCREENSHOTS, 'login-locked.png'), fullPage: true });
      expect(page.url()).toBe(`${web.url}/login`);
      expect(await sessionCookies(context)).toEqual({ access: undefined, refresh: undefined });
    } finally {
      await context.close();
    }
  });

  it('edits nickname and phone, showing a bad phone number beside the phone field', async () => {
    const player = await signUpViaApi(api);
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await logIn(page, web, player.loginId, player.password);
      const newNickname = `Ace ${unique()}`;
      await page.locator('input[name="nickname"]').fill(newNickname);
      await page.locator('input[name="phone"]').fill('call me');
      await page.getByRole('button', { name: 'Save changes' }).click();
      const phoneField = page.locator('label', { has: page.locator('input[name="phone"]') });
      await phoneField.locator('.field-error').waitFor();
      await expect(phoneField.locator('.field-error').textContent()).resolves.toMatch(/digits/i);
      await expect(page.locator('input[name="nickname"]').inputValue()).resolves.toBe(newNickname);

      await page.locator('input[name="phone"]').fill('+82-10-1234-5678');
      await page.getByRole('button', { name: 'Save changes' }).click();
      await page.getByRole('status').getByText('Saved').waitFor();
      await expect(page.getByTestId('profile-nickname').textContent()).resolves.toBe(newNickname);
      await expect(page.getByTestId('nav-nickname').textContent()).resolves.toBe(newNickname);
      const saved = await api.deps.prisma.user.findUniqueOrThrow({ where: { id: player.userId } });
      expect(saved).toMatchObject({ nickname: newNickname, phone: '+82-10-1234-5678' });

      // An empty phone field removes the number.
      await page.locator('input[name="phone"]').fill('');
      await page.getByRole('button', { name: 'Save changes' }).click();
      await page.getByRole('status').getByText('Saved').waitFor();
      await expect(api.deps.prisma.user.findUniqueOrThrow({ where: { id: player.userId } })).resolves.toMatchObject({ phone: null });
    } finally {
      await context.close();
    }
  });

  it('lists the gold history twenty entries at a time, Load more appending the older ones', async () => {
    const player = await signUpViaApi(api);
    for (let i = 1; i <= 24; i++) {
      await applyLedgerEntry(api.deps.prisma, { userId: player.userId, delta: i % 3 === 0 ? -i : 10 * i, reason: i % 3 === 0 ? 'game_bet' : 'game_payout', ref: `browser-${player.userId}-${i}` });
    }
    const balance = (await api.deps.prisma.user.findUniqueOrThrow({ where: { id: player.userId } })).goldBalance;
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    try {
      await logIn(page, web, player.loginId, player.password);
      await expect(page.getByTestId('gold-balance').textContent()).resolves.toBe(balance.toLocaleString('en-US'));
      const rows = page.getByTestId('ledger-row');
      await expect(rows.count()).resolves.toBe(20);
      await expect(rows.first().innerText()).resolves.toContain('\u221224'); // newest first: the 24th, a bet
      await expect(rows.first().locator('.delta').getAttribute('class')).resolves.toContain('minus');

      await page.getByTestId('ledger-more').click();
      await page.waitForURL(/\/profile\?cursor=\d+$/);
      await expect(rows.count()).resolves.toBe(25);
      await expect(rows.last().innerText()).resolves.toMatch(/Signup bonus[\s\S]*\+1,000/);
      await expect(page.getByTestId('ledger-more').count()).resolves.toBe(0);
      await page.screenshot({ path: path.join(SCREENSHOTS, 'profile-ledger.png'), fullPage: true });

      // Opened directly, a cursor URL shows that page alone, with a way back to the newest.
      await reloadHydrated(page);
      await expect(rows.count()).resolves.toBe(5);
      await page.getByRole('link', { name: 'Back to the newest' }).click();
      await page.waitForURL(`${web.url}/profile`);
      await expect(rows.count()).resolves.toBe(20);
    } finally {
      await context.close();
    }
    await expectLedgerInvariant(api.deps.prisma);
  });

  it('logs out everywhere: another browser signed in as the same player is signed out too', async () => {
    const player = await signUpViaApi(api);
    const laptop = await browser.newContext();
    const phone = await browser.newContext();
    try {
      const laptopPage = await laptop.newPage();
      const phonePage = await phone.newPage();
      await logIn(laptopPage, web, player.loginId, player.password);
      await logIn(phonePage, web, player.loginId, player.password);

      await laptopPage.getByTestId('logout-all').click();
      await laptopPage.waitForURL(`${web.url}/`);
      expect(await sessionCookies(laptop)).toEqual({ access: undefined, refresh: undefined });

      await reloadHydrated(phonePage);
      await phonePage.waitForURL(`${web.url}/login?next=/profile`);
      expect(await sessionCookies(phone)).toEqual({ access: undefined, refresh: undefined });
    } finally {
      await laptop.close();
      await phone.close();
    }
  });
});

describe('an expired access token in the browser', () => {
  let browser: Browser;
  let api: TestApi;
  let web: RunningWeb;

  beforeAll(async () => {
    api = await startTestApi(testConfig({ ACCESS_TOKEN_TTL_SECONDS: '2' }));
    web = await startWeb({ apiUrl: api.baseUrl });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await web?.stop();
    await api?.close();
  });

  it('is refreshed by the web server on the next request, rotating the refresh cookie', async () => {
    const player = await signUpViaApi(api);
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await logIn(page, web, player.loginId, player.password);
      const before = await sessionCookies(context);
      expect(before.refresh).toBeDefined();

      await page.waitForTimeout(3_000);
      await reloadHydrated(page);
      await expect(page.getByTestId('profile-nickname').textContent()).resolves.toBe(player.nickname);
      expect(page.url()).toBe(`${web.url}/profile`);
      const after = await sessionCookies(context);
      expect(after.refresh?.value).toBeDefined();
      expect(after.refresh?.value).not.toBe(before.refresh?.value);
      expect(after.access?.value).toBeDefined();

      // The rotated token keeps working (no reuse detection tripped by the web server).
      await page.waitForTimeout(3_000);
      await reloadHydrated(page);
      await expect(page.getByTestId('gold-balance').textContent()).resolves.toBe('1,000');
      expect((await sessionCookies(context)).refresh?.value).not.toBe(after.refresh?.value);
    } finally {
      await context.close();
    }
    await expectLedgerInvariant(api.deps.prisma);
  });
});
