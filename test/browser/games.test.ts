// The mini-games in a real browser: the built web app (node web/build) against the real API
// and a worker (crash rounds are workflows) in-process, driven by headless Chromium. A player
// plays each game once through the pages, sees the nav balance follow every round, then
// verifies a round on the fairness page after rotating the seed.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_GAME_CONFIG } from '../../domain/games/config.ts';
import { verifyRound } from '../../domain/games/verify.ts';
import { signUpPlayer, type TestPlayer } from '../support/accounts.ts';
import { gotoHydrated, launchBrowser, reloadHydrated, type RunningWeb, screenshot, startWeb } from '../support/browser.ts';
import { testConfig } from '../support/env.ts';
import { activeSeedOf, clientSeedForCrash, clientSeedForSpin, setBalance } from '../support/games.ts';
import { http, startTestApi, startTestWorker, type TestApi, type TestWorker } from '../support/harness.ts';
import { expectLedgerInvariant } from '../support/ledger.ts';

const { slots, crash } = DEFAULT_GAME_CONFIG;

const gold = (n: number) => n.toLocaleString('en-US');

async function logIn(page: Page, web: RunningWeb, player: TestPlayer, next: string): Promise<void> {
  await gotoHydrated(page, `${web.url}/login?next=${next}`);
  await page.locator('input[name="login_id"]').fill(player.loginId);
  await page.locator('input[name="password"]').fill(player.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL(`${web.url}${next}`);
}

describe('the games in the browser', () => {
  const config = testConfig({ CRASH_TICK_MS: '100' });
  let api: TestApi;
  let worker: TestWorker;
  let web: RunningWeb;
  let browser: Browser;

  beforeAll(async () => {
    api = await startTestApi(config);
    worker = await startTestWorker(config);
    web = await startWeb({ apiUrl: api.baseUrl });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await web?.stop();
    await worker?.stop();
    await api?.close();
  });

  const balanceOf = async (player: TestPlayer) =>
    (await api.deps.prisma.user.findUniqueOrThrow({ where: { id: player.id }, select: { goldBalance: true } })).goldBalance;

  /** The nav shows the balance the database has now, and it differs from `before`. */
  async function expectNavBalance(page: Page, player: TestPlayer, before: number): Promise<number> {
    const now = await balanceOf(player);
    expect(now).not.toBe(before);
    await expect.poll(() => page.getByTestId('nav-gold').innerText(), { timeout: 10_000 }).toMatch(new RegExp(`^${gold(now)}\\b`));
    return now;
  }

  /** Chooses the player's client seed (through the API) so that their next round comes out as `seedFor` wants. */
  async function useClientSeed(player: TestPlayer, seedFor: (serverSeed: string, nonce: number) => string): Promise<void> {
    const seed = await activeSeedOf(api.deps.prisma, player.id);
    const res = await http(api.baseUrl, 'PUT', '/api/fairness/client-seed', { body: { client_seed: seedFor(seed.serverSeed, seed.nextNonce) }, headers: player.auth });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  }

  /** The first client seed whose rock-paper-scissors throw of `choice` wins. */
  const winningRpsSeed = (serverSeed: string, nonce: number) => {
    for (let i = 0; i < 1000; i++) {
      const clientSeed = `rps-${i}`;
      const round = verifyRound({ game: 'rps', serverSeed, clientSeed, nonce, params: { bet: 50, choice: 'rock' } });
      if (round.game === 'rps' && round.outcome.outcome === 'win') return clientSeed;
    }
    throw new Error('no winning client seed found');
  };

  /** The first client seed whose 10-pull (from a pity counter of 0) has a near miss. */
  const nearMissPullSeed = (serverSeed: string, nonce: number) => {
    for (let i = 0; i < 1000; i++) {
      const clientSeed = `gacha-${i}`;
      const round = verifyRound({ game: 'gacha', serverSeed, clientSeed, nonce, params: { count: 10, pityCounter: 0 } });
      if (round.game === 'gacha' && round.outcome.items.some((item) => item.nearMiss)) return clientSeed;
    }
    throw new Error('no near-miss client seed found');
  };

  it('plays slots, rock-paper-scissors, gacha and crash (auto and manual cash-out, and a crash), the nav balance following every round', async () => {
    const player = await signUpPlayer(api);
    await setBalance(api.deps.prisma, player.id, 80_000);
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    try {
      await logIn(page, web, player, '/games');
      let balance = 80_000;
      await expect(page.getByTestId('nav-gold').innerText()).resolves.toMatch(/^80,000\b/);
      await expect(page.getByTestId('nav-games').getAttribute('class')).resolves.toContain('active');
      for (const game of ['slots', 'rps', 'gacha', 'crash']) {
        await expect(page.getByTestId(`game-card-${game}`).getByTestId('card-played').textContent()).resolves.toBe('0');
      }
      // Balances arrive live on the stream (the pages also set them from each answer).
      await expect.poll(() => page.getByTestId('nav-gold').getAttribute('data-live'), { timeout: 10_000 }).toBe('live');
      await screenshot(page, 'games-hub.png');

      // Slots: a seed chosen for a big win (payout above 1,000 on a 100 bet), so the highlight shows.
      await useClientSeed(player, (serverSeed, nonce) => clientSeedForSpin(serverSeed, nonce, 100, slots, (payout) => payout > 1_000));
      await page.getByTestId('game-card-slots').click();
      await page.waitForURL(`${web.url}/games/slots`);
      await page.getByTestId('bet-input').fill('100');
      await page.getByTestId('slots-spin').click();
      await expect.poll(() => page.getByTestId('slots-reels').getAttribute('data-state')).toBe('spinning');
      await page.locator('[data-testid="slots-result"][data-outcome="win"]').waitFor({ timeout: 10_000 });
      await expect(page.getByTestId('slots-result').getAttribute('data-big-win')).resolves.toBe('true');
      await expect(page.getByTestId('slots-result').innerText()).resolves.toMatch(/big win/i);
      const reels = await page.getByTestId('slots-reel').evaluateAll((els) => els.map((el) => el.getAttribute('data-symbol')));
      const spin = await api.deps.prisma.gameRound.findFirstOrThrow({ where: { userId: player.id, game: 'slots' } });
      expect(reels).toEqual((spin.result as { reels: string[] }).reels);
      expect(spin.payout).toBeGreaterThan(1_000);
      balance = await expectNavBalance(page, player, balance);
      expect(balance).toBe(80_000 - 100 + spin.payout);
      await expect(page.getByTestId('round-fairness').getByTestId('round-id').textContent()).resolves.toBe(spin.id);
      await screenshot(page, 'slots-big-win.png');

      // Rock-paper-scissors: rock against a seed where the house loses.
      await useClientSeed(player, winningRpsSeed);
      await gotoHydrated(page, `${web.url}/games/rps`);
      await page.getByTestId('bet-input').fill('50');
      await page.getByTestId('rps-rock').click();
      await page.locator('[data-testid="rps-result"][data-outcome="win"]').waitFor({ timeout: 10_000 });
      await expect(page.getByTestId('rps-player-hand').getAttribute('data-hand')).resolves.toBe('rock');
      await expect(page.getByTestId('rps-house-hand').getAttribute('data-hand')).resolves.toBe('scissors');
      await expect(page.getByTestId('rps-result').innerText()).resolves.toContain('You win!');
      balance = await expectNavBalance(page, player, balance);
      await page.waitForTimeout(500); // the house hand's reveal animation
      await screenshot(page, 'rps-win.png');

      // Gacha: a 10-pull (one of today's three pulls) shows ten item cards, a near miss shimmering, and the pity progress.
      await useClientSeed(player, nearMissPullSeed);
      await gotoHydrated(page, `${web.url}/games/gacha`);
      await expect(page.getByTestId('gacha-daily-remaining').textContent()).resolves.toBe('3');
      await page.getByTestId('gacha-pull-10').click();
      await expect.poll(() => page.getByTestId('gacha-item').count(), { timeout: 10_000 }).toBe(10);
      await expect(page.getByTestId('gacha-daily-remaining').textContent()).resolves.toBe('2');
      const pull = await api.deps.prisma.gameRound.findFirstOrThrow({ where: { userId: player.id, game: 'gacha' } });
      const items = (pull.result as { items: { rarity: string }[] }).items;
      await expect(page.getByTestId('gacha-item').evaluateAll((els) => els.map((el) => el.getAttribute('data-rarity')))).resolves.toEqual(items.map((i) => i.rarity));
      await expect(page.getByTestId('gacha-pity-counter').textContent()).resolves.toBe(String((pull.result as { pity_after: number }).pity_after));
      await expect(page.locator('[data-testid="gacha-item"][data-near-miss="true"]').count()).resolves.toBeGreaterThan(0);
      await expect(page.getByTestId('gacha-summary').innerText()).resolves.toContain('a near miss!');
      balance = await expectNavBalance(page, player, balance);
      await page.waitForTimeout(1_600); // the cards' reveal animation
      await screenshot(page, 'gacha-ten-pull.png');

      // Crash, auto cash-out at 1.50× on a round that flies past 2×: the number rises, then pays 150.
      await useClientSeed(player, (serverSeed, nonce) => clientSeedForCrash(serverSeed, nonce, crash, (cp) => cp >= 2).clientSeed);
      await gotoHydrated(page, `${web.url}/games/crash`);
      await page.getByTestId('crash-bet-input').fill('100');
      await page.getByTestId('crash-auto-input').fill('1.50');
      await page.getByTestId('crash-bet').click();
      const multiplier = page.getByTestId('crash-multiplier');
      await page.locator('[data-testid="crash-multiplier"][data-status="running"]').waitFor({ timeout: 10_000 });
      balance = await expectNavBalance(page, player, balance); // the stake is taken at bet time
      await expect.poll(async () => parseFloat(await multiplier.innerText()), { timeout: 10_000, interval: 50 }).toBeGreaterThan(1.1);
      await screenshot(page, 'crash-running.png');
      await page.locator('[data-testid="crash-multiplier"][data-status="cashed_out"]').waitFor({ timeout: 20_000 });
      await expect(multiplier.innerText()).resolves.toBe('1.50×');
      await expect(page.getByTestId('crash-result').innerText()).resolves.toMatch(/Cashed out at 1\.50× \(auto\) · \+150 gold/);
      balance = await expectNavBalance(page, player, balance);
      await screenshot(page, 'crash-auto-cashout.png');

      // Crash, cashed out by hand once the multiplier passes 1.10×.
      await useClientSeed(player, (serverSeed, nonce) => clientSeedForCrash(serverSeed, nonce, crash, (cp) => cp >= 3).clientSeed);
      await page.getByTestId('crash-auto-input').fill('');
      await page.getByTestId('crash-bet').click();
      await page.locator('[data-testid="crash-multiplier"][data-status="running"]').waitFor({ timeout: 10_000 });
      await expect.poll(async () => parseFloat(await multiplier.innerText()), { timeout: 10_000, interval: 50 }).toBeGreaterThanOrEqual(1.1);
      await page.getByTestId('crash-cashout').click();
      await page.locator('[data-testid="crash-multiplier"][data-status="cashed_out"]').waitFor({ timeout: 10_000 });
      const manual = await api.deps.prisma.crashRound.findFirstOrThrow({ where: { userId: player.id, trigger: 'manual' } });
      const cashedAt = Number(manual.cashoutMultiplier);
      expect(cashedAt).toBeGreaterThanOrEqual(1.1);
      await expect(multiplier.innerText()).resolves.toBe(`${cashedAt.toFixed(2)}×`);
      expect(manual.payout).toBe(Math.round(cashedAt * 100)); // 100 × the multiplier, in whole gold
      balance = await expectNavBalance(page, player, balance);

      // Crash, a round that crashes before its 1.50× target: the stake is lost and the crash point shown.
      await useClientSeed(player, (serverSeed, nonce) => clientSeedForCrash(serverSeed, nonce, crash, (cp) => cp >= 1.1 && cp < 1.3).clientSeed);
      await page.getByTestId('crash-auto-input').fill('1.50');
      await page.getByTestId('crash-bet').click();
      await page.locator('[data-testid="crash-multiplier"][data-status="crashed"]').waitFor({ timeout: 20_000 });
      const lost = await api.deps.prisma.crashRound.findFirstOrThrow({ where: { userId: player.id, status: 'crashed' } });
      await expect(multiplier.innerText()).resolves.toBe(`${Number(lost.crashPoint).toFixed(2)}×`);
      await expect(page.getByTestId('crash-result').innerText()).resolves.toMatch(/Crashed at .* · −100 gold/);
      balance = await expectNavBalance(page, player, balance);
      await screenshot(page, 'crash-crashed.png');

      // The hub counts the six rounds; the history lists them and filters by game.
      await page.getByTestId('nav-games').click();
      await page.waitForURL(`${web.url}/games`);
      await expect(page.getByTestId('stat-played').textContent()).resolves.toBe('6');
      await expect(page.getByTestId('game-card-crash').getByTestId('card-played').textContent()).resolves.toBe('3');
      await page.getByTestId('games-history-link').click();
      await page.waitForURL(`${web.url}/games/history`);
      await expect(page.getByTestId('history-row').count()).resolves.toBe(6);
      await screenshot(page, 'games-history.png');
      await page.getByTestId('history-filter').selectOption('crash');
      await page.waitForURL(`${web.url}/games/history?game=crash`);
      await expect.poll(() => page.getByTestId('history-row').count()).toBe(3);
      await expect(page.getByTestId('history-row').evaluateAll((rows) => rows.every((r) => r.getAttribute('data-game') === 'crash'))).resolves.toBe(true);
      expect(await balanceOf(player)).toBe(balance);
    } finally {
      await context.close();
    }
    await expectLedgerInvariant(api.deps.prisma);
  });

  it('verifies a round on the fairness page: secret before rotating, a match after, with the client seed the player chose', async () => {
    const player = await signUpPlayer(api);
    const context = await browser.newContext({ viewport: { width: 1200, height: 1000 } });
    const page = await context.newPage();
    try {
      await logIn(page, web, player, '/fairness');
      const hashBefore = await page.getByTestId('fairness-hash').textContent();
      expect(hashBefore).toMatch(/^[0-9a-f]{64}$/);
      await page.getByTestId('client-seed-input').fill('my lucky seed');
      await page.getByTestId('client-seed-save').click();
      await page.getByTestId('client-seed-saved').waitFor();
      await expect(page.getByTestId('fairness-client-seed').textContent()).resolves.toBe('my lucky seed');

      // One spin with that seed; its fairness data links to the verifier.
      await page.getByTestId('nav-games').click();
      await page.getByTestId('game-card-slots').click();
      await page.waitForURL(`${web.url}/games/slots`);
      await page.getByTestId('bet-input').fill('10');
      await page.getByTestId('slots-spin').click();
      await page.locator('[data-testid="slots-result"]:is([data-outcome="win"], [data-outcome="lose"])').waitFor({ timeout: 10_000 });
      const spin = await api.deps.prisma.gameRound.findFirstOrThrow({ where: { userId: player.id, game: 'slots' } });
      expect(spin).toMatchObject({ clientSeed: 'my lucky seed', serverSeedHash: hashBefore, nonce: 0 });
      await page.getByTestId('round-fairness').locator('summary').click();
      await page.getByTestId('verify-link').click();
      await page.waitForURL(`${web.url}/fairness?round_id=${spin.id}#verify`);

      // Before rotating, the server seed is secret: nothing to recompute yet.
      await expect(page.getByTestId('verify-result').getAttribute('data-verdict')).resolves.toBe('unverifiable');
      await screenshot(page, 'fairness-unverifiable.png');

      await page.getByTestId('rotate-button').click();
      await page.getByTestId('rotated').waitFor();
      const revealed = await page.getByTestId('rotated-seed').textContent();
      const seedRow = await api.deps.prisma.fairnessSeed.findFirstOrThrow({ where: { userId: player.id, serverSeedHash: hashBefore! } });
      expect(revealed).toBe(seedRow.serverSeed);
      await expect.poll(() => page.getByTestId('fairness-hash').textContent()).not.toBe(hashBefore);
      await expect(page.getByTestId('fairness-nonce').textContent()).resolves.toBe('0');
      await expect(page.getByTestId('revealed-seed').count()).resolves.toBe(1);

      // The page reloaded the verification of the same round: now it matches.
      await expect.poll(() => page.getByTestId('verify-result').getAttribute('data-verdict')).toBe('match');
      await expect(page.getByTestId('hash-ok').isVisible()).resolves.toBe(true);
      const reels = (spin.result as { reels: string[] }).reels.join(', ');
      await expect(page.getByTestId('recorded-reels').textContent()).resolves.toBe(reels);
      await expect(page.getByTestId('recomputed-reels').textContent()).resolves.toBe(reels);

      // The verify form takes a pasted id too.
      await page.getByTestId('verify-input').fill(spin.id);
      await page.getByTestId('verify-submit').click();
      await page.waitForURL(`${web.url}/fairness?round_id=${spin.id}#verify`);
      await expect(page.getByTestId('verify-result').getAttribute('data-verdict')).resolves.toBe('match');
      await screenshot(page, 'fairness-match.png');
    } finally {
      await context.close();
    }
    await expectLedgerInvariant(api.deps.prisma);
  });

  it('shows refusals in words: not enough gold, a bet outside the limits, the daily gacha limit', async () => {
    const player = await signUpPlayer(api);
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    try {
      await logIn(page, web, player, '/games/rps');
      await page.getByTestId('bet-input').fill('5');
      await page.getByTestId('rps-paper').click();
      await page.locator('[data-testid="play-error"][data-code="bet_out_of_range"]').waitFor();
      await expect(page.getByTestId('play-error').innerText()).resolves.toContain('Bets are whole numbers from 10 to 10,000 gold.');

      await page.getByTestId('bet-input').fill('5000');
      await page.getByTestId('rps-paper').click();
      await page.locator('[data-testid="play-error"][data-code="insufficient_funds"]').waitFor();
      await expect(page.getByTestId('play-error').innerText()).resolves.toContain('Not enough gold: this needs 5,000 and you have 1,000.');
      await expect(page.getByTestId('play-error').getByRole('link', { name: 'Get more gold' }).isVisible()).resolves.toBe(true);
      await expect(page.getByTestId('rps-result').getAttribute('data-outcome')).resolves.toBe('none');
      await screenshot(page, 'rps-insufficient-funds.png');

      // Today's three pulls are used up (as if pulled earlier today).
      await setBalance(api.deps.prisma, player.id, 10_000);
      await api.deps.prisma.$executeRaw`
        INSERT INTO gacha_player_states (user_id, daily_pulls, daily_pulls_date)
        VALUES (${player.id}::uuid, 2, (now() AT TIME ZONE 'UTC')::date)`;
      await gotoHydrated(page, `${web.url}/games/gacha`);
      await expect(page.getByTestId('gacha-daily-remaining').textContent()).resolves.toBe('1');
      await page.getByTestId('gacha-pull-1').click();
      await expect.poll(() => page.getByTestId('gacha-item').count(), { timeout: 10_000 }).toBe(1);
      await expect(page.getByTestId('gacha-daily-remaining').textContent()).resolves.toBe('0');
      await expect(page.getByTestId('gacha-pull-1').isDisabled()).resolves.toBe(true);
      // Another tab (or a stale page) still offers the button: the API's 429 is shown in words.
      await api.deps.prisma.$executeRaw`UPDATE gacha_player_states SET daily_pulls = 2 WHERE user_id = ${player.id}::uuid`;
      await reloadHydrated(page);
      await api.deps.prisma.$executeRaw`UPDATE gacha_player_states SET daily_pulls = 3 WHERE user_id = ${player.id}::uuid`;
      await page.getByTestId('gacha-pull-1').click();
      await page.locator('[data-testid="play-error"][data-code="daily_gacha_limit"]').waitFor();
      await expect(page.getByTestId('play-error').innerText()).resolves.toContain('You have used all 3 pulls for today. More pulls at 00:00 UTC.');
      await expect(page.getByTestId('gacha-daily-remaining').textContent()).resolves.toBe('0');
      await screenshot(page, 'gacha-daily-limit.png');
    } finally {
      await context.close();
    }
    await expectLedgerInvariant(api.deps.prisma);
  });

  it('pages through the game history with Load more, keeping the game filter', async () => {
    const player = await signUpPlayer(api);
    for (let i = 0; i < 23; i++) {
      const res = await http(api.baseUrl, 'POST', '/api/games/slots/spin', { body: { bet_amount: 10 }, headers: player.auth });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    }
    const rps = await http(api.baseUrl, 'POST', '/api/games/rps/play', { body: { choice: 'paper', bet_amount: 10 }, headers: player.auth });
    expect(rps.status).toBe(200);
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    try {
      await logIn(page, web, player, '/games/history');
      await expect(page.getByTestId('history-row').count()).resolves.toBe(20);
      await expect(page.getByTestId('history-row').first().getAttribute('data-game')).resolves.toBe('rps');
      await page.getByTestId('history-filter').selectOption('slots');
      await page.waitForURL(`${web.url}/games/history?game=slots`);
      await expect.poll(() => page.getByTestId('history-row').count()).toBe(20);
      await page.getByTestId('history-more').click();
      await expect.poll(() => page.getByTestId('history-row').count()).toBe(23);
      await expect(page.getByTestId('history-row').evaluateAll((rows) => rows.every((r) => r.getAttribute('data-game') === 'slots'))).resolves.toBe(true);
      const ids = await page.getByTestId('history-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-round-id')));
      expect(new Set(ids).size).toBe(23);
      await expect(page.getByTestId('history-more').count()).resolves.toBe(0);
    } finally {
      await context.close();
    }
    await expectLedgerInvariant(api.deps.prisma);
  });
});
