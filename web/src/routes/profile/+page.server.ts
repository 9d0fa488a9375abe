import { error, fail, isHttpError, redirect } from '@sveltejs/kit';
import { api, ApiError } from '$lib/api';
import { formErrors, readFields, type FormErrors } from '$lib/server/forms';
import { clearSessionCookies } from '$lib/server/session';
import type { VipView } from '$lib/engagement/types';
import type { LedgerPage, Profile } from '$lib/types';
import type { Actions, PageServerLoad } from './$types';

const LEDGER_PAGE_SIZE = 20;
const FIELDS = ['nickname', 'phone'] as const;
type Field = (typeof FIELDS)[number];

/** Where a signed-out visitor goes: the login page, coming back here afterwards. */
function loginRedirect(url: URL): never {
  redirect(303, `/login?next=${encodeURIComponent(url.pathname + url.search).replaceAll('%2F', '/')}`);
}

export const load: PageServerLoad = async ({ locals, url, fetch }) => {
  if (!locals.user || !locals.token) loginRedirect(url);
  const cursor = url.searchParams.get('cursor');
  const query = new URLSearchParams({ limit: String(LEDGER_PAGE_SIZE), ...(cursor ? { cursor } : {}) });
  let page: LedgerPage;
  try {
    page = await api<LedgerPage>(fetch, `/api/wallet/ledger?${query}`, { token: locals.token });
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    if (err.status === 401) loginRedirect(url);
    // A stale or hand-edited cursor: start again from the newest entries.
    if (err.status === 400 && cursor) redirect(303, '/profile');
    error(err.status >= 500 ? 502 : err.status, { code: err.body.error.code, message: 'Your gold history could not be loaded.' });
  }
  // The VIP card: a failure hides it rather than the whole profile.
  const vip = await api<VipView>(fetch, '/api/rewards/vip', { token: locals.token }).catch(() => null);
  return { user: locals.user, vip, ledger: { cursor, items: page.items, next_cursor: page.next_cursor } };
};

export const actions = {
  /** Claims today's VIP reward (VIP players, once per UTC day). */
  claimVip: async ({ fetch, locals, url }) => {
    if (!locals.user || !locals.token) loginRedirect(url);
    try {
      await api(fetch, '/api/rewards/vip/claim', { method: 'POST', token: locals.token });
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) loginRedirect(url);
      const code = err instanceof ApiError ? err.body.error.code : '';
      const message = code === 'already_claimed' ? "Today's VIP reward is already yours." : code === 'vip_required' ? 'The daily VIP reward is for VIP players.' : formErrors(err, []).form!;
      return fail(err instanceof ApiError && err.status < 500 ? err.status : 502, { action: 'claimVip' as const, message });
    }
    redirect(303, '/profile');
  },

  /** Changes nickname and/or phone (an empty phone clears it); only changed fields are sent. */
  update: async ({ request, fetch, locals, url }) => {
    if (!locals.user || !locals.token) loginRedirect(url);
    const form = readFields(await request.formData(), FIELDS);
    const values = { nickname: form.nickname.trim(), phone: form.phone.trim() };
    const patch: { nickname?: string; phone?: string | null } = {};
    if (values.nickname !== locals.user.nickname) patch.nickname = values.nickname;
    if (values.phone !== (locals.user.phone ?? '')) patch.phone = values.phone === '' ? null : values.phone;
    if (Object.keys(patch).length > 0) {
      try {
        await api<Profile>(fetch, '/api/auth/me', { method: 'PATCH', body: patch, token: locals.token });
      } catch (err) {
        const errors = formErrors(err, FIELDS, { nickname_taken: 'nickname' });
        return fail(400, { action: 'update' as const, values, errors });
      }
    }
    redirect(303, '/profile');
  },

  /** Revokes every session of this player (all devices), then forgets this browser's. */
  logoutAll: async ({ fetch, locals, cookies, url }) => {
    if (!locals.token) loginRedirect(url);
    try {
      await api<void>(fetch, '/api/auth/logout-all', { method: 'POST', token: locals.token });
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) {
        clearSessionCookies(cookies, url);
        redirect(303, '/');
      }
      if (!(err instanceof ApiError) && !isHttpError(err)) throw err;
      const errors: FormErrors<Field> = { form: 'Could not log out your other devices. Try again in a moment.' };
      return fail(502, { action: 'logoutAll' as const, values: null, errors });
    }
    clearSessionCookies(cookies, url);
    redirect(303, '/');
  },
} satisfies Actions;
