import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedis } from '../../lib/redis.ts';
import { testConfig } from '../support/env.ts';
import { signUpPlayer, type TestPlayer } from '../support/accounts.ts';
import { http, startTestApi, type TestApi } from '../support/harness.ts';

describe('API conventions', () => {
  const config = testConfig();
  let api: TestApi;
  let admin: TestPlayer;
  beforeAll(async () => {
    api = await startTestApi(config);
    admin = await signUpPlayer(api, { role: 'ADMIN' });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('says the process is up on /healthz', async () => {
    const res = await http(api.baseUrl, 'GET', '/healthz');
    expect(res).toMatchObject({ status: 200, body: { status: 'ok' } });
  });

  it('names PostgreSQL, Redis, Temporal and Kafka on /readyz', async () => {
    const res = await http(api.baseUrl, 'GET', '/readyz');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('ready');
    for (const name of ['postgres', 'redis', 'temporal', 'kafka']) expect(res.body.checks[name].ok).toBe(true);
  });

  it('answers 503 on /readyz naming the dependency that is down', async () => {
    const original = api.deps.redis;
    const dead = createRedis('redis://127.0.0.1:1');
    dead.on('error', () => undefined);
    api.deps.redis = dead;
    try {
      const res = await http(api.baseUrl, 'GET', '/readyz');
      expect(res.status).toBe(503);
      expect(res.body.checks.redis.ok).toBe(false);
      expect(res.body.checks.postgres.ok).toBe(true);
      expect(res.body.error).toMatchObject({ code: 'service_unavailable', message: expect.stringContaining('redis') });
    } finally {
      api.deps.redis = original;
      dead.disconnect();
    }
  });

  it('answers an unknown route with the standard 404 body', async () => {
    const res = await http(api.baseUrl, 'GET', '/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: { code: 'not_found', message: 'No route for GET /api/nothing-here' } });
  });

  it('answers malformed JSON with 400 invalid_json', async () => {
    const res = await http(api.baseUrl, 'POST', '/api/wiring-checks', { rawBody: '{"note": ', headers: admin.auth });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_json');
  });

  it('answers a body that fails validation with 400 naming the field, and starts nothing', async () => {
    const before = await api.deps.prisma.wiringCheck.count();
    const res = await http(api.baseUrl, 'POST', '/api/wiring-checks', { body: { note: '', pause_ms: -1 }, headers: admin.auth });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(res.body.error.details.issues.map((i: { path: string }) => i.path)).toEqual(['body.note', 'body.pause_ms']);
    expect(await api.deps.prisma.wiringCheck.count()).toBe(before);
  });

  it('answers a body over 100 kB with 413', async () => {
    const res = await http(api.baseUrl, 'POST', '/api/wiring-checks', { body: { note: 'x'.repeat(200_000) }, headers: admin.auth });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('payload_too_large');
  });

  it('echoes a sane X-Request-Id and replaces an insane one', async () => {
    const sane = await http(api.baseUrl, 'GET', '/healthz', { headers: { 'x-request-id': 'abc-123' } });
    expect(sane.headers.get('x-request-id')).toBe('abc-123');
    const insane = await http(api.baseUrl, 'GET', '/healthz', { headers: { 'x-request-id': 'a b<c>' } });
    expect(insane.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('exposes Prometheus metrics with the HTTP duration histogram by route and status', async () => {
    await http(api.baseUrl, 'GET', '/healthz');
    const res = await fetch(`${api.baseUrl}/metrics`);
    const text = await res.text();
    expect(text).toContain('process_cpu_user_seconds_total');
    expect(text).toMatch(/http_request_duration_seconds_count\{method="GET",route="\/healthz",status="200"\} \d+/);
  });

  it('publishes an OpenAPI 3.1 document generated from the route schemas, and a docs page', async () => {
    const res = await http(api.baseUrl, 'GET', '/openapi.json');
    expect(res.body.openapi).toBe('3.1.0');
    const op = res.body.paths['/api/wiring-checks'].post;
    expect(op.requestBody.content['application/json'].schema.properties.note).toMatchObject({ type: 'string', maxLength: 200 });
    expect(res.body.paths['/api/wiring-checks/{checkId}'].get.parameters[0]).toMatchObject({ name: 'checkId', in: 'path' });
    const docs = await fetch(`${api.baseUrl}/docs`);
    expect(await docs.text()).toContain('swagger-ui-bundle.js');
    expect((await fetch(`${api.baseUrl}/docs/assets/swagger-ui-bundle.js`)).status).toBe(200);
  });
});
