import { error, fail, redirect } from '@sveltejs/kit';
import { api, ApiError } from '$lib/api';
import { formErrors, readFields } from '$lib/server/forms';
import { loginRedirect, requireAdmin } from '$lib/server/guards';
import type { AdminActionResult, AdminPurchase } from '$lib/types';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** The operator actions on a purchase, as the API names them. */
const OPERATIONS = ['retry', 'fail', 'refund'] as const;
type Operation = (typeof OPERATIONS)[number];

const STATUSES = ['pending', 'success', 'failed', 'refunded'] as const;
const AGES = ['1m', '5m', '15m', '1h', '1d'] as const;
/** Shown after an action's redirect (post/redirect/get), read once. */
const FLASH_COOKIE = 'cc_admin_flash';
const FLASH_PATH = '/admin';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The API answers at most this many purchases per list. */
const LIST_LIMIT = 50;

interface AdminFilters {
  status: string;
  olderThan: string;
  receipt: string;
  user_id: string;
}

/** The filters of the list; with none in the URL, purchases pending for more than 5 minutes. */
function readFilters(url: URL): AdminFilters {
  const params = url.searchParams;
  const status = params.get('status');
  const olderThan = params.get('olderThan');
  return {
    status: status === null ? 'pending' : (STATUSES as readonly string[]).includes(status) ? status : '',
    olderThan: olderThan === null ? '5m' : /^\d{1,4}[smhd]$/.test(olderThan) ? olderThan : '',
    receipt: (params.get('receipt') ?? '').trim().slice(0, 40),
    user_id: (params.get('user_id') ?? '').trim().slice(0, 64),
  };
}

/** The list's URL query for these filters (every field, so an empty one means "any"). */
function filterQuery(filters: AdminFilters): string {
  return new URLSearchParams({ ...filters }).toString();
}

export const load: PageServerLoad = async ({ locals, url, fetch, cookies }) => {
  const { token } = requireAdmin(locals, url);
  const filters = readFilters(url);
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) query.set(key, value);
  let items: AdminPurchase[] = [];
  let filterError: string | null = null;
  if (filters.user_id && !UUID.test(filters.user_id)) {
    filterError = 'A user ID looks like 7f9729ae-51ed-463f-b515-2a0d4168c872.';
  } else {
    try {
      ({ items } = await api<{ items: AdminPurchase[] }>(fetch, `/api/admin/purchases?${query}`, { token }));
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      if (err.status === 401) loginRedirect(url);
      if (err.status === 403) error(403, { code: 'forbidden', message: 'This page is for operators only.' });
      if (err.status !== 400) error(err.status >= 500 ? 502 : err.status, { code: err.body.error.code, message: 'The purchases could not be loaded.' });
      filterError = formErrors(err, []).form ?? err.body.error.message;
    }
  }
  const flash = cookies.get(FLASH_COOKIE) ?? null;
  if (flash) cookies.delete(FLASH_COOKIE, { path: FLASH_PATH });

  const op = url.searchParams.get('act');
  const on = url.searchParams.get('on');
  const asking = op && on && (OPERATIONS as readonly string[]).includes(op) ? { op: op as Operation, receipt: on } : null;

  return {
    items,
    filterError,
    limited: items.length >= LIST_LIMIT,
    filters,
    filterQuery: filterQuery(filters),
    statuses: STATUSES,
    ages: AGES,
    asking,
    flash,
    now: Date.now(),
  };
};

/** One operator action: asks the API, then back to the list with its message, or the refusal beside the row. */
async function operate(op: Operation, { request, fetch, locals, url, cookies }: RequestEvent) {
  const { token } = requireAdmin(locals, url);
  const form = readFields(await request.formData(), ['receipt', 'reason', 'back'] as const);
  const receipt = form.receipt.trim();
  const reason = form.reason.trim();
  const back = form.back.startsWith('?') || form.back === '' ? form.back : '';
  if (!receipt) return fail(400, { op, receipt, reason, message: 'Which purchase?', code: null });
  if (reason.length < 3) return fail(400, { op, receipt, reason, message: 'Give a reason (it goes into the audit log).', code: null });
  let result: AdminActionResult;
  try {
    result = await api<AdminActionResult>(fetch, `/api/admin/purchases/${encodeURIComponent(receipt)}/${op}`, {
      method: 'POST',
      token,
      body: { reason },
    });
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) loginRedirect(url);
    const refusal = err instanceof ApiError ? err.body.error : null;
    const message = refusal && err instanceof ApiError && err.status < 500 ? refusal.message : formErrors(err, []).form!;
    return fail(err instanceof ApiError && err.status < 500 ? err.status : 502, { op, receipt, reason, message, code: refusal?.code ?? null });
  }
  cookies.set(FLASH_COOKIE, `${result.purchase.receipt_code}: ${result.message}`, {
    path: FLASH_PATH,
    httpOnly: true,
    sameSite: 'lax',
    secure: url.protocol === 'https:',
    maxAge: 60,
  });
  // Back to the list without the reason form (act/on), keeping the filters.
  const params = new URLSearchParams(back);
  params.delete('act');
  params.delete('on');
  redirect(303, `/admin/purchases${params.size ? `?${params}` : ''}`);
}

export const actions = {
  retry: (event) => operate('retry', event),
  fail: (event) => operate('fail', event),
  refund: (event) => operate('refund', event),
} satisfies Actions;
