// The payment provider sandbox (provider/), run in-process on port 0, driven through the
// product's own client (lib/payments/http-provider.ts), with a local HTTP receiver standing in
// for the API's webhook route. Needs none of the test stack's services.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createHttpPaymentProvider } from '../../lib/payments/http-provider.ts';
import {
  ProviderRequestError,
  ProviderUnavailableError,
  type PaymentProvider,
  type PaymentWebhookEvent,
} from '../../lib/payments/provider.ts';
import { verifyWebhookSignature, WEBHOOK_HEADERS } from '../../lib/payments/webhook-signature.ts';
import { createSandboxApp, type SandboxApp } from '../../provider/app.ts';
import { parseSandboxConfig } from '../../provider/config.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PENDING_MS = 300;
const RETRY_BASE_MS = 50;

const CARDS = {
  ok: '4242424242424242',
  declined: '4000000000000002',
  captureFails: '4000000000000341',
  pendingOk: '4000000000001000',
  pendingDeclined: '4000000000001001',
  pendingSilent: '4000000000001002',
  hangs: '4000000000000119',
};

// --- a webhook receiver: records every delivery, answers 200 unless told otherwise ----------

interface Delivery {
  path: string;
  headers: IncomingHttpHeaders;
  rawBody: string;
  event: PaymentWebhookEvent;
  at: number;
  answered: number;
}

class WebhookReceiver {
  readonly deliveries: Delivery[] = [];
  readonly #plans = new Map<string, number[]>();
  readonly #server: Server;
  baseUrl = '';

  constructor() {
    this.#server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const rawBody = Buffer.concat(chunks).toString('utf8');
        const path = req.url ?? '/';
        const answered = this.#plans.get(path)?.shift() ?? 200;
        this.deliveries.push({ path, headers: req.headers, rawBody, event: JSON.parse(rawBody), at: Date.now(), answered });
        res.writeHead(answered, { 'content-type': 'application/json' }).end('{}');
      });
    });
  }

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.#server.listen(0, '127.0.0.1', resolve));
    this.baseUrl = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }

  /** The next deliveries to `path` get these statuses, in order. */
  answerNext(path: string, ...statuses: number[]): void {
    this.#plans.set(path, statuses);
  }

  to(path: string): Delivery[] {
    return this.deliveries.filter((d) => d.path === path);
  }

  async close(): Promise<void> {
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}

