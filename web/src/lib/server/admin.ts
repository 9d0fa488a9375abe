// Shared by the operator console's server code: API failures on operator calls become the
// login page (401), the 403 page, or a form failure; a one-shot flash message survives the
// redirect after a successful action (post/redirect/get).
import { error, redirect, type Cookies } from '@sveltejs/kit';
import { ApiError } from '$lib/api';
import { loginRedirect } from './guards';

/** A forbidden or expired session on an operator call: the 403 page or the login page. Other errors pass. */
export function guardApi(err: unknown, url: URL): void {
  if (!(err instanceof ApiError)) return;
  if (err.status === 401) loginRedirect(url);
  if (err.status === 403 && err.body.error.code === 'forbidden') error(403, { code: 'forbidden', message: 'This page is for operators only.' });
}

/** A page's load failed on an API call: the login page, the 403 page, or an error page saying what could not load. */
export function loadFailed(err: unknown, url: URL, what: string): never {
  guardApi(err, url);
  if (!(err instanceof ApiError)) throw err;
  error(err.status >= 500 ? 502 : err.status, { code: err.body.error.code, message: `${what} could not be loaded: ${err.body.error.message}` });
}

/** The HTTP status a refused action answers the browser with. */
export const failStatus = (err: unknown): number => (err instanceof ApiError && err.status < 500 ? err.status : 502);

const FLASH_COOKIE = 'cc_admin_flash';

/** Keeps a message for the next page load and redirects there. */
export function flashAndRedirect(cookies: Cookies, url: URL, location: string, message: string): never {
  cookies.set(FLASH_COOKIE, message, { path: '/admin', httpOnly: true, sameSite: 'lax', secure: url.protocol === 'https:', maxAge: 60 });
  redirect(303, location);
}

/** The flash message left by the last action, read once. */
export function takeFlash(cookies: Cookies): string | null {
  const flash = cookies.get(FLASH_COOKIE) ?? null;
  if (flash) cookies.delete(FLASH_COOKIE, { path: '/admin' });
  return flash;
}

/** A reason typed into a destructive action's form: 3-500 characters, as the API wants. Returns the message when not. */
export function reasonProblem(reason: string): string | null {
  const r = reason.trim();
  if (r.length < 3) return 'Say why (at least 3 characters): it goes into the audit log.';
  if (r.length > 500) return 'At most 500 characters.';
  return null;
}
