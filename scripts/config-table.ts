/**
 * Renders the configuration table (every environment variable, its default and meaning) from the zod
 * schema into README.md between markers. `--check` fails when the README is out of date (run by the tests).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { envSchema } from '../common/config/config.js';

const START = '<!-- config-table:start -->';
const END = '<!-- config-table:end -->';

export function configTable(): string {
  const rows = Object.entries(envSchema.shape).map(([name, schema]) => {
    const json = z.toJSONSchema(schema as z.ZodType, { io: 'input', unrepresentable: 'any' }) as {
      default?: unknown;
      enum?: unknown[];
    };
    const description = (schema as z.ZodType).description ?? '';
    const fallback = json.default === undefined ? '—' : `\`${String(json.default)}\``;
    const values = json.enum ? ` One of ${json.enum.map((v) => `\`${String(v)}\``).join(', ')}.` : '';
    return `| \`${name}\` | ${fallback} | ${description}${values} |`;
  });
  return ['| Variable | Default | Meaning |', '| --- | --- | --- |', ...rows].join('\n');
}

export function renderInto(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end === -1) throw new Error(`README.md needs ${START} and ${END} markers`);
  return `${readme.slice(0, start + START.length)}\n${configTable()}\n${readme.slice(end)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const readme = readFileSync('README.md', 'utf8');
  const updated = renderInto(readme);
  if (process.argv.includes('--check')) {
    if (updated !== readme) {
      console.error('README.md configuration table is out of date: run `npm run docs:config`.');
      process.exit(1);
    }
  } else {
    writeFileSync('README.md', updated);
  }
}
