import { error, fail, redirect, type Cookies } from '@sveltejs/kit';
import { api, ApiError } from '$lib/api';
import type { AdminHold, AdminLimitedPackage, PromoCode } from '$lib/limited/types';
import { formErrors, readFields, type FormErrors } from '$lib/server/forms';
import { loginRedirect, requireAdmin } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';
import type { ErrorCode } from '$lib/api/types';

/** Shown after an action's redirect (post/redirect/get), read once. */
const FLASH_COOKIE = 'cc_admin_limited_flash';
const FLASH_PATH = '/admin/limited';
const CODE = /^[A-Z0-9][A-Z0-9_-]{1,39}$/;
const CODE_HINT = 'Use 2-40 letters, digits, _ or -.';

const PACKAGE_FIELDS = ['code', 'name', 'gold', 'price', 'stock_total', 'per_user_limit', 'starts_at', 'ends_at', 'is_active', 'reason', 'editing'] as const;
type PackageField = (typeof PACKAGE_FIELDS)[number];
const PROMO_FIELDS = ['code', 'discount_kind', 'discount', 'package_code', 'starts_at', 'ends_at', 'max_uses', 'is_active', 'reason', 'editing'] as const;
type PromoField = (typeof PROMO_FIELDS)[number];

/** A forbidden or expired session on an operator call: the 403 page or the login page. */
function guardApi(err: unknown, url: URL): void {
  if (!(err instanceof ApiError)) return;
  if (err.status === 401) loginRedirect(url);
  if (err.status === 403) error(403, { code: 'forbidden', message: 'This page is for operators only.' });
}

export const load: PageServerLoad = async ({ locals, url, fetch, cookies }) => {
  const { token } = requireAdmin(locals, url);
  let packages: AdminLimitedPackage[];
  let promos: PromoCode[];
  let holds: AdminHold[];
  try {
    [{ items: packages }, { items: promos }, { items: holds }] = await Promise.all([
      api<{ items: AdminLimitedPackage[] }>(fetch, '/api/admin/limited/packages', { token }),
      api<{ items: PromoCode[] }>(fetch, '/api/admin/limited/promo-codes', { token }),
      api<{ items: AdminHold[] }>(fetch, '/api/admin/limited/holds', { token }),
    ]);
  } catch (err) {
    guardApi(err, url);
    if (!(err instanceof ApiError)) throw err;
    error(err.status >= 500 ? 502 : err.status, { code: err.body.error.code, message: 'The limited offers could not be loaded.' });
  }
  const flash = cookies.get(FLASH_COOKIE) ?? null;
  if (flash) cookies.delete(FLASH_COOKIE, { path: FLASH_PATH });

  // ?package=CODE and ?promo=CODE open that one in its form; otherwise the forms create.
  const editPackage = packages.find((p) => p.code === url.searchParams.get('package')) ?? null;
  const editPromo = promos.find((p) => p.code === url.searchParams.get('promo')) ?? null;
  return { packages, promos, holds, editPackage, editPromo, flash, now: Date.now() };
};

function flashAndBack(cookies: Cookies, url: URL, message: string): never {
  cookies.set(FLASH_COOKIE, message, { path: FLASH_PATH, httpOnly: true, sameSite: 'lax', secure: url.protocol === 'https:', maxAge: 60 });
  redirect(303, '/admin/limited');
}

