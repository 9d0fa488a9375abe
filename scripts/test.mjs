// `npm test`: installs what is missing, generates the Prisma client, then hands over to scripts/run-tests.ts.
import { ensureDependencies, ensurePrismaClient, runTs } from './bootstrap.mjs';

ensureDependencies();
ensurePrismaClient();
runTs('scripts/run-tests.ts', process.argv.slice(2));
