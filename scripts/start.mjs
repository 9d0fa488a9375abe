// `npm start`: installs what is missing, then hands over to scripts/start-all.ts.
import { ensureDependencies, runTs } from './bootstrap.mjs';

ensureDependencies();
runTs('scripts/start-all.ts', process.argv.slice(2));
