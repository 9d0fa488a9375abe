import path from 'node:path';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { buildApiDocument } from '../../api/openapi-document.ts';

/** Where the web's generated API types live (committed). */
export const API_TYPES_FILE = path.resolve(import.meta.dirname, '../../web/src/lib/api/schema.d.ts');

/** The command that rewrites API_TYPES_FILE, as the failing drift test names it. */
export const API_TYPES_COMMAND = 'npm run api-types';

const HEADER = `// Generated from the API's OpenAPI document by \`${API_TYPES_COMMAND}\` (scripts/gen-api-types.ts).
// Do not edit: change the zod schemas in api/ and regenerate; \`npm test\` fails while this file is stale.

`;

/** The TypeScript declarations openapi-typescript derives from the API's OpenAPI document, built offline. */
export async function renderApiTypes(): Promise<string> {
  const ast = await openapiTS(buildApiDocument() as unknown as OpenAPI3, { alphabetize: false });
  return HEADER + astToString(ast);
}
