import { api } from '$lib/api';
import type { ApiResponse } from '$lib/api/types';
import { loadFailed } from '$lib/server/admin';
import { requireAdmin } from '$lib/server/guards';
import type { PageServerLoad } from './$types';

/** The dashboard's first figures; the page then refreshes them every few seconds from ./stats. */
export const load: PageServerLoad = async ({ locals, url, fetch }) => {
  const { token } = requireAdmin(locals, url);
  try {
    return { stats: await api<ApiResponse<'/api/admin/stats/', 'get'>>(fetch, '/api/admin/stats', { token }) };
  } catch (err) {
    loadFailed(err, url, 'The dashboard');
  }
};
