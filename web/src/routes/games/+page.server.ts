import { requireUser } from '$lib/server/guards';
import { loadFromApi } from '$lib/games/play.server';
import type { GameStats } from '$lib/games/types';
import type { PageServerLoad } from './$types';

/** The games hub: a card per game with the player's own totals. */
export const load: PageServerLoad = async ({ locals, url, fetch }) => {
  const { token } = requireUser(locals, url);
  const stats = await loadFromApi<GameStats>(fetch, '/api/games/stats/me', token, url, 'Your game stats');
  return { stats };
};
