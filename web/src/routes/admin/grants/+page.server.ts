import { randomUUID } from 'node:crypto';
import { fail } from '@sveltejs/kit';
import { api } from '$lib/api';
import type { ApiResponse } from '$lib/api/types';
import { failStatus, flashAndRedirect, guardApi, loadFailed, reasonProblem, takeFlash } from '$lib/server/admin';
import { formErrors, readFields, type FormErrors } from '$lib/server/forms';
import { requireAdmin } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_PLAYERS = 10_000;
const MAX_AMOUNT = 1_000_000;
const FIELDS = ['audience', 'user_ids', 'segment', 'amount', 'reason', 'key'] as const;
type Sizes = ApiResponse<'/api/admin/segments/sizes', 'get'>;
type SegmentName = keyof Sizes['sizes'];

/** The newest grant batches, and the form for a new one. */
export const load: PageServerLoad = async ({ locals, url, fetch, cookies }) => {
  const { token } = requireAdmin(locals, url);
  try {
    const [{ items }, { sizes }] = await Promise.all([
      api<ApiResponse<'/api/admin/grant-batches/', 'get'>>(fetch, '/api/admin/grant-batches', { token }),
      api<Sizes>(fetch, '/api/admin/segments/sizes', { token }),
    ]);
    return { batches: items, sizes, flash: takeFlash(cookies), batchKey: randomUUID(), me: locals.user!.id };
  } catch (err) {
    loadFailed(err, url, 'The grant batches');
  }
};

/** Player ids as pasted: one per line, or separated by commas or spaces. */
function parseIds(text: string): { ids: string[]; bad: string[] } {
  const tokens = text.split(/[\s,;]+/).filter(Boolean);
  return { ids: tokens.filter((t) => UUID.test(t)), bad: tokens.filter((t) => !UUID.test(t)) };
}

export const actions = {
  /** Starts a bulk grant (workflow grant-batch:<id>); above 100,000 gold in total it waits for a second operator. */
  create: async ({ request, fetch, locals, url, cookies }) => {
    const { token } = requireAdmin(locals, url);
    const values = readFields(await request.formData(), FIELDS);
    const errors: FormErrors<(typeof FIELDS)[number]> = {};
    const bySegment = values.audience === 'segment';
    const { ids, bad } = parseIds(bySegment ? '' : values.user_ids);
    if (bySegment) {
      // The API checks the name against its segments (a 400 here lands beside the field).
      if (!values.segment) errors.segment = 'Pick a segment.';
    } else if (bad.length > 0) errors.user_ids = `Not player ids: ${bad.slice(0, 3).join(', ')}${bad.length > 3 ? ` and ${bad.length - 3} more` : ''}.`;
    else if (ids.length === 0) errors.user_ids = 'Paste at least one player id.';
    else if (ids.length > MAX_PLAYERS) errors.user_ids = `At most ${MAX_PLAYERS.toLocaleString('en-US')} players per batch (got ${ids.length.toLocaleString('en-US')}).`;
    const amount = /^\d{1,7}$/.test(values.amount.trim()) ? Number(values.amount.trim()) : 0;
    if (amount < 1 || amount > MAX_AMOUNT) errors.amount = `A whole number of gold per player, 1 to ${MAX_AMOUNT.toLocaleString('en-US')}.`;
    const reason = reasonProblem(values.reason);
    if (reason) errors.reason = reason;
    if (!UUID.test(values.key)) errors.form = 'This form is stale: reload the page.';
    if (Object.keys(errors).length > 0) return fail(400, { values, errors });
    let created: ApiResponse<'/api/admin/grant-batches/', 'post', 202>;
    try {
      created = await api(fetch, '/api/admin/grant-batches', { method: 'POST', token, headers: { 'idempotency-key': values.key }, body: { ...(bySegment ? { segment: values.segment as SegmentName } : { user_ids: ids }), amount, reason: values.reason.trim() } });
    } catch (err) {
      guardApi(err, url);
      return fail(failStatus(err), { values, errors: formErrors(err, FIELDS, { segment_empty: 'segment', segment_too_large: 'segment' }) });
    }
    const b = created.batch;
    flashAndRedirect(
      cookies,
      url,
      `/admin/grants/${b.id}`,
      b.status === 'awaiting_approval'
        ? `Batch created: ${b.total_gold.toLocaleString('en-US')} gold in total needs a second operator's approval.`
        : `Batch started for ${b.player_count.toLocaleString('en-US')} players${created.duplicates_ignored ? ` (${created.duplicates_ignored} duplicate ids ignored)` : ''}.`,
    );
  },
} satisfies Actions;
