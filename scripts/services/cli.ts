// Manual use: start the dev stack (DEV_PORTS, data in <repo>/.data) and keep it
// running until Ctrl-C.
//
//   npx tsx scripts/services/cli.ts            start and wait
//   npx tsx scripts/services/cli.ts --tools    only install the tools
import path from 'node:path';
import { DEV_PORTS, ensureTools, startStack } from './index.ts';
import { REPO_ROOT } from './util.ts';

async function main(): Promise<void> {
  if (process.argv.includes('--tools')) {
    await ensureTools();
    return;
  }
  let stopping = false;
  const running: { stop?: () => Promise<void> } = {};
  const onSignal = (sig: NodeJS.Signals) => {
    if (stopping) {
      console.log(`[stack] ${sig} again: exiting now`);
      process.exit(130);
    }
    stopping = true;
    console.log(`\n[stack] ${sig}: stopping…`);
    void (running.stop?.() ?? Promise.resolve()).then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(err);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const stack = await startStack({ dataDir: path.join(REPO_ROOT, '.data'), ports: DEV_PORTS });
  running.stop = stack.stop;
  if (stopping) {
    await stack.stop();
    process.exit(0);
  }
  console.log('');
  for (const [k, v] of Object.entries(stack.env)) console.log(`${k}=${v}`);
  console.log('\n[stack] running; Ctrl-C to stop');
  // Keep the event loop alive until a signal arrives.
  setInterval(() => undefined, 1 << 30);
}

main().catch((err: unknown) => {
  console.error(`[stack] ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
