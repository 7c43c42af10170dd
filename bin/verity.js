#!/usr/bin/env node
// npm `bin` entry: the compiled CLI when built (production image), else the TypeScript source through tsx.
import { existsSync } from 'node:fs';
import { URL } from 'node:url';

const compiled = new URL('../dist/bin/verity.js', import.meta.url);
if (existsSync(compiled)) {
  await import(compiled.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./verity.ts');
}
