import { fail } from '@sveltejs/kit';
import { api } from '$lib/api';
import { requireUser } from '$lib/server/guards';
import { loadFromApi, loadGameConfig, playFailure } from '$lib/games/play.server';
import type { GachaPull, GachaStatus } from '$lib/games/types';
import type { Actions, PageServerLoad } from './$types';

/** The gacha: today's allowance, the pity counter, costs and the drop rates. */
export const load: PageServerLoad = async ({ locals, url, fetch }) => {
  const { token } = requireUser(locals, url);
  const [status, config] = await Promise.all([
    loadFromApi<GachaStatus>(fetch, '/api/games/gacha/status', token, url, 'Your gacha status'),
    loadGameConfig(fetch, token, url),
  ]);
  return { status, rarities: config.gacha.rarities };
};

export const actions = {
  /** A 1- or 10-pull (the button pressed says which). */
  pull: async ({ request, locals, url, fetch }) => {
    const { token } = requireUser(locals, url);
    const count = Number((await request.formData()).get('count'));
    if (count !== 1 && count !== 10) return fail(400, { action: 'pull', code: 'invalid_count', message: 'Pull 1 or 10 at a time.' });
    try {
      const round = await api<GachaPull>(fetch, '/api/games/gacha/pull', { method: 'POST', token, body: { count } });
      return { action: 'pull' as const, round };
    } catch (err) {
      return playFailure(err, url, 'pull');
    }
  },
} satisfies Actions;
