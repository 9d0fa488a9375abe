// `npm test`: static checks (lint, type-check of api/worker/workflows and of the web app),
// builds, then every test (unit, integration and browser) against real services that
// test/global-setup.ts brings up on test ports and a throwaway data folder.
// Extra arguments go to vitest: `npm test -- test/integration/wiring.test.ts`.
import { readFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { ensureTools } from './services/index.ts';
import { ROOT, buildWeb, generatePrisma, run, say, step, syncWeb } from './lib/steps.ts';
import { buildWorkflowBundle } from '../worker/bundle.ts';

const args = process.argv.slice(2);
const only = args.length > 0;
const started = Date.now();
const log = (line: string) => say('test', line);

try {
  await step('test', 'installing tools (Temporal CLI, Kafka, Redis, Chromium, promtool) if missing', () => ensureTools(log));
  await step('test', 'generating the Prisma client', generatePrisma);
  await step('test', 'syncing SvelteKit types', syncWeb);
  await step('test', 'building the workflow bundle', () => buildWorkflowBundle());
  if (!only) {
    await step('test', 'lint (eslint)', () => run('eslint', ['.', '--max-warnings=0']));
    await step('test', 'type-check api, worker, workflows, scripts, tests (tsc)', () => run('tsc', ['-p', 'tsconfig.json', '--noEmit']));
    await step('test', 'type-check the web app (svelte-check)', () =>
      run('svelte-check', ['--workspace', 'web', '--tsconfig', './tsconfig.json', '--fail-on-warnings', '--output', 'human']),
    );
    await step('test', 'unused files, exports and dependencies (knip)', () => run('knip', ['--no-progress']));
  }
  await step('test', 'building the web app', () => buildWeb());
} catch (err) {
  log(`FAILED before the tests ran: ${(err as Error).message}`);
  log('tests: 0 passed, 1 failed');
  process.exit(1);
}

const reportFile = path.join(ROOT, '.test-data', 'vitest-report.json');
await mkdir(path.dirname(reportFile), { recursive: true });
let vitestFailed = false;
try {
  await run('vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`, ...args]);
} catch {
  vitestFailed = true;
}

// One plain closing line that any CI can read: "tests: N passed, N failed, N skipped".
try {
  const report = JSON.parse(await readFile(reportFile, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  };
  const skipped = report.numPendingTests + report.numTodoTests;
  const failed = report.numFailedTests + (vitestFailed && report.numFailedTests === 0 ? 1 : 0);
  log(`finished in ${((Date.now() - started) / 60_000).toFixed(1)} min`);
  console.log(`tests: ${report.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  process.exit(vitestFailed || failed > 0 ? 1 : 0);
} catch {
  console.log('tests: 0 passed, 1 failed');
  process.exit(1);
}
