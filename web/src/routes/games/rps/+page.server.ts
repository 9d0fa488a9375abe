import { fail } from '@sveltejs/kit';
import { api } from '$lib/api';
import { requireUser } from '$lib/server/guards';
import { isRpsChoice } from '$lib/games/catalog';
import { badBet, loadGameConfig, playFailure, readBet } from '$lib/games/play.server';
import type { RpsPlay } from '$lib/games/types';
import type { Actions, PageServerLoad } from './$types';

/** Rock-paper-scissors: bet limits and what a win and a draw pay. */
export const load: PageServerLoad = async ({ locals, url, fetch }) => {
  const { token } = requireUser(locals, url);
  const config = await loadGameConfig(fetch, token, url);
  return { rps: config.rps };
};

export const actions = {
  /** One throw against the house; the hand is the button pressed. */
  play: async ({ request, locals, url, fetch }) => {
    const { token } = requireUser(locals, url);
    const data = await request.formData();
    const bet = readBet(data);
    if (bet === null) return badBet('play');
    const choice = String(data.get('choice') ?? '');
    if (!isRpsChoice(choice)) return fail(400, { action: 'play', code: 'invalid_choice', message: 'Pick rock, paper or scissors.' });
    try {
      const round = await api<RpsPlay>(fetch, '/api/games/rps/play', { method: 'POST', token, body: { choice, bet_amount: bet } });
      return { action: 'play' as const, bet, round };
    } catch (err) {
      return playFailure(err, url, 'play');
    }
  },
} satisfies Actions;
