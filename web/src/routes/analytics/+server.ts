// The web app's funnel events (shop_opened, buy_clicked) on their way to the API: the browser
// posts `{ events }` here and the web server forwards them with the player's token.
import { json } from '@sveltejs/kit';
import { api, ApiError } from '$lib/api';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ locals, fetch, request }) => {
  if (!locals.token) return json({ error: { code: 'unauthorized', message: 'Log in first.' } }, { status: 401 });
  const body = (await request.json().catch(() => null)) as { events?: unknown } | null;
  try {
    return json(await api(fetch, '/api/analytics/events', { method: 'POST', token: locals.token, body: { events: body?.events } }), { status: 202 });
  } catch (err) {
    if (err instanceof ApiError) return json(err.body, { status: err.status });
    throw err;
  }
};
