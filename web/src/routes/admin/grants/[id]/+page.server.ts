import { error, fail } from '@sveltejs/kit';
import { api, ApiError } from '$lib/api';
import type { ApiResponse } from '$lib/api/types';
import { failStatus, flashAndRedirect, guardApi, loadFailed, reasonProblem, takeFlash } from '$lib/server/admin';
import { formErrors, readFields } from '$lib/server/forms';
import { requireAdmin } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const STATUSES = ['pending', 'granted', 'already_granted', 'unknown', 'banned'] as const;

function batchId(params: { id: string }): string {
  if (!UUID.test(params.id)) error(404, { code: 'not_found', message: 'No such grant batch.' });
  return params.id;
}

/** A batch with its progress and a page of per-player results (?status= filters them). */
export const load: PageServerLoad = async ({ locals, url, fetch, params, cookies, depends }) => {
  depends('admin:grant-batch');
  const { token } = requireAdmin(locals, url);
  const id = batchId(params);
  const status = STATUSES.find((s) => s === url.searchParams.get('status'));
  const query = new URLSearchParams({ limit: '50', ...(status ? { status } : {}) });
  try {
    const view = await api<ApiResponse<'/api/admin/grant-batches/{id}', 'get'>>(fetch, `/api/admin/grant-batches/${id}?${query}`, { token });
    return { view, status: status ?? null, flash: takeFlash(cookies), me: locals.user!.id };
  } catch (err) {
    loadFailed(err, url, 'The grant batch');
  }
};

async function decide({ request, fetch, locals, url, params, cookies }: Parameters<Actions[string]>[0], action: 'approve' | 'reject') {
  const { token } = requireAdmin(locals, url);
  const id = batchId(params as { id: string });
  const values = readFields(await request.formData(), ['reason'] as const);
  const problem = reasonProblem(values.reason);
  if (problem) return fail(400, { action, values, errors: { reason: problem } as Record<string, string> });
  try {
    await api(fetch, `/api/admin/grant-batches/${id}/${action}`, { method: 'POST', token, body: { reason: values.reason.trim() } });
  } catch (err) {
    guardApi(err, url);
    if (!(err instanceof ApiError)) throw err;
    const errors = formErrors(err, ['reason'] as const);
    if (err.body.error.code === 'maker_cannot_decide') errors.form = 'You made this batch: a second operator must approve or reject it.';
    return fail(failStatus(err), { action, values, errors: errors as Record<string, string> });
  }
  flashAndRedirect(cookies, url, url.pathname, action === 'approve' ? 'Approved: the batch is paying out.' : 'Rejected: the batch is cancelled and nothing is paid.');
}

export const actions = {
  approve: (event) => decide(event, 'approve'),
  reject: (event) => decide(event, 'reject'),
} satisfies Actions;
