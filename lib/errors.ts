/**
 * Every error code a client can receive, with its HTTP status and what it means: the one
 * catalog. The API's error middleware maps an AppError to `{ error: { code, message, details? } }`;
 * each route lists the codes it can send (`errors` in its `route()` declaration), the OpenAPI
 * document shows them per status, and the web app's generated types carry them as a union.
 * Codes are snake_case. Add a code here before throwing it: AppError takes no other string.
 */
export const ERROR_CODES = {
  // Requests the API cannot read
  validation_failed: { status: 400, description: 'The body, query, params or a header failed validation; details.issues names each field' },
  invalid_json: { status: 400, description: 'The body is not valid JSON' },
  payload_too_large: { status: 413, description: 'The body is larger than the API accepts' },
  unsupported_media_type: { status: 415, description: 'The body encoding or charset is not supported' },

  // Who is calling
  unauthorized: { status: 401, description: 'No credentials, or credentials that do not verify (or a signed-out session)' },
  forbidden: { status: 403, description: 'Authenticated, but not allowed to do this' },
  invalid_credentials: { status: 401, description: 'Wrong login id or password' },
  login_locked: { status: 429, description: 'Too many failed logins; details.retry_after_seconds, also in Retry-After' },
  account_banned: { status: 403, description: 'This account is banned' },
  refresh_token_invalid: { status: 401, description: 'The refresh token is not one we issued' },
  refresh_token_expired: { status: 401, description: 'The session reached its absolute expiry; log in again' },
  refresh_token_reused: { status: 401, description: 'A rotated refresh token was presented again; every session was signed out' },
  nickname_taken: { status: 409, description: 'The nickname belongs to another player (details.field)' },
  login_id_taken: { status: 409, description: 'The login id belongs to another player (details.field)' },
  invite_code_invalid: { status: 422, description: 'The invite code is unknown or used up (details.field)' },

  // Generic outcomes
  not_found: { status: 404, description: 'The route or the resource does not exist (or is not yours)' },
  conflict: { status: 409, description: 'The request conflicts with the current state' },
  rate_limited: { status: 429, description: 'Too many requests; details.retry_after_seconds, also in Retry-After' },
  internal_error: { status: 500, description: 'Something failed on our side; the logs have it under the request id' },
  service_unavailable: { status: 503, description: 'Not ready, or too busy to take this request now; try again' },
  dependency_unavailable: {
    status: 503,
    description:
      'A service this request needs (details.dependency: postgres, redis or temporal) is not answering; answered within 2 s, Retry-After says when to try again. A write may or may not have happened: retry it with the same Idempotency-Key',
  },

  // Gold and purchases
  insufficient_funds: { status: 409, description: 'Not enough gold (details.balance, details.required); nothing changed' },
  idempotency_key_reused: { status: 422, description: 'The same Idempotency-Key came with a different body' },
  vip_only: { status: 403, description: 'The product is for VIP players only' },
  not_refundable: { status: 409, description: 'Only a successful purchase can be refunded' },
  refund_blocked: { status: 409, description: 'The clawback would take the balance below zero, or the refund failed' },
  not_pending: { status: 409, description: 'The purchase is no longer waiting for the provider' },
  webhook_signature_invalid: { status: 401, description: 'The webhook signature does not verify' },
  webhook_stale: { status: 401, description: 'The webhook timestamp is outside the allowed clock skew' },
  webhook_replayed: { status: 409, description: 'This webhook delivery (nonce) was already received' },
  webhook_amount_mismatch: { status: 422, description: 'The webhook amount does not match the purchase' },

  // Limited packages and promo codes
  invalid_time_window: { status: 422, description: 'starts_at is not before ends_at (details.issues names ends_at); each is valid alone' },
  hold_closed: { status: 409, description: 'The hold expired, was cancelled or its payment failed (details.status, details.release_reason)' },
  hold_checked_out: { status: 409, description: 'The hold is being checked out (or was bought) under another Idempotency-Key' },
  stock_below_committed: { status: 409, description: 'stock_total cannot go below the units held or sold (details.committed)' },
  max_uses_below_used: { status: 409, description: 'max_uses cannot go below the uses so far (details.used_count)' },

  // Games
  bet_out_of_range: { status: 422, description: 'The bet is outside the game limits (details.min_bet, details.max_bet)' },
  invalid_choice: { status: 422, description: 'choice is not rock, paper or scissors' },
  invalid_auto_cashout: { status: 422, description: 'auto_cashout has more than 2 decimals or lies outside the crash limits' },
  daily_gacha_limit: { status: 429, description: "Today's gacha pulls are used up (details.limit, used, resets_at; headers X-Gacha-Daily-Limit, X-Gacha-Daily-Used, Retry-After)" },
  round_active: { status: 409, description: 'A crash round is already running for you (details.round_id)' },
  no_active_round: { status: 404, description: 'You have no crash round running' },
  cashout_too_early: { status: 409, description: 'Below the minimum cashout multiplier; the round goes on (details.multiplier, details.min_cashout)' },
  round_in_progress: { status: 409, description: 'A crash round is running on the current seed; rotate after it ends (details.round_id)' },

  // Engagement: events, missions, daily rewards
  already_claimed: { status: 409, description: 'The reward was already claimed (today, or once and for all)' },
  event_closed: { status: 409, description: 'The event or mission is over: window ended, deactivated, or the claim grace period passed' },
  not_completed: { status: 409, description: "The requirements are not met yet: nothing to claim" },
  vip_required: { status: 403, description: 'The action is for VIP players' },

  // Segments and analytics
  not_targeted: { status: 403, description: 'The item (product, limited package, event) targets player segments the caller is not in' },
  // Operator console: bans, gold grants, batches
  cannot_ban_self: { status: 409, description: 'An operator cannot ban their own account' },
  player_banned: { status: 409, description: 'The player is banned: no grants' },
  maker_cannot_decide: { status: 403, description: "The maker of a grant batch cannot approve or reject it: a second operator must" },
  not_awaiting_approval: { status: 409, description: 'The grant batch is no longer awaiting approval (details.status)' },
  segment_empty: { status: 422, description: 'No player is in this segment now (segments are filled by the RFM run)' },
  segment_too_large: { status: 422, description: 'The segment has more players than one grant batch may name (details.players, details.max)' },
} as const satisfies Record<string, { status: number; description: string }>;

/** One error code from the catalog. */
export type ErrorCode = keyof typeof ERROR_CODES;

/** Every code, in catalog order. */
export const ALL_ERROR_CODES = Object.keys(ERROR_CODES) as [ErrorCode, ...ErrorCode[]];

/**
 * Codes any route may answer with, whatever it declares: the body parser's refusals run
 * before routing, and a failure on our side can happen anywhere.
 */
export const REQUEST_ERROR_CODES: readonly ErrorCode[] = ['invalid_json', 'payload_too_large', 'unsupported_media_type', 'internal_error'];

/** The HTTP status of a code. */
export const statusOf = (code: ErrorCode): number => ERROR_CODES[code].status;

/** The one error type business code throws for outcomes a client should see; its status comes from the catalog. */
export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
    this.status = ERROR_CODES[code].status;
  }

  /** Builds an AppError (the same as `new AppError(code, message, details)`). */
  static of(code: ErrorCode, message: string, details?: unknown): AppError {
    return new AppError(code, message, details);
  }
}
