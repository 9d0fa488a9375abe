// The notification bell's inbox: the player's notifications through this site (the web server
// holds the token). GET answers the inbox; POST marks one read (`{ id }`) or all (`{ all: true }`).
import { json } from '@sveltejs/kit';
import { api, ApiError } from '$lib/api';
import type { ApiResponse } from '$lib/api/types';
import type { RequestHandler } from './$types';

type Inbox = ApiResponse<'/api/notifications', 'get'>;

const problem = (status: number, code: string, message: string) => json({ error: { code, message } }, { status, headers: { 'cache-control': 'no-store' } });
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function relay<T>(call: () => Promise<T>): Promise<Response> {
  try {
    return json(await call(), { headers: { 'cache-control': 'no-store' } });
  } catch (err) {
    if (err instanceof ApiError) return json(err.body, { status: err.status });
    throw err;
  }
}

export const GET: RequestHandler = async ({ locals, fetch }) => {
  if (!locals.token) return problem(401, 'unauthorized', 'Log in to see your notifications.');
  const token = locals.token;
  return relay(() => api<Inbox>(fetch, '/api/notifications?limit=20', { token }));
};

export const POST: RequestHandler = async ({ locals, fetch, request }) => {
  if (!locals.token) return problem(401, 'unauthorized', 'Log in to see your notifications.');
  const token = locals.token;
  const body = (await request.json().catch(() => null)) as { id?: unknown; all?: unknown } | null;
  if (body?.all === true) return relay(() => api(fetch, '/api/notifications/read-all', { method: 'POST', token }));
  if (typeof body?.id === 'string' && UUID.test(body.id)) {
    return relay(() => api(fetch, `/api/notifications/${body.id as string}/read`, { method: 'POST', token }));
  }
  return problem(400, 'validation_failed', 'Send { "id": "<notification id>" } or { "all": true }.');
};
