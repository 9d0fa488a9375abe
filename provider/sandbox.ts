// The sandbox's state and rules, without HTTP: merchant accounts, the payment state machine
// driven by the test cards, outages, and the webhook events every status change produces.
import { randomBytes } from 'node:crypto';
import type { Logger } from '../lib/logger.ts';
import type { PaymentWebhookEvent, ProviderPaymentStatus } from '../lib/payments/provider.ts';
import { cardBehaviour, TEST_CARDS } from './cards.ts';
import { TimerSet } from './timers.ts';
import { SandboxError, type Account, type AccountSettings, type HistoryCause, type Payment, type WebhookEventRecord } from './types.ts';
import { WebhookDispatcher } from './webhooks.ts';

export const DEFAULT_SETTINGS: Omit<AccountSettings, 'pending_ms'> = {
  webhook_duplicates: 0,
  webhook_reorder: false,
  webhook_delay_ms: 0,
  webhooks_enabled: true,
  webhook_max_attempts: 8,
  webhook_retry_base_ms: 200,
  webhook_timeout_ms: 5000,
};

export interface PaymentSandboxOptions {
  log: Logger;
  /** How long pending test cards stay pending, for accounts that do not set pending_ms. */
  pendingMs: number;
  /** Settings every new account starts with (before its own). */
  accountDefaults?: Partial<AccountSettings>;
  /** For webhook deliveries; defaults to the global fetch. */
  fetch?: typeof fetch;
}

export interface AuthorizeInput {
  receipt_code: string;
  amount: number;
  currency: 'USD';
  payment_method: string;
}

const id = (prefix: string) => `${prefix}_${randomBytes(12).toString('hex')}`;
const nowIso = () => new Date().toISOString();

const notFound = (paymentId: string) => new SandboxError(404, 'not_found', `No payment ${paymentId} for this account`);
const invalidState = (p: Payment, action: string) =>
  new SandboxError(409, 'invalid_state', `Cannot ${action} payment ${p.id}: it is ${p.status}`);

export class PaymentSandbox {
  readonly accounts = new Map<string, Account>();
  readonly timers = new TimerSet();
  readonly webhooks: WebhookDispatcher;
  /** Epoch ms until which every account's /v1 calls answer 503; 0 for none. */
  globalOutageUntil = 0;
  readonly #opts: PaymentSandboxOptions;

  constructor(opts: PaymentSandboxOptions) {
    this.#opts = opts;
    this.webhooks = new WebhookDispatcher({
      log: opts.log,
      timers: this.timers,
      pausedForMs: (account) => this.outageRemainingMs(account),
      fetch: opts.fetch,
    });
  }

  // --- accounts, settings, outages -------------------------------------------------------

