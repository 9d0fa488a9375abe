import { error } from '@sveltejs/kit';
import { api, ApiError } from '$lib/api';
import type { ApiResponse } from '$lib/api/types';
import { loginRedirect, requireAdmin } from '$lib/server/guards';
import type { PageServerLoad } from './$types';

type Funnel = ApiResponse<'/api/admin/analytics/funnel', 'get'>;
type Catalog = ApiResponse<'/api/shop/catalog', 'get'>;

export const load: PageServerLoad = async ({ locals, url, fetch }) => {
  const { token } = requireAdmin(locals, url);
  const days = Math.min(90, Math.max(1, Number(url.searchParams.get('days')) || 14));
  const product = Number(url.searchParams.get('product')) || null;
  try {
    const [funnel, catalog] = await Promise.all([
      api<Funnel>(fetch, `/api/admin/analytics/funnel?days=${days}`, { token }),
      api<Catalog>(fetch, '/api/shop/catalog', { token }).catch(() => ({ products: [] }) as Catalog),
    ]);
    return { days, product, items: funnel.items, names: Object.fromEntries(catalog.products.map((p) => [p.id, p.name])) as Record<number, string> };
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    if (err.status === 401) loginRedirect(url);
    error(err.status >= 500 ? 502 : err.status, { code: err.body.error.code, message: 'The funnel could not be loaded.' });
  }
};
