import { AppError } from './errors.ts';
import type { Logger } from './logger.ts';

// Requests must not wait on a dependency that has stopped answering. One monitor per process
// probes each dependency on a short interval; when a probe gets no answer in time the
// dependency is "down": calls to it fail at once with 503 `dependency_unavailable`, and the
// calls already waiting on it are cut loose (see lib/redis.ts, lib/db/client.ts,
// lib/temporal-client.ts). The next probe that answers brings it back: no restart needed.
// Which Redis uses fail open instead is decided where they are made (docs/failing-dependencies.md).

/** The backing services a request can depend on. */
export type Dependency = 'postgres' | 'redis' | 'temporal' | 'kafka';

/** Seconds a client is asked to wait (`Retry-After`) before it tries again. */
export const DEPENDENCY_RETRY_AFTER_SECONDS = 2;

const LABEL: Record<Dependency, string> = { postgres: 'The database', redis: 'Redis', temporal: 'Temporal', kafka: 'Kafka' };

/** 503 `dependency_unavailable`: `details.dependency` names the service, `Retry-After` says when to try again. */
export class DependencyUnavailableError extends AppError {
  constructor(
    readonly dependency: Dependency,
    cause?: unknown,
    /** More details for the client (what was undone, for instance). */
    extra?: Record<string, unknown>,
  ) {
    super(
      'dependency_unavailable',
      `${LABEL[dependency]} is not answering right now; nothing was decided by this request unless a retry with the same Idempotency-Key shows otherwise. Try again in ${DEPENDENCY_RETRY_AFTER_SECONDS} s`,
      { ...extra, dependency, retry_after_seconds: DEPENDENCY_RETRY_AFTER_SECONDS },
      { 'Retry-After': String(DEPENDENCY_RETRY_AFTER_SECONDS) },
    );
    this.name = 'DependencyUnavailableError';
    if (cause !== undefined) (this as { cause?: unknown }).cause = cause;
  }
}

/** The dependency behind an error, when a DependencyUnavailableError is anywhere in its cause chain. */
export function unavailableDependencyOf(err: unknown): Dependency | undefined {
  for (let e = err, depth = 0; e && depth < 8; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof DependencyUnavailableError) return e.dependency;
  }
  return undefined;
}

/**
 * A probe answers (resolves) when its dependency is usable; it may be slow or throw when it is
 * not. `cold()` says the next probe must first open its connection (several round trips, slow
 * on a busy machine): it then gets COLD_FACTOR times the timeout.
 */
export type Probe = (() => Promise<unknown>) & { cold?: () => boolean };

/** How much longer a probe that opens its connection may take. */
const COLD_FACTOR = 4;

/** The state of one dependency, as the monitor last saw it. */
export interface DependencyState {
  up: boolean;
  /** When it last changed, ms since the epoch. */
  since: number;
  /** Why it is down, when it is. */
  reason?: string;
}

/**
 * Settles with `true` when `work` resolves within `timeoutMs`, `false` (with the reason) when it
 * rejects or is late. A late answer that is already waiting in the socket still counts: the
 * decision is taken after one more turn of the event loop, so a process that was busy for a
 * while does not blame its dependency for its own delay.
 */
export function answersWithin(work: Promise<unknown>, timeoutMs: number): Promise<{ ok: true } | { ok: false; reason: string }> {
  return new Promise((resolve) => {
    let settled = false;
    const timer = setTimeout(() => {
      setImmediate(() => {
        if (settled) return;
        settled = true;
        resolve({ ok: false, reason: `no answer within ${timeoutMs} ms` });
      });
    }, timeoutMs);
    work.then(
      () => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve({ ok: true });
      },
      (err: unknown) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve({ ok: false, reason: err instanceof Error ? err.message : String(err) });
      },
    );
  });
}

/**
 * Watches each dependency with its probe (every `intervalMs`, each probe given `timeoutMs`)
 * and tells the clients built over it when one stops or starts answering.
 */
export class DependencyMonitor {
  private readonly states = new Map<Dependency, DependencyState>();
  private readonly downListeners = new Map<Dependency, Set<() => void>>();
  private readonly timers = new Map<Dependency, NodeJS.Timeout>();
  private readonly inflight = new Map<Dependency, Promise<boolean>>();
  private running = false;

  constructor(
    private readonly opts: {
      probes: Partial<Record<Dependency, Probe>>;
      log: Logger;
      /** Pause between two probes of one dependency. */
      intervalMs: number;
      /** How long a probe may take before its dependency counts as down. */
      timeoutMs: number;
    },
  ) {
    for (const dep of Object.keys(opts.probes) as Dependency[]) this.states.set(dep, { up: true, since: Date.now() });
  }

