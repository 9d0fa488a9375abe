import { error, fail, redirect } from '@sveltejs/kit';
import { api, ApiError } from '$lib/api';
import type { AdminEvent, ParticipantsPage } from '$lib/engagement/types';
import { formErrors, readFields } from '$lib/server/forms';
import { loginRedirect, requireAdmin } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

const CODE = /^[A-Za-z0-9_-]{2,40}$/;

export const load: PageServerLoad = async ({ locals, url, fetch }) => {
  const { token } = requireAdmin(locals, url);
  const selected = url.searchParams.get('code');
  const page = Math.max(1, Number(url.searchParams.get('page')) || 1);
  try {
    const { items } = await api<{ items: AdminEvent[] }>(fetch, '/api/admin/events', { token });
    const participants =
      selected && CODE.test(selected)
        ? await api<ParticipantsPage>(fetch, `/api/admin/events/${encodeURIComponent(selected)}/participants?page=${page}&page_size=25`, { token })
        : null;
    return { events: items, selected, participants };
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    if (err.status === 401) loginRedirect(url);
    error(err.status >= 500 ? 502 : err.status, { code: err.body.error.code, message: 'Events could not be loaded.' });
  }
};

const FIELDS = ['code', 'kind', 'reset', 'title', 'description', 'starts_at', 'ends_at', 'priority', 'requirements', 'gold', 'vip_points', 'live_bonus_per_win'] as const;

/** A datetime-local value (UTC, as the form says) as ISO. */
const iso = (v: string) => (v ? new Date(`${v}${v.length === 16 ? ':00' : ''}Z`).toISOString() : v);

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text; // the API names the field
  }
}

export const actions = {
  /** Creates an event or mission; the API validates every field (requirements key by key). */
  create: async ({ request, fetch, locals, url }) => {
    const { token } = requireAdmin(locals, url);
    const f = readFields(await request.formData(), FIELDS);
    const body = {
      code: f.code.trim(),
      kind: f.kind === 'mission' ? 'mission' : 'event',
      ...(f.kind === 'mission' ? { reset: f.reset === 'weekly' ? 'weekly' : 'daily' } : {}),
      title: f.title,
      description: f.description,
      starts_at: iso(f.starts_at),
      ends_at: iso(f.ends_at),
      priority: Number(f.priority) || 0,
      requirements: parseJson(f.requirements),
      rewards: { gold: Number(f.gold) || 0, vip_points: Number(f.vip_points) || 0, ...(Number(f.live_bonus_per_win) > 0 ? { live_bonus_per_win: Number(f.live_bonus_per_win) } : {}) },
    };
    try {
      await api(fetch, '/api/admin/events', { method: 'POST', token, body });
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) loginRedirect(url);
      return fail(400, { action: 'create' as const, values: f, message: formErrors(err, []).form ?? 'Could not create the event.' });
    }
    redirect(303, `/admin/events?code=${encodeURIComponent(body.code)}`);
  },

  /** Activates or deactivates an event (deactivation stops progress; completed ones stay claimable). */
  toggle: async ({ request, fetch, locals, url }) => {
    const { token } = requireAdmin(locals, url);
    const f = readFields(await request.formData(), ['code', 'active'] as const);
    if (!CODE.test(f.code)) return fail(400, { action: 'toggle' as const, message: 'Unknown event.' });
    try {
      await api(fetch, `/api/admin/events/${encodeURIComponent(f.code)}`, { method: 'PUT', token, body: { is_active: f.active === 'true', reason: 'admin page' } });
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) loginRedirect(url);
      return fail(400, { action: 'toggle' as const, message: formErrors(err, []).form ?? 'Could not change the event.' });
    }
    redirect(303, `/admin/events?code=${encodeURIComponent(f.code)}`);
  },

  /** Edits title, window and priority of an event. */
  edit: async ({ request, fetch, locals, url }) => {
    const { token } = requireAdmin(locals, url);
    const f = readFields(await request.formData(), ['code', 'title', 'ends_at', 'priority'] as const);
    if (!CODE.test(f.code)) return fail(400, { action: 'edit' as const, message: 'Unknown event.' });
    try {
      await api(fetch, `/api/admin/events/${encodeURIComponent(f.code)}`, {
        method: 'PUT',
        token,
        body: { ...(f.title ? { title: f.title } : {}), ...(f.ends_at ? { ends_at: iso(f.ends_at) } : {}), ...(f.priority ? { priority: Number(f.priority) } : {}) },
      });
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) loginRedirect(url);
      return fail(400, { action: 'edit' as const, message: formErrors(err, []).form ?? 'Could not change the event.' });
    }
    redirect(303, `/admin/events?code=${encodeURIComponent(f.code)}`);
  },
} satisfies Actions;
