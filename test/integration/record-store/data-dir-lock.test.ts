import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BackendUnavailableError } from '../../../common/errors.js';
import { lockDataDir } from '../../../common/record-store/data-dir-lock.js';

describe('lockDataDir', () => {
  const dirs: string[] = [];
  async function newDir(): Promise<string> {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'verity-lock-'));
    dirs.push(dir);
    return dir;
  }
  afterEach(async () => {
    await Promise.all(
      dirs
        .splice(0)
        .flatMap((dir) => [rm(dir, { recursive: true, force: true }), rm(`${dir}.lock`, { force: true })]),
    );
  });

  it('lets one holder in at a time and names it', async () => {
    const dir = await newDir();
    const lock = await lockDataDir(dir);
    expect(JSON.parse(await readFile(`${dir}.lock`, 'utf8'))).toMatchObject({ pid: process.pid });
    await expect(lockDataDir(dir)).rejects.toBeInstanceOf(BackendUnavailableError);
    await expect(lockDataDir(dir)).rejects.toThrow(`in use by process ${process.pid}`);
    await lock.release();
    await expect(stat(`${dir}.lock`)).rejects.toMatchObject({ code: 'ENOENT' });
    await (await lockDataDir(dir)).release();
  });

  it('takes over a lock left by a process that has died', async () => {
    const dir = await newDir();
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    await writeFile(`${dir}.lock`, JSON.stringify({ pid: dead }));
    const lock = await lockDataDir(dir);
    expect(JSON.parse(await readFile(`${dir}.lock`, 'utf8'))).toMatchObject({ pid: process.pid });
    await lock.release();
  });

  it('takes over a lock with our pid that this process does not hold (a restarted container)', async () => {
    const dir = await newDir();
    await writeFile(`${dir}.lock`, JSON.stringify({ pid: process.pid }));
    await (await lockDataDir(dir)).release();
  });

  it('takes over an unreadable lock file', async () => {
    const dir = await newDir();
    await writeFile(`${dir}.lock`, 'garbage');
    await (await lockDataDir(dir)).release();
  });
});
