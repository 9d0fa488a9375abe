import { fail, redirect } from '@sveltejs/kit';
import { api, ApiError } from '$lib/api';
import { formErrors, readFields, safeNext, type FormErrors } from '$lib/server/forms';
import { setSessionCookies } from '$lib/server/session';
import type { AuthResult } from '$lib/types';
import type { Actions, PageServerLoad } from './$types';

const FIELDS = ['login_id', 'password'] as const;

export const load: PageServerLoad = async ({ locals, url }) => {
  const next = safeNext(url.searchParams.get('next'));
  if (locals.user) redirect(303, next);
  return { next };
};

/** "Try again in 7 minutes" from the API's `retry_after_seconds`. */
function lockoutMessage(err: ApiError): string {
  const seconds = Number((err.body.error.details as { retry_after_seconds?: unknown } | undefined)?.retry_after_seconds);
  const minutes = Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds / 60) : null;
  const wait = minutes === null ? 'a few minutes' : `${minutes} minute${minutes === 1 ? '' : 's'}`;
  return `Too many failed attempts. Try again in ${wait}.`;
}

export const actions = {
  /** Starts a session in this browser and goes to `next` (a local path) or the profile. */
  login: async ({ request, fetch, cookies, url }) => {
    const data = await request.formData();
    const form = readFields(data, FIELDS);
    const next = safeNext(data.get('next')?.toString());
    const values = { login_id: form.login_id.trim() };
    let result: AuthResult;
    try {
      result = await api<AuthResult>(fetch, '/api/auth/login', {
        method: 'POST',
        body: { login_id: values.login_id, password: form.password },
      });
    } catch (err) {
      if (err instanceof ApiError && err.body.error.code === 'login_locked') {
        const errors: FormErrors<(typeof FIELDS)[number]> = { form: lockoutMessage(err) };
        return fail(400, { values, errors, locked: true });
      }
      return fail(400, { values, errors: formErrors(err, FIELDS), locked: false });
    }
    setSessionCookies(cookies, url, result.tokens);
    redirect(303, next);
  },
} satisfies Actions;
