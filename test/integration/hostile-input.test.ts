// Hostile strings into every string field of every route the OpenAPI document lists (path,
// query, header and body), as an operator would send them: a NUL byte, lone surrogates, bidi
// overrides and isolates, invisible-only text, very long values, SQL and HTML fragments, and
// `__proto__` / `constructor` keys. The API must never answer 5xx; it refuses with 400 naming
// the field (413 for a body over the size limit), or, for text the policy accepts, stores
// exactly the NFC-normalised input.
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpPlayer, type TestPlayer } from '../support/accounts.ts';
import { checkContract } from '../support/contract.ts';
import { rawHttp, type HttpAnswer, type TestApi } from '../support/harness.ts';
import { startPurchaseStack, type PurchaseStack } from '../support/purchases.ts';
import { SchemaArbitraries, operationsOf, partsOf, render, schemaAt, setAt, stringFieldsOf, type DocOperation, type RequestParts } from '../support/openapi-requests.ts';

/** A hostile value; whether a field must take or refuse it comes from the field's documented schema. */
interface Hostile {
  name: string;
  value: string;
}

const HOSTILE: Hostile[] = [
  { name: 'NUL byte', value: 'abc\u0000def' },
  { name: 'C1 control', value: 'abc\u0085def' },
  { name: 'lone high surrogate', value: 'abc\uD800def' },
  { name: 'lone low surrogate', value: '\uDC00abcdef' },
  { name: 'right-to-left override', value: 'user\u202Egnp.exe' },
  { name: 'bidi isolate', value: '\u2067abcdef\u2069' },
  { name: 'zero-width only', value: '\u200B\u200C\u200D\u2060\uFEFF' },
  { name: 'whitespace only', value: ' \u3000\u00A0 ' },
  { name: 'SQL fragment', value: "x'); DROP TABLE users; --" },
  { name: 'HTML fragment', value: '<script>alert(1)</script><img src=x onerror=alert(1)>' },
];
const LONG_IN_URL = 'x'.repeat(8 * 1024); // under Node's 16 KiB header limit, far over every field
const LONG_IN_BODY = 'x'.repeat(50 * 1024); // under the 100 KB body limit: the field's length rule answers
const ONE_MEGABYTE = 'x'.repeat(1024 * 1024); // over the body limit: 413 before any field is read

/** The stream never ends; it takes no parameters and no body, so there is no field to send into. */
const SKIPPED = new Set(['GET /api/events/stream']);

const isAnswer = (res: HttpAnswer) => typeof res.body === 'object' && res.body !== null;

/** Does a 400 name this field (details.issues paths, or the message)? */
function namesField(res: HttpAnswer, where: string, field: string): boolean {
  const issues = (res.body?.error?.details?.issues ?? []) as { path: string }[];
  return issues.some((i) => i.path === `${where}.${field}` || i.path.startsWith(`${where}.${field}.`)) || String(res.body?.error?.message ?? '').includes(field);
}

/** Every string somewhere in a JSON value. */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

