import type { Request } from 'express';
import { AppError } from '../../lib/errors.ts';
import { ZIdempotencyKey } from '../../services/shop/start-purchase.ts';

/**
 * The Idempotency-Key header of a write, checked against the pattern the OpenAPI document
 * publishes: 400 naming `headers.Idempotency-Key` when it is missing (where required) or
 * malformed; undefined when it is optional and absent.
 */
export function idempotencyKeyOf(req: Request, required: true): string;
export function idempotencyKeyOf(req: Request, required: false): string | undefined;
export function idempotencyKeyOf(req: Request, required: boolean): string | undefined {
  const raw = req.get('idempotency-key');
  if (raw === undefined && !required) return undefined;
  const key = ZIdempotencyKey.safeParse(raw);
  if (key.success) return key.data;
  const message = raw === undefined ? 'is required' : key.error.issues[0]!.message;
  throw AppError.of('validation_failed', `Invalid headers: Idempotency-Key ${message}`, { issues: [{ path: 'headers.Idempotency-Key', message }] });
}
