import { fail, redirect } from '@sveltejs/kit';
import { api, ApiError } from '$lib/api';
import type { ApiResponse } from '$lib/api/types';
import type { StreakView } from '$lib/engagement/types';
import { formErrors } from '$lib/server/forms';
import { loginRedirect } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

interface Readiness {
  status: 'ready' | 'unavailable';
  checks: Record<string, { ok: boolean; latencyMs: number }>;
}

/** The live community figures (online players, spins and big wins in the last hour, gold wagered today). */
export type CommunityFigures = ApiResponse<'/api/community/live', 'get'>;

export const load: PageServerLoad = async ({ fetch, locals, depends }) => {
  depends('app:community');
  const [readiness, streak, community] = await Promise.all([
    api<Readiness>(fetch, '/readyz').catch(() => null),
    // The daily-reward card: signed-in players only; a failure just hides the card.
    locals.token ? api<StreakView>(fetch, '/api/rewards/streak', { token: locals.token }).catch(() => null) : Promise.resolve(null),
    // Public figures; a failure just hides the card.
    api<CommunityFigures>(fetch, '/api/community/live').catch(() => null),
  ]);
  return { readiness, streak, community };
};

export const actions = {
  /** Claims today's streak reward (one per UTC day). */
  claimStreak: async ({ fetch, locals, url }) => {
    if (!locals.token) loginRedirect(url);
    try {
      await api(fetch, '/api/rewards/streak/claim', { method: 'POST', token: locals.token });
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) loginRedirect(url);
      const code = err instanceof ApiError ? err.body.error.code : '';
      return fail(err instanceof ApiError && err.status < 500 ? err.status : 502, { streakError: code === 'already_claimed' ? "Today's reward is already yours." : formErrors(err, []).form! });
    }
    redirect(303, '/');
  },

  /** Turns streak protection on or off. */
  protection: async ({ request, fetch, locals, url }) => {
    if (!locals.token) loginRedirect(url);
    const enabled = (await request.formData()).get('enabled') === 'true';
    try {
      await api(fetch, '/api/rewards/streak/protection', { method: 'PUT', token: locals.token, body: { enabled } });
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) loginRedirect(url);
      return fail(502, { streakError: formErrors(err, []).form! });
    }
    redirect(303, '/');
  },
} satisfies Actions;
