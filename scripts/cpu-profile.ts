/**
 * A CPU profile of one phase of a benchmark, taken in process with the inspector, and a summary of
 * where its time went: self time grouped by the project folder or npm package of each function.
 */
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface ProfileSummary {
  totalMs: number;
  /** Self time per group (package or project folder), largest first. */
  groups: { group: string; ms: number; share: number }[];
  /**
   * Self time per project area (two folders deep, e.g. `sidecar/nlu`): each sample goes to the nearest
   * project function on its stack, so a library's or Node's work counts for the code that called it;
   * samples with no project function on the stack keep their group.
   */
  areas: { group: string; ms: number; share: number }[];
  /** The functions with the most self time. */
  functions: { name: string; ms: number; share: number }[];
  /** The functions with the most total time (self and everything they called). */
  totals: { name: string; ms: number; share: number }[];
}

/**
 * The part of a profile to summarise, in seconds before the profile's end (a benchmark knows how long
 * before a child exited its measured phase ran; the profile covers start-up too).
 */
export interface ProfileWindow {
  fromEndSeconds: number;
  toEndSeconds: number;
}

/** Starts profiling this process; `stop()` writes the `.cpuprofile` (open it in Chrome DevTools) and summarizes it. */
export async function startCpuProfile(): Promise<{ stop(file: string): Promise<ProfileSummary> }> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 500 });
  await session.post('Profiler.start');
  return {
    async stop(file) {
      const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
      session.disconnect();
      await writeFile(file, JSON.stringify(profile));
      return summarizeProfile(profile);
    },
  };
}

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

/** `node_modules/@electric-sql/pglite/…` → `@electric-sql/pglite`; `…/sandbox/graphql/x.ts` → `sandbox/graphql`. */
function groupOf(node: ProfileNode): string {
  const { url, functionName } = node.callFrame;
  if (url === '') return functionName.startsWith('(') ? functionName : '(native)';
  const file = url.replace(/^file:\/\//, '');
  const modules = file.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const parts = file.slice(modules + 'node_modules/'.length).split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  if (file.startsWith('node:')) return 'node (built-in)';
  if (file.startsWith(root)) return path.dirname(path.relative(root, file));
  return 'other';
}

/** The project area of the nearest project function from `node` up its stack (see `areas`). */
function areaOf(node: ProfileNode, byId: Map<number, ProfileNode>, parentOf: Map<number, number>): string {
  if (node.callFrame.functionName.startsWith('(')) return groupOf(node);
  for (let up: number | undefined = node.id; up !== undefined; up = parentOf.get(up)) {
    const file = byId.get(up)!.callFrame.url.replace(/^file:\/\//, '');
    if (file.startsWith(root) && !file.includes('node_modules/'))
      return path.relative(root, file).split(path.sep).slice(0, 2).join('/');
  }
  return groupOf(node);
}

export function summarizeProfile(profile: Profile, window?: ProfileWindow): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map<number, number>();
  for (const n of profile.nodes) for (const child of n.children ?? []) parentOf.set(child, n.id);
  const selfMs = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const from = window ? profile.endTime - window.fromEndSeconds * 1e6 : -Infinity;
  const to = window ? profile.endTime - window.toEndSeconds * 1e6 : Infinity;
  // Each sample's time is the delta to the next one.
  let at = profile.startTime;
  for (let i = 0; i < samples.length; i++) {
    at += deltas[i] ?? 0;
    if (at < from || at > to) continue;
    const ms = (deltas[i + 1] ?? 0) / 1000;
    selfMs.set(samples[i]!, (selfMs.get(samples[i]!) ?? 0) + ms);
  }
  const totalMs = [...selfMs.values()].reduce((a, b) => a + b, 0);
  const groups = new Map<string, number>();
  const areas = new Map<string, number>();
  const functions = new Map<string, number>();
  const totals = new Map<string, number>();
  const nameOf = (node: ProfileNode) => `${node.callFrame.functionName || '(anonymous)'} ${groupOf(node)}`;
  for (const [id, ms] of selfMs) {
    const node = byId.get(id)!;
    const group = groupOf(node);
    groups.set(group, (groups.get(group) ?? 0) + ms);
    const area = areaOf(node, byId, parentOf);
    areas.set(area, (areas.get(area) ?? 0) + ms);
    const name = nameOf(node);
    functions.set(name, (functions.get(name) ?? 0) + ms);
    // Total time: once per distinct function on the sample's stack (recursion counts once).
    const onStack = new Set<string>();
    for (let up: number | undefined = id; up !== undefined; up = parentOf.get(up)) {
      const frame = byId.get(up)!;
      if (frame.callFrame.functionName === '(root)') break;
      onStack.add(nameOf(frame));
    }
    for (const key of onStack) totals.set(key, (totals.get(key) ?? 0) + ms);
  }
  const ranked = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([key, ms]) => ({ key, ms, share: totalMs > 0 ? ms / totalMs : 0 }));
  return {
    totalMs,
    groups: ranked(groups).map(({ key, ms, share }) => ({ group: key, ms, share })),
    areas: ranked(areas).map(({ key, ms, share }) => ({ group: key, ms, share })),
    functions: ranked(functions).map(({ key, ms, share }) => ({ name: key, ms, share })),
    totals: ranked(totals).map(({ key, ms, share }) => ({ name: key, ms, share })),
  };
}

