// Vitest global setup: brings up the real services once for the whole run (PostgreSQL,
// Redis, Kafka, Temporal) on test ports and a throwaway data folder, migrates the database
// and builds the workflow bundle. Tests read the resulting environment with `inject('stack')`.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { generateSigningKey } from '../lib/auth/keys.ts';
import { migrate } from '../lib/db/migrate.ts';
import { TEST_PORTS, startStack, type StackEnv } from '../scripts/services/index.ts';
import { buildWorkflowBundle } from '../worker/bundle.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    stack: StackEnv;
    /** One ES256 signing key for the run, shared by in-process APIs and child processes. */
    jwtPrivateKey: string;
  }
}

export default async function setup(project: TestProject) {
  const started = Date.now();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'casino-test-'));
  const log = (line: string) => process.stdout.write(`[test-stack] ${line}\n`);
  // CASINO_TEST_PORT_OFFSET lets two test runs share a machine without colliding.
  const offset = Number(process.env.CASINO_TEST_PORT_OFFSET ?? 0);
  const ports = Object.fromEntries(Object.entries(TEST_PORTS).map(([k, v]) => [k, v + offset])) as typeof TEST_PORTS;
  const stack = await startStack({ dataDir, ports, log });
  try {
    await migrate(stack.env.DATABASE_URL, (line) => log(`migrate: ${line}`));
    await buildWorkflowBundle();
  } catch (err) {
    await stack.stop();
    throw err;
  }
  log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s (data in ${dataDir})`);
  project.provide('stack', stack.env);
  project.provide('jwtPrivateKey', generateSigningKey());
  return async () => {
    await stack.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
