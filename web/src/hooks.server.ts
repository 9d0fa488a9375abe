// Every request: turn the session cookies into `locals.user` and `locals.token`, refreshing
// the token pair once when the access token has expired. SvelteKit's CSRF check (origin of
// form posts) stays on; see svelte.config.js.
import { isHttpError, type Handle, type HandleFetch, type RequestEvent } from '@sveltejs/kit';
import { api, ApiError, apiUrl } from '$lib/api';
import { ACCESS_COOKIE, REFRESH_COOKIE, clearSessionCookies, refreshSession, setSessionCookies } from '$lib/server/session';
import type { Profile } from '$lib/types';

type Session = { user: Profile; token: string } | 'signed_out' | 'unknown';

async function loadProfile(event: RequestEvent, token: string): Promise<Session> {
  try {
    return { user: await api<Profile>(event.fetch, '/api/auth/me', { token }), token };
  } catch (err) {
    if (err instanceof ApiError && (err.status === 401 || err.status === 403)) return 'signed_out';
    return unreachable(err);
  }
}

async function refreshAndLoad(event: RequestEvent, refreshToken: string): Promise<Session> {
  try {
    const tokens = await refreshSession(event.fetch, refreshToken);
    setSessionCookies(event.cookies, event.url, tokens);
    return await loadProfile(event, tokens.access_token);
  } catch (err) {
    if (err instanceof ApiError && err.status < 500) return 'signed_out';
    return unreachable(err);
  }
}

/** The API is down or failing: show the page as signed out but keep the cookies for later. */
function unreachable(err: unknown): 'unknown' {
  if (err instanceof ApiError || isHttpError(err)) return 'unknown';
  throw err;
}

async function resolveSession(event: RequestEvent): Promise<Session> {
  const access = event.cookies.get(ACCESS_COOKIE);
  const refresh = event.cookies.get(REFRESH_COOKIE);
  if (!access && !refresh) return 'unknown';
  let session: Session = access ? await loadProfile(event, access) : 'signed_out';
  if (session === 'signed_out' && refresh) session = await refreshAndLoad(event, refresh);
  if (session === 'signed_out') clearSessionCookies(event.cookies, event.url);
  return session;
}

/**
 * Headers on every page and endpoint, beside the CSP SvelteKit writes (svelte.config.js):
 * no MIME sniffing, no framing (for browsers without frame-ancestors), a short referrer, and
 * HSTS once the site is served over TLS (ORIGIN or the adapter's PROTOCOL_HEADER say https).
 */
export function setSecurityHeaders(headers: Headers, url: URL): void {
  headers.set('X-Content-Type-Options', 'nosniff');
  headers.set('X-Frame-Options', 'DENY');
  headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
  headers.set('Cross-Origin-Opener-Policy', 'same-origin');
  headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()');
  if (url.protocol === 'https:') headers.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
}

export const handle: Handle = async ({ event, resolve }) => {
  const session = await resolveSession(event);
  event.locals.user = typeof session === 'object' ? session.user : null;
  event.locals.token = typeof session === 'object' ? session.token : null;
  const response = await resolve(event);
  try {
    setSecurityHeaders(response.headers, event.url);
    return response;
  } catch {
    // A response with immutable headers (one fetched and passed through): answer a copy.
    const copy = new Response(response.body, response);
    setSecurityHeaders(copy.headers, event.url);
    return copy;
  }
};

/**
 * Calls to the API carry the player's address and browser, so the API's per-IP rate limits
 * and session records see the player rather than this server.
 */
export const handleFetch: HandleFetch = async ({ event, request, fetch }) => {
  if (request.url.startsWith(`${apiUrl()}/`)) {
    request.headers.set('x-forwarded-for', event.getClientAddress());
    const userAgent = event.request.headers.get('user-agent');
    if (userAgent) request.headers.set('user-agent', userAgent);
  }
  return fetch(request);
};
