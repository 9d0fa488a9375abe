import { fail } from '@sveltejs/kit';
import { api, ApiError } from '$lib/api';
import { formErrors, readFields } from '$lib/server/forms';
import { requireUser } from '$lib/server/guards';
import { loadFromApi, playFailure } from '$lib/games/play.server';
import type { FairnessSeeds, RotateResult, VerifyResult } from '$lib/games/types';
import type { Actions, PageServerLoad } from './$types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What verifying the round in `?round_id=` gave: the recomputation, or why there is none. */
type Verification = { roundId: string; result: VerifyResult; error: null } | { roundId: string; result: null; error: string };

/** The player's seeds, and the round in `?round_id=` recomputed from them. */
export const load: PageServerLoad = async ({ locals, url, fetch }) => {
  const { token } = requireUser(locals, url);
  const roundId = url.searchParams.get('round_id')?.trim() ?? '';
  const [seeds, verification] = await Promise.all([
    loadFromApi<FairnessSeeds>(fetch, '/api/fairness/seeds', token, url, 'Your seeds'),
    roundId ? verify(fetch, token, roundId) : Promise.resolve(null),
  ]);
  return { seeds, verification };
};

async function verify(fetchFn: typeof fetch, token: string, roundId: string): Promise<Verification> {
  if (!UUID.test(roundId)) return { roundId, result: null, error: 'A round id looks like 3f2b8c1e-…: copy it from the round or the game history.' };
  try {
    const result = await api<VerifyResult>(fetchFn, `/api/fairness/verify?round_id=${encodeURIComponent(roundId)}`, { token });
    return { roundId, result, error: null };
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    if (err.status === 404) return { roundId, result: null, error: 'No finished round of yours has that id. (A crash round counts once it has ended.)' };
    return { roundId, result: null, error: 'The round could not be verified right now. Try again in a moment.' };
  }
}

export const actions = {
  /** Sets the client seed the next rounds use. */
  clientSeed: async ({ request, locals, url, fetch }) => {
    const { token } = requireUser(locals, url);
    const { client_seed } = readFields(await request.formData(), ['client_seed']);
    const value = client_seed.trim();
    if (!value) return fail(400, { action: 'clientSeed' as const, value, message: 'Enter a client seed of 1 to 64 characters.' });
    try {
      await api<FairnessSeeds>(fetch, '/api/fairness/client-seed', { method: 'PUT', token, body: { client_seed: value } });
    } catch (err) {
      if (err instanceof ApiError && err.status !== 401) {
        const errors = formErrors(err, ['client_seed']);
        return fail(err.status >= 500 ? 502 : 400, { action: 'clientSeed' as const, value, message: errors.client_seed ?? errors.form ?? 'That seed was refused.' });
      }
      return playFailure(err, url, 'clientSeed');
    }
    return { action: 'clientSeed' as const, value, saved: true };
  },

  /** Reveals the current server seed and commits a new one. */
  rotate: async ({ locals, url, fetch }) => {
    const { token } = requireUser(locals, url);
    try {
      const rotated = await api<RotateResult>(fetch, '/api/fairness/rotate', { method: 'POST', token, body: {} });
      return { action: 'rotate' as const, revealed: rotated.revealed };
    } catch (err) {
      return playFailure(err, url, 'rotate');
    }
  },
} satisfies Actions;
