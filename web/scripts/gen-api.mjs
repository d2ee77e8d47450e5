// @ts-check
// Writes src/api/schema.d.ts, the TypeScript types of docs/api/openapi.yaml (`npm run gen:api`).
// src/api/schema.test.ts generates them again with the same function to check the file is current.
import { writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

export const apiDocument = new URL('../../docs/api/openapi.yaml', import.meta.url);
export const apiSchemaFile = new URL('../src/api/schema.d.ts', import.meta.url);

const header = '// Generated from docs/api/openapi.yaml by `npm run gen:api` (openapi-typescript): do not edit.\n';

/** The text of src/api/schema.d.ts for the current openapi.yaml. */
export async function generateApiSchema() {
  return header + astToString(await openapiTS(apiDocument, { silent: true }));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await writeFile(apiSchemaFile, await generateApiSchema());
}
