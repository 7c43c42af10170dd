import { startSandbox, type RunningSandbox, type SandboxOptions } from '../../../sandbox/index.js';

/** A small demo store on a free port, with a known admin token and a fixed clock. */
export function startTestSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  return startSandbox({
    port: 0,
    productCount: 300,
    adminToken: 'test-admin-token',
    now: new Date('2026-06-15T00:00:00Z'),
    faults: [],
    ...options,
  });
}

export const ADMIN = { authorization: 'Bearer test-admin-token' };

export async function getJson(
  url: string,
  headers: Record<string, string> = ADMIN,
): Promise<{ status: number; body: unknown }> {
  const res = await fetch(url, { headers });
  return { status: res.status, body: await res.json() };
}

export async function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string> = ADMIN,
): Promise<{ status: number; body: unknown }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}

/** `searchCriteria[...]` query string from a flat list of key/value pairs. */
export function criteria(pairs: Record<string, string | number>): string {
  return Object.entries(pairs)
    .map(([k, v]) => `${encodeURIComponent(`searchCriteria${k}`)}=${encodeURIComponent(String(v))}`)
    .join('&');
}