describe('hostile strings into every field of every route', () => {
  // The whole stack (API, worker, payment sandbox): purchases, holds and crash rounds answer as in production.
  let stack: PurchaseStack;
  let api: TestApi;
  let operator: TestPlayer;
  /** Logs out (everywhere, too) on every call: an account of its own, so the operator stays signed in. */
  let leaver: TestPlayer;
  let doc: Record<string, any>;
  const runCode = `HZ${randomUUID().slice(0, 8).toUpperCase()}`;

  beforeAll(async () => {
    stack = await startPurchaseStack({ GAME_RATE_LIMIT_PER_WINDOW: '100000' });
    api = stack.api;
    operator = await signUpPlayer(api, { role: 'ADMIN' });
    leaver = await signUpPlayer(api);
    doc = (await rawHttp(api.baseUrl, 'GET', '/openapi.json')).body;
  });

  afterAll(async () => {
    await stack?.close();
  });

  it('never answers 5xx: 400 naming the field, 413 over the size limit, or the normalised value stored as sent', { timeout: 600_000 }, async () => {
    const arbs = new SchemaArbitraries(doc.components.schemas);
    const counts = { operations: 0, requests: 0, refused400: 0, tooLarge413: 0, storedExactly: 0, acceptedNotEchoed: 0, refusedOtherwise: 0, protoBodies: 0 };
    const failures: string[] = [];

    // A session that logging out (one of the walked routes) cannot end: a fresh login per request there.
    const authFor = async (op: DocOperation): Promise<Record<string, string>> => {
      if (op.public) return {};
      if (op.path.startsWith('/api/auth/logout')) {
        const login = await rawHttp(api.baseUrl, 'POST', '/api/auth/login', { body: { login_id: leaver.loginId, password: leaver.password } });
        return { authorization: `Bearer ${login.body.tokens.access_token}` };
      }
      return operator.auth;
    };

    const send = async (op: DocOperation, parts: RequestParts, rawBody?: string): Promise<HttpAnswer> => {
      const req = render(op, parts, await authFor(op));
      counts.requests++;
      const res = await rawHttp(api.baseUrl, req.method, req.path, {
        headers: req.headers,
        ...(rawBody !== undefined ? { rawBody } : req.body !== undefined ? { body: req.body } : {}),
      });
      if (res.status >= 500) failures.push(`${op.method} ${op.path} answered ${res.status}: ${JSON.stringify(res.body ?? null).slice(0, 300)}`);
      else if (isAnswer(res)) {
        try {
          checkContract(api.baseUrl, req.method, req.path.split('?')[0]!, res.status, res.body);
        } catch (err) {
          failures.push((err as Error).message.slice(0, 400));
        }
      }
      return res;
    };

    /**
     * What the answer must be, from the field's documented schema: a value the document refuses
     * is a 400 naming the field (a 422 naming it where the document says so, as for `choice`;
     * any 4xx for a header the server checks itself, as the webhook signature); a value the
     * document accepts is stored exactly as its NFC-normalised form, or refused by another rule,
     * never with a 400.
     */
    const judge = (label: string, res: HttpAnswer, where: string, field: string, value: string, documentAccepts: boolean) => {
      if (res.status >= 500) return;
      const body = JSON.stringify(res.body ?? null).slice(0, 300);
      if (res.status === 400) {
        counts.refused400++;
        if (documentAccepts) failures.push(`${label}: 400 for a value the document accepts: ${body}`);
        else if (!namesField(res, where, field)) failures.push(`${label}: 400 does not name ${where}.${field}: ${body}`);
      } else if (res.status === 413) {
        counts.tooLarge413++;
        failures.push(`${label}: 413 for a body under the size limit`);
      } else if (res.status >= 200 && res.status < 300) {
        if (!documentAccepts) failures.push(`${label}: ${res.status} accepted a value the document refuses`);
        else if (stringsOf(res.body).includes(value.normalize('NFC').trim())) counts.storedExactly++;
        else if (stringsOf(res.body).some((s) => s.includes(value.slice(0, 8)))) failures.push(`${label}: stored a changed value: ${body}`);
        else counts.acceptedNotEchoed++;
      } else {
        // 401/403/404/409/422/429: another rule refused the request.
        counts.refusedOtherwise++;
        const namedRefusal = res.status === 422 && res.body?.error?.details?.field === field;
        if (!documentAccepts && where !== 'headers' && !namedRefusal) failures.push(`${label}: ${res.status} instead of 400 for a value the document refuses: ${body}`);
      }
    };

    for (const op of operationsOf(doc)) {
      if (SKIPPED.has(`${op.method} ${op.path}`)) continue;
      counts.operations++;
      const base = fc.sample(partsOf(arbs, op), { numRuns: 1, seed: 5858 })[0]!;
      // Resources the walk may create are named for this run (and are easy to find afterwards).
      if ('code' in base.path) base.path.code = runCode;

      for (const param of op.parameters) {
        const where = param.in === 'header' ? 'headers' : param.in === 'path' ? 'params' : 'query';
        for (const hostile of [...HOSTILE, { name: '8 KB', value: LONG_IN_URL }]) {
          // Header values cannot carry controls, line breaks or non-Latin-1 text at all: fetch refuses to send them.
          if (param.in === 'header' && !/^[\x20-\x7E]*$/.test(hostile.value)) continue;
          const parts = structuredClone(base);
          parts[param.in][param.name] = hostile.value;
          const res = await send(op, parts);
          // A URL carries UTF-8: a lone surrogate arrives as U+FFFD, and that is what the server judges.
          const arrives = param.in === 'header' ? hostile.value : hostile.value.replace(/[\uD800-\uDFFF]/gu, '\uFFFD');
          judge(`${op.method} ${op.path} ${param.in}.${param.name} <- ${hostile.name}`, res, where, param.name, arrives, arbs.satisfies(arrives, param.schema));
        }
      }

      if (!op.body) continue;
      for (const field of stringFieldsOf(arbs, op.body.schema)) {
        const name = field.join('.');
        const schema = schemaAt(arbs, op.body.schema, field);
        for (const hostile of [...HOSTILE, { name: '50 KB', value: LONG_IN_BODY }]) {
          const body = setAt(base.body, field, hostile.value);
          const res = await send(op, { ...base, body });
          // The whole body is judged: a field of a union branch the sample did not pick is an
          // unknown key of the branch it did, which the document lets through.
          const accepts = arbs.satisfies(hostile.value, schema) || arbs.satisfies(body, op.body.schema);
          judge(`${op.method} ${op.path} body.${name} <- ${hostile.name}`, res, 'body', name, hostile.value, accepts);
        }
        const res = await send(op, { ...base, body: setAt(base.body, field, ONE_MEGABYTE) });
        if (res.status !== 413) failures.push(`${op.method} ${op.path} body.${name} <- 1 MB: ${res.status}, not 413`);
        else counts.tooLarge413++;
      }

      // Prototype keys at the top level and nested: ignored or refused, never merged into objects.
      // (Not on the gacha pool stock: a valid write there would change the one global value
      // that games.test.ts sets and asserts while this file runs beside it.)
      if (op.path === '/api/admin/games/gacha/pools/{rarity}') continue;
      const baseJson = JSON.stringify(base.body ?? {});
      for (const raw of [
        `{"__proto__":{"polluted":"yes","role":"ADMIN"},${baseJson.slice(1)}`,
        `{"constructor":{"prototype":{"polluted":"yes"}},${baseJson.slice(1)}`,
        `{"nested":{"__proto__":{"polluted":"yes"}},${baseJson.slice(1)}`,
      ]) {
        counts.protoBodies++;
        const res = await send(op, base, raw.replace(/,}$/, '}'));
        if (res.status >= 200 && res.status < 300 && JSON.stringify(res.body ?? null).includes('polluted')) failures.push(`${op.method} ${op.path}: echoed a __proto__ payload`);
      }
      expect(({} as Record<string, unknown>).polluted, 'Object.prototype polluted').toBeUndefined();
      expect(({} as Record<string, unknown>).role).toBeUndefined();
    }

    console.log(
      `[hostile-input] ${counts.operations} operations, ${counts.requests} requests: ${counts.refused400} refused 400 naming the field, ` +
        `${counts.tooLarge413} refused 413, ${counts.storedExactly} stored exactly as sent, ${counts.acceptedNotEchoed} accepted (not echoed), ` +
        `${counts.refusedOtherwise} refused by another rule (401/403/404/409/422/429), ${counts.protoBodies} __proto__ bodies; ${failures.length} failures`,
    );
    expect(failures).toEqual([]);
    expect(counts.refused400).toBeGreaterThan(500);
    expect(counts.storedExactly).toBeGreaterThan(0);
  });

  it('stores a nickname with an SQL fragment or HTML exactly, and normalises a decomposed one to NFC', async () => {
    const player = await signUpPlayer(api);
    const tag = player.id.slice(0, 4);
    for (const [sent, stored] of [
      [`Bob'); DROP TABLE users;--${tag}`, `Bob'); DROP TABLE users;--${tag}`],
      [`<b>Ann</b>${tag}`, `<b>Ann</b>${tag}`],
      [`  Jose\u0301 ${tag} `, `Jos\u00E9 ${tag}`],
    ] as const) {
      const res = await rawHttp(api.baseUrl, 'PATCH', '/api/auth/me', { headers: player.auth, body: { nickname: sent } });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body.nickname).toBe(stored);
      await expect(api.deps.prisma.user.findUniqueOrThrow({ where: { id: player.id } })).resolves.toMatchObject({ nickname: stored });
    }
    const nul = await rawHttp(api.baseUrl, 'PATCH', '/api/auth/me', { headers: player.auth, body: { nickname: 'Null\u0000Byte' } });
    expect(nul).toMatchObject({ status: 400, body: { error: { code: 'validation_failed', details: { issues: [{ path: 'body.nickname' }] } } } });
    await expect(api.deps.prisma.user.findUniqueOrThrow({ where: { id: player.id } })).resolves.toMatchObject({ nickname: `Jos\u00E9 ${tag}` });
  });
});
