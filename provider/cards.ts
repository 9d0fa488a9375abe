// The sandbox's test card numbers (the `payment_method` of an authorize call) and what each
// one makes the sandbox do. Documented for people in provider/README.md.

export type CardBehaviour =
  /** Authorizes; capture succeeds. */
  | 'approve'
  /** Declined at authorize (reason card_declined). */
  | 'decline'
  /** Authorizes; capture fails (capture_failed, reason capture_declined). */
  | 'capture_fail'
  /** Pending; after pending_ms authorized, with a webhook. */
  | 'pending_then_authorize'
  /** Pending; after pending_ms declined (reason card_declined), with a webhook. */
  | 'pending_then_decline'
  /** Pending; after pending_ms authorized, and no webhook is ever sent for this payment. */
  | 'pending_then_authorize_silently'
  /** The authorize request never gets an answer. */
  | 'hang';

export const TEST_CARDS: Readonly<Record<string, CardBehaviour>> = {
  '4242424242424242': 'approve',
  '4000000000000002': 'decline',
  '4000000000000341': 'capture_fail',
  '4000000000001000': 'pending_then_authorize',
  '4000000000001001': 'pending_then_decline',
  '4000000000001002': 'pending_then_authorize_silently',
  '4000000000000119': 'hang',
};

/** The behaviour of a payment method, ignoring spaces and dashes; undefined for an unknown card. */
export function cardBehaviour(paymentMethod: string): CardBehaviour | undefined {
  return TEST_CARDS[paymentMethod.replace(/[\s-]/g, '')];
}
