import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { generateFixture } from './data/generate-fixture.js';
import { startSandbox } from './index.js';

/** Median and 95th percentile of `runs` sequential calls, in milliseconds. */
async function time(runs: number, call: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await call();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round((samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0) * 10) / 10;
  return { p50: at(0.5), p95: at(0.95) };
}

/**
 * `npm run bench:sandbox`: generator speed, fixture size, start time and sequential request latency of the
 * sandbox store.
 */
async function main(): Promise<void> {
  const now = new Date('2026-06-15T00:00:00Z');
  for (const productCount of [1200, 20_000]) {
    generateFixture({ now, productCount: 100 }); // warm-up
    const start = performance.now();
    generateFixture({ now, productCount });
    console.log(`generate ${productCount} products: ${Math.round(performance.now() - start)} ms`);
  }
  const fixture = generateFixture({ now });
  const frRows = fixture.store_values.filter((v) => v.store_code === 'fr');
  const count = (code: string) => frRows.filter((v) => v.attribute_code === code).length;
  console.log(
    `fixture (1,200 products): ${(Buffer.byteLength(JSON.stringify(fixture)) / 1e6).toFixed(2)} MB compact JSON; ` +
      `store_values ${fixture.store_values.length} rows (fr: ${count('name')} names, ` +
      `${count('description')} descriptions, ${count('short_description')} short descriptions)`,
  );
  const starts = await time(15, async () =>
    (await startSandbox({ now, adminToken: 'bench', port: 0 })).close(),
  );
  console.log(`startSandbox() with 1,200 products: p50 ${starts.p50} ms (15 starts)`);
  const store = await startSandbox({ now, adminToken: 'bench' });
  const headers = { authorization: 'Bearer bench' };
  const get = (path: string) => fetch(`${store.url}${path}`, { headers }).then((r) => r.arrayBuffer());
  const graphql = (query: string) =>
    fetch(`${store.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    }).then((r) => r.arrayBuffer());
  try {
    const cases: Array<[string, () => Promise<unknown>]> = [
      ['GET /V1/products/:sku', () => get('/rest/V1/products/NOVA-G16')],
      ['GET /V1/products?pageSize=100', () => get('/rest/V1/products?searchCriteria[pageSize]=100')],
      ['GET /V1/orders/:id', () => get('/rest/V1/orders/1')],
      [
        'GraphQL products(search) + aggregations',
        () =>
          graphql(
            'query Bench { products(search: "gaming laptop", pageSize: 10) { total_count items { sku } aggregations { attribute_code } } }',
          ),
      ],
    ];
    for (const [name, call] of cases) {
      await time(20, call);
      const { p50, p95 } = await time(200, call);
      console.log(`${name}: p50 ${p50} ms, p95 ${p95} ms (200 sequential requests, 1,200 products)`);
    }
  } finally {
    await store.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
