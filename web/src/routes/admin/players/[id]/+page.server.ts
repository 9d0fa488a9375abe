import { randomUUID } from 'node:crypto';
import { error, fail } from '@sveltejs/kit';
import { api, ApiError } from '$lib/api';
import type { ApiResponse } from '$lib/api/types';
import { failStatus, flashAndRedirect, guardApi, loadFailed, reasonProblem, takeFlash } from '$lib/server/admin';
import { formErrors, readFields, type FormErrors } from '$lib/server/forms';
import { requireAdmin } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PHONE = /^\+?[0-9-]{7,20}$/;
const MAX_GRANT = 1_000_000;

function playerId(params: { id: string }): string {
  if (!UUID.test(params.id)) error(404, { code: 'not_found', message: 'No such player.' });
  return params.id;
}

/** The player page: profile, balance, ledger, purchases, rounds, sessions and segment. */
export const load: PageServerLoad = async ({ locals, url, fetch, params, cookies }) => {
  const { token } = requireAdmin(locals, url);
  const id = playerId(params);
  try {
    const detail = await api<ApiResponse<'/api/admin/players/{id}', 'get'>>(fetch, `/api/admin/players/${id}`, { token });
    // A fresh key per page view: a double-submitted grant form pays once.
    return { detail, flash: takeFlash(cookies), grantKey: randomUUID(), self: locals.user?.id === id };
  } catch (err) {
    loadFailed(err, url, 'The player');
  }
};

const EDIT_FIELDS = ['nickname', 'phone', 'role', 'reason'] as const;
const GRANT_FIELDS = ['amount', 'reason', 'key'] as const;

export const actions = {
  /** Edits nickname, phone or role (only the fields that changed are sent). */
  edit: async ({ request, fetch, locals, url, params, cookies }) => {
    const { token } = requireAdmin(locals, url);
    const id = playerId(params);
    const values = readFields(await request.formData(), EDIT_FIELDS);
    const errors: FormErrors<(typeof EDIT_FIELDS)[number]> = {};
    const nickname = values.nickname.trim();
    const phone = values.phone.trim();
    if (nickname && (nickname.length < 2 || nickname.length > 30)) errors.nickname = 'A nickname has 2-30 characters.';
    if (phone && !PHONE.test(phone)) errors.phone = '7-20 digits, with an optional leading + and dashes.';
    if (values.role && !['STANDARD', 'VIP', 'ADMIN'].includes(values.role)) errors.role = 'Pick a role.';
    const reason = reasonProblem(values.reason);
    if (reason) errors.reason = reason;
    if (Object.keys(errors).length > 0) return fail(400, { form: 'edit' as const, values, errors });
    let current: ApiResponse<'/api/admin/players/{id}', 'get'>;
    try {
      current = await api(fetch, `/api/admin/players/${id}`, { token });
    } catch (err) {
      guardApi(err, url);
      return fail(failStatus(err), { form: 'edit' as const, values, errors: formErrors(err, EDIT_FIELDS) });
    }
    const p = current.player;
    const body = {
      ...(nickname && nickname !== p.nickname ? { nickname } : {}),
      ...(phone !== (p.phone ?? '') ? { phone: phone || null } : {}),
      ...(values.role && values.role !== p.role ? { role: values.role } : {}),
    };
    if (Object.keys(body).length === 0) return fail(400, { form: 'edit' as const, values, errors: { form: 'Nothing changed.' } });
    try {
      await api(fetch, `/api/admin/players/${id}`, { method: 'PATCH', token, body: { ...body, reason: values.reason.trim() } });
    } catch (err) {
      guardApi(err, url);
      return fail(failStatus(err), { form: 'edit' as const, values, errors: formErrors(err, EDIT_FIELDS, { nickname_taken: 'nickname' }) });
    }
    flashAndRedirect(cookies, url, url.pathname, `Saved: ${Object.keys(body).join(', ')}${'role' in body ? ' (their sessions must refresh: the new role applies at once)' : ''}.`);
  },

  /** Bans (ends every session at once) or lifts a ban; both need a reason. */
  ban: async (event) => banOrUnban(event, 'ban'),
  unban: async (event) => banOrUnban(event, 'unban'),

  /** Grants gold once per form view (the form's Idempotency-Key). */
  grant: async ({ request, fetch, locals, url, params, cookies }) => {
    const { token } = requireAdmin(locals, url);
    const id = playerId(params);
    const values = readFields(await request.formData(), GRANT_FIELDS);
    const errors: FormErrors<(typeof GRANT_FIELDS)[number]> = {};
    const amount = /^\d{1,7}$/.test(values.amount.trim()) ? Number(values.amount.trim()) : 0;
    if (amount < 1 || amount > MAX_GRANT) errors.amount = `A whole number of gold, 1 to ${MAX_GRANT.toLocaleString('en-US')}.`;
    const reason = reasonProblem(values.reason);
    if (reason) errors.reason = reason;
    if (!UUID.test(values.key)) errors.form = 'This form is stale: reload the page.';
    if (Object.keys(errors).length > 0) return fail(400, { form: 'grant' as const, values, errors });
    let granted: ApiResponse<'/api/admin/players/{id}/grants', 'post', 201>;
    try {
      granted = await api(fetch, `/api/admin/players/${id}/grants`, { method: 'POST', token, headers: { 'idempotency-key': values.key }, body: { amount, reason: values.reason.trim() } });
    } catch (err) {
      guardApi(err, url);
      return fail(failStatus(err), { form: 'grant' as const, values, errors: formErrors(err, GRANT_FIELDS, { player_banned: 'amount' }) });
    }
    flashAndRedirect(cookies, url, url.pathname, `Granted ${granted.amount.toLocaleString('en-US')} gold; balance now ${granted.balance.toLocaleString('en-US')}.`);
  },
} satisfies Actions;

async function banOrUnban(
  { request, fetch, locals, url, params, cookies }: Parameters<Actions[string]>[0],
  action: 'ban' | 'unban',
) {
  const { token } = requireAdmin(locals, url);
  const id = playerId(params as { id: string });
  const values = readFields(await request.formData(), ['reason'] as const);
  const problem = reasonProblem(values.reason);
  if (problem) return fail(400, { form: action, values, errors: { reason: problem } as FormErrors<'reason'> });
  try {
    await api(fetch, `/api/admin/players/${id}/${action}`, { method: 'POST', token, body: { reason: values.reason.trim() } });
  } catch (err) {
    guardApi(err, url);
    if (!(err instanceof ApiError)) throw err;
    return fail(failStatus(err), { form: action, values, errors: formErrors(err, ['reason'] as const) });
  }
  flashAndRedirect(cookies, url, url.pathname, action === 'ban' ? 'Banned: every session of this player has ended.' : 'Ban lifted: the player may log in again.');
}
