import { error, redirect } from '@sveltejs/kit';
import { api, ApiError } from '$lib/api';
import { loginRedirect, requireUser } from '$lib/server/guards';
import type { PurchasePage, PurchaseStatus } from '$lib/types';
import type { PageServerLoad } from './$types';

const STATUSES: readonly PurchaseStatus[] = ['pending', 'success', 'failed', 'refunded'];

export const load: PageServerLoad = async ({ locals, url, fetch }) => {
  const { token } = requireUser(locals, url);
  const requested = url.searchParams.get('status') ?? '';
  const status = (STATUSES as readonly string[]).includes(requested) ? (requested as PurchaseStatus) : null;
  const cursor = url.searchParams.get('cursor');
  const query = new URLSearchParams({ ...(status ? { status } : {}), ...(cursor ? { cursor } : {}) });
  let page: PurchasePage;
  try {
    page = await api<PurchasePage>(fetch, `/api/shop/purchases${query.size ? `?${query}` : ''}`, { token });
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    if (err.status === 401) loginRedirect(url);
    // A stale or hand-edited cursor: start again from the newest purchases.
    if (err.status === 400 && cursor) redirect(303, `/shop/purchases${status ? `?status=${status}` : ''}`);
    error(err.status >= 500 ? 502 : err.status, { code: err.body.error.code, message: 'Your purchases could not be loaded.' });
  }
  return { status, statuses: STATUSES, page: { cursor, items: page.items, next_cursor: page.next_cursor } };
};
