// The product talks to a payment provider only through this interface, so a real
// manual-capture provider can sit behind it later. The sandbox (provider/) implements the
// HTTP side; lib/payments/http-provider.ts is the client the worker's activities use.

import type { ProviderPayment } from '../../domain/payments.ts';

export type { PaymentWebhookEvent, ProviderPayment, ProviderPaymentStatus } from '../../domain/payments.ts';


export interface AuthorizeRequest {
  receiptCode: string;
  amountCents: number;
  currency: 'USD';
  /** A sandbox test card number, or a real provider's payment method token. */
  paymentMethod: string;
  /** The same key returns the same payment: a retried authorize never charges twice. */
  idempotencyKey: string;
}

/** Thrown for 5xx, timeouts and connection failures: transient, retry policies absorb it. */
export class ProviderUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProviderUnavailableError';
  }
}

/** Thrown when the provider refuses a request for good (4xx other than 404/409/429). */
export class ProviderRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'ProviderRequestError';
  }
}

/** A manual-capture card provider. Every call is idempotent by its key. */
export interface PaymentProvider {
  authorize(req: AuthorizeRequest): Promise<ProviderPayment>;
  capture(paymentId: string, opts: { amountCents: number; idempotencyKey: string }): Promise<ProviderPayment>;
  void(paymentId: string, opts: { idempotencyKey: string }): Promise<ProviderPayment>;
  refund(paymentId: string, opts: { amountCents: number; idempotencyKey: string }): Promise<ProviderPayment>;
  /** The current state, by payment id. */
  getPayment(paymentId: string): Promise<ProviderPayment>;
  /** The payment made for a receipt, if any: lets a retried authorize find what a lost answer created. */
  findByReceipt(receiptCode: string): Promise<ProviderPayment | null>;
}
