// The Temporal SDK's own metrics in a benchmark: the worker runs in the benchmark's process, so
// installing the SDK runtime with a Prometheus exporter there gives the same breakdown the
// worker process serves on its /metrics (schedule-to-start and execution latencies), per phase.
import { Runtime } from '@temporalio/worker';
import { freeLocalPort } from '../worker/metrics-server.ts';

/** The histograms that say where a workflow's time goes (seconds). */
export const SDK_LATENCIES = [
  ['temporal_workflow_task_schedule_to_start_latency', 'workflow task: scheduled → picked up by the worker'],
  ['temporal_workflow_task_execution_latency', 'workflow task: worker execution (includes local activities run in it)'],
  ['temporal_workflow_task_replay_latency', 'workflow task: replay'],
  ['temporal_activity_schedule_to_start_latency', 'activity: scheduled → started (server queue; eager ones skip it)'],
  ['temporal_activity_execution_latency', 'activity: execution'],
  ['temporal_local_activity_execution_latency', 'local activity: execution'],
] as const;

/** Sums and counts of each histogram at one moment (summed over label sets). */
export type SdkSnapshot = Record<string, { sum: number; count: number }>;

/** Installs the SDK runtime with a Prometheus exporter on a free local port; call before any worker or connection exists. */
export async function installSdkMetrics(): Promise<{ snapshot(): Promise<SdkSnapshot> }> {
  const port = await freeLocalPort();
  Runtime.install({ telemetryOptions: { metrics: { prometheus: { bindAddress: `127.0.0.1:${port}`, useSecondsForDurations: true } } } });
  return {
    async snapshot() {
      const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
      const out: SdkSnapshot = {};
      for (const [name] of SDK_LATENCIES) out[name] = { sum: 0, count: 0 };
      for (const line of text.split('\n')) {
        const m = /^(\w+?)_(sum|count)(?:\{[^}]*\})? ([0-9.eE+-]+)$/.exec(line);
        if (!m || !(m[1]! in out)) continue;
        out[m[1]!]![m[2] as 'sum' | 'count'] += Number(m[3]);
      }
      return out;
    },
  };
}

/** A markdown table of the mean of each histogram between two snapshots (one benchmark phase). */
export function sdkBreakdownTable(before: SdkSnapshot, after: SdkSnapshot): string {
  const rows = SDK_LATENCIES.map(([name, what]) => {
    const count = (after[name]?.count ?? 0) - (before[name]?.count ?? 0);
    const sum = (after[name]?.sum ?? 0) - (before[name]?.sum ?? 0);
    return `| \`${name}\` | ${what} | ${count} | ${count > 0 ? ((sum / count) * 1000).toFixed(1) : '—'} |`;
  });
  return ['| metric | what | count | mean ms |', '| --- | --- | ---: | ---: |', ...rows].join('\n');
}
