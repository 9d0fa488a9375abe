import { z } from 'zod';
import { periodAt, type ResetKind } from '../../domain/engagement/periods.ts';
import { AppError } from '../../lib/errors.ts';
import { claimUpdate, PARTICIPATION_FAILURE, type ClaimResult, type ParticipationState } from '../../workflows/messages/event-participation.ts';
import { holdUpdateFailure } from '../limited/hold-update-failure.ts';
import type { EngagementDeps } from './deps.ts';
import { findEventOrThrow, participationWorkflowId } from './join-event.ts';
import type { EngagementKind } from './views.ts';

/** The answer to a claim. */
export const ZClaimResult = z.object({
  workflow_id: z.string(),
  gold: z.number().int(),
  vip_points: z.number().int(),
  balance: z.number().int().describe('the balance right after the reward'),
  ledger_entry_id: z.string(),
  claimed_at: z.string(),
});
export type ClaimView = z.infer<typeof ZClaimResult>;

/** Query of the claim routes: a mission's earlier period (default: the current one). */
export const ZClaimQuery = z.object({ period: z.string().regex(/^\d{4}-(\d{2}-\d{2}|W\d{2})$/, 'must be YYYY-MM-DD or YYYY-Www').optional() });

const toView = (c: ClaimResult): ClaimView => ({ workflow_id: c.workflowId, gold: c.gold, vip_points: c.vipPoints, balance: c.balance, ledger_entry_id: c.ledgerEntryId, claimed_at: c.claimedAt });

/**
 * Claims a completed participation through the workflow's `claim` update, which pays exactly
 * once (ledger ref = workflow id). The paying Idempotency-Key answers the same claim again
 * (`replayed`), also after the workflow ended; another key gets 409 already_claimed. Not
 * complete yet: 409 not_completed; the window (or grace) over: 409 event_closed.
 */
export async function claimEvent(
  deps: EngagementDeps,
  opts: { kind: EngagementKind; code: string; userId: string; idempotencyKey: string; period?: string },
): Promise<{ claim: ClaimView; replayed: boolean }> {
  const event = await findEventOrThrow(deps, opts.kind, opts.code);
  const period = opts.kind === 'event' ? '' : (opts.period ?? periodAt(event.reset as ResetKind, new Date()).period);
  const workflowId = participationWorkflowId(opts.kind, event.code, period, opts.userId);
  const row = await deps.prisma.eventParticipation.findUnique({ where: { workflowId } });
  if (!row) throw AppError.of('not_found', `You have not joined the ${opts.kind} ${event.code}`);
  const handle = deps.temporal.workflow.getHandle(workflowId);
  try {
    const claim = await handle.executeUpdate(claimUpdate, { args: [{ idempotencyKey: opts.idempotencyKey }] });
    return { claim: toView(claim), replayed: false };
  } catch (err) {
    const failure = holdUpdateFailure(err);
    if (!failure) throw err;
    if (failure.type === PARTICIPATION_FAILURE.notCompleted) throw AppError.of('not_completed', failure.message);
    if (failure.type === PARTICIPATION_FAILURE.alreadyClaimed) throw AppError.of('already_claimed', failure.message);
    if (failure.type === PARTICIPATION_FAILURE.closed) throw AppError.of('event_closed', failure.message);
    // The workflow has ended: a claimed one answers the paying key again; otherwise it is over.
    const state = (await handle.result().catch(() => null)) as ParticipationState | null;
    if (state?.claim) {
      if (state.claim.idempotencyKey === opts.idempotencyKey) return { claim: toView(state.claim), replayed: true };
      throw AppError.of('already_claimed', 'This reward was already claimed');
    }
    throw AppError.of('event_closed', `The ${opts.kind} is over`);
  }
}
