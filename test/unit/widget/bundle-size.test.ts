import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUDGET_BYTES, buildWidget } from '../../../widget/build-widget.js';

describe('widget bundles', () => {
  const outDir = mkdtempSync(path.join(tmpdir(), 'verity-widget-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('stay within their gzipped size budgets (loader < 5 kB, widget < 30 kB)', async () => {
    const sizes = await buildWidget(outDir);
    const byFile = Object.fromEntries(sizes.map((s) => [s.file, s]));
    expect(byFile['verity-loader.js']!.gzipBytes).toBeLessThan(BUDGET_BYTES.loader);
    expect(byFile['verity-widget.js']!.gzipBytes).toBeLessThan(BUDGET_BYTES.widget);
  });

  it('bundles only its own sources: the chat API types come from common/ as types, without zod', async () => {
    const widget = (await buildWidget(outDir)).find((s) => s.file === 'verity-widget.js')!;
    expect(widget.inputs).toContain('widget/src/chat-widget.ts');
    expect(widget.inputs.filter((file) => !file.startsWith('widget/src/'))).toEqual([]);
  });

  it('never builds HTML from strings: no innerHTML, outerHTML, insertAdjacentHTML or document.write', () => {
    const code = readFileSync(path.join(outDir, 'verity-widget.js'), 'utf8');
    expect(code).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });
});
