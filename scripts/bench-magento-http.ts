/**
 * `npx tsx scripts/bench-magento-http.ts`: the CPU a Magento read costs the calling process, by HTTP
 * exchange — undici's `fetch` against `magentoRequest` (undici's `request` with kept-alive pools) — through
 * the same GraphQL transport (`getLiveProducts` of 4 SKUs, as a search turn reads them). The sandbox store
 * answers from a process of its own, so this process's CPU time is the client's alone. Blocks of reads
 * alternate between the two, so a change of load on the machine falls on both alike.
 *
 * Options: --rounds 6, --reads 300 (per block), BENCH_PORT (default 3931: the sandbox).
 */
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createMagentoClient } from '../common/magento/create-magento-client.js';
import { magentoRequest, type MagentoHttp } from '../common/magento/magento-http.js';

const here = path.dirname(fileURLToPath(import.meta.url));
function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}
const ROUNDS = Number(option('rounds', '6'));
const READS = Number(option('reads', '300'));
const PORT = Number(process.env.BENCH_PORT ?? 3931);
const SKUS = ['RAPTOR-X15', 'NOVA-G16', 'VORTEX-14', 'GIFT-EARBUDS'];

const sandbox = spawn(
  process.execPath,
  ['--import', 'tsx', path.join(here, 'bench-chat.ts'), '--role', 'sandbox', '--port', String(PORT)],
  {
    cwd: path.resolve(here, '..'),
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
process.once('exit', () => sandbox.kill('SIGTERM'));
const { url } = await new Promise<{ url: string }>((resolve, reject) => {
  let buffered = '';
  sandbox.stdout.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const line = buffered.split('\n').find((l) => l.startsWith('{"url"'));
    if (line) resolve(JSON.parse(line) as { url: string });
  });
  sandbox.once('exit', (code) => reject(new Error(`the sandbox exited with ${code}`)));
});

const exchanges: Record<string, MagentoHttp> = { fetch: globalThis.fetch, magentoRequest };
const clients = Object.entries(exchanges).map(([name, http]) => ({
  name,
  client: createMagentoClient({ baseUrl: url, http }),
  perRead: [] as number[],
}));

for (const { client } of clients)
  for (let i = 0; i < READS; i++) await client.getLiveProducts('default', SKUS);
for (let round = 0; round < ROUNDS; round++) {
  for (const entry of round % 2 === 0 ? clients : [...clients].reverse()) {
    const before = process.cpuUsage();
    for (let i = 0; i < READS; i++) {
      const page = await entry.client.getLiveProducts('default', SKUS);
      if (page.items.length !== SKUS.length)
        throw new Error(`${entry.name}: ${page.items.length} products read`);
    }
    const used = process.cpuUsage(before);
    entry.perRead.push((used.user + used.system) / READS);
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
console.log(
  `bench:magento-http, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${os.availableParallelism()} cores, node ${process.version}, load ${os.loadavg()[0]!.toFixed(1)}; ${ROUNDS} rounds of ${READS} reads each`,
);
for (const { name, perRead } of clients)
  console.log(
    `${name}: CPU per read median ${median(perRead).toFixed(0)} µs (rounds: ${perRead.map((v) => v.toFixed(0)).join(', ')})`,
  );
process.exit(0);
