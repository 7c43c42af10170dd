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
  /** The functions with the most self time. */
  functions: { name: string; ms: number; share: number }[];
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

export function summarizeProfile(profile: Profile): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfMs = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  // Each sample's time is the delta to the next one.
  for (let i = 0; i < samples.length; i++) {
    const ms = (deltas[i + 1] ?? 0) / 1000;
    selfMs.set(samples[i]!, (selfMs.get(samples[i]!) ?? 0) + ms);
  }
  const totalMs = [...selfMs.values()].reduce((a, b) => a + b, 0);
  const groups = new Map<string, number>();
  const functions = new Map<string, number>();
  for (const [id, ms] of selfMs) {
    const node = byId.get(id)!;
    const group = groupOf(node);
    groups.set(group, (groups.get(group) ?? 0) + ms);
    const name = `${node.callFrame.functionName || '(anonymous)'} ${group}`;
    functions.set(name, (functions.get(name) ?? 0) + ms);
  }
  const ranked = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([key, ms]) => ({ key, ms, share: totalMs > 0 ? ms / totalMs : 0 }));
  return {
    totalMs,
    groups: ranked(groups).map(({ key, ms, share }) => ({ group: key, ms, share })),
    functions: ranked(functions).map(({ key, ms, share }) => ({ name: key, ms, share })),
  };
}

/** The summary as Markdown lines: the top groups and functions by self time. */
export function formatProfile(summary: ProfileSummary, top = 12): string[] {
  const pct = (share: number) => `${(share * 100).toFixed(1)} %`;
  return [
    `CPU profile: ${(summary.totalMs / 1000).toFixed(1)} s sampled`,
    '',
    '| self time by package / folder | ms | share |',
    '| --- | --- | --- |',
    ...summary.groups.slice(0, top).map((g) => `| ${g.group} | ${g.ms.toFixed(0)} | ${pct(g.share)} |`),
    '',
    '| function (self time) | ms | share |',
    '| --- | --- | --- |',
    ...summary.functions.slice(0, top).map((f) => `| ${f.name} | ${f.ms.toFixed(0)} | ${pct(f.share)} |`),
  ];
}
