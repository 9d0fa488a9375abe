// Signing and verifying the payment provider's webhooks (docs/domain.md: HMAC-SHA256 over
// `timestamp.nonce.body`, sent as signature, timestamp and nonce headers). The sandbox
// (provider/) signs with signWebhook; the API's webhook route verifies with
// verifyWebhookSignature. Replay detection (nonce / event id already seen) is NOT done here:
// the API does it with Redis and the database, after the signature checks out.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** The header names, lower-case as Node reports them. */
export const WEBHOOK_HEADERS = {
  signature: 'x-cc-signature',
  timestamp: 'x-cc-timestamp',
  nonce: 'x-cc-nonce',
} as const;

export interface WebhookSignatureHeaders {
  'x-cc-signature': string;
  'x-cc-timestamp': string;
  'x-cc-nonce': string;
}

export type WebhookVerification = { ok: true } | { ok: false; reason: 'bad_signature' | 'stale_timestamp' | 'malformed' };

/** A header value as Node hands it over: repeated headers arrive as arrays, which are malformed here. */
type HeaderValue = string | readonly string[] | null | undefined;

const SIGNATURE = /^[0-9a-fA-F]{64}$/;
const TIMESTAMP = /^\d{1,12}$/;
// No dots: the signed string is `timestamp.nonce.body`, so a nonce with a dot could shift bytes into the body.
const NONCE = /^[A-Za-z0-9_-]{8,128}$/;

/** Hex HMAC-SHA256(secret, `${timestamp}.${nonce}.${rawBody}`), over the body's exact bytes. */
export function computeWebhookSignature(secret: string, timestamp: string, nonce: string, rawBody: string | Uint8Array): string {
  return createHmac('sha256', secret).update(`${timestamp}.${nonce}.`).update(rawBody).digest('hex');
}

/** A fresh random nonce (22 url-safe characters). */
export function newWebhookNonce(): string {
  return randomBytes(16).toString('base64url');
}

/**
 * The headers for one delivery of `body`. Each delivery (including each retry and each
 * duplicate) should get a fresh timestamp and nonce, which is what the defaults give.
 */
export function signWebhook(
  secret: string,
  body: string | Uint8Array,
  opts: { timestamp?: number; nonce?: string } = {},
): WebhookSignatureHeaders {
  if (!secret) throw new Error('signWebhook: the secret is empty');
  const timestamp = String(opts.timestamp ?? Math.floor(Date.now() / 1000));
  const nonce = opts.nonce ?? newWebhookNonce();
  if (!TIMESTAMP.test(timestamp)) throw new Error('signWebhook: the timestamp must be whole unix seconds');
  if (!NONCE.test(nonce)) throw new Error('signWebhook: the nonce must be 8-128 characters of [A-Za-z0-9_-]');
  return {
    [WEBHOOK_HEADERS.signature]: computeWebhookSignature(secret, timestamp, nonce, body),
    [WEBHOOK_HEADERS.timestamp]: timestamp,
    [WEBHOOK_HEADERS.nonce]: nonce,
  } as WebhookSignatureHeaders;
}

export interface VerifyWebhookInput {
  /** Every secret currently accepted: two during a rotation (old and new), otherwise one. */
  secrets: readonly string[];
  /** The request body exactly as received (before any JSON parsing). */
  rawBody: string | Uint8Array;
  signature: HeaderValue;
  timestamp: HeaderValue;
  nonce: HeaderValue;
  /** The current time: a Date or epoch milliseconds (as Date.now()). Defaults to now. */
  now?: Date | number;
  /** How far the timestamp may be from now, in either direction. */
  maxSkewSeconds?: number;
}

/**
 * Checks a delivery's signature against every active secret in constant time, then its
 * timestamp. `stale_timestamp` is only reported for an authentic signature, so it means "a
 * genuine but old (or replayed) delivery"; a forgery is always `bad_signature`.
 */
export function verifyWebhookSignature(input: VerifyWebhookInput): WebhookVerification {
  const { secrets, rawBody, maxSkewSeconds = 300 } = input;
  if (secrets.length === 0 || secrets.some((s) => typeof s !== 'string' || s.length === 0)) {
    // A configuration mistake, not a bad request: fail loudly rather than reject every webhook.
    throw new Error('verifyWebhookSignature: at least one non-empty secret is required');
  }
  const { signature, timestamp, nonce } = input;
  if (typeof signature !== 'string' || !SIGNATURE.test(signature)) return { ok: false, reason: 'malformed' };
  if (typeof timestamp !== 'string' || !TIMESTAMP.test(timestamp)) return { ok: false, reason: 'malformed' };
  if (typeof nonce !== 'string' || !NONCE.test(nonce)) return { ok: false, reason: 'malformed' };

  const given = Buffer.from(signature, 'hex');
  let matched = false;
  // Check every secret (no early exit) so timing does not tell which one matched.
  for (const secret of secrets) {
    const expected = Buffer.from(computeWebhookSignature(secret, timestamp, nonce, rawBody), 'hex');
    if (expected.length === given.length && timingSafeEqual(expected, given)) matched = true;
  }
  if (!matched) return { ok: false, reason: 'bad_signature' };

  const nowMs = input.now instanceof Date ? input.now.getTime() : (input.now ?? Date.now());
  const skew = Math.abs(Math.floor(nowMs / 1000) - Number(timestamp));
  if (skew > maxSkewSeconds) return { ok: false, reason: 'stale_timestamp' };
  return { ok: true };
}
