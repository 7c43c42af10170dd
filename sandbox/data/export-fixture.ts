import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ValidationError } from '../../common/errors.js';
import { DEFAULT_PRODUCT_COUNT, DEFAULT_SEED, generateFixture } from './generate-fixture.js';

/**
 * Writes the generated demo store as a fixture file, a starting point for a hand-edited
 * `SANDBOX_FIXTURE`: `npx tsx sandbox/data/export-fixture.ts out.json --seed 42 --products 1200 --now 2026-01-15`.
 */
export async function exportFixture(argv: readonly string[]): Promise<string> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { seed: { type: 'string' }, products: { type: 'string' }, now: { type: 'string' } },
  });
  const out = positionals[0];
  if (!out)
    throw new ValidationError(
      'usage: export-fixture <out.json> [--seed N] [--products N] [--now YYYY-MM-DD]',
    );
  const number = (text: string | undefined, fallback: number, name: string): number => {
    if (text === undefined) return fallback;
    const n = Number(text);
    if (!Number.isInteger(n) || n < 0)
      throw new ValidationError(`--${name} must be a whole number, got "${text}"`);
    return n;
  };
  const now = values.now === undefined ? undefined : new Date(values.now);
  if (now && Number.isNaN(now.getTime()))
    throw new ValidationError(`--now must be a date, got "${values.now}"`);
  const fixture = generateFixture({
    seed: number(values.seed, DEFAULT_SEED, 'seed'),
    productCount: number(values.products, DEFAULT_PRODUCT_COUNT, 'products'),
    now,
  });
  await writeFile(out, `${JSON.stringify(fixture, null, 2)}\n`);
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  exportFixture(process.argv.slice(2)).then(
    (out) => console.log(`wrote ${out}`),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
