import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import proto from '@temporalio/proto';

const { temporal } = proto;
import { Worker } from '@temporalio/worker';
import { describe, expect, it } from 'vitest';
import { buildWorkflowBundle } from '../../worker/bundle.ts';
import '../setup-temporal-runtime.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/histories');

describe('recorded workflow histories', () => {
  it('replay against the current workflow code without non-determinism', async () => {
    const files = (await readdir(FIXTURES)).filter((f) => f.endsWith('.pb')).sort();
    expect(files.length).toBeGreaterThanOrEqual(9);
    const bundlePath = path.resolve(import.meta.dirname, '../../.test-data/replay-bundle.js');
    await buildWorkflowBundle(bundlePath);
    const histories = await Promise.all(
      files.map(async (f) => ({ workflowId: f.replace(/\.pb$/, ''), history: temporal.api.history.v1.History.decode(await readFile(path.join(FIXTURES, f))) })),
    );
    const failures: string[] = [];
    for await (const result of Worker.runReplayHistories({ workflowBundle: { codePath: bundlePath } }, histories)) {
      if (result.error) failures.push(`${result.workflowId}: ${result.error.message}`);
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
