import { error, json } from '@sveltejs/kit';
import { api, ApiError } from '$lib/api';
import type { ApiResponse } from '$lib/api/types';
import type { RequestHandler } from './$types';

/** The dashboard's figures for the page's live refresh: the API's GET /api/admin/stats, with the operator's token. */
export const GET: RequestHandler = async ({ locals, fetch }) => {
  if (!locals.token || locals.user?.role !== 'ADMIN') error(403, { code: 'forbidden', message: 'This is for operators only.' });
  try {
    return json(await api<ApiResponse<'/api/admin/stats/', 'get'>>(fetch, '/api/admin/stats', { token: locals.token }), { headers: { 'cache-control': 'no-store' } });
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    error(err.status >= 500 ? 502 : err.status, { code: err.body.error.code, message: err.body.error.message });
  }
};
