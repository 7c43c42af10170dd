import { open, readFile, rm } from 'node:fs/promises';
import { BackendUnavailableError } from '../errors.js';

export interface DataDirLock {
  release(): Promise<void>;
}

/** Lock files this process holds, so a lock left by an earlier process with our pid (pid 1 in a container) counts as stale. */
const held = new Set<string>();

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function holderOf(file: string): Promise<number | undefined> {
  try {
    const pid = (JSON.parse(await readFile(file, 'utf8')) as { pid?: unknown }).pid;
    return typeof pid === 'number' ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Claims `<dir>.lock` for this process. PGlite has one connection and no locking of its own: two
 * processes (or two stores in one process) on the same directory would corrupt it. A lock whose
 * process has died is taken over.
 */
export async function lockDataDir(dir: string): Promise<DataDirLock> {
  const file = `${dir}.lock`;
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const handle = await open(file, 'wx');
      try {
        await handle.writeFile(JSON.stringify({ pid: process.pid, since: new Date().toISOString() }));
      } finally {
        await handle.close();
      }
      held.add(file);
      return {
        release: async () => {
          held.delete(file);
          await rm(file, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = await holderOf(file);
      const ours = pid === process.pid && held.has(file);
      if (pid !== undefined && (ours || (pid !== process.pid && isAlive(pid)))) {
        throw new BackendUnavailableError(
          'pglite',
          `The embedded record store in ${dir} is in use by process ${pid}${ours ? ' (this one)' : ''}. ` +
            'Stop that process, or set DATABASE_URL so several processes can share PostgreSQL.',
        );
      }
      await rm(file, { force: true });
    }
  }
  throw new BackendUnavailableError('pglite', `Could not lock the embedded record store in ${dir}.`);
}
