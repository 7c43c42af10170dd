import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { envSchema } from '../../../common/config/config.js';
import { renderInto } from '../../../scripts/config-table.js';

describe('README configuration table', () => {
  const readme = readFileSync('README.md', 'utf8');

  it('is generated from the config schema and up to date (npm run docs:config)', () => {
    expect(renderInto(readme)).toBe(readme);
  });

  it('lists every variable the config reads', () => {
    for (const name of Object.keys(envSchema.shape)) expect(readme).toContain(`| \`${name}\` |`);
  });
});
