import { api } from '$lib/api';
import { requireUser } from '$lib/server/guards';
import { badBet, loadGameConfig, playFailure, readBet } from '$lib/games/play.server';
import type { SlotsSpin } from '$lib/games/types';
import type { Actions, PageServerLoad } from './$types';

/** The slots: bet limits and the paytable. */
export const load: PageServerLoad = async ({ locals, url, fetch }) => {
  const { token } = requireUser(locals, url);
  const config = await loadGameConfig(fetch, token, url);
  return { slots: config.slots, bigWinThreshold: config.big_win_threshold };
};

export const actions = {
  /** One spin; the page animates the reels onto the answer's symbols. */
  spin: async ({ request, locals, url, fetch }) => {
    const { token } = requireUser(locals, url);
    const bet = readBet(await request.formData());
    if (bet === null) return badBet('spin');
    try {
      const round = await api<SlotsSpin>(fetch, '/api/games/slots/spin', { method: 'POST', token, body: { bet_amount: bet } });
      return { action: 'spin' as const, bet, round };
    } catch (err) {
      return playFailure(err, url, 'spin');
    }
  },
} satisfies Actions;
