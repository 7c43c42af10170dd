import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ValidationError } from '../../../common/errors.js';
import { exportFixture } from '../../../sandbox/data/export-fixture.js';
import { generateFixture } from '../../../sandbox/data/generate-fixture.js';
import { loadFixtureFile, parseFixture } from '../../../sandbox/data/load-fixture.js';
import { FIXTURE_SCHEMA_PATH, fixtureJsonSchema } from '../../../sandbox/data/write-fixture-schema.js';

const fixture = generateFixture({
  now: new Date('2026-06-15T00:00:00Z'),
  productCount: 60,
  customerCount: 8,
});
const dir = await mkdtemp(join(tmpdir(), 'sandbox-fixture-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('fixture loading', () => {
  it('loads a valid fixture file', async () => {
    const path = join(dir, 'ok.json');
    await writeFile(path, JSON.stringify(fixture));
    const loaded = await loadFixtureFile(path);
    expect(loaded.products).toHaveLength(60);
  });

  it('exports the demo store as a fixture file that loads back unchanged', async () => {
    const path = join(dir, 'exported.json');
    await exportFixture([path, '--seed', '42', '--products', '60', '--now', '2026-06-15']);
    expect(await loadFixtureFile(path)).toEqual(
      generateFixture({ seed: 42, productCount: 60, now: new Date('2026-06-15T00:00:00Z') }),
    );
    await expect(exportFixture([path, '--products', 'many'])).rejects.toThrow(
      '--products must be a whole number',
    );
  });

  it('names the path of a bad field', () => {
    const bad = structuredClone(fixture) as unknown as {
      products: Array<{ custom_attributes: Array<{ value: unknown }> }>;
    };
    const attribute = bad.products[12]?.custom_attributes[3];
    if (!attribute) throw new Error('fixture too small for this test');
    attribute.value = 42;
    expect(() => parseFixture(bad)).toThrow(ValidationError);
    expect(() => parseFixture(bad)).toThrow('products[12].custom_attributes[3].value: expected string');
  });

  it('rejects files that are not JSON, naming the file', async () => {
    const path = join(dir, 'broken.json');
    await writeFile(path, '{"now":');
    await expect(loadFixtureFile(path)).rejects.toThrow(`sandbox fixture ${path} is not JSON`);
  });

  it('ships a JSON Schema that matches the zod schema', async () => {
    expect(JSON.parse(await readFile(FIXTURE_SCHEMA_PATH, 'utf8'))).toEqual(fixtureJsonSchema());
  });
});
