import { describe, expect, it } from 'vitest';
import { signWebhook, verifyWebhookSignature, WEBHOOK_HEADERS } from '../../lib/payments/webhook-signature.ts';

const SECRET = 'whsec_current_0123456789';
const OLD_SECRET = 'whsec_previous_9876543210';
const BODY = JSON.stringify({ event_id: 'evt_1', status: 'authorized', receipt_code: 'R-1', payment_id: 'pay_1', amount: 499 });
const NOW = new Date('2030-01-01T00:00:00Z');
const NOW_S = Math.floor(NOW.getTime() / 1000);

function signed(secret = SECRET, opts: { timestamp?: number; nonce?: string } = {}) {
  const h = signWebhook(secret, BODY, { timestamp: NOW_S, ...opts });
  return { signature: h[WEBHOOK_HEADERS.signature], timestamp: h[WEBHOOK_HEADERS.timestamp], nonce: h[WEBHOOK_HEADERS.nonce] };
}

describe('webhook signatures', () => {
  it('verifies a valid signature', () => {
    const headers = signed();
    expect(headers.signature).toMatch(/^[0-9a-f]{64}$/);
    expect(headers.timestamp).toBe(String(NOW_S));
    expect(verifyWebhookSignature({ secrets: [SECRET], rawBody: BODY, ...headers, now: NOW })).toEqual({ ok: true });
    // The raw bytes verify the same as the string.
    expect(verifyWebhookSignature({ secrets: [SECRET], rawBody: Buffer.from(BODY), ...headers, now: NOW.getTime() })).toEqual({ ok: true });
  });

  it('gives every delivery a fresh nonce', () => {
    const a = signWebhook(SECRET, BODY)[WEBHOOK_HEADERS.nonce];
    const b = signWebhook(SECRET, BODY)[WEBHOOK_HEADERS.nonce];
    expect(a).not.toBe(b);
  });

  it('rejects a forged signature, another secret, a changed body, nonce or timestamp', () => {
    const headers = signed();
    const bad = { ok: false, reason: 'bad_signature' };
    const flipped = (headers.signature[0] === 'a' ? 'b' : 'a') + headers.signature.slice(1);
    expect(verifyWebhookSignature({ secrets: [SECRET], rawBody: BODY, ...headers, signature: flipped, now: NOW })).toEqual(bad);
    expect(verifyWebhookSignature({ secrets: [SECRET], rawBody: BODY, ...signed('attacker-secret'), now: NOW })).toEqual(bad);
    expect(verifyWebhookSignature({ secrets: [SECRET], rawBody: BODY.replace('499', '1'), ...headers, now: NOW })).toEqual(bad);
    expect(verifyWebhookSignature({ secrets: [SECRET], rawBody: BODY, ...headers, nonce: 'another-nonce-123', now: NOW })).toEqual(bad);
    expect(verifyWebhookSignature({ secrets: [SECRET], rawBody: BODY, ...headers, timestamp: String(NOW_S - 1), now: NOW })).toEqual(bad);
  });

  it('rejects a timestamp 301 s old (and 301 s in the future), accepts 300 s', () => {
    const stale = { ok: false, reason: 'stale_timestamp' };
    expect(verifyWebhookSignature({ secrets: [SECRET], rawBody: BODY, ...signed(SECRET, { timestamp: NOW_S - 301 }), now: NOW })).toEqual(stale);
    expect(verifyWebhookSignature({ secrets: [SECRET], rawBody: BODY, ...signed(SECRET, { timestamp: NOW_S + 301 }), now: NOW })).toEqual(stale);
    expect(verifyWebhookSignature({ secrets: [SECRET], rawBody: BODY, ...signed(SECRET, { timestamp: NOW_S - 300 }), now: NOW })).toEqual({ ok: true });
    expect(
      verifyWebhookSignature({ secrets: [SECRET], rawBody: BODY, ...signed(SECRET, { timestamp: NOW_S - 61 }), now: NOW, maxSkewSeconds: 60 }),
    ).toEqual(stale);
  });

  it.each([
    ['a missing signature', { signature: undefined }],
    ['a signature that is not hex', { signature: 'z'.repeat(64) }],
    ['a truncated signature', { signature: 'ab'.repeat(31) }],
    ['a repeated header', { signature: ['a'.repeat(64), 'b'.repeat(64)] }],
    ['a timestamp that is not a number', { timestamp: '2030-01-01T00:00:00Z' }],
    ['a missing timestamp', { timestamp: undefined }],
    ['an empty nonce', { nonce: '' }],
    ['a nonce with a dot', { nonce: 'abcdefgh.ijk' }],
  ])('rejects %s as malformed', (_name, override) => {
    const input = { secrets: [SECRET], rawBody: BODY, ...signed(), now: NOW, ...override };
    expect(verifyWebhookSignature(input)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('accepts either of two secrets during a rotation', () => {
    const secrets = [SECRET, OLD_SECRET];
    expect(verifyWebhookSignature({ secrets, rawBody: BODY, ...signed(OLD_SECRET), now: NOW })).toEqual({ ok: true });
    expect(verifyWebhookSignature({ secrets, rawBody: BODY, ...signed(SECRET), now: NOW })).toEqual({ ok: true });
    // Once the rotation is over the old secret no longer verifies.
    expect(verifyWebhookSignature({ secrets: [SECRET], rawBody: BODY, ...signed(OLD_SECRET), now: NOW })).toEqual({ ok: false, reason: 'bad_signature' });
  });

  it('refuses to run without a secret (a configuration mistake)', () => {
    expect(() => verifyWebhookSignature({ secrets: [], rawBody: BODY, ...signed(), now: NOW })).toThrow(/secret/);
    expect(() => verifyWebhookSignature({ secrets: [''], rawBody: BODY, ...signed(), now: NOW })).toThrow(/secret/);
  });
});
