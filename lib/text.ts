// The one input policy for human-visible text (nicknames, reasons, titles, names, event
// texts): what other players or operators read must be what the writer meant, and nothing a
// database, a log line or a terminal could choke on. Every free-text field of every request
// schema goes through `zText`; identifiers, codes and enums use stricter patterns instead.
import { z } from 'zod';

// Characters refused anywhere: C0 and C1 controls (NUL included), the bidi overrides,
// embeddings and isolates that reorder what is displayed, and lone surrogates (in a
// unicode-mode regular expression a surrogate range matches only an unpaired one).
const BIDI = '\\u202A-\\u202E\\u2066-\\u2069';
const LONE_SURROGATES = '\\uD800-\\uDFFF';
const CONTROLS_SINGLE_LINE = '\\u0000-\\u001F\\u007F-\\u009F';
const CONTROLS_MULTILINE = '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F';

// Characters that draw nothing: text made only of these (and whitespace) is refused.
const INVISIBLE =
  '\\u00AD\\u034F\\u061C\\u115F\\u1160\\u17B4\\u17B5\\u180B-\\u180F\\u200B-\\u200F\\u2060-\\u206F\\u2800\\u3164' +
  '\\uFE00-\\uFE0F\\uFEFF\\uFFA0\\uFFF0-\\uFFF8\\u{1D159}\\u{1D173}-\\u{1D17A}\\u{E0000}-\\u{E0FFF}';

/**
 * The pattern a text field's value must match, as published in the OpenAPI document and
 * checked by the API (ECMA-262, unicode mode): no refused character, no leading or trailing
 * whitespace, at least one visible character.
 */
export function textPattern(multiline: boolean): string {
  const refused = `${multiline ? CONTROLS_MULTILINE : CONTROLS_SINGLE_LINE}${BIDI}${LONE_SURROGATES}`;
  return `^(?!\\s)(?=[\\s\\S]*[^\\s${INVISIBLE}])[^${refused}]*(?<!\\s)$`;
}

const LONE_SURROGATE = new RegExp(`[${LONE_SURROGATES}]`, 'u');

/** Options of a text field; lengths are in characters (code points) after NFC normalisation and trimming. */
export interface TextOptions {
  min?: number;
  max: number;
  /** Allows line breaks and tabs (descriptions); everything else is the same. */
  multiline?: boolean;
  /** Allows the empty string itself (a description cleared by its editor); whitespace alone is still refused. */
  allowEmpty?: boolean;
}

/** Length in characters (code points), as JSON Schema's minLength/maxLength count it. */
export const charLength = (value: string): number => [...value].length;

/**
 * A zod string for human-visible text. It refuses controls (C0/C1, NUL), bidi overrides and
 * isolates, lone surrogates, and text made only of invisible or whitespace characters; it
 * normalises to NFC and trims, and then counts the length in characters. The OpenAPI
 * document shows the same rules (pattern, minLength, maxLength, `x-text-policy`).
 */
export function zText(opts: TextOptions) {
  const min = opts.min ?? 1;
  const multiline = opts.multiline ?? false;
  const refused = new RegExp(`[${multiline ? CONTROLS_MULTILINE : CONTROLS_SINGLE_LINE}]`, 'u');
  const bidi = new RegExp(`[${BIDI}]`, 'u');
  // eslint-disable-next-line no-misleading-character-class -- the class lists invisible code points one by one on purpose
  const visible = new RegExp(`[^\\s${INVISIBLE}]`, 'u');
  return z
    .string()
    .check((ctx) => {
      const value = ctx.value;
      const issue = (message: string) => ctx.issues.push({ code: 'custom', message, input: value });
      if (opts.allowEmpty && value !== '' && value.trim() === '') issue('must be empty or contain a visible character');
      else if (LONE_SURROGATE.test(value)) issue('must not contain unpaired surrogates');
      else if (refused.test(value)) issue(multiline ? 'must not contain control characters other than line breaks and tabs' : 'must not contain control characters or line breaks');
      else if (bidi.test(value)) issue('must not contain bidirectional override or isolate characters');
    })
    .normalize('NFC')
    .trim()
    .check((ctx) => {
      if (ctx.issues.length > 0) return;
      const value = ctx.value;
      const length = charLength(value);
      const issue = (message: string) => ctx.issues.push({ code: 'custom', message, input: value });
      if (length === 0 && opts.allowEmpty) return;
      if (!visible.test(value)) issue(length === 0 ? 'is required' : 'must contain a visible character');
      else if (length < min) issue(`must be at least ${min} characters`);
      else if (length > opts.max) issue(`must be at most ${opts.max} characters`);
    })
    .meta({
      pattern: opts.allowEmpty ? `^$|${textPattern(multiline)}` : textPattern(multiline),
      ...(opts.allowEmpty ? {} : { minLength: min }),
      maxLength: opts.max,
      'x-text-policy': multiline ? 'multiline' : 'single-line',
    });
}

/**
 * Printable ASCII with no leading or trailing space (codes, login ids, card tokens typed by
 * people): the stricter pattern for machine-read strings that are not free text.
 */
export const PRINTABLE_ASCII = /^[\x21-\x7E](?:[\x20-\x7E]*[\x21-\x7E])?$/;

/** Printable ASCII without spaces (tokens). */
export const TOKEN_CHARS = /^[\x21-\x7E]+$/;

/**
 * A secret typed by a person (a password): any characters but controls and lone surrogates,
 * kept exactly as typed (no normalisation, no trimming: it is never shown, only hashed).
 */
export function zSecret(min: number, max: number) {
  return z
    .string()
    .min(min, `must be at least ${min} characters`)
    .max(max, `must be at most ${max} characters`)
    // eslint-disable-next-line no-control-regex -- refusing control characters is the point
    .regex(/^[^\u0000-\u001F\u007F-\u009F\uD800-\uDFFF]*$/u, 'must not contain control characters or unpaired surrogates');
}

/** Why an operator made a write, as the audit log keeps it: 3 to 500 characters of text. */
export const zReason = () => zText({ min: 3, max: 500 });
