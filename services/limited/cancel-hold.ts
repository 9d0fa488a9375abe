import { AppError } from '../../lib/errors.ts';
import { holdWorkflowId } from '../../workflows/messages/workflow-ids.ts';
import { cancelHoldUpdate, HOLD_FAILURE } from '../../workflows/messages/limited-hold.ts';
import type { LimitedDeps } from './deps.ts';
import { holdUpdateFailure } from './hold-update-failure.ts';
import { toHoldView, type HoldView } from './views.ts';

/**
 * Gives a held unit back (`DELETE /api/shop/limited/holds/:id`) through the hold's workflow,
 * answering once the unit is back in stock. Idempotent: a hold already released answers as it
 * is. A hold being checked out or bought cannot be cancelled (409 `hold_checked_out`).
 */
export async function cancelHold(deps: LimitedDeps, opts: { userId: string; holdId: string }): Promise<HoldView> {
  const { prisma, temporal } = deps;
  const hold = await prisma.limitedHold.findUnique({ where: { id: opts.holdId } });
  if (!hold || hold.userId !== opts.userId) throw AppError.of('not_found', `No hold ${opts.holdId}`);
  const checkedOut = () => new AppError('hold_checked_out', `This hold is ${hold.status === 'sold' ? 'bought' : 'being checked out'} and can no longer be cancelled`);
  if (hold.status === 'released') return toHoldView(hold);
  if (hold.status !== 'held') throw checkedOut();
  try {
    await temporal.workflow.getHandle(holdWorkflowId(opts.holdId)).executeUpdate(cancelHoldUpdate);
  } catch (err) {
    const failure = holdUpdateFailure(err);
    if (!failure) throw err;
    if (failure.type === HOLD_FAILURE.checkedOut) throw checkedOut();
  }
  const after = await prisma.limitedHold.findUniqueOrThrow({ where: { id: opts.holdId } });
  if (after.status !== 'released') throw new AppError('hold_checked_out', `This hold is ${after.status} and can no longer be cancelled`);
  return toHoldView(after);
}
