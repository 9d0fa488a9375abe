import { readdir, readFile } from 'node:fs/promises';
import type { Dependency } from '../../lib/dependencies.ts';
import { checkContract } from './contract.ts';

/** The pid and every descendant of it (PostgreSQL forks a process per connection and helper). */
export async function processTree(rootPid: number): Promise<number[]> {
  const parents = new Map<number, number>();
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    // pid (comm) state ppid ...: comm may hold spaces and parentheses, so read after the last ')'.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (Number.isFinite(ppid)) parents.set(Number(entry), ppid);
  }
  const tree = [rootPid];
  for (let i = 0; i < tree.length; i++) for (const [pid, ppid] of parents) if (ppid === tree[i]) tree.push(pid);
  return tree;
}

/** Sends a signal to each pid, ignoring those already gone. */
export function signalAll(pids: number[], signal: NodeJS.Signals): void {
  for (const pid of pids) {
    try {
      process.kill(pid, signal);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ESRCH') throw err;
    }
  }
}

/** One kind of request the traffic sends, and the dependencies it cannot do without. */
export interface RequestKind {
  name: string;
  needs: Dependency[];
  request(): { method: string; path: string; headers?: Record<string, string>; body?: unknown };
}

/** One answer (or its absence) as the client saw it. */
export interface Sample {
  kind: string;
  status: number;
  code?: string;
  dependency?: string;
  retryAfter?: string | null;
  ms: number;
  startedAt: number;
  endedAt: number;
  request: { method: string; path: string; headers?: Record<string, string>; body?: unknown };
  problem?: string;
}

/** How long the client waits before it records "no answer" (status 0): far beyond the 2 s promise. */
const CLIENT_GIVE_UP_MS = 20_000;

async function send(baseUrl: string, kind: RequestKind): Promise<Sample> {
  const request = kind.request();
  const startedAt = performance.now();
  const sample: Sample = { kind: kind.name, status: 0, ms: 0, startedAt, endedAt: startedAt, request };
  try {
    const res = await fetch(`${baseUrl}${request.path}`, {
      method: request.method,
      headers: { ...(request.body !== undefined ? { 'content-type': 'application/json' } : {}), ...request.headers },
      body: request.body !== undefined ? JSON.stringify(request.body) : undefined,
      signal: AbortSignal.timeout(CLIENT_GIVE_UP_MS),
    });
    const text = await res.text();
    sample.endedAt = performance.now();
    sample.status = res.status;
    sample.retryAfter = res.headers.get('retry-after');
    const body = text ? (JSON.parse(text) as { error?: { code?: string; details?: { dependency?: string } } }) : undefined;
    sample.code = body?.error?.code;
    sample.dependency = body?.error?.details?.dependency;
    try {
      checkContract(baseUrl, request.method, request.path, res.status, body);
    } catch (err) {
      sample.problem = (err as Error).message;
    }
  } catch (err) {
    sample.endedAt = performance.now();
    sample.problem = `no answer: ${(err as Error).message}`;
  }
  sample.ms = Math.round(sample.endedAt - startedAt);
  return sample;
}

/**
 * Steady traffic against a test API: `clients` loops, each sending the kinds in turn with a
 * short pause, recording every answer with its time. Modest on purpose: the faults, not the
 * load, are under test.
 */
export class Traffic {
  readonly samples: Sample[] = [];
  private stopped = false;
  private readonly loops: Promise<void>[] = [];

  constructor(
    private readonly baseUrl: string,
    private readonly kinds: RequestKind[],
    private readonly opts: { clients?: number; pauseMs?: number } = {},
  ) {}

  start(): this {
    for (let c = 0; c < (this.opts.clients ?? 3); c++) {
      this.loops.push(
        (async () => {
          for (let i = c; !this.stopped; i++) {
            this.samples.push(await send(this.baseUrl, this.kinds[i % this.kinds.length]!));
            await new Promise((r) => setTimeout(r, this.opts.pauseMs ?? 25));
          }
        })(),
      );
    }
    return this;
  }

  /** Answers of a kind started after `since` (performance.now()), optionally matching a predicate. */
  count(kind: string, since: number, match: (s: Sample) => boolean = () => true): number {
    return this.samples.filter((s) => s.kind === kind && s.startedAt >= since && match(s)).length;
  }

  async stop(): Promise<Sample[]> {
    this.stopped = true;
    await Promise.all(this.loops);
    return this.samples;
  }
}
