// One of the player's crash rounds as JSON: the crash page asks while a round runs, so the
// outcome shows even when the live stream is down (its `crash_update` never arrives).
import { json } from '@sveltejs/kit';
import { api, ApiError } from '$lib/api';
import type { CrashRound } from '$lib/games/types';
import type { RequestHandler } from './$types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const problem = (status: number, code: string, message: string) => json({ error: { code, message } }, { status, headers: { 'cache-control': 'no-store' } });

export const GET: RequestHandler = async ({ locals, params, fetch }) => {
  if (!locals.token) return problem(401, 'unauthorized', 'Log in to see your rounds.');
  if (!UUID.test(params.round_id)) return problem(404, 'not_found', 'No such round.');
  try {
    const round = await api<CrashRound>(fetch, `/api/games/crash/rounds/${params.round_id}`, { token: locals.token });
    return json(round, { headers: { 'cache-control': 'no-store' } });
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    return problem(err.status >= 500 ? 502 : err.status, err.body.error.code, err.body.error.message);
  }
};
