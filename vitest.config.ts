import { defineConfig } from 'vitest/config';

// Two projects: unit tests need nothing; integration and browser tests share one real stack
// (PostgreSQL, Redis, Kafka, Temporal) brought up by test/global-setup.ts.
/**
 * One known error is harness noise, not a finding: when a test closes its Temporal client
 * connection, @temporalio/client's gRPC retry interceptor may still fire a scheduled retry of a
 * call the closing cut short, and that timer throws "Channel has been shut down". It happens
 * after the test's assertions, only at teardown. Every other unhandled error still fails the run.
 */
function isTemporalClientTeardownNoise(error: { message?: string; stack?: string }): boolean {
  return error.message === 'Channel has been shut down' && (error.stack ?? '').includes('@temporalio/client/lib/grpc-retry.js');
}

export default defineConfig({
  test: {
    onUnhandledError: (error) => !isTemporalClientTeardownNoise(error),
    projects: [
      {
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], testTimeout: 60_000, sequence: { groupOrder: 0 } },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts', 'test/browser/**/*.test.ts'],
          globalSetup: ['test/global-setup.ts'],
          setupFiles: ['test/setup-temporal-runtime.ts'],
          testTimeout: 120_000,
          hookTimeout: 240_000,
          // Real services on two shared cores: give every expect.poll room unless it says otherwise.
          expect: { poll: { timeout: 10_000, interval: 100 } },
          // Each file starts its own API and worker; two cores cannot run many at once.
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
