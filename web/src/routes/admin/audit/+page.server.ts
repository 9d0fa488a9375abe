import { api, ApiError } from '$lib/api';
import type { ApiResponse } from '$lib/api/types';
import { loadFailed } from '$lib/server/admin';
import { requireAdmin } from '$lib/server/guards';
import type { PageServerLoad } from './$types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A `datetime-local` value read as UTC, or null (empty or unreadable). */
function utc(value: string): string | null {
  const v = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(v)) return null;
  const d = new Date(`${v}:00Z`);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** The audit log with filters (operator, action, target, time), newest first; ?before= pages on. */
export const load: PageServerLoad = async ({ locals, url, fetch }) => {
  const { token } = requireAdmin(locals, url);
  const get = (k: string) => (url.searchParams.get(k) ?? '').trim();
  const filters = { admin_id: get('admin_id'), action: get('action'), target_type: get('target_type'), target_id: get('target_id'), from: get('from'), to: get('to') };
  const problems: string[] = [];
  const query = new URLSearchParams({ limit: '50' });
  if (filters.admin_id) {
    if (UUID.test(filters.admin_id)) query.set('admin_id', filters.admin_id);
    else problems.push('Operator must be an operator id.');
  }
  if (filters.action) query.set('action', filters.action.slice(0, 80));
  if (filters.target_type) query.set('target_type', filters.target_type.slice(0, 40));
  if (filters.target_id) query.set('target_id', filters.target_id.slice(0, 200));
  for (const k of ['from', 'to'] as const) {
    if (!filters[k]) continue;
    const iso = utc(filters[k]);
    if (iso) query.set(k, iso);
    else problems.push(`“${k}” must be a date and time.`);
  }
  if (/^\d+$/.test(get('before'))) query.set('before', get('before'));
  if (problems.length > 0) return { filters, problems, page: { items: [], next_before: null } as ApiResponse<'/api/admin/audit/', 'get'> };
  try {
    const page = await api<ApiResponse<'/api/admin/audit/', 'get'>>(fetch, `/api/admin/audit?${query}`, { token });
    return { filters, problems, page };
  } catch (err) {
    if (err instanceof ApiError && err.status === 400) return { filters, problems: [err.body.error.message], page: { items: [], next_before: null } as ApiResponse<'/api/admin/audit/', 'get'> };
    loadFailed(err, url, 'The audit log');
  }
};
