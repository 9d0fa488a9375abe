import { api } from '$lib/api';
import type { ApiResponse } from '$lib/api/types';
import { loadFailed } from '$lib/server/admin';
import { requireAdmin } from '$lib/server/guards';
import type { PageServerLoad } from './$types';

const PAGE = 20;

/** Player search: by id, receipt code, or the start of a login id or nickname; newest first, 20 a page. */
export const load: PageServerLoad = async ({ locals, url, fetch }) => {
  const { token } = requireAdmin(locals, url);
  const q = (url.searchParams.get('q') ?? '').trim().slice(0, 80);
  const offset = Math.max(0, Math.min(100_000, Number.parseInt(url.searchParams.get('offset') ?? '0', 10) || 0));
  const query = new URLSearchParams({ limit: String(PAGE), offset: String(offset), ...(q ? { q } : {}) });
  try {
    const page = await api<ApiResponse<'/api/admin/players/', 'get'>>(fetch, `/api/admin/players?${query}`, { token });
    return { q, offset, page, pageSize: PAGE };
  } catch (err) {
    loadFailed(err, url, 'The players');
  }
};
