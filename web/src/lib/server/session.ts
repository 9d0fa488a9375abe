// The browser session: the API's token pair kept in two httpOnly cookies that only this
// server reads and writes. The browser never sees a token; every API call carries
// `Authorization: Bearer` from here.
import { createHash } from 'node:crypto';
import type { Cookies } from '@sveltejs/kit';
import { api, ApiError } from '$lib/api';
import type { Tokens } from '$lib/types';

/** Cookie holding the short-lived access token. */
export const ACCESS_COOKIE = 'cc_access';
/** Cookie holding the rotating refresh token. */
export const REFRESH_COOKIE = 'cc_refresh';

function cookieOptions(url: URL) {
  return { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: url.protocol === 'https:' };
}

/** Stores a fresh token pair: the access cookie lives as long as the token, the refresh cookie until it expires. */
export function setSessionCookies(cookies: Cookies, url: URL, tokens: Tokens): void {
  const options = cookieOptions(url);
  cookies.set(ACCESS_COOKIE, tokens.access_token, { ...options, maxAge: Math.max(1, Math.floor(tokens.expires_in)) });
  const refreshExpires = new Date(tokens.refresh_expires_at);
  cookies.set(REFRESH_COOKIE, tokens.refresh_token, {
    ...options,
    ...(Number.isNaN(refreshExpires.getTime()) ? {} : { expires: refreshExpires }),
  });
}

/** Forgets the session in this browser. */
export function clearSessionCookies(cookies: Cookies, url: URL): void {
  const options = cookieOptions(url);
  cookies.delete(ACCESS_COOKIE, options);
  cookies.delete(REFRESH_COOKIE, options);
}

// The API rotates the refresh token on every use and treats a second use of the old one as
// theft (it revokes every session). A page load can send several requests at once with the
// same expired access token, so concurrent refreshes of one token share a single API call.
const REFRESH_SHARE_MS = 10_000;
const refreshing = new Map<string, { at: number; tokens: Promise<Tokens> }>();

/** Exchanges a refresh token for a new pair, at most once per token however many requests ask. */
export function refreshSession(fetchFn: typeof fetch, refreshToken: string): Promise<Tokens> {
  const now = Date.now();
  for (const [key, entry] of refreshing) if (now - entry.at > REFRESH_SHARE_MS) refreshing.delete(key);
  const key = createHash('sha256').update(refreshToken).digest('hex');
  const pending = refreshing.get(key);
  if (pending) return pending.tokens;
  const tokens = api<{ tokens: Tokens }>(fetchFn, '/api/auth/refresh', {
    method: 'POST',
    body: { refresh_token: refreshToken },
  }).then(
    (res) => res.tokens,
    (err: unknown) => {
      // A definite answer from the API stays shared; a transport failure may be retried.
      if (!(err instanceof ApiError)) refreshing.delete(key);
      throw err;
    },
  );
  refreshing.set(key, { at: now, tokens });
  return tokens;
}
