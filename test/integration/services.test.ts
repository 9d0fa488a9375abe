// Integration test of the service provisioning library (scripts/services):
// starts the real stack on a temporary data folder, on ports of its own
// (TEST_PORTS + 100, so it never collides with `npm start` or `npm test`),
// and checks that each service really works.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { Redis } from 'ioredis';
import kafkajs from 'kafkajs';
import { Connection } from '@temporalio/client';
import proto from '@temporalio/proto';
import { TEST_PORTS, startStack, type RunningStack, type StackPorts } from '../../scripts/services/index.ts';
import { isPortOpen } from '../../scripts/services/util.ts';

const { Kafka, logLevel } = kafkajs;

const ports: StackPorts = {
  postgres: TEST_PORTS.postgres + 100,
  redis: TEST_PORTS.redis + 100,
  kafka: TEST_PORTS.kafka + 100,
  kafkaController: TEST_PORTS.kafkaController + 100,
  temporal: TEST_PORTS.temporal + 100,
  temporalUi: TEST_PORTS.temporalUi + 100,
};

/** Temporal's IndexedValueType of a type as search-attributes.json names it (Keyword, Int, KeywordList, ...). */
const indexedValueType = (type: string): number | undefined =>
  (proto.temporal.api.enums.v1.IndexedValueType as unknown as Record<string, number>)[`INDEXED_VALUE_TYPE_${type.replace(/(?<=[a-z])(?=[A-Z])/g, '_').toUpperCase()}`];

// Without the four *_URL variables: this test must start its own services.
const cleanEnv: NodeJS.ProcessEnv = { ...process.env };
for (const k of ['DATABASE_URL', 'REDIS_URL', 'KAFKA_BROKERS', 'TEMPORAL_ADDRESS', 'TEMPORAL_NAMESPACE', 'TEMPORAL_UI_URL']) delete cleanEnv[k];

describe('service stack', () => {
  let dataDir: string;
  let stack: RunningStack;
  const lines: string[] = [];

  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'casino-stack-'));
    stack = await startStack({
      dataDir,
      ports,
      env: cleanEnv,
      log: (line) => {
        lines.push(line);
        console.log(`[stack] ${line}`);
      },
    });
  }, 600_000); // the very first run may have to build the Temporal CLI

  afterAll(async () => {
    await stack?.stop();
    if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
  }, 60_000);

  it('returns the addresses of what it started', () => {
    expect(stack.env).toEqual({
      DATABASE_URL: `postgresql://postgres:postgres@127.0.0.1:${ports.postgres}/casino`,
      REDIS_URL: `redis://127.0.0.1:${ports.redis}`,
      KAFKA_BROKERS: `127.0.0.1:${ports.kafka}`,
      TEMPORAL_ADDRESS: `127.0.0.1:${ports.temporal}`,
      TEMPORAL_NAMESPACE: 'default',
      TEMPORAL_UI_URL: `http://127.0.0.1:${ports.temporalUi}`,
    });
    for (const service of ['postgres', 'redis', 'kafka', 'temporal']) {
      expect(lines.some((l) => new RegExp(`^${service}: started in \\d+\\.\\ds`).test(l))).toBe(true);
    }
  });

  it('postgres: the casino database answers queries', async () => {
    const client = new pg.Client({ connectionString: stack.env.DATABASE_URL });
    await client.connect();
    try {
      const { rows } = await client.query<{ db: string; one: number }>('select current_database() as db, 1 as one');
      expect(rows[0]).toEqual({ db: 'casino', one: 1 });
    } finally {
      await client.end();
    }
  });

  it('redis: set and get', async () => {
    const redis = new Redis(stack.env.REDIS_URL);
    try {
      await redis.set('stack-test', 'hello', 'EX', 60);
      expect(await redis.get('stack-test')).toBe('hello');
    } finally {
      redis.disconnect();
    }
  });

  it('kafka: kafkajs produces and consumes with a consumer group', async () => {
    const kafka = new Kafka({ clientId: 'stack-test', brokers: stack.env.KAFKA_BROKERS.split(','), logLevel: logLevel.ERROR });
    const topic = `stack-test-${Date.now()}`;
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic, numPartitions: 1 }], waitForLeaders: true });
    await admin.disconnect();

    const producer = kafka.producer({ allowAutoTopicCreation: false });
    await producer.connect();
    await producer.send({ topic, messages: [{ key: 'k1', value: 'v1' }] });
    await producer.disconnect();

    const consumer = kafka.consumer({ groupId: `${topic}-group` });
    await consumer.connect();
    try {
      await consumer.subscribe({ topic, fromBeginning: true });
      const received = await new Promise<{ key: string; value: string }>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no message within 30s')), 30_000);
        void consumer.run({
          eachMessage: async ({ message }) => {
            clearTimeout(timer);
            resolve({ key: message.key?.toString() ?? '', value: message.value?.toString() ?? '' });
          },
        });
      });
      expect(received).toEqual({ key: 'k1', value: 'v1' });
    } finally {
      await consumer.disconnect();
    }

    // The group committed its offset (the group coordinator works).
    const admin2 = kafka.admin();
    await admin2.connect();
    try {
      const offsets = await admin2.fetchOffsets({ groupId: `${topic}-group`, topics: [topic] });
      expect(offsets[0]?.partitions[0]?.offset).toBe('1');
    } finally {
      await admin2.disconnect();
    }
  }, 60_000);

  it('temporal: answers and has the custom search attributes', async () => {
    const connection = await Connection.connect({ address: stack.env.TEMPORAL_ADDRESS });
    try {
      const info = await connection.workflowService.getSystemInfo({});
      expect(info.serverVersion).toBeTruthy();
      const { customAttributes } = await connection.operatorService.listSearchAttributes({ namespace: stack.env.TEMPORAL_NAMESPACE });
      const expected = JSON.parse(await fs.readFile(path.join(import.meta.dirname, '../../temporal/search-attributes.json'), 'utf8')) as Record<string, string>;
      expect(Object.keys(expected).length).toBeGreaterThan(5);
      for (const [name, type] of Object.entries(expected)) {
        expect(customAttributes?.[name], `${name} (${type})`).toBe(indexedValueType(type));
      }
    } finally {
      await connection.close();
    }
    const ui = await fetch(stack.env.TEMPORAL_UI_URL);
    expect(ui.status).toBe(200);
  });

  it('reuses services given in the environment and does not stop them', async () => {
    const lines2: string[] = [];
    const second = await startStack({
      dataDir: path.join(dataDir, 'second'),
      // Different ports: nothing may be started on them.
      ports: { postgres: 1, redis: 2, kafka: 3, kafkaController: 4, temporal: 5, temporalUi: 6 },
      env: { ...cleanEnv, ...stack.env },
      log: (l) => lines2.push(l),
    });
    expect(second.env).toEqual(stack.env);
    expect(lines2.filter((l) => /using the existing server/.test(l))).toHaveLength(4);
    expect(lines2.filter((l) => /started in/.test(l))).toHaveLength(0);
    await second.stop();
    expect(await isPortOpen(ports.postgres)).toBe(true);
    expect(await isPortOpen(ports.temporal)).toBe(true);
  }, 60_000);

  it('stop() stops everything it started, idempotently, and frees the ports', async () => {
    await Promise.all([stack.stop(), stack.stop()]);
    await stack.stop();
    for (const [name, port] of Object.entries(ports)) {
      expect(await isPortOpen(port), `${name} port ${port}`).toBe(false);
    }
  }, 60_000);
});
