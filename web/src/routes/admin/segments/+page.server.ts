import { error, fail, redirect } from '@sveltejs/kit';
import { api, ApiError } from '$lib/api';
import type { ApiResponse } from '$lib/api/types';
import { formErrors } from '$lib/server/forms';
import { loginRedirect, requireAdmin } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

type Runs = ApiResponse<'/api/admin/segments/runs', 'get'>;
type Sizes = ApiResponse<'/api/admin/segments/sizes', 'get'>;
type Triggered = ApiResponse<'/api/admin/segments/runs', 'post', 202>;

export const load: PageServerLoad = async ({ locals, url, fetch }) => {
  const { token } = requireAdmin(locals, url);
  try {
    const [runs, sizes] = await Promise.all([
      api<Runs>(fetch, '/api/admin/segments/runs?limit=20', { token }),
      api<Sizes>(fetch, '/api/admin/segments/sizes', { token }),
    ]);
    return { runs: runs.items, schedule: runs.schedule, sizes };
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    if (err.status === 401) loginRedirect(url);
    error(err.status >= 500 ? 502 : err.status, { code: err.body.error.code, message: 'Segment runs could not be loaded.' });
  }
};

export const actions = {
  /** Runs RFM now through the rfm-nightly schedule: skipped (and listed so) while a run is active. */
  trigger: async ({ fetch, locals, url }) => {
    const { token } = requireAdmin(locals, url);
    let result: Triggered;
    try {
      result = await api<Triggered>(fetch, '/api/admin/segments/runs', { method: 'POST', token, body: { reason: 'operator page' } });
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) loginRedirect(url);
      return fail(502, { message: formErrors(err, []).form ?? 'The run could not be triggered.' });
    }
    redirect(303, `/admin/segments?triggered=${encodeURIComponent(result.run_id)}&status=${result.status}`);
  },
} satisfies Actions;
