import { randomUUID } from 'node:crypto';
import { error, fail, redirect } from '@sveltejs/kit';
import { api, ApiError } from '$lib/api';
import type { ClaimAnswer, EngagementEvent } from '$lib/engagement/types';
import { formErrors, readFields } from '$lib/server/forms';
import { loginRedirect, requireUser } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

const CODE = /^[A-Za-z0-9_-]{2,40}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const base = (kind: string) => (kind === 'mission' ? '/api/missions' : '/api/events');

export const load: PageServerLoad = async ({ locals, url, fetch }) => {
  const { token } = requireUser(locals, url);
  let events: EngagementEvent[];
  let missions: EngagementEvent[];
  try {
    [{ items: events }, { items: missions }] = await Promise.all([
      api<{ items: EngagementEvent[] }>(fetch, '/api/events', { token }),
      api<{ items: EngagementEvent[] }>(fetch, '/api/missions', { token }),
    ]);
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    if (err.status === 401) loginRedirect(url);
    error(err.status >= 500 ? 502 : err.status, { code: err.body.error.code, message: 'Events and missions could not be loaded.' });
  }
  // One claim key per card and render: a double click pays once and shows the same claim.
  const keys = Object.fromEntries([...events, ...missions].map((e) => [`${e.kind}:${e.code}`, randomUUID()]));
  return { events, missions, keys };
};

const MESSAGES: Record<string, string> = {
  not_completed: 'Not done yet: keep playing.',
  already_claimed: 'Already claimed.',
  event_closed: 'This one is over.',
  not_found: 'This one is no longer available.',
};

export const actions = {
  /** Joins an event or mission: progress counts from now on. */
  join: async ({ request, fetch, locals, url }) => {
    const { token } = requireUser(locals, url);
    const form = readFields(await request.formData(), ['code', 'kind'] as const);
    if (!CODE.test(form.code)) return fail(400, { code: form.code, message: 'Pick an event to join.' });
    try {
      await api<EngagementEvent>(fetch, `${base(form.kind)}/${encodeURIComponent(form.code)}/join`, { method: 'POST', token });
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) loginRedirect(url);
      const code = err instanceof ApiError ? err.body.error.code : '';
      return fail(err instanceof ApiError && err.status < 500 ? err.status : 502, { code: form.code, message: MESSAGES[code] ?? formErrors(err, []).form! });
    }
    redirect(303, '/challenges');
  },

  /** Claims a completed one's reward (the workflow pays it once). */
  claim: async ({ request, fetch, locals, url }) => {
    const { token } = requireUser(locals, url);
    const form = readFields(await request.formData(), ['code', 'kind', 'idempotency_key'] as const);
    if (!CODE.test(form.code)) return fail(400, { code: form.code, message: 'Pick a reward to claim.' });
    const key = UUID.test(form.idempotency_key) ? form.idempotency_key : randomUUID();
    let paid: ClaimAnswer;
    try {
      paid = await api<ClaimAnswer>(fetch, `${base(form.kind)}/${encodeURIComponent(form.code)}/claim`, { method: 'POST', token, headers: { 'idempotency-key': key } });
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) loginRedirect(url);
      const code = err instanceof ApiError ? err.body.error.code : '';
      return fail(err instanceof ApiError && err.status < 500 ? err.status : 502, { code: form.code, message: MESSAGES[code] ?? formErrors(err, []).form! });
    }
    return { claimed: { code: form.code, gold: paid.gold, vip_points: paid.vip_points, balance: paid.balance } };
  },
} satisfies Actions;
