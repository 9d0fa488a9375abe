import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import { z } from 'zod';
import type { Config } from '../../lib/config.ts';
import type { PrismaClient } from '../../lib/db/client.ts';
import { AppError } from '../../lib/errors.ts';
import type { Logger } from '../../lib/logger.ts';
import { verifyWebhookSignature } from '../../lib/payments/webhook-signature.ts';
import type { Redis } from '../../lib/redis.ts';
import { purchaseWorkflowId } from '../../workflows/messages/workflow-ids.ts';
import { paymentEventSignal } from '../../workflows/messages/purchase.ts';

/** The provider's webhook body (docs/domain.md: event_id, status, receipt_code, amount, reason_code?). */
export const ZPaymentWebhookEvent = z.object({
  event_id: z.string().min(1).max(100),
  status: z.enum(['pending', 'authorized', 'declined', 'captured', 'capture_failed', 'voided', 'refunded']),
  receipt_code: z.string().min(1).max(40),
  payment_id: z.string().min(1).max(100),
  amount: z.number().int().positive(),
  reason_code: z.string().max(100).optional(),
});

export interface WebhookDelivery {
  rawBody: Buffer;
  signature?: string;
  timestamp?: string;
  nonce?: string;
}

export interface WebhookDeps {
  prisma: PrismaClient;
  redis: Redis;
  temporal: Client;
  config: Config;
  log: Logger;
}

/**
 * Accepts one webhook delivery: signature (constant time, two secrets during a rotation),
 * clock skew, nonce replay, then the event itself. A valid new event signals its purchase
 * workflow; a duplicate event id answers 200 and changes nothing.
 */
export async function acceptPaymentWebhook(deps: WebhookDeps, delivery: WebhookDelivery): Promise<{ received: true; duplicate: boolean }> {
  const verdict = verifyWebhookSignature({
    secrets: deps.config.PAYMENT_WEBHOOK_SECRETS,
    rawBody: delivery.rawBody,
    signature: delivery.signature,
    timestamp: delivery.timestamp,
    nonce: delivery.nonce,
    maxSkewSeconds: deps.config.WEBHOOK_MAX_SKEW_SECONDS,
  });
  if (!verdict.ok) {
    deps.log.warn({ reason: verdict.reason }, 'payment webhook refused');
    if (verdict.reason === 'stale_timestamp') throw new AppError('webhook_stale', 'The webhook timestamp is outside the allowed clock skew');
    throw new AppError('webhook_signature_invalid', 'The webhook signature does not verify');
  }
  // A nonce is good for one delivery: remembered for twice the allowed skew, after which the timestamp check refuses it anyway.
  const fresh = await deps.redis.set(`webhook:nonce:${delivery.nonce}`, '1', 'EX', deps.config.WEBHOOK_MAX_SKEW_SECONDS * 2, 'NX');
  if (fresh !== 'OK') throw new AppError('webhook_replayed', 'This webhook delivery (nonce) was already received');

  let json: unknown;
  try {
    json = JSON.parse(delivery.rawBody.toString('utf8'));
  } catch {
    throw AppError.of('invalid_json', 'The webhook body is not valid JSON');
  }
  const parsed = ZPaymentWebhookEvent.safeParse(json);
  if (!parsed.success) throw AppError.of('validation_failed', `Invalid webhook event: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`);
  const event = parsed.data;

  const purchase = await deps.prisma.purchase.findUnique({ where: { receiptCode: event.receipt_code } });
  if (!purchase) {
    deps.log.warn({ receipt: event.receipt_code, eventId: event.event_id }, 'payment webhook for an unknown receipt');
    throw AppError.of('not_found', `No purchase ${event.receipt_code}`);
  }
  if (event.amount !== purchase.amountCents) {
    deps.log.warn({ receipt: event.receipt_code, amount: event.amount, expected: purchase.amountCents }, 'payment webhook amount mismatch');
    throw new AppError('webhook_amount_mismatch', 'The webhook amount does not match the purchase');
  }
  if (await deps.prisma.paymentWebhookEvent.findUnique({ where: { eventId: event.event_id } })) return { received: true, duplicate: true };

  // Only a decision on the authorization of an undecided purchase changes what its workflow does;
  // every other event (captured, voided..., or anything after the decision) is recorded only.
  // Signalling those too cost a workflow task each, and one arriving while the workflow's last
  // task ran made the server refuse that task's completion and the task run again.
  // Signal first, then remember the event: a crash in between only means the provider's
  // redelivery signals again, which the workflow ignores once it has decided.
  if (purchase.status === 'pending' && (event.status === 'authorized' || event.status === 'declined')) {
    try {
      await deps.temporal.workflow.getHandle(purchaseWorkflowId(event.receipt_code)).signal(paymentEventSignal, event);
    } catch (err) {
      if (!(err instanceof WorkflowNotFoundError)) throw err;
      deps.log.info({ receipt: event.receipt_code, status: event.status }, 'payment webhook for a finished purchase; recorded only');
    }
  }
  const { count } = await deps.prisma.paymentWebhookEvent.createMany({
    data: [{ eventId: event.event_id, receiptCode: event.receipt_code, status: event.status, payload: event }],
    skipDuplicates: true,
  });
  return { received: true, duplicate: count === 0 };
}
