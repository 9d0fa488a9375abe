// The PaymentProvider the worker's activities use: a thin HTTP client for the provider's API
// (the sandbox in provider/ speaks the same protocol). It never retries by itself: transient
// failures surface as ProviderUnavailableError and Temporal retry policies absorb them, and
// every mutating call carries the caller's Idempotency-Key so a retry never charges twice.
import { z } from 'zod';
import {
  ProviderRequestError,
  ProviderUnavailableError,
  type AuthorizeRequest,
  type PaymentProvider,
  type ProviderPayment,
} from './provider.ts';

export interface HttpPaymentProviderOptions {
  /** Where the provider's API lives, e.g. http://127.0.0.1:4010 (no /v1). */
  baseUrl: string;
  apiKey: string;
  /** Per call, including reading the answer. */
  timeoutMs?: number;
  /** For tests; defaults to the global fetch. */
  fetch?: typeof fetch;
}

const ZPayment = z.object({
  payment_id: z.string().min(1),
  receipt_code: z.string(),
  status: z.enum(['pending', 'authorized', 'declined', 'captured', 'capture_failed', 'voided', 'refunded']),
  amount: z.number().int(),
  currency: z.string(),
  reason_code: z.string().nullish(),
});
const ZPaymentList = z.object({ data: z.array(ZPayment) });
const ZErrorBody = z.object({ error: z.object({ code: z.string().optional(), message: z.string().optional() }) });

function toPayment(p: z.infer<typeof ZPayment>): ProviderPayment {
  return {
    paymentId: p.payment_id,
    receiptCode: p.receipt_code,
    status: p.status,
    amountCents: p.amount,
    currency: p.currency,
    ...(p.reason_code ? { reasonCode: p.reason_code } : {}),
  };
}

export function createHttpPaymentProvider(opts: HttpPaymentProviderOptions): PaymentProvider {
  const { apiKey, timeoutMs = 5000 } = opts;
  const baseUrl = opts.baseUrl.replace(/\/+$/, '');
  const doFetch = opts.fetch ?? fetch;

  async function call<T>(
    method: 'GET' | 'POST',
    path: string,
    schema: z.ZodType<T>,
    init: { body?: unknown; idempotencyKey?: string } = {},
  ): Promise<T> {
    const what = `${method} ${path.split('?')[0]}`;
    const headers: Record<string, string> = { authorization: `Bearer ${apiKey}`, accept: 'application/json' };
    if (init.idempotencyKey !== undefined) headers['idempotency-key'] = init.idempotencyKey;
    if (init.body !== undefined) headers['content-type'] = 'application/json';

    let status: number;
    let text: string;
    try {
      const res = await doFetch(`${baseUrl}${path}`, {
        method,
        headers,
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        signal: AbortSignal.timeout(timeoutMs),
        redirect: 'error',
      });
      status = res.status;
      text = await res.text();
    } catch (err) {
      const e = err as Error;
      if (e.name === 'TimeoutError' || e.name === 'AbortError') {
        throw new ProviderUnavailableError(`payment provider did not answer ${what} within ${timeoutMs} ms`);
      }
      const cause = (e.cause as Error | undefined)?.message;
      throw new ProviderUnavailableError(`payment provider unreachable for ${what}: ${e.message}${cause ? ` (${cause})` : ''}`);
    }

    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }

    if (status >= 200 && status < 300) {
      const parsed = schema.safeParse(json);
      // A garbled success is the provider's fault; the call is idempotent, so retrying is safe.
      if (!parsed.success) throw new ProviderUnavailableError(`payment provider sent an unexpected answer to ${what} (status ${status})`);
      return parsed.data;
    }
    const error = ZErrorBody.safeParse(json);
    const code = error.success ? error.data.error.code : undefined;
    const message = error.success ? error.data.error.message : undefined;
    const summary = `payment provider answered ${status}${code ? ` ${code}` : ''} to ${what}${message ? `: ${message}` : ''}`;
    // 5xx and 429 are transient; every other refusal is for good (the caller reads status/code: 404, 409, 422...).
    if (status >= 500 || status === 429) throw new ProviderUnavailableError(summary);
    throw new ProviderRequestError(summary, status, code);
  }

  const payment = (method: 'GET' | 'POST', path: string, init?: { body?: unknown; idempotencyKey?: string }) =>
    call(method, path, ZPayment, init).then(toPayment);
  const byId = (paymentId: string) => `/v1/payments/${encodeURIComponent(paymentId)}`;

  return {
    authorize(req: AuthorizeRequest) {
      return payment('POST', '/v1/payments/authorize', {
        idempotencyKey: req.idempotencyKey,
        body: { receipt_code: req.receiptCode, amount: req.amountCents, currency: req.currency, payment_method: req.paymentMethod },
      });
    },
    capture(paymentId, { amountCents, idempotencyKey }) {
      return payment('POST', `${byId(paymentId)}/capture`, { idempotencyKey, body: { amount: amountCents } });
    },
    void(paymentId, { idempotencyKey }) {
      return payment('POST', `${byId(paymentId)}/void`, { idempotencyKey, body: {} });
    },
    refund(paymentId, { amountCents, idempotencyKey }) {
      return payment('POST', `${byId(paymentId)}/refund`, { idempotencyKey, body: { amount: amountCents } });
    },
    getPayment(paymentId) {
      return payment('GET', byId(paymentId));
    },
    async findByReceipt(receiptCode) {
      const list = await call('GET', `/v1/payments?receipt_code=${encodeURIComponent(receiptCode)}`, ZPaymentList);
      // Oldest first. More than one means the receipt was authorized twice (a bug upstream);
      // the newest is the one a retried authorize would have been waiting for.
      const matching = list.data.filter((p) => p.receipt_code === receiptCode);
      const newest = matching[matching.length - 1];
      return newest ? toPayment(newest) : null;
    },
  };
}
