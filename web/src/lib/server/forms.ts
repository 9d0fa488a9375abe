// Turning API errors into form failures: validation issues and field-specific conflicts go
// beside their field, anything else becomes one form-level message.
import { ApiError } from '$lib/api';
import type { ErrorCode } from '$lib/api/types';

/** Messages by field name; `form` is the message that belongs to no field. */
export type FormErrors<F extends string> = Partial<Record<F | 'form', string>>;

interface ValidationIssue {
  path?: unknown;
  message?: unknown;
}

/** Friendlier wording for the error codes a player meets on the account pages. */
const MESSAGES: Partial<Record<ErrorCode, string>> = {
  login_id_taken: 'That login ID is already taken.',
  nickname_taken: 'That nickname is already taken.',
  invite_code_invalid: 'That invite code is not valid, or it has expired or been used up.',
  invalid_credentials: 'Wrong login ID or password.',
  account_banned: 'This account has been suspended. Contact support if you think this is a mistake.',
  rate_limited: 'Too many attempts. Wait a moment and try again.',
};

/** The API's "must be at least 8 characters" as a sentence: "Must be at least 8 characters." */
function sentence(text: string): string {
  const capital = text[0]!.toUpperCase() + text.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/**
 * Maps an ApiError onto the form's fields. `fields` are the form's field names (the API's
 * `details.issues[].path` is `body.<field>`); `codeFields` sends an error code to a field
 * (e.g. `nickname_taken` → `nickname`). Anything else is rethrown.
 */
export function formErrors<F extends string>(
  err: unknown,
  fields: readonly F[],
  codeFields: Partial<Record<ErrorCode, F>> = {},
): FormErrors<F> {
  if (!(err instanceof ApiError)) throw err;
  const { code, message, details } = err.body.error;
  const errors: FormErrors<F> = {};
  const issues = (details as { issues?: unknown } | undefined)?.issues;
  if (code === 'validation_failed' && Array.isArray(issues)) {
    const unplaced: string[] = [];
    for (const issue of issues as ValidationIssue[]) {
      const text = typeof issue.message === 'string' && issue.message ? sentence(issue.message) : 'Invalid value.';
      const path = typeof issue.path === 'string' ? issue.path : Array.isArray(issue.path) ? issue.path.join('.') : '';
      const field = path.replace(/^body\./, '') as F;
      if (path.startsWith('body.') && fields.includes(field)) errors[field] ??= text;
      else unplaced.push(text);
    }
    if (unplaced.length > 0 || Object.keys(errors).length === 0) {
      errors.form = unplaced.length > 0 ? unplaced.join(' ') : message;
    }
    return errors;
  }
  const field = codeFields[code];
  const text = MESSAGES[code] ?? message;
  if (field) errors[field] = text;
  else errors.form = err.status >= 500 ? 'Something went wrong on our side. Try again in a moment.' : text;
  return errors;
}

/** Reads text fields from a submitted form, trimming none of them (passwords keep their spaces). */
export function readFields<F extends string>(data: FormData, fields: readonly F[]): Record<F, string> {
  const values = {} as Record<F, string>;
  for (const field of fields) {
    const value = data.get(field);
    values[field] = typeof value === 'string' ? value : '';
  }
  return values;
}

/** A `?next=` target that stays on this site: a path starting with one `/`. */
export function safeNext(next: string | null | undefined, fallback = '/profile'): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  return next;
}
