import { env } from '$env/dynamic/private';
import { error } from '@sveltejs/kit';
import type { ApiErrorBody } from './types';

export type { ApiErrorBody } from './types';

/** A failed API call that a form action may show beside its fields. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
  ) {
    super(body.error.message);
  }
}

/** Where the server side of the web app reaches the API. */
export const apiUrl = (): string => env.API_URL ?? 'http://127.0.0.1:3000';

/**
 * The one wrapper the web app calls the API through: sends JSON, checks `res.ok`, and
 * throws an ApiError (for forms) carrying the API's `{ error: { code, message } }`.
 */
export async function api<T>(
  fetchFn: typeof fetch,
  path: string,
  init: { method?: string; body?: unknown; token?: string; headers?: Record<string, string> } = {},
): Promise<T> {
  let res: Response;
  try {
    res = await fetchFn(`${apiUrl()}${path}`, {
      method: init.method ?? 'GET',
      // SvelteKit's server fetch would pass this site's cookies on to a same-host API; the
      // API authenticates by the Bearer header only, so it never gets the session cookies.
      credentials: 'omit',
      headers: {
        accept: 'application/json',
        ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
        ...init.headers,
      },
      body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
    });
  } catch {
    error(503, { code: 'api_unreachable', message: 'The game server cannot be reached right now. Try again in a moment.' });
  }
  const text = await res.text();
  const body = text ? JSON.parse(text) : undefined;
  if (!res.ok) {
    throw new ApiError(res.status, body?.error ? body : { error: { code: 'internal_error', message: `HTTP ${res.status}` } });
  }
  return body as T;
}
