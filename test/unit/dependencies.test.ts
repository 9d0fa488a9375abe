import { stat } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answersWithin, DependencyMonitor, DependencyUnavailableError, unavailableDependencyOf } from '../../lib/dependencies.ts';
import { createLogger } from '../../lib/logger.ts';

/** A probe the test answers for: `silent` makes it hang like a frozen server, `fail` like a dead one. */
function controlledProbe() {
  const state = { mode: 'ok' as 'ok' | 'silent' | 'fail', calls: 0 };
  return {
    state,
    probe: () => {
      state.calls++;
      if (state.mode === 'ok') return Promise.resolve('PONG');
      if (state.mode === 'fail') return Promise.reject(new Error('connect ECONNREFUSED'));
      return new Promise(() => undefined);
    },
  };
}

const log = createLogger('test', 'silent');

describe('the dependency monitor', () => {
  it('counts a dependency down when its probe stops answering, and up again when it answers', async () => {
    const redis = controlledProbe();
    const monitor = new DependencyMonitor({ probes: { redis: redis.probe }, log, intervalMs: 20, timeoutMs: 100 }).start();
    try {
      await expect.poll(() => redis.state.calls).toBeGreaterThan(1);
      expect(monitor.isDown('redis')).toBe(false);
      redis.state.mode = 'silent';
      await expect.poll(() => monitor.isDown('redis')).toBe(true);
      expect(() => monitor.check('redis')).toThrow(DependencyUnavailableError);
      redis.state.mode = 'ok';
      await expect.poll(() => monitor.isDown('redis')).toBe(false);
      // Unwatched dependencies are never down.
      expect(monitor.isDown('postgres')).toBe(false);
    } finally {
      monitor.stop();
    }
  });

  it('cuts loose the calls waiting on a dependency the moment it goes down, and refuses new ones at once', async () => {
    const pg = controlledProbe();
    const monitor = new DependencyMonitor({ probes: { postgres: pg.probe }, log, intervalMs: 20, timeoutMs: 100 }).start();
    try {
      const waiting = monitor.guard('postgres', () => new Promise(() => undefined));
      const finished = monitor.guard('postgres', async () => 42);
      await expect(finished).resolves.toBe(42);
      pg.state.mode = 'fail';
      await expect(waiting).rejects.toMatchObject({ code: 'dependency_unavailable', status: 503, details: { dependency: 'postgres', retry_after_seconds: 2 }, headers: { 'Retry-After': '2' } });
      await expect(monitor.guard('postgres', async () => 1)).rejects.toBeInstanceOf(DependencyUnavailableError);
      expect(await monitor.recheck()).toEqual(['postgres']);
    } finally {
      monitor.stop();
    }
  });

  it('finds the dependency behind an error anywhere in its cause chain', () => {
    const inner = new DependencyUnavailableError('temporal');
    expect(unavailableDependencyOf(new Error('wrapped', { cause: new Error('again', { cause: inner }) }))).toBe('temporal');
    expect(unavailableDependencyOf(new Error('a bug'))).toBeUndefined();
  });

  it('does not blame a dependency for an answer that came while the process was busy', async () => {
    // The answer (I/O, like a socket read) lands while the event loop is blocked past the
    // timeout; blocking from the check phase makes the loop run the timer before the I/O.
    const verdict = await new Promise<ReturnType<typeof answersWithin>>((resolve) =>
      setImmediate(() => {
        const answer = new Promise((ok, fail) => stat(import.meta.filename, (err) => (err ? fail(err) : ok(undefined))));
        const pending = answersWithin(answer, 20);
        const until = Date.now() + 80;
        while (Date.now() < until) {
          // busy: neither the answer nor the timer can run
        }
        resolve(pending);
      }),
    );
    expect(await verdict).toEqual({ ok: true });
    expect(await answersWithin(new Promise(() => undefined), 20)).toEqual({ ok: false, reason: 'no answer within 20 ms' });
  });
});
