import { error, redirect } from '@sveltejs/kit';
import { api, ApiError } from '$lib/api';
import { loginRedirect, requireUser } from '$lib/server/guards';
import { isGameName } from '$lib/games/catalog';
import type { GameHistoryPage } from '$lib/games/types';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 20;

/** The player's finished rounds, newest first, optionally of one game; "Load more" follows `next_cursor`. */
export const load: PageServerLoad = async ({ locals, url, fetch }) => {
  const { token } = requireUser(locals, url);
  const gameParam = url.searchParams.get('game');
  const game = isGameName(gameParam) ? gameParam : null;
  const cursor = url.searchParams.get('cursor');
  const query = new URLSearchParams({ limit: String(PAGE_SIZE), ...(game ? { game } : {}), ...(cursor ? { cursor } : {}) });
  let page: GameHistoryPage;
  try {
    page = await api<GameHistoryPage>(fetch, `/api/games/history?${query}`, { token });
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    if (err.status === 401) loginRedirect(url);
    // A stale or hand-edited cursor: start again from the newest rounds.
    if (err.status === 400 && cursor) redirect(303, game ? `/games/history?game=${game}` : '/games/history');
    error(err.status >= 500 ? 502 : err.status, { code: err.body.error.code, message: 'Your game history could not be loaded.' });
  }
  return { game, cursor, items: page.items, next_cursor: page.next_cursor };
};