/** A `datetime-local` value, read as UTC (the page shows times in UTC): ISO, null when empty, or undefined when unreadable. */
function utcInstant(value: string): string | null | undefined {
  if (!value.trim()) return null;
  const match = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.exec(value.trim());
  if (!match) return undefined;
  const date = new Date(`${value.trim()}${match[1] ? '' : ':00'}Z`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** Dollars as typed ("4.99", "5") in cents, or null when not an amount. */
function cents(value: string): number | null {
  if (!/^\d{1,7}(\.\d{1,2})?$/.test(value.trim())) return null;
  return Math.round(Number(value.trim()) * 100);
}

function wholeNumber(value: string): number | null {
  return /^\d{1,9}$/.test(value.trim()) ? Number(value.trim()) : null;
}

/** The API's errors on this form's fields (its `price_cents` is the form's `price`, and so on). */
function apiErrors<F extends string>(err: unknown, fields: readonly F[], rename: Record<string, F>, codeFields: Partial<Record<ErrorCode, F>>): FormErrors<F> {
  if (err instanceof ApiError && err.body.error.code === 'validation_failed') {
    const issues = (err.body.error.details as { issues?: { path?: unknown }[] } | undefined)?.issues;
    for (const issue of issues ?? []) {
      const path = typeof issue.path === 'string' ? issue.path : Array.isArray(issue.path) ? issue.path.join('.') : '';
      const field = path.replace(/^body\./, '');
      if (rename[field]) issue.path = `body.${rename[field]}`;
    }
  }
  return formErrors(err, fields, codeFields);
}

export const actions = {
  /** Creates or replaces a package. */
  package: async ({ request, fetch, locals, url, cookies }) => {
    const { token } = requireAdmin(locals, url);
    const values = readFields(await request.formData(), PACKAGE_FIELDS);
    const code = values.code.trim().toUpperCase();
    const errors: FormErrors<PackageField> = {};
    if (!CODE.test(code)) errors.code = CODE_HINT;
    if (!values.name.trim()) errors.name = 'Give the package a name players see.';
    const gold = wholeNumber(values.gold);
    if (!gold) errors.gold = 'A whole number of gold, at least 1.';
    const price = cents(values.price);
    if (!price) errors.price = 'A price in dollars, like 4.99.';
    const stock = wholeNumber(values.stock_total);
    if (stock === null) errors.stock_total = 'A whole number of units.';
    const limit = wholeNumber(values.per_user_limit);
    if (!limit) errors.per_user_limit = 'At least 1 per player.';
    const startsAt = utcInstant(values.starts_at);
    const endsAt = utcInstant(values.ends_at);
    if (startsAt === undefined) errors.starts_at = 'A date and time, or empty.';
    if (endsAt === undefined) errors.ends_at = 'A date and time, or empty.';
    if (startsAt && endsAt && startsAt >= endsAt) errors.ends_at = 'The sale must end after it starts.';
    if (values.reason.trim() && values.reason.trim().length < 3) errors.reason = 'At least 3 characters, or empty.';
    if (Object.keys(errors).length > 0) return fail(400, { form: 'package' as const, values, errors });

    let saved: AdminLimitedPackage;
    try {
      saved = await api<AdminLimitedPackage>(fetch, `/api/admin/limited/packages/${encodeURIComponent(code)}`, {
        method: 'PUT',
        token,
        body: {
          name: values.name.trim(),
          gold,
          price_cents: price,
          stock_total: stock,
          per_user_limit: limit,
          starts_at: startsAt,
          ends_at: endsAt,
          is_active: values.is_active === 'on',
          ...(values.reason.trim() ? { reason: values.reason.trim() } : {}),
        },
      });
    } catch (err) {
      guardApi(err, url);
      const apiErrs = apiErrors(err, PACKAGE_FIELDS, { price_cents: 'price' }, { stock_below_committed: 'stock_total' });
      const committed = err instanceof ApiError ? (err.body.error.details as { committed?: unknown } | undefined)?.committed : undefined;
      if (apiErrs.stock_total && typeof committed === 'number') {
        apiErrs.stock_total = `${committed} ${committed === 1 ? 'unit is' : 'units are'} held or sold already: the total cannot be lower.`;
      }
      return fail(err instanceof ApiError && err.status < 500 ? err.status : 502, { form: 'package' as const, values, errors: apiErrs });
    }
    flashAndBack(cookies, url, `Package ${saved.code} ${values.editing ? 'saved' : 'created'}: ${saved.stock_left} of ${saved.stock_total} left${saved.is_active ? '' : ', off sale'}.`);
  },

  /** Takes a package off sale (open holds may still be checked out). */
  disable: async ({ request, fetch, locals, url, cookies }) => {
    const { token } = requireAdmin(locals, url);
    const { code } = readFields(await request.formData(), ['code'] as const);
    try {
      await api<AdminLimitedPackage>(fetch, `/api/admin/limited/packages/${encodeURIComponent(code)}/disable`, {
        method: 'POST',
        token,
        body: { reason: 'disabled on the operators page' },
      });
    } catch (err) {
      guardApi(err, url);
      return fail(err instanceof ApiError && err.status < 500 ? err.status : 502, { form: 'disable' as const, code, message: formErrors(err, []).form! });
    }
    flashAndBack(cookies, url, `Package ${code} taken off sale. Open holds may still be checked out.`);
  },

  /** Creates or replaces a promo code. */
  promo: async ({ request, fetch, locals, url, cookies }) => {
    const { token } = requireAdmin(locals, url);
    const values = readFields(await request.formData(), PROMO_FIELDS);
    const code = values.code.trim().toUpperCase();
    const percent = values.discount_kind === 'percent';
    const errors: FormErrors<PromoField> = {};
    if (!CODE.test(code)) errors.code = CODE_HINT;
    const amount = percent ? wholeNumber(values.discount) : cents(values.discount);
    if (!amount) errors.discount = percent ? 'A whole percentage, 1 to 90.' : 'An amount in dollars, like 0.50.';
    else if (percent && amount > 90) errors.discount = 'At most 90% off.';
    const packageCode = values.package_code.trim().toUpperCase();
    if (packageCode && !CODE.test(packageCode)) errors.package_code = 'Pick a package, or any package.';
    const maxUses = values.max_uses.trim() ? wholeNumber(values.max_uses) : null;
    if (values.max_uses.trim() && !maxUses) errors.max_uses = 'A whole number, at least 1, or empty for unlimited.';
    const startsAt = utcInstant(values.starts_at);
    const endsAt = utcInstant(values.ends_at);
    if (startsAt === undefined) errors.starts_at = 'A date and time, or empty.';
    if (endsAt === undefined) errors.ends_at = 'A date and time, or empty.';
    if (startsAt && endsAt && startsAt >= endsAt) errors.ends_at = 'The code must end after it starts.';
    if (values.reason.trim() && values.reason.trim().length < 3) errors.reason = 'At least 3 characters, or empty.';
    if (Object.keys(errors).length > 0) return fail(400, { form: 'promo' as const, values, errors });

    let saved: PromoCode;
    try {
      saved = await api<PromoCode>(fetch, `/api/admin/limited/promo-codes/${encodeURIComponent(code)}`, {
        method: 'PUT',
        token,
        body: {
          ...(percent ? { discount_percent: amount } : { discount_cents: amount }),
          package_code: packageCode || null,
          starts_at: startsAt,
          ends_at: endsAt,
          max_uses: maxUses,
          is_active: values.is_active === 'on',
          ...(values.reason.trim() ? { reason: values.reason.trim() } : {}),
        },
      });
    } catch (err) {
      guardApi(err, url);
      const apiErrs = apiErrors(err, PROMO_FIELDS, { discount_cents: 'discount', discount_percent: 'discount' }, { max_uses_below_used: 'max_uses', not_found: 'package_code' });
      const used = err instanceof ApiError ? (err.body.error.details as { used_count?: unknown } | undefined)?.used_count : undefined;
      if (apiErrs.max_uses && typeof used === 'number') apiErrs.max_uses = `Used ${used} times already: the limit cannot be lower.`;
      return fail(err instanceof ApiError && err.status < 500 ? err.status : 502, { form: 'promo' as const, values, errors: apiErrs });
    }
    flashAndBack(cookies, url, `Promo code ${saved.code} ${values.editing ? 'saved' : 'created'}${saved.is_active ? '' : ' (inactive)'}.`);
  },

  /** Turns a promo code on or off, keeping the rest of it. */
  promoActive: async ({ request, fetch, locals, url, cookies }) => {
    const { token } = requireAdmin(locals, url);
    const { code, active } = readFields(await request.formData(), ['code', 'active'] as const);
    const failWith = (err: unknown) =>
      fail(err instanceof ApiError && err.status < 500 ? err.status : 502, { form: 'promoActive' as const, code, message: formErrors(err, []).form! });
    let promo: PromoCode | undefined;
    try {
      const { items } = await api<{ items: PromoCode[] }>(fetch, '/api/admin/limited/promo-codes', { token });
      promo = items.find((p) => p.code === code);
    } catch (err) {
      guardApi(err, url);
      return failWith(err);
    }
    if (!promo) return fail(404, { form: 'promoActive' as const, code, message: `There is no promo code ${code}.` });
    const isActive = active === 'true';
    try {
      await api<PromoCode>(fetch, `/api/admin/limited/promo-codes/${encodeURIComponent(code)}`, {
        method: 'PUT',
        token,
        body: {
          ...(promo.discount_percent !== null ? { discount_percent: promo.discount_percent } : { discount_cents: promo.discount_cents }),
          package_code: promo.package_code,
          starts_at: promo.starts_at,
          ends_at: promo.ends_at,
          max_uses: promo.max_uses,
          is_active: isActive,
          reason: isActive ? 'enabled on the operators page' : 'disabled on the operators page',
        },
      });
    } catch (err) {
      guardApi(err, url);
      return failWith(err);
    }
    flashAndBack(cookies, url, `Promo code ${code} ${isActive ? 'enabled' : 'disabled'}.`);
  },
} satisfies Actions;
