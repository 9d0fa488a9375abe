// Security headers, cookies and CSRF, in a real browser and over plain HTTP, for the web app
// (node web/build) and the API: the CSP allows no inline script but SvelteKit's nonced one
// (every page still hydrates with no CSP violation), nothing may frame either, HSTS and Secure
// cookies appear once the site is served over TLS (here: behind a proxy that says so), and
// every form action refuses a post from another origin.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpPlayer, type TestPlayer } from '../support/accounts.ts';
import { gotoHydrated, launchBrowser, startWeb, type RunningWeb } from '../support/browser.ts';
import { testConfig } from '../support/env.ts';
import { startTestApi, type TestApi } from '../support/harness.ts';

const ROUTES_DIR = path.resolve('web', 'src', 'routes');

/** The directives of a Content-Security-Policy header, by name. */
function directives(csp: string | null): Record<string, string[]> {
  return Object.fromEntries(
    (csp ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

/** Every form action of the web app, as `/path?/name`, read from the route files. */
async function formActions(): Promise<string[]> {
  const files = (await readdir(ROUTES_DIR, { recursive: true })).filter((f) => f.endsWith('+page.server.ts'));
  const actions: string[] = [];
  for (const file of files) {
    const source = await readFile(path.join(ROUTES_DIR, file), 'utf8');
    const block = /export const actions = \{([\s\S]*?)\n\} satisfies Actions/.exec(source)?.[1];
    if (!block) continue;
    const dir = path.dirname(file);
    const route = dir === '.' ? '/' : `/${dir.split(path.sep).join('/')}`;
    for (const [, name] of block.matchAll(/^ {2}(?:async )?([A-Za-z_]\w*)\s*(?::|\()/gm)) actions.push(`${route}?/${name}`);
  }
  return actions;
}

/** Records CSP violations the page reports (console errors Chromium writes for refused content). */
function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy/i.test(msg.text())) violations.push(`${page.url()}: ${msg.text()}`);
  });
  return violations;
}

