import { randomUUID } from 'node:crypto';
import { error, fail, redirect } from '@sveltejs/kit';
import { api, ApiError } from '$lib/api';
import { DEFAULT_PAYMENT_METHOD, isPaymentMethod } from '$lib/cards';
import { BLOCK_MESSAGES, formatReleaseReason } from '$lib/limited/format';
import type { CheckoutAnswer, Hold, LimitedList, PlaceHoldAnswer, PromoValidation } from '$lib/limited/types';
import { formErrors, readFields } from '$lib/server/forms';
import { loginRedirect, requireUser } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';
import type { ErrorCode } from '$lib/api/types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CODE = /^[A-Za-z0-9][A-Za-z0-9_-]{1,39}$/;

export const load: PageServerLoad = async ({ locals, url, fetch }) => {
  const { token } = requireUser(locals, url);
  let list: LimitedList;
  let holds: Hold[];
  try {
    [list, { items: holds }] = await Promise.all([
      api<LimitedList>(fetch, '/api/shop/limited', { token }),
      api<{ items: Hold[] }>(fetch, '/api/shop/limited/holds?status=open', { token }),
    ]);
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    if (err.status === 401) loginRedirect(url);
    error(err.status >= 500 ? 502 : err.status, { code: err.body.error.code, message: 'The limited offers could not be loaded.' });
  }
  // One idempotency key per form and render: a double submit places one hold and pays once.
  const keys = {
    hold: Object.fromEntries(list.packages.map((p) => [p.code, randomUUID()])),
    checkout: Object.fromEntries(holds.map((h) => [h.hold_id, randomUUID()])),
  };
  return {
    packages: list.packages,
    holdTtlSeconds: list.hold_ttl_seconds,
    holds,
    keys,
    now: Date.now(),
    defaultPaymentMethod: DEFAULT_PAYMENT_METHOD,
  };
};

/** The API's 4xx/5xx as one message for the card; a lost session goes to the login page. */
function apiFailure(err: unknown, url: URL, messages: Partial<Record<ErrorCode, string>> = {}): { status: number; code: ErrorCode | null; message: string } {
  if (err instanceof ApiError && err.status === 401) loginRedirect(url);
  const code = err instanceof ApiError ? err.body.error.code : null;
  const status = err instanceof ApiError && err.status < 500 ? err.status : 502;
  return { status, code, message: (code && messages[code]) ?? formErrors(err, []).form! };
}

