/**
 * `npm run bench:index -- --npm-start`: the memory of `npm start` itself on the demo catalog, as a user
 * runs it — first start (a new data directory: the catalog is indexed) and a restart over the same
 * directory — read from /proc after the index is ready and a few chat turns were answered.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { copyGloveCache } from '../bin/start-throwaway-embedded.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface ProcessMemory {
  pid: number;
  command: string;
  rssMb: number;
  peakMb: number;
}

function status(pid: number): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const line of readFileSync(`/proc/${pid}/status`, 'utf8').split('\n')) {
    const at = line.indexOf(':');
    if (at > 0) fields[line.slice(0, at)] = line.slice(at + 1).trim();
  }
  return fields;
}

function children(pid: number): number[] {
  return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
    readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8')
      .split(' ')
      .filter((s) => s !== '')
      .map(Number),
  );
}

/** Every process of the tree under `pid` with its resident and peak resident memory. */
function treeMemory(pid: number): ProcessMemory[] {
  const fields = status(pid);
  const kb = (v: string | undefined) => Math.round(Number.parseInt(v ?? '0', 10) / 1024);
  const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').slice(0, 60);
  return [
    { pid, command, rssMb: kb(fields.VmRSS), peakMb: kb(fields.VmHWM) },
    ...children(pid).flatMap(treeMemory),
  ];
}

async function waitForOutput(child: ChildProcess, text: string, timeoutMs: number): Promise<void> {
  let seen = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no "${text}" within ${timeoutMs} ms: ${seen}`)),
      timeoutMs,
    );
    child.stdout!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes(text)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on('exit', (code) => reject(new Error(`npm start exited ${code}: ${seen}`)));
  });
}

async function chatTurns(port: number): Promise<void> {
  let sessionId: string | undefined;
  for (const message of [
    'wireless headphones under $150',
    'is the first one in stock?',
    'what is your return policy?',
  ]) {
    const response = await fetch(`http://127.0.0.1:${port}/api/chat/message`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ message, store: 'default', ...(sessionId ? { sessionId } : {}) }),
    });
    if (!response.ok) throw new Error(`chat answered ${response.status}`);
    sessionId = ((await response.json()) as { sessionId: string }).sessionId;
  }
}

async function run(port: number, dataDir: string) {
  const t = performance.now();
  const child = spawn('npm', ['start'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      SANDBOX_PORT: String(port + 1),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  try {
    await waitForOutput(child, 'Catalog index ready.', 600_000);
    const readyS = (performance.now() - t) / 1000;
    await chatTurns(port);
    const tree = treeMemory(child.pid!);
    return { readyS, tree };
  } finally {
    process.kill(-child.pid!, 'SIGINT');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

export async function measureNpmStart(port: number): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'verity-npm-start-'));
  try {
    await copyGloveCache(path.join(ROOT, 'data'), dataDir);
    console.log(
      `Machine: ${os.cpus().length} cores, node ${process.version}; ${new Date().toISOString()}; load ${os.loadavg()[0]!.toFixed(1)}`,
    );
    for (const label of ['first start (indexes the demo catalog)', 'restart (index on disk)']) {
      const { readyS, tree } = await run(port, dataDir);
      const verity = tree.reduce((a, b) => (b.rssMb > a.rssMb ? b : a));
      const total = tree.reduce((sum, p) => sum + p.rssMb, 0);
      console.log(
        `${label}: ready in ${readyS.toFixed(1)} s; Verity's node process RSS ${verity.rssMb} MB (peak ${verity.peakMb} MB); ` +
          `whole npm start tree ${total} MB (${tree.map((p) => `${p.command.split(' ')[0]!.split('/').pop()} ${p.rssMb}`).join(', ')})`,
      );
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
