// Guards for pages that need a signed-in player (or an operator).
import { error, redirect } from '@sveltejs/kit';
import type { Profile } from '$lib/types';

/** Where a signed-out visitor goes: the login page, coming back here afterwards. */
export function loginRedirect(url: URL): never {
  redirect(303, `/login?next=${encodeURIComponent(url.pathname + url.search).replaceAll('%2F', '/')}`);
}

/** The signed-in player and their token, or a redirect to the login page. */
export function requireUser(locals: App.Locals, url: URL): { user: Profile; token: string } {
  if (!locals.user || !locals.token) loginRedirect(url);
  return { user: locals.user, token: locals.token };
}

/** Like requireUser, but only for operators (role ADMIN); anyone else gets a 403 page. */
export function requireAdmin(locals: App.Locals, url: URL): { user: Profile; token: string } {
  const session = requireUser(locals, url);
  if (session.user.role !== 'ADMIN') error(403, { code: 'forbidden', message: 'This page is for operators only.' });
  return session;
}