export const actions = {
  /** Holds one unit of a package for the hold time; the page then shows the checkout. */
  hold: async ({ request, fetch, locals, url }) => {
    const { token } = requireUser(locals, url);
    const form = readFields(await request.formData(), ['package_code', 'idempotency_key'] as const);
    const code = form.package_code;
    if (!CODE.test(code)) return fail(400, { action: 'hold' as const, code, title: 'Not found', message: 'Pick an offer to hold.', key: null });
    const key = UUID.test(form.idempotency_key) ? form.idempotency_key : randomUUID();
    let answer: PlaceHoldAnswer;
    try {
      answer = await api<PlaceHoldAnswer>(fetch, `/api/shop/limited/${encodeURIComponent(code)}/holds`, {
        method: 'POST',
        token,
        headers: { 'idempotency-key': key },
      });
    } catch (err) {
      const failure = apiFailure(err, url, { not_found: 'This offer is no longer on sale.' });
      return fail(failure.status, { action: 'hold' as const, code, title: 'Could not hold', message: failure.message, key: randomUUID() });
    }
    if (!answer.success) {
      const words = BLOCK_MESSAGES[answer.reason];
      // A refused key keeps answering the refusal: the next try gets a fresh one.
      return fail(409, { action: 'hold' as const, code, reason: answer.reason, title: words.title, message: words.text, key: randomUUID() });
    }
    redirect(303, '/shop/limited');
  },

  /** Previews a promo code on a held unit (nothing is used until checkout). */
  promo: async ({ request, fetch, locals, url }) => {
    const { token } = requireUser(locals, url);
    const form = readFields(await request.formData(), ['hold_id', 'package_code', 'promo_code'] as const);
    const promo = form.promo_code.trim().toUpperCase();
    const base = { action: 'promo' as const, code: form.package_code, hold_id: form.hold_id, promo_code: promo };
    if (!promo) return fail(400, { ...base, title: 'Promo code', message: 'Type a promo code first.' });
    if (!CODE.test(promo)) return fail(400, { ...base, title: BLOCK_MESSAGES.PROMO_INVALID.title, message: BLOCK_MESSAGES.PROMO_INVALID.text });
    let result: PromoValidation;
    try {
      result = await api<PromoValidation>(fetch, '/api/shop/promo/validate', {
        method: 'POST',
        token,
        body: { code: promo, package_code: form.package_code },
      });
    } catch (err) {
      const failure = apiFailure(err, url, { not_found: 'This offer is no longer on sale.' });
      return fail(failure.status, { ...base, title: 'Promo code', message: failure.message });
    }
    if (!result.valid) return fail(400, { ...base, title: BLOCK_MESSAGES.PROMO_INVALID.title, message: BLOCK_MESSAGES.PROMO_INVALID.text });
    return { ...base, applied: { code: promo, discount_cents: result.discount_cents, list_price_cents: result.list_price_cents, price_cents: result.price_cents } };
  },

  /** Pays for the held unit (with the promo code, if any) and goes to its receipt. */
  checkout: async ({ request, fetch, locals, url }) => {
    const { token } = requireUser(locals, url);
    const form = readFields(await request.formData(), ['hold_id', 'package_code', 'promo_code', 'payment_method', 'idempotency_key'] as const);
    const promo = form.promo_code.trim().toUpperCase();
    const base = { action: 'checkout' as const, code: form.package_code, hold_id: form.hold_id, promo_code: promo, payment_method: form.payment_method };
    if (!UUID.test(form.hold_id)) return fail(400, { ...base, title: 'Could not check out', message: 'Hold an offer first.', key: null, refresh: true });
    if (!isPaymentMethod(form.payment_method)) return fail(400, { ...base, title: 'Could not check out', message: 'Pick a payment method.', key: null, refresh: false });
    const key = UUID.test(form.idempotency_key) ? form.idempotency_key : randomUUID();
    let answer: CheckoutAnswer;
    try {
      answer = await api<CheckoutAnswer>(fetch, `/api/shop/limited/holds/${form.hold_id}/checkout`, {
        method: 'POST',
        token,
        headers: { 'idempotency-key': key },
        body: { payment_method: form.payment_method, ...(promo ? { promo_code: promo } : {}) },
      });
    } catch (err) {
      const details = err instanceof ApiError ? (err.body.error.details as { release_reason?: unknown } | undefined) : undefined;
      const ended = typeof details?.release_reason === 'string' ? details.release_reason : null;
      const failure = apiFailure(err, url, {
        hold_closed: `${formatReleaseReason(ended)} Hold a new one to buy.`,
        hold_checked_out: 'This hold is already being paid for. Check your purchase history.',
        idempotency_key_reused: 'This checkout form was already used with other details. Check the card and code, then check out again.',
        not_found: 'This hold is not yours or no longer exists.',
      });
      const refresh = failure.code === 'hold_closed' || failure.code === 'hold_checked_out' || failure.code === 'not_found';
      const fresh = failure.code === 'idempotency_key_reused' ? randomUUID() : null;
      return fail(failure.status, { ...base, title: 'Could not check out', message: failure.message, key: fresh, refresh });
    }
    if (!answer.success) {
      const words = BLOCK_MESSAGES[answer.reason];
      return fail(400, { ...base, title: words.title, message: words.text, key: null, refresh: false });
    }
    redirect(303, `/shop/purchases/${encodeURIComponent(answer.receipt_code)}`);
  },

  /** Gives the held unit back to stock. */
  release: async ({ request, fetch, locals, url }) => {
    const { token } = requireUser(locals, url);
    const form = readFields(await request.formData(), ['hold_id', 'package_code'] as const);
    if (UUID.test(form.hold_id)) {
      try {
        await api<Hold>(fetch, `/api/shop/limited/holds/${form.hold_id}`, { method: 'DELETE', token });
      } catch (err) {
        // Gone already (404): nothing to release.
        if (!(err instanceof ApiError && err.status === 404)) {
          const failure = apiFailure(err, url, { hold_checked_out: 'This hold is already being paid for: it cannot be released now.' });
          return fail(failure.status, { action: 'release' as const, code: form.package_code, hold_id: form.hold_id, title: 'Could not release', message: failure.message, refresh: true });
        }
      }
    }
    redirect(303, '/shop/limited');
  },
} satisfies Actions;
