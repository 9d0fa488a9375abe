// The payment methods the buy form offers. The payment provider is a sandbox in development
// and tests: each test card number makes it behave one way (see provider/cards.ts).

export interface PaymentMethodOption {
  /** What is sent as `payment_method`. */
  value: string;
  label: string;
}

export const PAYMENT_METHODS: readonly PaymentMethodOption[] = [
  { value: '4242424242424242', label: 'Visa •••• 4242 — succeeds' },
  { value: '4000000000000002', label: 'Visa •••• 0002 — declined' },
  { value: '4000000000000341', label: 'Visa •••• 0341 — capture fails' },
  { value: '4000000000001000', label: 'Visa •••• 1000 — pending, then succeeds' },
  { value: '4000000000001001', label: 'Visa •••• 1001 — pending, then declined' },
  { value: '4000000000001002', label: 'Visa •••• 1002 — pending, then succeeds (no webhook)' },
];

export const DEFAULT_PAYMENT_METHOD = PAYMENT_METHODS[0]!.value;

/** Whether a submitted payment method is one the form offers. */
export function isPaymentMethod(value: string): boolean {
  return PAYMENT_METHODS.some((method) => method.value === value);
}