  /** The dependencies this monitor watches. */
  get watched(): Dependency[] {
    return [...this.states.keys()];
  }

  /** Starts probing (idempotent). */
  start(): this {
    if (this.running) return this;
    this.running = true;
    for (const dep of this.watched) this.schedule(dep, 0);
    return this;
  }

  /** Stops probing; clients keep working, without the fast failure. */
  stop(): void {
    this.running = false;
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }

  /** True while the dependency's last probe failed. Unwatched dependencies are never down. */
  isDown(dep: Dependency): boolean {
    return this.states.get(dep)?.up === false;
  }

  /** Every watched dependency that is down now. */
  down(): Dependency[] {
    return this.watched.filter((d) => this.isDown(d));
  }

  /** A copy of every state, for logs and tests. */
  snapshot(): Record<string, DependencyState> {
    return Object.fromEntries([...this.states].map(([d, s]) => [d, { ...s }]));
  }

  /** Throws DependencyUnavailableError when the dependency is down. */
  check(dep: Dependency): void {
    if (this.isDown(dep)) throw new DependencyUnavailableError(dep);
  }

  /**
   * Calls `fn` when the dependency goes down (each time it does) until the returned function is
   * called. Clients use it to cut loose the calls that are waiting on it.
   */
  onDown(dep: Dependency, fn: () => void): () => void {
    let set = this.downListeners.get(dep);
    if (!set) {
      set = new Set();
      this.downListeners.set(dep, set);
    }
    set.add(fn);
    return () => set.delete(fn);
  }

  /**
   * Fails at once while `dep` is down; otherwise runs `work`, and rejects with
   * DependencyUnavailableError as soon as `dep` goes down while it is still waiting. Only for
   * work that is safe to abandon (its outcome is then unknown to the caller, never half done).
   */
  guard<T>(dep: Dependency, work: () => Promise<T>): Promise<T> {
    if (this.isDown(dep)) return Promise.reject(new DependencyUnavailableError(dep));
    return new Promise<T>((resolve, reject) => {
      const off = this.onDown(dep, () => reject(new DependencyUnavailableError(dep)));
      work().then(
        (v) => {
          off();
          resolve(v);
        },
        (err: unknown) => {
          off();
          reject(err);
        },
      );
    });
  }

  /**
   * Probes the given dependencies now (joining a probe already running) and returns the ones
   * that are down. For error paths: was the failure the dependency's?
   */
  async recheck(deps: Dependency[] = this.watched): Promise<Dependency[]> {
    const results = await Promise.all(deps.filter((d) => this.states.has(d)).map(async (d) => ((await this.probe(d)) ? undefined : d)));
    return results.filter((d): d is Dependency => d !== undefined);
  }

  private schedule(dep: Dependency, delayMs: number): void {
    if (!this.running) return;
    const timer = setTimeout(() => {
      void this.probe(dep).finally(() => this.schedule(dep, this.opts.intervalMs));
    }, delayMs);
    timer.unref();
    this.timers.set(dep, timer);
  }

  private probe(dep: Dependency): Promise<boolean> {
    const running = this.inflight.get(dep);
    if (running) return running;
    const probe = this.opts.probes[dep]!;
    const timeoutMs = probe.cold?.() ? this.opts.timeoutMs * COLD_FACTOR : this.opts.timeoutMs;
    const p = answersWithin(Promise.resolve().then(probe), timeoutMs).then((result) => {
      this.inflight.delete(dep);
      this.record(dep, result.ok ? undefined : result.reason);
      return result.ok;
    });
    this.inflight.set(dep, p);
    return p;
  }

  private record(dep: Dependency, failure: string | undefined): void {
    const before = this.states.get(dep)!;
    if (failure === undefined) {
      if (!before.up) {
        this.states.set(dep, { up: true, since: Date.now() });
        this.opts.log.warn({ dependency: dep, downForMs: Date.now() - before.since }, 'dependency answers again');
      }
      return;
    }
    if (!before.up) {
      before.reason = failure;
      return;
    }
    this.states.set(dep, { up: false, since: Date.now(), reason: failure });
    this.opts.log.warn({ dependency: dep, reason: failure }, 'dependency is not answering: failing fast until it does');
    for (const fn of [...(this.downListeners.get(dep) ?? [])]) {
      try {
        fn();
      } catch (err) {
        this.opts.log.error({ err, dependency: dep }, 'dependency down listener failed');
      }
    }
  }
}
