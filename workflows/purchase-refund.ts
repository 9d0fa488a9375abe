import { proxyActivities, setCurrentDetails } from '@temporalio/workflow';
import type { Activities } from '../activities/index.ts';
import type { PurchaseRefundInput, PurchaseRefundResult } from './messages/purchase-refund.ts';

const store = proxyActivities<Activities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '200 milliseconds', backoffCoefficient: 2, maximumInterval: '10 seconds', nonRetryableErrorTypes: ['RefundBlocked'] },
});
const provider = proxyActivities<Activities>({
  startToCloseTimeout: '15 seconds',
  retry: { initialInterval: '500 milliseconds', backoffCoefficient: 2, maximumInterval: '30 seconds', nonRetryableErrorTypes: ['ProviderRequestError'] },
});

/**
 * Refund → clawback → notify, for a purchase that succeeded. The gold is clawed back first,
 * in one ledger transaction that refuses to take the balance below zero: when the player has
 * already spent it, the refund stops there (the workflow fails with `RefundBlocked`, nothing
 * moved) and support decides. Once the gold is back, the provider refund is retried until it
 * lands, so the player is never left without both. Started as `purchase-refund:<receipt>`;
 * a blocked attempt may be started again.
 */
export async function purchaseRefundWorkflow(input: PurchaseRefundInput): Promise<PurchaseRefundResult> {
  setCurrentDetails(`Refund of **${input.receiptCode}** by operator ${input.adminId}: ${input.reason}`);
  const purchase = await store.clawBackPurchaseGold({ receiptCode: input.receiptCode });
  setCurrentDetails(`Refund of **${input.receiptCode}**: ${purchase.gold} gold clawed back; refunding at the provider`);
  await provider.refundPayment({ receiptCode: input.receiptCode, paymentId: purchase.providerPaymentId, amountCents: purchase.amountCents });
  await store.markPurchaseRefunded({ receiptCode: input.receiptCode });
  setCurrentDetails(`Refund of **${input.receiptCode}** done`);
  return { receiptCode: input.receiptCode, status: 'refunded', clawedBack: purchase.gold };
}
