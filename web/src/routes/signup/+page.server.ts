import { fail, redirect } from '@sveltejs/kit';
import { api } from '$lib/api';
import { formErrors, readFields } from '$lib/server/forms';
import { setSessionCookies } from '$lib/server/session';
import type { AuthResult } from '$lib/types';
import type { Actions, PageServerLoad } from './$types';

const FIELDS = ['login_id', 'nickname', 'password', 'invite_code', 'phone'] as const;

export const load: PageServerLoad = async ({ locals }) => {
  if (locals.user) redirect(303, '/profile');
};

export const actions = {
  /** Creates the account, starts a session in this browser and opens the profile. */
  signup: async ({ request, fetch, cookies, url }) => {
    const form = readFields(await request.formData(), FIELDS);
    const values = {
      login_id: form.login_id.trim(),
      nickname: form.nickname.trim(),
      invite_code: form.invite_code.trim(),
      phone: form.phone.trim(),
    };
    let result: AuthResult;
    try {
      result = await api<AuthResult>(fetch, '/api/auth/signup', {
        method: 'POST',
        // The phone is optional: an empty field is left out rather than sent as "".
        body: { login_id: values.login_id, nickname: values.nickname, password: form.password, invite_code: values.invite_code, ...(values.phone ? { phone: values.phone } : {}) },
      });
    } catch (err) {
      const errors = formErrors(err, FIELDS, {
        login_id_taken: 'login_id',
        nickname_taken: 'nickname',
        invite_code_invalid: 'invite_code',
      });
      return fail(400, { values, errors });
    }
    setSessionCookies(cookies, url, result.tokens);
    redirect(303, '/profile');
  },
} satisfies Actions;
