import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { fixtureSchema } from './fixture-schema.js';

/** The fixture format as JSON Schema, generated from the zod schema the loader validates with. */
export function fixtureJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(fixtureSchema, { target: 'draft-2020-12' }),
    title: 'Verity sandbox store fixture (Magento 2.4 REST shapes)',
  };
}

export const FIXTURE_SCHEMA_PATH = fileURLToPath(new URL('./fixture.schema.json', import.meta.url));

// `npx tsx sandbox/data/write-fixture-schema.ts` regenerates sandbox/data/fixture.schema.json.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await writeFile(FIXTURE_SCHEMA_PATH, `${JSON.stringify(fixtureJsonSchema(), null, 2)}\n`);
}
