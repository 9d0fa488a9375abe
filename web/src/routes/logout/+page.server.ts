import { isHttpError, redirect } from '@sveltejs/kit';
import { api, ApiError } from '$lib/api';
import { REFRESH_COOKIE, clearSessionCookies } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
  if (!locals.user) redirect(303, '/');
};

export const actions = {
  /** Revokes this session at the API, forgets it in this browser and goes home. */
  logout: async ({ fetch, cookies, locals, url }) => {
    const refreshToken = cookies.get(REFRESH_COOKIE);
    if (locals.token) {
      try {
        await api<void>(fetch, '/api/auth/logout', {
          method: 'POST',
          token: locals.token,
          body: refreshToken ? { refresh_token: refreshToken } : {},
        });
      } catch (err) {
        // Session already gone (4xx) or API unreachable: the player still leaves this browser's session.
        if (!(err instanceof ApiError) && !isHttpError(err)) throw err;
      }
    }
    clearSessionCookies(cookies, url);
    redirect(303, '/');
  },
} satisfies Actions;
