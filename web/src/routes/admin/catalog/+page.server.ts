import { fail } from '@sveltejs/kit';
import { api } from '$lib/api';
import type { ApiResponse } from '$lib/api/types';
import { failStatus, flashAndRedirect, guardApi, loadFailed, reasonProblem, takeFlash } from '$lib/server/admin';
import { formErrors, readFields, type FormErrors } from '$lib/server/forms';
import { requireAdmin } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

type Product = ApiResponse<'/api/admin/catalog/products', 'get'>['items'][number];
const FIELDS = ['id', 'name', 'gold', 'price', 'discount_percent', 'discount_starts_at', 'discount_ends_at', 'catalog_version', 'vip_only', 'sort_order', 'reason', 'editing'] as const;
type Field = (typeof FIELDS)[number];

/** Every product, deleted ones included; ?product=<id> opens one in the form. */
export const load: PageServerLoad = async ({ locals, url, fetch, cookies }) => {
  const { token } = requireAdmin(locals, url);
  try {
    const { items } = await api<ApiResponse<'/api/admin/catalog/products', 'get'>>(fetch, '/api/admin/catalog/products', { token });
    const editing: Product | null = items.find((p) => String(p.id) === url.searchParams.get('product')) ?? null;
    return { products: items, editing, flash: takeFlash(cookies) };
  } catch (err) {
    loadFailed(err, url, 'The catalog');
  }
};

/** A `datetime-local` value read as UTC: ISO, null when empty, undefined when unreadable. */
function utcInstant(value: string): string | null | undefined {
  const v = value.trim();
  if (!v) return null;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(v)) return undefined;
  const date = new Date(`${v}${v.length === 16 ? ':00' : ''}Z`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
const whole = (v: string, max: number): number | null => (/^\d{1,9}$/.test(v.trim()) && Number(v.trim()) <= max ? Number(v.trim()) : null);

export const actions = {
  /** Creates or replaces a product. */
  save: async ({ request, fetch, locals, url, cookies }) => {
    const { token } = requireAdmin(locals, url);
    const values = readFields(await request.formData(), FIELDS);
    const errors: FormErrors<Field> = {};
    const id = whole(values.id, 999_999);
    if (!id) errors.id = 'A product number, 1 to 999999.';
    if (!values.name.trim() || values.name.trim().length > 80) errors.name = 'A name players see, up to 80 characters.';
    const gold = whole(values.gold, 100_000_000);
    if (!gold) errors.gold = 'Whole gold, at least 1.';
    const price = /^\d{1,5}(\.\d{1,2})?$/.test(values.price.trim()) ? Math.round(Number(values.price.trim()) * 100) : 0;
    if (price < 1 || price > 1_000_000) errors.price = 'A price in dollars, like 4.99 (up to 10,000).';
    const discount = values.discount_percent.trim() ? whole(values.discount_percent, 90) : 0;
    if (discount === null) errors.discount_percent = 'A whole percentage, 0 to 90.';
    const startsAt = utcInstant(values.discount_starts_at);
    const endsAt = utcInstant(values.discount_ends_at);
    if (startsAt === undefined) errors.discount_starts_at = 'A date and time, or empty.';
    if (endsAt === undefined) errors.discount_ends_at = 'A date and time, or empty.';
    if (startsAt && endsAt && startsAt >= endsAt) errors.discount_ends_at = 'The discount must end after it starts.';
    const version = values.catalog_version === '2' ? 2 : values.catalog_version === '1' ? 1 : null;
    if (!version) errors.catalog_version = 'Catalog 1 or 2.';
    const sort = values.sort_order.trim() ? whole(values.sort_order, 10_000) : 0;
    if (sort === null) errors.sort_order = 'A whole number, 0 to 10000.';
    const reason = reasonProblem(values.reason);
    if (reason) errors.reason = reason;
    if (Object.keys(errors).length > 0) return fail(400, { form: 'save' as const, values, errors });
    try {
      await api(fetch, `/api/admin/catalog/products/${id}`, {
        method: 'PUT',
        token,
        body: {
          name: values.name.trim(),
          gold,
          list_price_cents: price,
          discount_percent: discount,
          discount_starts_at: startsAt,
          discount_ends_at: endsAt,
          catalog_version: version,
          vip_only: values.vip_only === 'on',
          sort_order: sort,
          reason: values.reason.trim(),
        },
      });
    } catch (err) {
      guardApi(err, url);
      return fail(failStatus(err), { form: 'save' as const, values, errors: formErrors(err, FIELDS) });
    }
    flashAndRedirect(cookies, url, '/admin/catalog', `Product ${id} ${values.editing ? 'saved' : 'created'}.`);
  },

  /** Soft-deletes (leaves the shop) or restores a product; both need a reason. */
  delete: (event) => setDeleted(event, 'delete'),
  restore: (event) => setDeleted(event, 'restore'),
} satisfies Actions;

async function setDeleted({ request, fetch, locals, url, cookies }: Parameters<Actions[string]>[0], action: 'delete' | 'restore') {
  const { token } = requireAdmin(locals, url);
  const values = readFields(await request.formData(), ['id', 'reason'] as const);
  const problem = reasonProblem(values.reason);
  if (problem) return fail(400, { form: action, id: values.id, message: problem });
  try {
    await api(fetch, `/api/admin/catalog/products/${encodeURIComponent(values.id)}/${action}`, { method: 'POST', token, body: { reason: values.reason.trim() } });
  } catch (err) {
    guardApi(err, url);
    return fail(failStatus(err), { form: action, id: values.id, message: formErrors(err, []).form ?? 'Refused.' });
  }
  flashAndRedirect(cookies, url, '/admin/catalog', action === 'delete' ? `Product ${values.id} deleted: it left the shop (old purchases keep its name).` : `Product ${values.id} restored to the shop.`);
}
