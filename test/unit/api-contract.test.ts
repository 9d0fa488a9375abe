import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import express, { Router } from 'express';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { errorHandler } from '../../api/http/errors.ts';
import { AppError, ERROR_CODES } from '../../lib/errors.ts';
import { OpenApiRegistry } from '../../api/http/openapi.ts';
import { createRouteBuilder } from '../../api/http/route.ts';
import { API_TYPES_COMMAND, API_TYPES_FILE, renderApiTypes } from '../../scripts/lib/api-types.ts';
import { ContractViolation, checkContract, registerContract } from '../support/contract.ts';

const ZThing = z.object({ id: z.number().int(), name: z.string() });

/** A router with one declared route, served on a loopback port with the API's error handler. */
async function serve(checkResponses: boolean, handlerResult: () => unknown) {
  const router = Router();
  const registry = new OpenApiRegistry(checkResponses);
  const route = createRouteBuilder({ router, registry });
  route({
    method: 'get',
    path: '/things/:id',
    summary: 'A thing',
    params: z.object({ id: z.coerce.number().int() }),
    responses: { 200: { description: 'The thing', schema: ZThing } },
    // Cast: the compile-time check is exercised below; here the test feeds bad bodies on purpose.
    handler: () => handlerResult() as z.input<typeof ZThing>,
  });
  const app = express();
  app.use((req, _res, next) => {
    (req as unknown as { log: unknown }).log = { error: () => undefined, info: () => undefined };
    next();
  });
  app.use(router);
  app.use(errorHandler);
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl,
    registry,
    get: async (path: string) => {
      const res = await fetch(`${baseUrl}${path}`);
      return { status: res.status, body: await res.json() };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('route(): one contract from zod schema to handler', () => {
  it('refuses at compile time a handler whose result is not a declared 2xx body', () => {
    const registry = new OpenApiRegistry();
    const route = createRouteBuilder({ router: Router(), registry });
    const responses = { 200: { description: 'The thing', schema: ZThing }, 204: { description: 'Nothing' } };
    route({ method: 'get', path: '/ok', summary: 'ok', responses, errors: ['not_found'], handler: () => ({ id: 1, name: 'a' }) });
    // @ts-expect-error an error code that is not in the catalog
    route({ method: 'get', path: '/bad-code', summary: 'x', responses, errors: ['NOT_FOUND'], handler: () => ({ id: 1, name: 'a' }) });
    // @ts-expect-error name must be a string
    route({ method: 'get', path: '/bad-type', summary: 'x', responses, handler: () => ({ id: 1, name: 2 }) });
    // @ts-expect-error a field the schema does not have, and one missing
    route({ method: 'get', path: '/bad-shape', summary: 'x', responses, handler: async () => ({ id: 1, title: 'a' }) });
    route({
      method: 'get',
      path: '/reply',
      summary: 'x',
      responses,
      handler: ({ reply }) => {
        reply(204);
        reply(200, { id: 1, name: 'a' });
        // @ts-expect-error 201 is not declared
        reply(201, { id: 1, name: 'a' });
        // @ts-expect-error the 200 body is off its schema
        reply(200, { id: 'x' });
      },
    });
    expect(registry.list().map((op) => op.path)).toEqual(['/ok', '/bad-code', '/bad-type', '/bad-shape', '/reply']);
    // @ts-expect-error AppError takes codes from the catalog only
    expect(() => new AppError('SOMETHING_ADHOC', 'x')).toThrow(TypeError);
  });

  it('turns a body off its schema into a 500 when responses are checked (development and tests)', async () => {
    const api = await serve(true, () => ({ id: 'seven', name: 'x' }));
    try {
      const res = await api.get('/things/7');
      expect(res).toMatchObject({ status: 500, body: { error: { code: 'internal_error' } } });
    } finally {
      await api.close();
    }
  });

  it('sends the body unchecked in production', async () => {
    const api = await serve(false, () => ({ id: 'seven', name: 'x' }));
    try {
      expect(await api.get('/things/7')).toEqual({ status: 200, body: { id: 'seven', name: 'x' } });
    } finally {
      await api.close();
    }
  });

  it("lets the tests' http() refuse undeclared statuses, off-schema bodies, undeclared fields and off-shape errors", async () => {
    const api = await serve(true, () => ({ id: 7, name: 'x' }));
    try {
      registerContract(api.baseUrl, api.registry);
      const check = (status: number, body: unknown, path = '/things/7') => () => checkContract(api.baseUrl, 'GET', path, status, body);
      expect(check(200, { id: 7, name: 'x' })).not.toThrow();
      expect(check(200, { id: 7 })).toThrow(ContractViolation);
      expect(check(200, { id: 7, name: 'x', secret: 1 })).toThrow(/fields not in the declared schema: \$\.secret/);
      expect(check(201, { id: 7, name: 'x' })).toThrow(/status 201 is not declared/);
      expect(check(400, { error: { code: 'validation_failed', message: 'no' } })).not.toThrow();
      expect(check(404, { error: { code: 'not_found', message: 'no' } })).toThrow(/not among the route's declared errors/);
      expect(check(400, { error: { code: 'DAILY_GACHA_LIMIT', message: 'no' } })).toThrow(/with a code from lib\/errors.ts/);
      expect(check(401, { error: { code: 'validation_failed', message: 'no' } })).toThrow(/belongs with status 400/);
      expect(check(404, { message: 'no' })).toThrow(/an error must be/);
      expect(check(404, { error: { code: 'not_found', message: 'no' } }, '/nowhere')).not.toThrow();
      expect(check(200, {}, '/nowhere')).toThrow(/no declared route matches/);
      expect(() => checkContract('http://127.0.0.1:1', 'GET', '/x', 200, {})).toThrow(/not a test API/);
    } finally {
      await api.close();
    }
  });

  it('finds the operation for a concrete path, parameters included', () => {
    const registry = new OpenApiRegistry();
    const route = createRouteBuilder({ router: Router(), registry, mountPath: '/api/shop' });
    const responses = { 200: { description: 'ok', schema: ZThing } };
    route({ method: 'get', path: '/limited/holds', summary: 'list', responses, handler: () => ({ id: 1, name: 'a' }) });
    route({ method: 'get', path: '/limited/holds/:id', summary: 'one', responses, handler: () => ({ id: 1, name: 'a' }) });
    expect(registry.match('GET', '/api/shop/limited/holds?status=open')?.summary).toBe('list');
    expect(registry.match('get', '/api/shop/limited/holds/abc')?.summary).toBe('one');
    expect(registry.match('POST', '/api/shop/limited/holds/abc')).toBeUndefined();
    expect(registry.match('GET', '/api/shop/limited/holds/abc/x')).toBeUndefined();
  });
});

describe('the error catalog', () => {
  it('names every code in snake_case with a client or server status', () => {
    for (const [code, { status }] of Object.entries(ERROR_CODES)) {
      expect(code).toMatch(/^[a-z]+(_[a-z]+)*$/);
      expect(status).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(600);
    }
  });

  it("lists each route's error codes under their statuses in the OpenAPI document", async () => {
    const { buildApiDocument } = await import('../../api/openapi-document.ts');
    const doc = buildApiDocument() as { paths: Record<string, Record<string, { responses: Record<string, any> }>> };
    const pull = doc.paths['/api/games/gacha/pull']!.post!.responses;
    expect(pull['429'].content['application/json'].schema.properties.error.properties.code.enum).toEqual(['daily_gacha_limit', 'rate_limited']);
    expect(pull['503'].content['application/json'].schema.properties.error.properties.code.enum).toEqual(['service_unavailable', 'dependency_unavailable']);
    expect(pull['409'].content['application/json'].schema.properties.error.properties.code.enum).toEqual(['insufficient_funds']);
    expect(pull['401'].content['application/json'].schema.properties.error.properties.code.enum).toEqual(['unauthorized']);
  });
});

describe('the web app\'s generated API types', () => {
  it(`match what the API declares (regenerate with \`${API_TYPES_COMMAND}\`)`, async () => {
    const committed = await readFile(API_TYPES_FILE, 'utf8');
    const current = await renderApiTypes();
    if (committed !== current) {
      expect.fail(`web/src/lib/api/schema.d.ts is stale: the API's route schemas changed. Run \`${API_TYPES_COMMAND}\` and commit the result.`);
    }
  });
});