function verify(delivery: Delivery, secret: string) {
  return verifyWebhookSignature({
    secrets: [secret],
    rawBody: delivery.rawBody,
    signature: delivery.headers[WEBHOOK_HEADERS.signature],
    timestamp: delivery.headers[WEBHOOK_HEADERS.timestamp],
    nonce: delivery.headers[WEBHOOK_HEADERS.nonce],
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const key = () => randomUUID();

describe('the payment provider sandbox, through the http-provider client', () => {
  const receiver = new WebhookReceiver();
  let sandbox: SandboxApp;
  let server: Server;
  let baseUrl: string;

  beforeAll(async () => {
    await receiver.start();
    sandbox = createSandboxApp({ pendingMs: PENDING_MS, accountDefaults: { webhook_retry_base_ms: RETRY_BASE_MS } });
    server = createServer(sandbox.app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await sandbox?.close();
    server?.closeAllConnections();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await receiver.close();
  });

  async function control(method: 'GET' | 'POST', path: string, body?: unknown): Promise<any> {
    const res = await fetch(`${baseUrl}/__sandbox${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await res.json();
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
    return json;
  }

  /** A merchant account of the test's own, with its own webhook path. */
  async function merchant(settings: Record<string, unknown> = {}, timeoutMs = 2000) {
    const hookPath = `/hooks/${randomUUID()}`;
    const secret = `whsec_${randomUUID()}`;
    const created = await control('POST', '/accounts', { webhook_url: `${receiver.baseUrl}${hookPath}`, webhook_secret: secret, settings });
    const apiKey: string = created.api_key;
    const provider: PaymentProvider = createHttpPaymentProvider({ baseUrl, apiKey, timeoutMs });
    return {
      apiKey,
      secret,
      hookPath,
      provider,
      hooks: () => receiver.to(hookPath),
      payments: async (receipt?: string) =>
        (await control('GET', `/accounts/${apiKey}/payments${receipt ? `?receipt_code=${encodeURIComponent(receipt)}` : ''}`)) as { data: any[]; account: any },
      settings: (patch: Record<string, unknown>) => control('POST', `/accounts/${apiKey}/settings`, patch),
      authorize: (paymentMethod: string, opts: { receiptCode?: string; amountCents?: number; idempotencyKey?: string } = {}) =>
        provider.authorize({
          receiptCode: opts.receiptCode ?? `R-${randomUUID()}`,
          amountCents: opts.amountCents ?? 499,
          currency: 'USD',
          paymentMethod,
          idempotencyKey: opts.idempotencyKey ?? key(),
        }),
    };
  }

  it('refuses calls without a known API key (401 → ProviderRequestError)', async () => {
    const stranger = createHttpPaymentProvider({ baseUrl, apiKey: 'not-a-key' });
    const err = await stranger.getPayment('pay_x').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProviderRequestError);
    expect(err).toMatchObject({ status: 401, code: 'unauthorized' });
  });

  it('4242424242424242 authorizes, captures and refunds; each later change is a signed webhook', async () => {
    const m = await merchant();
    const receiptCode = `R-${randomUUID()}`;
    const authorized = await m.authorize(CARDS.ok, { receiptCode, amountCents: 1099 });
    expect(authorized).toEqual({ paymentId: expect.stringMatching(/^pay_/), receiptCode, status: 'authorized', amountCents: 1099, currency: 'USD' });
    expect(await m.provider.getPayment(authorized.paymentId)).toEqual(authorized);
    expect(await m.provider.findByReceipt(receiptCode)).toEqual(authorized);
    expect(await m.provider.findByReceipt('R-nobody')).toBeNull();
    await expect(m.provider.getPayment('pay_nope')).rejects.toMatchObject({ name: 'ProviderRequestError', status: 404, code: 'not_found' });

    const captured = await m.provider.capture(authorized.paymentId, { amountCents: 1099, idempotencyKey: key() });
    expect(captured.status).toBe('captured');
    // Capturing a captured payment (another key) answers it as it is.
    expect((await m.provider.capture(authorized.paymentId, { amountCents: 1099, idempotencyKey: key() })).status).toBe('captured');
    const refunded = await m.provider.refund(authorized.paymentId, { amountCents: 1099, idempotencyKey: key() });
    expect(refunded.status).toBe('refunded');
    await expect(m.provider.capture(authorized.paymentId, { amountCents: 1099, idempotencyKey: key() })).rejects.toMatchObject({ status: 409, code: 'invalid_state' });

    // The authorize answer is not a webhook; capture and refund are, once each.
    await vi.waitFor(() => expect(m.hooks()).toHaveLength(2), { timeout: 5000 });
    await sleep(100);
    expect(m.hooks().map((d) => d.event)).toEqual([
      { event_id: expect.stringMatching(/^evt_/), status: 'captured', receipt_code: receiptCode, payment_id: authorized.paymentId, amount: 1099 },
      { event_id: expect.stringMatching(/^evt_/), status: 'refunded', receipt_code: receiptCode, payment_id: authorized.paymentId, amount: 1099 },
    ]);
    for (const d of m.hooks()) expect(verify(d, m.secret)).toEqual({ ok: true });

    const [debug] = (await m.payments(receiptCode)).data;
    expect(debug.history.map((h: any) => h.to)).toEqual(['authorized', 'captured', 'refunded']);
    expect(debug.authorize_calls).toBe(1);
  });

  it('4000000000000002 is declined at authorize (card_declined) and cannot be captured or voided', async () => {
    const m = await merchant();
    const declined = await m.authorize(CARDS.declined);
    expect(declined).toMatchObject({ status: 'declined', reasonCode: 'card_declined' });
    await expect(m.provider.capture(declined.paymentId, { amountCents: 499, idempotencyKey: key() })).rejects.toMatchObject({ status: 409, code: 'invalid_state' });
    await expect(m.provider.void(declined.paymentId, { idempotencyKey: key() })).rejects.toMatchObject({ status: 409 });
    await sleep(100);
    expect(m.hooks()).toHaveLength(0);
  });

  it('4000000000000341 authorizes, its capture fails (capture_declined), and a void releases it', async () => {
    const m = await merchant();
    const authorized = await m.authorize(CARDS.captureFails);
    expect(authorized.status).toBe('authorized');
    const failed = await m.provider.capture(authorized.paymentId, { amountCents: 499, idempotencyKey: key() });
    expect(failed).toMatchObject({ status: 'capture_failed', reasonCode: 'capture_declined' });
    // Only an authorized payment can be captured.
    await expect(m.provider.capture(authorized.paymentId, { amountCents: 499, idempotencyKey: key() })).rejects.toMatchObject({ status: 409 });
    expect((await m.provider.void(authorized.paymentId, { idempotencyKey: key() })).status).toBe('voided');
    // Voiding is idempotent even with a new key, and sends no second event.
    expect((await m.provider.void(authorized.paymentId, { idempotencyKey: key() })).status).toBe('voided');

    await vi.waitFor(() => expect(m.hooks()).toHaveLength(2), { timeout: 5000 });
    await sleep(100);
    expect(m.hooks().map((d) => [d.event.status, d.event.reason_code])).toEqual([
      ['capture_failed', 'capture_declined'],
      ['voided', undefined],
    ]);
  });

  it('4000000000001000 is pending, then authorized with a webhook that verifies', async () => {
    const m = await merchant();
    const started = Date.now();
    const pending = await m.authorize(CARDS.pendingOk);
    expect(pending.status).toBe('pending');
    await expect(m.provider.capture(pending.paymentId, { amountCents: 499, idempotencyKey: key() })).rejects.toMatchObject({ status: 409 });

    await vi.waitFor(() => expect(m.hooks()).toHaveLength(1), { timeout: 5000 });
    const [hook] = m.hooks();
    expect(hook!.at - started).toBeGreaterThanOrEqual(PENDING_MS - 20);
    expect(hook!.event).toEqual({ event_id: expect.any(String), status: 'authorized', receipt_code: pending.receiptCode, payment_id: pending.paymentId, amount: 499 });
    expect(hook!.headers['content-type']).toBe('application/json');
    expect(verify(hook!, m.secret)).toEqual({ ok: true });
    expect(verify(hook!, 'some-other-secret')).toEqual({ ok: false, reason: 'bad_signature' });
    expect(verifyWebhookSignature({ secrets: [m.secret], rawBody: hook!.rawBody.replace('499', '1'), signature: hook!.headers[WEBHOOK_HEADERS.signature], timestamp: hook!.headers[WEBHOOK_HEADERS.timestamp], nonce: hook!.headers[WEBHOOK_HEADERS.nonce] })).toEqual({ ok: false, reason: 'bad_signature' });

    expect((await m.provider.getPayment(pending.paymentId)).status).toBe('authorized');
    expect((await m.provider.capture(pending.paymentId, { amountCents: 499, idempotencyKey: key() })).status).toBe('captured');
  });

  it('4000000000001001 is pending, then declined with a webhook', async () => {
    const m = await merchant();
    const pending = await m.authorize(CARDS.pendingDeclined);
    expect(pending.status).toBe('pending');
    await vi.waitFor(() => expect(m.hooks()).toHaveLength(1), { timeout: 5000 });
    expect(m.hooks()[0]!.event).toMatchObject({ status: 'declined', reason_code: 'card_declined', payment_id: pending.paymentId });
    expect(verify(m.hooks()[0]!, m.secret)).toEqual({ ok: true });
    expect(await m.provider.getPayment(pending.paymentId)).toMatchObject({ status: 'declined', reasonCode: 'card_declined' });
  });

  it('4000000000001002 is pending, then authorized with no webhook ever: only polling sees it', async () => {
    const m = await merchant();
    const pending = await m.authorize(CARDS.pendingSilent);
    expect(pending.status).toBe('pending');
    await vi.waitFor(async () => expect((await m.provider.getPayment(pending.paymentId)).status).toBe('authorized'), { timeout: 5000, interval: 50 });
    expect((await m.provider.capture(pending.paymentId, { amountCents: 499, idempotencyKey: key() })).status).toBe('captured');
    await sleep(PENDING_MS);
    expect(m.hooks()).toHaveLength(0);
    const [debug] = (await m.payments()).data;
    expect(debug.webhooks.map((w: any) => [w.event.status, w.suppressed])).toEqual([
      ['authorized', 'silent_test_card'],
      ['captured', 'silent_test_card'],
    ]);
  });

  it('4000000000000119 never answers: the client gives up with ProviderUnavailableError and the sandbox lets go', async () => {
    const m = await merchant({}, 300);
    const receiptCode = `R-${randomUUID()}`;
    const started = Date.now();
    const err = await m.authorize(CARDS.hangs, { receiptCode }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProviderUnavailableError);
    expect((err as Error).message).toMatch(/did not answer .* within 300 ms/);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(Date.now() - started).toBeLessThan(2000);
    // Nothing was created, and the held request is gone once the client dropped it.
    expect(await m.provider.findByReceipt(receiptCode)).toBeNull();
    await vi.waitFor(async () => expect((await m.payments()).account.counters).toMatchObject({ hanging_open: 0, hanging_total: 1, payments: 0 }), { timeout: 2000 });
  });

  it('answers an unknown card with 400 (ProviderRequestError)', async () => {
    const m = await merchant();
    await expect(m.authorize('4111111111111111')).rejects.toMatchObject({ name: 'ProviderRequestError', status: 400, code: 'invalid_payment_method' });
  });

  it('the same Idempotency-Key returns the same payment: one authorization at the provider', async () => {
    const m = await merchant();
    const receiptCode = `R-${randomUUID()}`;
    const idempotencyKey = key();
    const first = await m.authorize(CARDS.ok, { receiptCode, idempotencyKey });
    const again = await Promise.all([1, 2].map(() => m.authorize(CARDS.ok, { receiptCode, idempotencyKey })));
    expect(again).toEqual([first, first]);

    const { data } = await m.payments(receiptCode);
    expect(data).toHaveLength(1);
    expect(data[0].authorize_calls).toBe(3);

    // Same key, different request: refused, and nothing new is created.
    await expect(m.authorize(CARDS.ok, { receiptCode, idempotencyKey, amountCents: 1 })).rejects.toMatchObject({ status: 422, code: 'idempotency_key_reused' });
    expect((await m.payments(receiptCode)).data).toHaveLength(1);

    // A retried capture is answered from the store: one capture, one event.
    const captureKey = key();
    const c1 = await m.provider.capture(first.paymentId, { amountCents: 499, idempotencyKey: captureKey });
    const c2 = await m.provider.capture(first.paymentId, { amountCents: 499, idempotencyKey: captureKey });
    expect(c2).toEqual(c1);
    await vi.waitFor(() => expect(m.hooks()).toHaveLength(1), { timeout: 5000 });
    await sleep(150);
    expect(m.hooks()).toHaveLength(1);

    // A request the provider refused is not stored: the same key may be retried.
    const raw = await fetch(`${baseUrl}/v1/payments/authorize`, {
      method: 'POST',
      headers: { authorization: `Bearer ${m.apiKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ receipt_code: 'R-x', amount: 1, currency: 'USD', payment_method: CARDS.ok }),
    });
    expect(raw.status).toBe(400);
    expect(await raw.json()).toMatchObject({ error: { code: 'idempotency_key_required' } });
  });

  it('webhook_duplicates: every event arrives 1 + N times with the same event_id and fresh nonces', async () => {
    const m = await merchant({ webhook_duplicates: 2 });
    const p = await m.authorize(CARDS.ok);
    await m.provider.capture(p.paymentId, { amountCents: 499, idempotencyKey: key() });
    await vi.waitFor(() => expect(m.hooks()).toHaveLength(3), { timeout: 5000 });
    await sleep(100);
    const hooks = m.hooks();
    expect(hooks).toHaveLength(3);
    expect(new Set(hooks.map((d) => d.event.event_id)).size).toBe(1);
    expect(new Set(hooks.map((d) => d.headers[WEBHOOK_HEADERS.nonce])).size).toBe(3);
    for (const d of hooks) expect(verify(d, m.secret)).toEqual({ ok: true });
  });

  it('retries with backoff: a receiver that answers 500 twice gets the event on the third attempt', async () => {
    const m = await merchant();
    receiver.answerNext(m.hookPath, 500, 500);
    const p = await m.authorize(CARDS.ok);
    await m.provider.capture(p.paymentId, { amountCents: 499, idempotencyKey: key() });
    await vi.waitFor(() => expect(m.hooks()).toHaveLength(3), { timeout: 5000 });
    await sleep(150);
    const hooks = m.hooks();
    expect(hooks.map((d) => d.answered)).toEqual([500, 500, 200]);
    expect(new Set(hooks.map((d) => d.event.event_id)).size).toBe(1);
    expect(new Set(hooks.map((d) => d.headers[WEBHOOK_HEADERS.nonce])).size).toBe(3);
    for (const d of hooks) expect(verify(d, m.secret)).toEqual({ ok: true });
    // 50 ms, then 100 ms (exponential).
    expect(hooks[1]!.at - hooks[0]!.at).toBeGreaterThanOrEqual(RETRY_BASE_MS - 10);
    expect(hooks[2]!.at - hooks[1]!.at).toBeGreaterThanOrEqual(2 * RETRY_BASE_MS - 10);

    const [debug] = (await m.payments()).data;
    const [delivery] = debug.webhooks[0].deliveries;
    expect(delivery.state).toBe('delivered');
    expect(delivery.attempts.map((a: any) => a.status_code)).toEqual([500, 500, 200]);
  });

  it('gives up after webhook_max_attempts', async () => {
    const m = await merchant({ webhook_max_attempts: 2 });
    receiver.answerNext(m.hookPath, 503, 503, 503);
    const p = await m.authorize(CARDS.ok);
    await m.provider.capture(p.paymentId, { amountCents: 499, idempotencyKey: key() });
    await vi.waitFor(async () => expect((await m.payments()).data[0].webhooks[0].deliveries[0].state).toBe('failed'), { timeout: 5000 });
    expect(m.hooks()).toHaveLength(2);
  });

  it('webhook_reorder: deliveries queued together go out in another order', async () => {
    const m = await merchant({ webhook_reorder: true, pending_ms: 400 });
    // Three pending payments are decided, in order, while an outage holds their webhooks back.
    const payments = [];
    for (let i = 0; i < 3; i++) payments.push(await m.authorize(CARDS.pendingOk));
    await control('POST', '/outage', { duration_ms: 1200, api_key: m.apiKey });
    await vi.waitFor(() => expect(m.hooks()).toHaveLength(3), { timeout: 5000 });
    const decided = (await m.payments()).data.map((p: any) => p.payment_id);
    expect(decided).toEqual(payments.map((p) => p.paymentId));
    const order = m.hooks().map((d) => d.event.payment_id);
    expect([...order].sort()).toEqual([...decided].sort());
    expect(order).not.toEqual(decided);
  });

  it('webhooks_enabled: false records events but sends nothing', async () => {
    const m = await merchant({ webhooks_enabled: false });
    const p = await m.authorize(CARDS.ok);
    await m.provider.capture(p.paymentId, { amountCents: 499, idempotencyKey: key() });
    await sleep(150);
    expect(m.hooks()).toHaveLength(0);
    expect((await m.payments()).data[0].webhooks[0].suppressed).toBe('webhooks_disabled');
  });

  it('an account outage answers 503 (ProviderUnavailableError) and holds webhooks; then it recovers', async () => {
    const m = await merchant();
    const other = await merchant();
    const pending = await m.authorize(CARDS.pendingOk);
    const outageMs = 1000;
    const outageEnds = Date.now() + outageMs;
    expect(await control('POST', '/outage', { duration_ms: outageMs, api_key: m.apiKey })).toMatchObject({ scope: 'account' });

    await expect(m.provider.getPayment(pending.paymentId)).rejects.toBeInstanceOf(ProviderUnavailableError);
    await expect(m.authorize(CARDS.ok)).rejects.toThrow(/503 provider_unavailable/);
    const raw = await fetch(`${baseUrl}/v1/payments/${pending.paymentId}`, { headers: { authorization: `Bearer ${m.apiKey}` } });
    expect(raw.status).toBe(503);
    expect(raw.headers.get('retry-after')).toBe('1');
    expect(await raw.json()).toMatchObject({ error: { code: 'provider_unavailable' } });
    // Other merchants are not affected.
    expect((await other.authorize(CARDS.ok)).status).toBe('authorized');

    // The payment is decided during the outage, but its webhook waits for the end of it.
    await vi.waitFor(() => expect(m.hooks()).toHaveLength(1), { timeout: 5000 });
    expect(m.hooks()[0]!.at).toBeGreaterThanOrEqual(outageEnds - 20);
    expect(m.hooks()[0]!.event.status).toBe('authorized');
    expect((await m.provider.getPayment(pending.paymentId)).status).toBe('authorized');
  });

  it('a global outage answers 503 to everyone, and can be ended early', async () => {
    const m = await merchant();
    await control('POST', '/outage', { duration_ms: 60_000 });
    try {
      await expect(m.authorize(CARDS.ok)).rejects.toBeInstanceOf(ProviderUnavailableError);
      const anonymous = await fetch(`${baseUrl}/v1/payments`);
      expect(anonymous.status).toBe(503);
    } finally {
      expect(await control('POST', '/outage', { duration_ms: 0 })).toEqual({ scope: 'global', outage_until: null });
    }
    expect((await m.authorize(CARDS.ok)).status).toBe('authorized');
  });

  it('validates requests: 400 with the field, 404 for unknown routes, webhook_url must be http(s)', async () => {
    const m = await merchant();
    const res = await fetch(`${baseUrl}/v1/payments/authorize`, {
      method: 'POST',
      headers: { authorization: `Bearer ${m.apiKey}`, 'content-type': 'application/json', 'idempotency-key': key() },
      body: JSON.stringify({ receipt_code: 'R-1', amount: 4.99, currency: 'USD', payment_method: CARDS.ok }),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'validation_failed', message: expect.stringMatching(/^amount:/) } });
    expect((await fetch(`${baseUrl}/nope`)).status).toBe(404);
    const bad = await fetch(`${baseUrl}/__sandbox/accounts`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ webhook_url: 'ftp://x', webhook_secret: 's' }) });
    expect(bad.status).toBe(400);
    expect((await fetch(`${baseUrl}/healthz`)).status).toBe(200);
  });
});

