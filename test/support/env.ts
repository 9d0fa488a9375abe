import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { parseConfig, type Config } from '../../lib/config.ts';

/**
 * The configuration a test process uses: the real services started by global setup, a
 * task queue of the test file's own (so workers of parallel files never steal its tasks),
 * and any overrides.
 */
export function testConfig(overrides: Record<string, string> = {}): Config {
  const stack = inject('stack');
  return parseConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    ...stack,
    TEMPORAL_TASK_QUEUE: `test-${randomUUID()}`,
    OUTBOX_POLL_MS: '50',
    // A consumer group of the file's own: workers of parallel files each see every round.
    ENGAGEMENT_CONSUMER_GROUP: `test-engagement-${randomUUID()}`,
    // A schedule of the file's own: every worker process ensures the RFM schedule and points it
    // at its task queue, so one shared id would send a file's runs to another file's worker.
    RFM_SCHEDULE_ID: `rfm-test-${randomUUID()}`,
    JWT_PRIVATE_KEY: inject('jwtPrivateKey'),
    // Every test request comes from 127.0.0.1: keep the limits out of the way unless a test sets them.
    RATE_LIMIT_LOGIN_PER_IP: '100000',
    RATE_LIMIT_LOGIN_PER_ACCOUNT: '100000',
    RATE_LIMIT_SIGNUP_PER_IP: '100000',
    // On this shared 2-core machine under a full parallel run a `SELECT 1` probe can take more
    // than the production second, and a late probe counts PostgreSQL as down (503 to
    // everything). Only dependency-faults.test.ts is about failing fast: it sets the production
    // value itself.
    DEPENDENCY_PROBE_TIMEOUT_MS: '5000',
    ...overrides,
  });
}

/** The same configuration as environment variables, for child processes (api, worker). */
export function configEnv(config: Config): Record<string, string> {
  return Object.fromEntries(Object.entries(config).map(([k, v]) => [k, String(v)]));
}
