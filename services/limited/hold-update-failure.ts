import { ApplicationFailure } from '@temporalio/common';
import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';

/**
 * The business refusal inside a failed hold update (a validator's or handler's
 * ApplicationFailure: HoldClosed, HoldCheckedOut, IdempotencyKeyReused), or `{ type: 'gone' }`
 * when the hold's workflow has already closed; null for anything else (rethrow it).
 */
export function holdUpdateFailure(err: unknown): { type: string; message: string } | null {
  if (err instanceof WorkflowNotFoundError) return { type: 'gone', message: err.message };
  if (!(err instanceof WorkflowUpdateFailedError)) return null;
  let cause: unknown = err.cause;
  while (cause) {
    if (cause instanceof ApplicationFailure) return { type: cause.type ?? 'unknown', message: cause.message };
    cause = (cause as { cause?: unknown }).cause;
  }
  return { type: 'unknown', message: err.message };
}