describe('provider/main.ts as its own process', () => {
  it('names a bad variable on one line and exits 1', async () => {
    expect(() => parseSandboxConfig({ SANDBOX_PENDING_MS: '-1' })).toThrowError(expect.objectContaining({ variable: 'SANDBOX_PENDING_MS' }) as unknown as Error);
    expect(() => parseSandboxConfig({ SANDBOX_DEFAULT_API_KEY: 'k' })).toThrowError(expect.objectContaining({ variable: 'SANDBOX_DEFAULT_WEBHOOK_URL' }) as unknown as Error);
    expect(parseSandboxConfig({})).toMatchObject({ SANDBOX_PORT: 4010, SANDBOX_HOST: '127.0.0.1', SANDBOX_PENDING_MS: 5000 });

    const child = spawn(process.execPath, ['--import', 'tsx', 'provider/main.ts'], { cwd: ROOT, env: { ...process.env, SANDBOX_PORT: 'not-a-port' } });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/SANDBOX_PORT/);
  });

  it('starts with the default account and, on SIGTERM, drops hanging requests and exits 0', async () => {
    const receiver = new WebhookReceiver();
    await receiver.start();
    const child = spawn(process.execPath, ['--import', 'tsx', 'provider/main.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        SANDBOX_PORT: '0',
        SANDBOX_PENDING_MS: '100',
        SANDBOX_DEFAULT_API_KEY: 'sk_default_test',
        SANDBOX_DEFAULT_WEBHOOK_URL: `${receiver.baseUrl}/hook`,
        SANDBOX_DEFAULT_WEBHOOK_SECRET: 'default-secret',
        LOG_LEVEL: 'info',
      },
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (c: Buffer) => {
          out += c.toString();
          const m = /"url":"(http:\/\/[^"]+)".*payment sandbox listening/.exec(out);
          if (m) resolve(m[1]!);
        });
        child.on('exit', (code) => reject(new Error(`sandbox exited with ${code}: ${out}`)));
      });
      const provider = createHttpPaymentProvider({ baseUrl: url, apiKey: 'sk_default_test', timeoutMs: 10_000 });
      const pending = await provider.authorize({ receiptCode: 'R-main', amountCents: 199, currency: 'USD', paymentMethod: CARDS.pendingOk, idempotencyKey: key() });
      await vi.waitFor(() => expect(receiver.to('/hook')).toHaveLength(1), { timeout: 5000 });
      expect(receiver.to('/hook')[0]!.event.payment_id).toBe(pending.paymentId);
      expect(verify(receiver.to('/hook')[0]!, 'default-secret')).toEqual({ ok: true });

      const hanging = provider.authorize({ receiptCode: 'R-hang', amountCents: 199, currency: 'USD', paymentMethod: CARDS.hangs, idempotencyKey: key() }).catch((e: unknown) => e);
      await sleep(200);
      const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
      const stopping = Date.now();
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(Date.now() - stopping).toBeLessThan(4000);
      expect(await hanging).toBeInstanceOf(ProviderUnavailableError);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      await receiver.close();
    }
  });
});
