import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOPICS } from '../../lib/kafka.ts';
import { wiringCheckWorkflowId } from '../../workflows/messages/workflow-ids.ts';
import { WIRING_CHECK_WORKFLOW, wiringCheckPhaseQuery, type WiringCheckWorkflow } from '../../workflows/messages/wiring-check.ts';
import { testConfig } from '../support/env.ts';
import { signUpPlayer, type TestPlayer } from '../support/accounts.ts';
import { http, startTestApi, startTestWorker, workerProcesses, type TestApi, type TestWorker } from '../support/harness.ts';
import { readFromKafka } from '../support/kafka.ts';


describe('the wiring check: API → Temporal → activity → PostgreSQL → outbox → Kafka', () => {
  const config = testConfig();
  let api: TestApi;
  let worker: TestWorker;
  let admin: TestPlayer;

  beforeAll(async () => {
    api = await startTestApi(config);
    worker = await startTestWorker(config);
    admin = await signUpPlayer(api, { role: 'ADMIN' });
  });
  afterAll(async () => {
    await worker?.stop();
    await api?.close();
  });

  it('answers with the workflow result after every hop really happened', async () => {
    const res = await http(api.baseUrl, 'POST', '/api/wiring-checks', { body: { note: 'hello from the test' }, headers: admin.auth });
    expect(res.status).toBe(201);
    expect(res.headers.get('location')).toBe(`/api/wiring-checks/${res.body.check_id}`);
    expect(res.body.status).toBe('completed');
    const { check_id: checkId, workflow_id: workflowId } = res.body;
    expect(workflowId).toBe(wiringCheckWorkflowId(checkId));

    // PostgreSQL: the row and its outbox fact.
    const row = await api.deps.prisma.wiringCheck.findUnique({ where: { id: checkId } });
    expect(row?.note).toBe('hello from the test');
    const outbox = await api.deps.prisma.outboxEvent.findMany({ where: { key: checkId } });
    expect(outbox).toHaveLength(1);

    // Kafka: the relay published it.
    const messages = await readFromKafka(config.KAFKA_BROKERS, TOPICS.wiring, (e) => e.payload.checkId === checkId);
    expect(messages[0]).toMatchObject({ type: 'wiring_check.recorded', eventId: outbox[0]!.eventId, payload: { note: 'hello from the test' } });

    // Temporal: the workflow completed.
    const description = await api.deps.temporal.workflow.getHandle(workflowId).describe();
    expect(description.status.name).toBe('COMPLETED');

    const again = await http(api.baseUrl, 'GET', `/api/wiring-checks/${checkId}`, { headers: admin.auth });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ status: 'completed', result: { checkId } });
  });

  it('is for operators only: 401 without a token, 403 for a player', async () => {
    expect((await http(api.baseUrl, 'POST', '/api/wiring-checks', { body: { note: 'x' } })).status).toBe(401);
    const player = await signUpPlayer(api);
    const res = await http(api.baseUrl, 'POST', '/api/wiring-checks', { body: { note: 'x' }, headers: player.auth });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('forbidden');
  });

  it('answers 404 for a check that does not exist and 400 for a malformed id', async () => {
    expect((await http(api.baseUrl, 'GET', '/api/wiring-checks/00000000-0000-4000-8000-000000000000', { headers: admin.auth })).status).toBe(404);
    const bad = await http(api.baseUrl, 'GET', '/api/wiring-checks/nope', { headers: admin.auth });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('validation_failed');
  });
});

describe('a worker killed mid-run', () => {
  const config = testConfig();
  let api: TestApi;
  const workers = workerProcesses(() => config);

  beforeAll(async () => {
    api = await startTestApi(config);
  });
  afterAll(async () => {
    workers.killAll();
    await api?.close();
  });

  it('completes the workflow exactly once after the worker is started again', { timeout: 300_000 }, async () => {
    const first = workers.spawn();
    // Started through the client directly: the API would hold the answer until the pause ends.
    // The pause is long enough for a query answered slowly on a loaded machine to still see it.
    const checkId = randomUUID();
    const handle = await api.deps.temporal.workflow.start<WiringCheckWorkflow>(WIRING_CHECK_WORKFLOW, {
      workflowId: wiringCheckWorkflowId(checkId),
      taskQueue: config.TEMPORAL_TASK_QUEUE,
      args: [{ checkId, note: 'survives a crash', pauseMs: 15_000 }],
    });

    // Wait until the activity has run and the workflow is pausing, then kill the worker hard. A
    // query fails until the new worker process polls, which on a loaded machine takes a while.
    await expect.poll(() => handle.query(wiringCheckPhaseQuery), { timeout: 150_000, interval: 200 }).toBe('pausing');
    await workers.kill(first);
    expect((await handle.describe()).status.name).toBe('RUNNING');

    workers.spawn();
    const result = await handle.result();
    expect(result.checkId).toBe(checkId);
    expect((await handle.describe()).status.name).toBe('COMPLETED');

    // Exactly once: one row, one outbox fact, one completed activity in the history.
    expect(await api.deps.prisma.wiringCheck.count({ where: { id: checkId } })).toBe(1);
    expect(await api.deps.prisma.outboxEvent.count({ where: { key: checkId } })).toBe(1);
    const history = await handle.fetchHistory();
    const completedActivities = history.events?.filter((e) => e.activityTaskCompletedEventAttributes) ?? [];
    expect(completedActivities).toHaveLength(1);
  });
});
