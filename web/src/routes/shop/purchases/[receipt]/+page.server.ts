import { error } from '@sveltejs/kit';
import { api, ApiError } from '$lib/api';
import { loginRedirect, requireUser } from '$lib/server/guards';
import type { Purchase } from '$lib/types';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, fetch, params }) => {
  const { user, token } = requireUser(locals, url);
  let purchase: Purchase;
  try {
    purchase = await api<Purchase>(fetch, `/api/shop/purchases/${encodeURIComponent(params.receipt)}`, { token });
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    if (err.status === 401) loginRedirect(url);
    // A malformed receipt code (400) is as unknown as another player's (404).
    if (err.status === 404 || err.status === 400) error(404, { code: 'purchase_not_found', message: 'There is no purchase with that receipt code on your account.' });
    error(err.status >= 500 ? 502 : err.status, { code: err.body.error.code, message: 'This purchase could not be loaded.' });
  }
  return { purchase, balance: user.gold_balance };
};
