// The stock of the limited offers, for the page's fallback while the live stream is down
// (the polling fallback of the live updates does not replay `limited_stock`).
import { json } from '@sveltejs/kit';
import { api, ApiError } from '$lib/api';
import type { LimitedList } from '$lib/limited/types';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, fetch }) => {
  const problem = (status: number, code: string, message: string) => json({ error: { code, message } }, { status, headers: { 'cache-control': 'no-store' } });
  if (!locals.token) return problem(401, 'unauthorized', 'Log in to see the limited offers.');
  try {
    const list = await api<LimitedList>(fetch, '/api/shop/limited', { token: locals.token });
    const stock = list.packages.map((p) => ({ code: p.code, stock_left: p.stock_left }));
    return json({ stock }, { headers: { 'cache-control': 'no-store' } });
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    return problem(err.status >= 500 ? 502 : err.status, err.body.error.code, 'The stock could not be loaded.');
  }
};
