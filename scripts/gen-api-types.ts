// `npm run api-types`: writes web/src/lib/api/schema.d.ts from the API's route schemas.
// Needs no running services: the OpenAPI document is built from the routers offline.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { API_TYPES_FILE, renderApiTypes } from './lib/api-types.ts';

await writeFile(API_TYPES_FILE, await renderApiTypes());
console.log(`wrote ${path.relative(process.cwd(), API_TYPES_FILE)}`);
