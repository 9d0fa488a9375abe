// `npm start`: installs what is missing, generates the Prisma client, then hands over to scripts/start-all.ts.
import { ensureDependencies, ensurePrismaClient, runTs } from './bootstrap.mjs';

ensureDependencies();
ensurePrismaClient();
runTs('scripts/start-all.ts', process.argv.slice(2));