  /** Creates the account, or (same api_key) updates its webhook target and settings, keeping its payments. */
  upsertAccount(input: { apiKey?: string; webhookUrl: string; webhookSecret: string; settings?: Partial<AccountSettings> }): { account: Account; created: boolean } {
    const existing = input.apiKey ? this.accounts.get(input.apiKey) : undefined;
    if (existing) {
      existing.webhookUrl = input.webhookUrl;
      existing.webhookSecret = input.webhookSecret;
      this.updateSettings(existing, input.settings ?? {});
      return { account: existing, created: false };
    }
    const account: Account = {
      apiKey: input.apiKey ?? `sk_sandbox_${randomBytes(18).toString('base64url')}`,
      webhookUrl: input.webhookUrl,
      webhookSecret: input.webhookSecret,
      createdAt: nowIso(),
      settings: { ...DEFAULT_SETTINGS, pending_ms: this.#opts.pendingMs, ...this.#opts.accountDefaults, ...input.settings },
      payments: new Map(),
      idempotency: new Map(),
      outageUntil: 0,
      counters: { authorize_requests: 0, hanging_open: 0, hanging_total: 0 },
    };
    this.accounts.set(account.apiKey, account);
    this.#opts.log.info({ webhook_url: account.webhookUrl }, 'merchant account created');
    return { account, created: true };
  }

  updateSettings(account: Account, patch: Partial<AccountSettings> & { webhook_url?: string; webhook_secret?: string }): void {
    const { webhook_url, webhook_secret, ...settings } = patch;
    if (webhook_url !== undefined) account.webhookUrl = webhook_url;
    if (webhook_secret !== undefined) account.webhookSecret = webhook_secret;
    Object.assign(account.settings, settings);
    this.webhooks.kickAll();
  }

  /** Starts (or, with 0, ends) an outage for one account or for everyone. */
  setOutage(durationMs: number, account?: Account): number {
    const until = durationMs > 0 ? Date.now() + durationMs : 0;
    if (account) account.outageUntil = until;
    else this.globalOutageUntil = until;
    this.#opts.log.warn({ scope: account ? 'account' : 'global', duration_ms: durationMs }, durationMs > 0 ? 'outage started' : 'outage ended');
    this.webhooks.kickAll();
    return until;
  }

  /** How much longer the outage lasts for this account (or globally, without one); 0 when none. */
  outageRemainingMs(account?: Account): number {
    const until = Math.max(this.globalOutageUntil, account?.outageUntil ?? 0);
    return Math.max(0, until - Date.now());
  }

  // --- payments ---------------------------------------------------------------------------

  /** Decides an authorization; 'hang' means the request must never be answered. */
  authorize(account: Account, input: AuthorizeInput): Payment | 'hang' {
    account.counters.authorize_requests += 1;
    const card = cardBehaviour(input.payment_method);
    if (!card) {
      throw new SandboxError(400, 'invalid_payment_method', `Unknown test card; use one of ${Object.keys(TEST_CARDS).join(', ')}`);
    }
    if (card === 'hang') return 'hang';

    const payment: Payment = {
      id: id('pay'),
      receiptCode: input.receipt_code,
      amount: input.amount,
      currency: input.currency,
      paymentMethod: input.payment_method,
      card,
      status: 'pending',
      createdAt: nowIso(),
      authorizeCalls: 1,
      history: [],
      webhooks: [],
    };
    account.payments.set(payment.id, payment);
    switch (card) {
      case 'approve':
      case 'capture_fail':
        this.#transition(account, payment, 'authorized', 'authorize');
        break;
      case 'decline':
        this.#transition(account, payment, 'declined', 'authorize', 'card_declined');
        break;
      default: {
        this.#transition(account, payment, 'pending', 'authorize');
        payment.pendingTimer = this.timers.after(account.settings.pending_ms, () => this.#resolvePending(account, payment));
      }
    }
    this.#opts.log.info({ payment_id: payment.id, receipt_code: payment.receiptCode, status: payment.status, card }, 'authorize');
    return payment;
  }

  /** An authorize call answered from the idempotency store still counts against its payment. */
  recordAuthorizeReplay(account: Account, paymentId: string): void {
    account.counters.authorize_requests += 1;
    const payment = account.payments.get(paymentId);
    if (payment) payment.authorizeCalls += 1;
  }

  capture(account: Account, paymentId: string, amount: number): Payment {
    const payment = this.getPayment(account, paymentId);
    if (payment.status === 'captured') return payment;
    if (payment.status !== 'authorized') throw invalidState(payment, 'capture');
    if (amount > payment.amount) {
      throw new SandboxError(422, 'amount_exceeds_authorized', `Cannot capture ${amount}: only ${payment.amount} was authorized`);
    }
    if (payment.card === 'capture_fail') {
      this.#transition(account, payment, 'capture_failed', 'capture', 'capture_declined');
    } else {
      payment.capturedAmount = amount;
      this.#transition(account, payment, 'captured', 'capture');
    }
    return payment;
  }

  void(account: Account, paymentId: string): Payment {
    const payment = this.getPayment(account, paymentId);
    if (payment.status === 'voided') return payment;
    if (payment.status !== 'authorized' && payment.status !== 'pending' && payment.status !== 'capture_failed') {
      throw invalidState(payment, 'void');
    }
    this.timers.cancel(payment.pendingTimer);
    this.#transition(account, payment, 'voided', 'void');
    return payment;
  }

  refund(account: Account, paymentId: string, amount: number): Payment {
    const payment = this.getPayment(account, paymentId);
    if (payment.status === 'refunded') return payment;
    if (payment.status !== 'captured') throw invalidState(payment, 'refund');
    const captured = payment.capturedAmount ?? payment.amount;
    if (amount > captured) {
      throw new SandboxError(422, 'amount_exceeds_captured', `Cannot refund ${amount}: only ${captured} was captured`);
    }
    payment.refundedAmount = amount;
    this.#transition(account, payment, 'refunded', 'refund');
    return payment;
  }

  getPayment(account: Account, paymentId: string): Payment {
    const payment = account.payments.get(paymentId);
    if (!payment) throw notFound(paymentId);
    return payment;
  }

  /** Oldest first; every payment of the account without a receipt code. */
  listPayments(account: Account, receiptCode?: string): Payment[] {
    const all = [...account.payments.values()];
    return receiptCode === undefined ? all : all.filter((p) => p.receiptCode === receiptCode);
  }

  close(): void {
    this.timers.close();
    this.webhooks.close();
  }

  #resolvePending(account: Account, payment: Payment): void {
    payment.pendingTimer = undefined;
    if (payment.status !== 'pending') return; // voided meanwhile
    if (payment.card === 'pending_then_decline') this.#transition(account, payment, 'declined', 'pending_resolved', 'card_declined');
    else this.#transition(account, payment, 'authorized', 'pending_resolved');
    this.#opts.log.info({ payment_id: payment.id, status: payment.status }, 'pending payment decided');
  }

  /** Records a status change; every change after the authorize answer becomes a webhook event. */
  #transition(account: Account, payment: Payment, to: ProviderPaymentStatus, cause: HistoryCause, reasonCode?: string): void {
    const from = payment.history.length === 0 ? null : payment.status;
    payment.status = to;
    payment.reasonCode = reasonCode;
    payment.history.push({ at: nowIso(), from, to, cause, ...(reasonCode ? { reason_code: reasonCode } : {}) });
    if (cause === 'authorize') return;

    const amount = to === 'captured' ? (payment.capturedAmount ?? payment.amount) : to === 'refunded' ? (payment.refundedAmount ?? payment.amount) : payment.amount;
    const event: PaymentWebhookEvent = {
      event_id: id('evt'),
      status: to,
      receipt_code: payment.receiptCode,
      payment_id: payment.id,
      amount,
      ...(reasonCode ? { reason_code: reasonCode } : {}),
    };
    const record: WebhookEventRecord = { event, createdAt: nowIso(), deliveries: [] };
    payment.webhooks.push(record);
    if (payment.card === 'pending_then_authorize_silently') record.suppressed = 'silent_test_card';
    else if (!account.settings.webhooks_enabled) record.suppressed = 'webhooks_disabled';
    else this.webhooks.enqueue(account, record);
  }
}

