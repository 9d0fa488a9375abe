// The sandbox's in-memory model: merchant accounts, their payments, and every status change
// and webhook delivery, kept whole so tests (and people) can see what happened.
import type { PaymentWebhookEvent, ProviderPaymentStatus } from '../lib/payments/provider.ts';
import type { CardBehaviour } from './cards.ts';

/** Per-account behaviour, changed with POST /__sandbox/accounts/:api_key/settings. */
export interface AccountSettings {
  /** How long a pending test card stays pending. */
  pending_ms: number;
  /** Extra copies of every webhook event (same event_id, fresh nonce each). */
  webhook_duplicates: number;
  /** When several deliveries are due at once, send them out of order. */
  webhook_reorder: boolean;
  /** Hold every new event this long before its first delivery attempt. */
  webhook_delay_ms: number;
  /** Off: events are recorded but never delivered. */
  webhooks_enabled: boolean;
  /** Delivery attempts per copy, the first included. */
  webhook_max_attempts: number;
  /** The wait before the first retry; it doubles for each further one. */
  webhook_retry_base_ms: number;
  /** How long one delivery attempt may take before it counts as failed. */
  webhook_timeout_ms: number;
}

export interface Account {
  apiKey: string;
  webhookUrl: string;
  webhookSecret: string;
  createdAt: string;
  settings: AccountSettings;
  /** By payment id, in creation order. */
  payments: Map<string, Payment>;
  /** Idempotency-Key -> the stored (2xx) response. */
  idempotency: Map<string, StoredResponse>;
  /** Epoch ms until which this account's /v1 calls answer 503; 0 for none. */
  outageUntil: number;
  counters: AccountCounters;
}

export interface AccountCounters {
  /** Every authorize request that got past authentication (replays and hanging ones included). */
  authorize_requests: number;
  /** Authorize requests held open right now (test card 4000000000000119). */
  hanging_open: number;
  hanging_total: number;
}

export interface StoredResponse {
  fingerprint: string;
  status: number;
  body: unknown;
  paymentId?: string;
}

export type HistoryCause = 'authorize' | 'pending_resolved' | 'capture' | 'void' | 'refund';

export interface HistoryEntry {
  at: string;
  from: ProviderPaymentStatus | null;
  to: ProviderPaymentStatus;
  cause: HistoryCause;
  reason_code?: string;
}

export interface Payment {
  id: string;
  receiptCode: string;
  amount: number;
  currency: 'USD';
  paymentMethod: string;
  card: CardBehaviour;
  status: ProviderPaymentStatus;
  reasonCode?: string;
  capturedAmount?: number;
  refundedAmount?: number;
  createdAt: string;
  /** How many authorize calls created or replayed this payment: 1 means one authorization. */
  authorizeCalls: number;
  history: HistoryEntry[];
  webhooks: WebhookEventRecord[];
  pendingTimer?: NodeJS.Timeout;
}

export interface WebhookEventRecord {
  event: PaymentWebhookEvent;
  createdAt: string;
  /** Why this event is never delivered, if it is not. */
  suppressed?: 'silent_test_card' | 'webhooks_disabled';
  /** One per copy (1 + webhook_duplicates). */
  deliveries: DeliveryRecord[];
}

export interface DeliveryRecord {
  copy: number;
  state: 'queued' | 'delivered' | 'failed' | 'dropped';
  attempts: AttemptRecord[];
}

export interface AttemptRecord {
  attempt: number;
  at: string;
  timestamp: string;
  nonce: string;
  status_code?: number;
  error?: string;
  duration_ms: number;
}

/** A refusal that becomes `{ error: { code, message } }` with its status. */
export class SandboxError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'SandboxError';
  }
}
