// The polling fallback of the live updates: the player's balance (hooks.server.ts has just
// loaded the profile) and the current state of the purchases the page watches.
import { json } from '@sveltejs/kit';
import { api, ApiError } from '$lib/api';
import type { LiveSnapshot, Purchase } from '$lib/types';
import type { RequestHandler } from './$types';

/** At most this many receipts per poll. */
const MAX_RECEIPTS = 10;

export const GET: RequestHandler = async ({ locals, fetch, url }) => {
  if (!locals.user || !locals.token) {
    return json({ error: { code: 'unauthorized', message: 'Log in to receive live updates.' } }, { status: 401 });
  }
  const token = locals.token;
  const receipts = [...new Set(url.searchParams.getAll('receipt'))].filter((r) => /^[\w-]{1,64}$/.test(r)).slice(0, MAX_RECEIPTS);
  const found = await Promise.all(
    receipts.map(async (receipt) => {
      try {
        return await api<Purchase>(fetch, `/api/shop/purchases/${encodeURIComponent(receipt)}`, { token });
      } catch (err) {
        if (err instanceof ApiError) return null;
        throw err;
      }
    }),
  );
  const snapshot: LiveSnapshot = {
    gold_balance: locals.user.gold_balance,
    purchases: found.filter((p): p is Purchase => p !== null),
  };
  return json(snapshot, { headers: { 'cache-control': 'no-store' } });
};
