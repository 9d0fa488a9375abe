/**
 * Every error code a client can receive, with its HTTP status. Documented once here;
 * the API's error middleware maps an AppError to `{ error: { code, message, details? } }`.
 */
export const ERROR_CODES = {
  /** The request body, query or params failed validation. */
  validation_failed: 400,
  /** The body is not valid JSON. */
  invalid_json: 400,
  /** No credentials, or credentials that do not verify. */
  unauthorized: 401,
  /** Authenticated, but not allowed to do this. */
  forbidden: 403,
  /** The route or the resource does not exist (or is not yours). */
  not_found: 404,
  /** The HTTP method is not supported on this route. */
  method_not_allowed: 405,
  /** The request conflicts with the current state. */
  conflict: 409,
  /** An Idempotency-Key already used for a different operator grant or batch. */
  idempotency_key_reused: 409,
  /** An operator tried to ban their own account. */
  cannot_ban_self: 409,
  /** A grant to a banned player: refused. */
  player_banned: 409,
  /** The maker of a grant batch tried to approve or reject it: a second operator must. */
  maker_cannot_decide: 403,
  /** An approval or rejection of a grant batch that is no longer awaiting one. */
  not_awaiting_approval: 409,
  /** The body is larger than the API accepts. */
  payload_too_large: 413,
  /** The Content-Type is not one the route accepts. */
  unsupported_media_type: 415,
  /** Well-formed, but semantically refused. */
  unprocessable: 422,
  /** Too many requests; see Retry-After. */
  rate_limited: 429,
  /** Something failed on our side; details are in the logs under the request id. */
  internal_error: 500,
  /** A dependency (database, Temporal, ...) is unavailable right now. */
  service_unavailable: 503,
} as const;

export type KnownErrorCode = keyof typeof ERROR_CODES;

/** The one error type business code throws for outcomes a client should see. */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly details?: unknown,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }

  /** Builds an AppError whose status comes from the documented code table. */
  static of(code: KnownErrorCode, message: string, details?: unknown): AppError {
    return new AppError(code, ERROR_CODES[code], message, details);
  }
}
