// The crash tickers' own worker: same process and connection as the main worker, its own task
// queue (`<task queue>-ticks`) and a large activity slot count. A ticker lives as long as its
// round and mostly sleeps between ticks; on the main queue 200 live rounds would hold every one
// of the main worker's activity slots (100 by default) and a cashout's settlement would wait
// for a ticker to end (measured: cashout p99 53 s with 200 live rounds, docs/benchmarks.md).
import { Worker, type NativeConnection } from '@temporalio/worker';
import type { Activities } from '../activities/index.ts';
import { CRASH_TICKS_QUEUE_SUFFIX } from '../workflows/messages/crash-round.ts';

/** Tickers one process runs at once: each is an async loop (a Redis publish per tick), not a thread. */
export const MAX_CONCURRENT_TICKERS = 2_000;

/** Creates the tick worker beside the main one (run both; shut both down). */
export function createTickWorker(opts: {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  activities: Pick<Activities, 'streamCrashTicks'>;
}): Promise<Worker> {
  return Worker.create({
    connection: opts.connection,
    namespace: opts.namespace,
    taskQueue: `${opts.taskQueue}${CRASH_TICKS_QUEUE_SUFFIX}`,
    activities: { streamCrashTicks: opts.activities.streamCrashTicks },
    maxConcurrentActivityTaskExecutions: MAX_CONCURRENT_TICKERS,
  });
}

/** Runs the main and the tick worker until both stop; either one stopping (or failing) stops the other. */
export async function runWorkers(main: Worker, ticks: Worker): Promise<void> {
  const stopOther = (w: Worker) => () => {
    if (w.getState() === 'RUNNING') w.shutdown();
  };
  const results = await Promise.allSettled([main.run().finally(stopOther(ticks)), ticks.run().finally(stopOther(main))]);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}
