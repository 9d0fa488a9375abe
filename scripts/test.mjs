// `npm test`: installs what is missing, then hands over to scripts/run-tests.ts.
import { ensureDependencies, runTs } from './bootstrap.mjs';

ensureDependencies();
runTs('scripts/run-tests.ts', process.argv.slice(2));
