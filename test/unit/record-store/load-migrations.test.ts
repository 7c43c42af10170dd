import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checksumOf, loadMigrations, MigrationError } from '../../../common/record-store/migrations.js';

describe('loadMigrations', () => {
  const dirs: string[] = [];
  afterEach(async () => {
    await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });

  async function dirWith(files: Record<string, string>): Promise<string> {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'verity-load-migrations-'));
    dirs.push(dir);
    for (const [name, sql] of Object.entries(files)) await writeFile(path.join(dir, name), sql);
    return dir;
  }

  it("reads the project's migrations in order, starting with conversations and messages", async () => {
    const migrations = await loadMigrations();
    expect(migrations.slice(0, 2).map((m) => [m.version, m.name])).toEqual([
      [1, '001-conversations.sql'],
      [2, '002-messages.sql'],
    ]);
    const versions = migrations.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    for (const migration of migrations) expect(migration.checksum).toBe(checksumOf(migration.sql));
  });

  it('sorts by number and ignores files that are not SQL', async () => {
    const dir = await dirWith({ '010-b.sql': 'SELECT 2;', '002-a.sql': 'SELECT 1;', 'README.md': 'notes' });
    expect((await loadMigrations(dir)).map((m) => m.version)).toEqual([2, 10]);
  });

  it.each(['1-short.sql', '001_underscore.sql', '001-Upper.sql', '001-.sql'])(
    'rejects the file name %s',
    async (name) => {
      const dir = await dirWith({ [name]: 'SELECT 1;' });
      await expect(loadMigrations(dir)).rejects.toBeInstanceOf(MigrationError);
    },
  );

  it('rejects two files with the same number', async () => {
    const dir = await dirWith({ '003-a.sql': 'SELECT 1;', '003-b.sql': 'SELECT 2;' });
    await expect(loadMigrations(dir)).rejects.toThrow(/Two migrations share number 003/);
  });

  it('checksums ignore CRLF versus LF only', () => {
    expect(checksumOf('a;\r\nb;')).toBe(checksumOf('a;\nb;'));
    expect(checksumOf('a;\nb;')).not.toBe(checksumOf('a;\nb; '));
  });
});
