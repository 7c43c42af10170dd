import net from 'node:net';

/** PostgreSQL the tests use: TEST_DATABASE_URL, else the machine's local server. */
export function testDatabaseUrl(): string {
  return process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
}

/** Redis the tests use: TEST_REDIS_URL, else the machine's local server. */
export function testRedisUrl(): string {
  return process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
}

function canConnect(url: string, timeoutMs: number): Promise<boolean> {
  const { hostname, port } = new URL(url);
  const defaultPort = url.startsWith('redis') ? 6379 : 5432;
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname || '127.0.0.1', port: Number(port || defaultPort) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/**
 * Whether a test suite can use the service at `url`. Locally an unreachable service skips the suite
 * with a message saying so; in CI (`CI` set) it throws, because those tests must run there.
 *
 * @example
 * const hasPg = await serviceAvailable('PostgreSQL', testDatabaseUrl());
 * describe.runIf(hasPg)('…', () => { … });
 */
export async function serviceAvailable(label: string, url: string, timeoutMs = 2000): Promise<boolean> {
  if (await canConnect(url, timeoutMs)) return true;
  const where = new URL(url).host;
  if (process.env.CI) throw new Error(`${label} at ${where} is unreachable; CI requires it for these tests.`);
  console.warn(`Skipping ${label} tests: nothing answers at ${where}.`);
  return false;
}
