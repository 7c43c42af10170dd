/**
 * Bundles the storefront widget and the loader with esbuild and checks their size budgets
 * (gzipped): the loader runs on every page view, the widget only where the chat is enabled.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, transform } from 'esbuild';

export const BUDGET_BYTES = { loader: 5 * 1024, widget: 30 * 1024 } as const;

const here = path.dirname(fileURLToPath(import.meta.url));
/** The loader is the Magento module's own file, so the demo storefront loads the widget exactly as a store does. */
export const LOADER_SOURCE = path.join(
  here,
  '..',
  'magento-module',
  'view',
  'frontend',
  'web',
  'js',
  'verity-loader.js',
);

export interface BundleSize {
  file: string;
  bytes: number;
  gzipBytes: number;
  budgetBytes: number;
  /** Source files bundled in, relative to the repository root. */
  inputs: string[];
}

export async function buildWidget(outDir = path.join(here, 'dist')): Promise<BundleSize[]> {
  mkdirSync(outDir, { recursive: true });
  const widget = await build({
    entryPoints: [path.join(here, 'src', 'main.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['es2020'],
    write: false,
    legalComments: 'none',
    metafile: true,
    absWorkingDir: path.join(here, '..'),
  });
  const widgetCode = widget.outputFiles[0]!.contents;
  const loader = await transform(readFileSync(LOADER_SOURCE, 'utf8'), {
    minify: true,
    target: 'es2015',
    loader: 'js',
  });
  const outputs = [
    {
      file: 'verity-widget.js',
      code: Buffer.from(widgetCode),
      budgetBytes: BUDGET_BYTES.widget,
      inputs: Object.keys(widget.metafile.inputs),
    },
    {
      file: 'verity-loader.js',
      code: Buffer.from(loader.code),
      budgetBytes: BUDGET_BYTES.loader,
      inputs: [path.relative(path.join(here, '..'), LOADER_SOURCE)],
    },
  ];
  return outputs.map(({ file, code, budgetBytes, inputs }) => {
    writeFileSync(path.join(outDir, file), code);
    return { file, bytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length, budgetBytes, inputs };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = await buildWidget();
  let over = false;
  for (const size of sizes) {
    const within = size.gzipBytes <= size.budgetBytes;
    over ||= !within;
    console.log(
      `${size.file}: ${(size.bytes / 1024).toFixed(1)} kB, ${(size.gzipBytes / 1024).toFixed(2)} kB gzipped ` +
        `(budget ${(size.budgetBytes / 1024).toFixed(0)} kB) ${within ? 'ok' : 'OVER BUDGET'}`,
    );
  }
  if (over) process.exit(1);
}