describe('security headers, cookies and CSRF', () => {
  let api: TestApi;
  let web: RunningWeb;
  let tlsWeb: RunningWeb;
  let browser: Browser;
  let player: TestPlayer;
  let operator: TestPlayer;

  beforeAll(async () => {
    api = await startTestApi(testConfig());
    web = await startWeb({ apiUrl: api.baseUrl });
    // As behind a TLS-terminating proxy: no fixed ORIGIN, the protocol and host come from its headers.
    tlsWeb = await startWeb({ apiUrl: api.baseUrl, env: { ORIGIN: undefined, PROTOCOL_HEADER: 'x-forwarded-proto', HOST_HEADER: 'x-forwarded-host' } });
    browser = await launchBrowser();
    player = await signUpPlayer(api);
    operator = await signUpPlayer(api, { role: 'ADMIN' });
  });

  afterAll(async () => {
    await browser?.close();
    await tlsWeb?.stop();
    await web?.stop();
    await api?.close();
  });

  it('sends a CSP with no inline script but its own nonce, no framing, nosniff, and no HSTS over plain HTTP', async () => {
    const res = await fetch(`${web.url}/login`);
    expect(res.status).toBe(200);
    const csp = directives(res.headers.get('content-security-policy'));
    expect(csp['script-src']).toContain("'self'");
    expect(csp['script-src']).not.toContain("'unsafe-inline'");
    expect(csp['script-src']).not.toContain("'unsafe-eval'");
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
    const nonce = csp['script-src']!.find((v) => v.startsWith("'nonce-"))?.slice("'nonce-".length, -1);
    expect(nonce).toBeTruthy();
    const html = await res.text();
    const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)];
    expect(inlineScripts.length).toBeGreaterThan(0);
    for (const [, attrs] of inlineScripts) expect(attrs).toContain(`nonce="${nonce}"`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('strict-transport-security')).toBeNull();
    // A fresh nonce per response.
    const again = directives((await fetch(`${web.url}/login`)).headers.get('content-security-policy'));
    expect(again['script-src']).not.toContain(`'nonce-${nonce}'`);
  });

  it('hydrates every page under that CSP with no violation, for a player and an operator', async () => {
    const pages: [TestPlayer, string[]][] = [
      [player, ['/', '/profile', '/games', '/games/slots', '/games/rps', '/games/gacha', '/games/crash', '/games/history', '/fairness', '/shop', '/shop/limited', '/challenges']],
      [operator, ['/admin/purchases', '/admin/limited', '/admin/events']],
    ];
    for (const [who, paths] of pages) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const violations = watchCsp(page);
      try {
        await gotoHydrated(page, `${web.url}/login?next=/profile`);
        await page.locator('input[name="login_id"]').fill(who.loginId);
        await page.locator('input[name="password"]').fill(who.password);
        await page.getByRole('button', { name: 'Log in' }).click();
        await page.waitForURL(`${web.url}/profile`);
        for (const p of paths) {
          const res = await gotoHydrated(page, `${web.url}${p}`);
          expect(res?.status(), p).toBe(200);
        }
      } finally {
        await context.close();
      }
      expect(violations).toEqual([]);
    }
  });

  it('cannot be framed by another site', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      // A page on another origin (the API's, answered by the browser itself) frames the login
      // page and, as a control, a page that forbids nothing (answered by the browser too).
      const control = `${api.baseUrl}/frameable`;
      await context.route(control, (route) => route.fulfill({ contentType: 'text/html', body: '<p>anyone may frame me</p>' }));
      await context.route(`${api.baseUrl}/framer`, (route) =>
        route.fulfill({ contentType: 'text/html', body: `<iframe src="${web.url}/login"></iframe><iframe src="${control}"></iframe>` }),
      );
      await page.goto(`${api.baseUrl}/framer`);
      // Chromium replaces a frame it refuses to show with its error page.
      await expect.poll(() => page.frames().map((f) => f.url()), { timeout: 15_000 }).toEqual(expect.arrayContaining(['chrome-error://chromewebdata/', control]));
      expect(page.frames().map((f) => f.url())).not.toContain(`${web.url}/login`);
    } finally {
      await context.close();
    }
  });

  it('behind TLS: HSTS, and session cookies HttpOnly; Secure; SameSite=Lax', async () => {
    const host = new URL(tlsWeb.url).host;
    const proxied = { 'x-forwarded-proto': 'https', 'x-forwarded-host': host };
    const page = await fetch(`${tlsWeb.url}/login`, { headers: proxied });
    expect(page.headers.get('strict-transport-security')).toMatch(/max-age=31536000/);
    const login = await fetch(`${tlsWeb.url}/login?/login`, {
      method: 'POST',
      headers: { ...proxied, origin: `https://${host}`, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ login_id: player.loginId, password: player.password, next: '/profile' }),
      redirect: 'manual',
    });
    expect(login.status).toBe(303);
    const cookies = login.headers.getSetCookie();
    expect(cookies.map((c) => c.split('=')[0]).sort()).toEqual(['cc_access', 'cc_refresh']);
    for (const cookie of cookies) {
      const attributes = cookie.split(';').slice(1).map((a) => a.trim().toLowerCase());
      expect(attributes).toEqual(expect.arrayContaining(['httponly', 'secure', 'samesite=lax', 'path=/']));
    }
  });

  it('refuses a cross-origin post to every form action, and accepts the same post from its own origin', async () => {
    const actions = await formActions();
    expect(actions.length).toBeGreaterThanOrEqual(20);
    // A signed-in browser on another site: the session cookie would ride along with the post.
    const login = await fetch(`${web.url}/login?/login`, {
      method: 'POST',
      headers: { origin: web.url, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ login_id: operator.loginId, password: operator.password, next: '/profile' }),
      redirect: 'manual',
    });
    expect(login.status).toBe(303);
    const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    for (const action of actions) {
      for (const contentType of ['application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'text/plain']) {
        const res = await fetch(`${web.url}${action}`, {
          method: 'POST',
          headers: { origin: 'https://evil.example', cookie, 'content-type': contentType },
          body: contentType.startsWith('multipart') ? '--x--\r\n' : 'a=b',
          redirect: 'manual',
        });
        expect(res.status, `${action} (${contentType})`).toBe(403);
        expect(res.headers.get('set-cookie'), action).toBeNull();
      }
    }
    // The control: the same kind of post from the app's own origin gets through to the action.
    const own = await fetch(`${web.url}/logout?/logout`, { method: 'POST', headers: { origin: web.url, cookie, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' }, body: '', redirect: 'manual' });
    expect(own.status).toBe(303);
    console.log(`[security] ${actions.length} form actions refuse cross-origin posts (3 content types each)`);
  });

  it('puts the same headers on the API: CSP with no script for JSON, Swagger UI without inline script, HSTS only via TLS', async () => {
    const json = await fetch(`${api.baseUrl}/api/games/config`);
    expect(directives(json.headers.get('content-security-policy'))).toMatchObject({ 'default-src': ["'none'"], 'frame-ancestors': ["'none'"] });
    expect(json.headers.get('x-content-type-options')).toBe('nosniff');
    expect(json.headers.get('strict-transport-security')).toBeNull();
    const docs = await fetch(`${api.baseUrl}/docs`);
    const docsCsp = directives(docs.headers.get('content-security-policy'));
    expect(docsCsp['script-src']).toEqual(["'self'"]);
    expect(docsCsp['frame-ancestors']).toEqual(["'none'"]);
    expect(await docs.text()).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    // A TLS-terminating proxy on loopback (trusted) says the client came over https.
    const viaTls = await fetch(`${api.baseUrl}/api/games/config`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(viaTls.headers.get('strict-transport-security')).toMatch(/max-age=31536000/);

    // Swagger UI renders under its CSP.
    const context = await browser.newContext();
    const page = await context.newPage();
    const violations = watchCsp(page);
    try {
      await page.goto(`${api.baseUrl}/docs`);
      await page.locator('.swagger-ui .opblock').first().waitFor({ timeout: 30_000 });
    } finally {
      await context.close();
    }
    expect(violations).toEqual([]);
  });
});