// --- JSON views ---------------------------------------------------------------------------

/** A payment as the /v1 API answers it. */
export function paymentJson(p: Payment) {
  return {
    payment_id: p.id,
    receipt_code: p.receiptCode,
    status: p.status,
    amount: p.amount,
    currency: p.currency,
    ...(p.reasonCode ? { reason_code: p.reasonCode } : {}),
  };
}

/** A payment with everything that happened to it, for /__sandbox. */
export function paymentDebugJson(p: Payment) {
  return {
    ...paymentJson(p),
    payment_method: p.paymentMethod,
    card_behaviour: p.card,
    captured_amount: p.capturedAmount ?? null,
    refunded_amount: p.refundedAmount ?? null,
    created_at: p.createdAt,
    authorize_calls: p.authorizeCalls,
    history: p.history,
    webhooks: p.webhooks.map((w) => ({
      event: w.event,
      created_at: w.createdAt,
      ...(w.suppressed ? { suppressed: w.suppressed } : {}),
      deliveries: w.deliveries,
    })),
  };
}

/** An account for /__sandbox (without its webhook secret). */
export function accountJson(a: Account, sandbox: PaymentSandbox) {
  return {
    api_key: a.apiKey,
    webhook_url: a.webhookUrl,
    created_at: a.createdAt,
    settings: a.settings,
    outage_until: a.outageUntil > Date.now() ? new Date(a.outageUntil).toISOString() : null,
    global_outage_until: sandbox.globalOutageUntil > Date.now() ? new Date(sandbox.globalOutageUntil).toISOString() : null,
    counters: { ...a.counters, payments: a.payments.size, webhooks_queued: sandbox.webhooks.queuedCount(a) },
  };
}
