import { fail } from '@sveltejs/kit';
import { api, ApiError } from '$lib/api';
import { requireUser } from '$lib/server/guards';
import { badBet, loadFromApi, loadGameConfig, playFailure, readBet } from '$lib/games/play.server';
import type { CrashRound, GameHistoryPage } from '$lib/games/types';
import type { Actions, PageServerLoad } from './$types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Crash: bet limits and the curve, the player's last rounds, and their running round (a reload picks it up again). */
export const load: PageServerLoad = async ({ locals, url, fetch }) => {
  const { token } = requireUser(locals, url);
  const [config, history, active] = await Promise.all([
    loadGameConfig(fetch, token, url),
    loadFromApi<GameHistoryPage>(fetch, '/api/games/history?game=crash&limit=12', token, url, 'Your recent rounds'),
    api<CrashRound>(fetch, '/api/games/crash/active', { token }).catch((err: unknown) => {
      if (err instanceof ApiError && err.status === 404) return null;
      throw err;
    }),
  ]);
  const recent = history.items.map((r) => ({
    round_id: r.round_id,
    crash_point: Number(r.result.crash_point),
    cashed_out_at: typeof r.result.cashout_multiplier === 'number' ? r.result.cashout_multiplier : null,
  }));
  return { crash: config.crash, active, recent };
};

/** An auto-cashout typed into the form: empty for none, else a multiplier with at most 2 decimals. */
function readAutoCashout(raw: FormDataEntryValue | null): number | null | undefined {
  if (typeof raw !== 'string' || raw.trim() === '') return null;
  if (!/^\s*\d{1,7}(\.\d{1,2})?\s*$/.test(raw)) return undefined;
  return Number(raw);
}

export const actions = {
  /** Starts a round: the stake is taken now and the multiplier starts rising. */
  bet: async ({ request, locals, url, fetch }) => {
    const { token } = requireUser(locals, url);
    const data = await request.formData();
    const bet = readBet(data, 'bet');
    if (bet === null) return badBet('bet');
    const auto = readAutoCashout(data.get('auto_cashout'));
    if (auto === undefined) {
      return fail(400, { action: 'bet', code: 'invalid_auto_cashout', message: 'Enter the auto cash-out as a multiplier like 1.50, or leave it empty.' });
    }
    try {
      const round = await api<CrashRound>(fetch, '/api/games/crash/bet', {
        method: 'POST',
        token,
        body: { bet, ...(auto !== null ? { auto_cashout: auto } : {}) },
      });
      return { action: 'bet' as const, bet, auto, round };
    } catch (err) {
      return playFailure(err, url, 'bet');
    }
  },

  /** Cashes out the running round; the server's clock decides whether it beat the crash. */
  cashout: async ({ request, locals, url, fetch }) => {
    const { token } = requireUser(locals, url);
    const roundId = String((await request.formData()).get('round_id') ?? '');
    try {
      const round = await api<CrashRound>(fetch, '/api/games/crash/cashout', {
        method: 'POST',
        token,
        body: UUID.test(roundId) ? { round_id: roundId } : {},
      });
      return { action: 'cashout' as const, round };
    } catch (err) {
      return playFailure(err, url, 'cashout');
    }
  },
} satisfies Actions;
