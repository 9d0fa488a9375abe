import { randomUUID } from 'node:crypto';
import { error, fail, redirect } from '@sveltejs/kit';
import { api, ApiError } from '$lib/api';
import { DEFAULT_PAYMENT_METHOD, isPaymentMethod } from '$lib/cards';
import { formErrors, readFields } from '$lib/server/forms';
import { loginRedirect, requireUser } from '$lib/server/guards';
import type { Product, Purchase } from '$lib/types';
import type { Actions, PageServerLoad } from './$types';

const FIELDS = ['product_id', 'payment_method', 'idempotency_key'] as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Friendlier wording for the refusals a buyer can meet. */
const MESSAGES: Record<string, string> = {
  vip_only: 'This pack is for VIP members only.',
  idempotency_key_reused: 'This buy form was already used for another purchase. Check the pack and card, then buy again.',
};

export const load: PageServerLoad = async ({ locals, url, fetch }) => {
  const { token } = requireUser(locals, url);
  let products: Product[];
  try {
    ({ products } = await api<{ products: Product[] }>(fetch, '/api/shop/catalog', { token }));
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    if (err.status === 401) loginRedirect(url);
    error(err.status >= 500 ? 502 : err.status, { code: err.body.error.code, message: 'The shop could not be loaded.' });
  }
  // One idempotency key per buy form and render: submitting the same form twice (a double
  // click, a resend) returns the first purchase instead of charging again.
  const keys = Object.fromEntries(products.map((p) => [p.id, randomUUID()]));
  return { products, keys, now: Date.now(), defaultPaymentMethod: DEFAULT_PAYMENT_METHOD };
};

export const actions = {
  /** Starts a purchase and goes to its receipt, where the outcome arrives live. */
  buy: async ({ request, fetch, locals, url }) => {
    const { token } = requireUser(locals, url);
    const form = readFields(await request.formData(), FIELDS);
    const productId = Number(form.product_id);
    const values = { product_id: productId, payment_method: form.payment_method };
    if (!Number.isSafeInteger(productId) || productId <= 0) {
      return fail(400, { values, message: 'Pick a pack to buy.', key: null });
    }
    if (!isPaymentMethod(form.payment_method)) {
      return fail(400, { values, message: 'Pick a payment method.', key: null });
    }
    const key = UUID.test(form.idempotency_key) ? form.idempotency_key : randomUUID();
    let purchase: Purchase;
    try {
      purchase = await api<Purchase>(fetch, '/api/shop/purchases', {
        method: 'POST',
        token,
        headers: { 'idempotency-key': key },
        body: { product_id: productId, payment_method: form.payment_method },
      });
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) loginRedirect(url);
      const code = err instanceof ApiError ? err.body.error.code : '';
      const message = MESSAGES[code] ?? (err instanceof ApiError && err.status === 404 ? 'This pack is no longer on sale.' : formErrors(err, []).form!);
      // A key the API has seen with another purchase is spent: the retry gets a new one.
      const fresh = code === 'idempotency_key_reused' ? randomUUID() : null;
      return fail(err instanceof ApiError && err.status < 500 ? err.status : 502, { values, message, key: fresh });
    }
    redirect(303, `/shop/purchases/${encodeURIComponent(purchase.receipt_code)}`);
  },
} satisfies Actions;
