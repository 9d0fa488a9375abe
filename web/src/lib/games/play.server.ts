// Server side of the game pages: the player's session for an action, reading a bet from a
// form, and turning the API's refusals into form failures the page shows beside the game.
import { error, fail, isHttpError, type ActionFailure } from '@sveltejs/kit';
import { api, ApiError } from '$lib/api';
import { formErrors } from '$lib/server/forms';
import { loginRedirect } from '$lib/server/guards';
import { gameErrorMessage } from './errors';
import type { GameConfig } from './types';

/** What a refused play carries back to its page. */
export interface PlayFailure {
  /** Which form failed, so a page with several forms puts the message in the right place. */
  action: string;
  code: string;
  message: string;
}

/**
 * A refused play as a form failure: the API's error code in words (insufficient funds, bet
 * limits, rate limits, the daily gacha limit...), a 401 as a trip to the login page, an
 * unreachable API as a message instead of an error page. Anything else is rethrown.
 */
export function playFailure(err: unknown, url: URL, action: string): ActionFailure<PlayFailure> {
  if (isHttpError(err)) {
    return fail(err.status, { action, code: err.body.code ?? 'unavailable', message: err.body.message });
  }
  if (!(err instanceof ApiError)) throw err;
  if (err.status === 401) loginRedirect(url);
  const { code, message, details } = err.body.error;
  if (code === 'validation_failed') return fail(400, { action, code, message: formErrors(err, []).form ?? message });
  if (err.status >= 500 && code !== 'service_unavailable' && code !== 'dependency_unavailable') {
    return fail(502, { action, code, message: 'Something went wrong on our side. Try again in a moment.' });
  }
  return fail(err.status, { action, code, message: gameErrorMessage(code, details, message) });
}

/** A bet typed into a form: a whole, positive number of gold, or null. */
export function readBet(data: FormData, field = 'bet_amount'): number | null {
  const raw = data.get(field);
  if (typeof raw !== 'string' || !/^\s*\d{1,12}\s*$/.test(raw)) return null;
  const bet = Number(raw);
  return Number.isSafeInteger(bet) && bet > 0 ? bet : null;
}

/** The failure for a bet that is not a whole number. */
export function badBet(action: string): ActionFailure<PlayFailure> {
  return fail(400, { action, code: 'invalid_bet', message: 'Enter your bet as a whole number of gold.' });
}

/**
 * A read for a game page's load: the API's answer, a trip to the login page on 401, or an
 * error page saying what could not be loaded.
 */
export async function loadFromApi<T>(fetchFn: typeof fetch, path: string, token: string, url: URL, what: string): Promise<T> {
  try {
    return await api<T>(fetchFn, path, { token });
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    if (err.status === 401) loginRedirect(url);
    error(err.status >= 500 ? 502 : err.status, { code: err.body.error.code, message: `${what} could not be loaded.` });
  }
}

/** The rules in force (bet limits, paytable, costs) for a game page. */
export async function loadGameConfig(fetchFn: typeof fetch, token: string, url: URL): Promise<GameConfig> {
  const { config } = await loadFromApi<{ config: GameConfig }>(fetchFn, '/api/games/config', token, url, 'The game rules');
  return config;
}
