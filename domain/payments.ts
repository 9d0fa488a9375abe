// What a payment provider reports, as plain types: shared by the provider client (lib/payments),
// the purchase workflow and its activities. No imports: workflow code uses these.

/** Where a payment stands at the provider. */
export type ProviderPaymentStatus =
  | 'pending' // the provider has not decided the authorization yet
  | 'authorized'
  | 'declined'
  | 'captured'
  | 'capture_failed'
  | 'voided'
  | 'refunded';

/** A payment as the provider reports it. */
export interface ProviderPayment {
  paymentId: string;
  receiptCode: string;
  status: ProviderPaymentStatus;
  amountCents: number;
  currency: string;
  reasonCode?: string;
}

/** The body the provider posts to our webhook (docs/domain.md: event_id, status, receipt_code, amount, reason_code?). */
export interface PaymentWebhookEvent {
  event_id: string;
  status: ProviderPaymentStatus;
  receipt_code: string;
  payment_id: string;
  amount: number;
  reason_code?: string;
}
