import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { apiSchemaFile, generateApiSchema } from '../../scripts/gen-api.mjs';

describe('the API types', () => {
  it('are those of docs/api/openapi.yaml', async () => {
    const checkedIn = await readFile(apiSchemaFile, 'utf8');
    const generated = await generateApiSchema();
    expect(checkedIn === generated,
           'src/api/schema.d.ts differs from docs/api/openapi.yaml: run npm run gen:api').toBe(true);
  });
});