/**
 * The summary as Markdown lines: the top groups and functions by self time, and with `totals` the
 * functions by total time. Shares are of the busy samples (idle left out); with `turns`, each row also
 * gives its sampled milliseconds per turn; with `areas`, self time by project area too.
 */
export function formatProfile(
  summary: ProfileSummary,
  top = 12,
  options: { totals?: number; turns?: number; areas?: boolean } = {},
): string[] {
  const idle = summary.groups.find((g) => g.group === '(idle)')?.ms ?? 0;
  const busy = summary.totalMs - idle;
  const pct = (ms: number) => `${busy > 0 ? ((ms / busy) * 100).toFixed(1) : '0.0'} %`;
  const perTurn = (ms: number) => (options.turns ? ` | ${(ms / options.turns).toFixed(3)}` : '');
  const head = options.turns ? ' | ms per turn |\n| --- | --- | --- | --- |' : ' |\n| --- | --- | --- |';
  const busyGroups = summary.groups.filter((g) => g.group !== '(idle)');
  const busyAreas = summary.areas.filter((g) => g.group !== '(idle)');
  const busyFunctions = summary.functions.filter((f) => !f.name.startsWith('(idle)'));
  return [
    `CPU profile: ${(summary.totalMs / 1000).toFixed(1)} s sampled, ${(busy / 1000).toFixed(1)} s busy` +
      (options.turns ? `, ${options.turns} turns` : ''),
    '',
    `| self time by package / folder | ms | share of busy${head}`,
    ...busyGroups
      .slice(0, top)
      .map((g) => `| ${g.group} | ${g.ms.toFixed(0)} | ${pct(g.ms)}${perTurn(g.ms)} |`),
    '',
    `| self time by the project area that called it | ms | share of busy${head}`,
    ...busyAreas
      .slice(0, top)
      .map((g) => `| ${g.group} | ${g.ms.toFixed(0)} | ${pct(g.ms)}${perTurn(g.ms)} |`),
    '',
    `| function (self time) | ms | share of busy${head}`,
    ...busyFunctions
      .slice(0, top)
      .map((f) => `| ${f.name} | ${f.ms.toFixed(0)} | ${pct(f.ms)}${perTurn(f.ms)} |`),
    ...(options.totals
      ? [
          '',
          `| function (total time: itself and what it called) | ms | share of busy${head}`,
          ...summary.totals
            .filter((f) => !f.name.startsWith('(idle)'))
            .slice(0, options.totals)
            .map((f) => `| ${f.name} | ${f.ms.toFixed(0)} | ${pct(f.ms)}${perTurn(f.ms)} |`),
        ]
      : []),
  ];
}
