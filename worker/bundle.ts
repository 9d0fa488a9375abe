import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';

/** Where the prebuilt workflow bundle lives; the worker loads it instead of bundling at start. */
export const WORKFLOW_BUNDLE_PATH = path.resolve(import.meta.dirname, '../dist/workflow-bundle.js');

/** Bundles workflows/index.ts (deterministic sandbox code) into one file. */
export async function buildWorkflowBundle(outFile = WORKFLOW_BUNDLE_PATH): Promise<string> {
  const { code } = await bundleWorkflowCode({
    workflowsPath: path.resolve(import.meta.dirname, '../workflows/index.ts'),
    logger: { trace() {}, debug() {}, info() {}, warn: console.warn, error: console.error, log() {} },
  });
  await mkdir(path.dirname(outFile), { recursive: true });
  await writeFile(outFile, code);
  return outFile;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const started = Date.now();
  const file = await buildWorkflowBundle();
  console.log(`[build] workflow bundle written to ${path.relative(process.cwd(), file)} in ${Date.now() - started} ms`);
}
