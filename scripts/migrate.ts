// `npx tsx scripts/migrate.ts`: applies prisma/migrations to DATABASE_URL.
import { migrate } from '../lib/db/migrate.ts';

const url = process.env.DATABASE_URL;
if (!url) {
  process.stderr.write('configuration error: DATABASE_URL: is required\n');
  process.exit(1);
}
const result = await migrate(url, (line) => console.log(`[migrate] ${line}`));
console.log(`[migrate] ${result.applied.length} applied, ${result.alreadyApplied.length} already applied`);
