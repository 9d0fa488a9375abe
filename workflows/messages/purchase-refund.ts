// The operator refund's contract: input and result, shared with the API.

/** An operator's refund of a successful purchase. */
export interface PurchaseRefundInput {
  receiptCode: string;
  adminId: string;
  reason: string;
}

export interface PurchaseRefundResult {
  receiptCode: string;
  status: 'refunded';
  clawedBack: number;
}

/** The workflow's signature, for starting it by name (`purchaseRefundWorkflow`) without importing its body. */
export type PurchaseRefundWorkflow = (input: PurchaseRefundInput) => Promise<PurchaseRefundResult>;
/** The registered workflow type name. */
export const PURCHASE_REFUND_WORKFLOW = 'purchaseRefundWorkflow';
