import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../common/config/config.js';
import { buildGloveCache } from '../common/embedding/glove-cache.js';
import { gloveCachePath } from '../common/embedding/glove-sif-embedder.js';
import { createLogger } from '../common/logger.js';
import { startEmbedded, type RunningEmbedded } from './start-embedded.js';

export interface ThrowawayEmbedded {
  running: RunningEmbedded;
  /** The throw-away data directory (PGlite, search index, word vectors). */
  dataDir: string;
  /** Stops everything and deletes the data directory. */
  close(): Promise<void>;
}

export interface ThrowawayOptions {
  /**
   * A data directory whose word-vector cache is copied in (built there first when missing), so the
   * cache is not rebuilt for every instance.
   */
  gloveCacheFrom: string;
}

/**
 * Starts the embedded instance (sandbox store, sidecar, in-process indexer) on free ports in a fresh
 * temporary data directory, and resolves once the catalog is indexed. Only `settings` apply, never
 * the shell's environment: by default PGlite, the embedded search index, in-memory sessions, in-process jobs, no log
 * output and a freshly generated shared secret (`running.sidecar.sharedSecret`).
 */
export async function startThrowawayEmbedded(
  settings: Record<string, string>,
  options: ThrowawayOptions,
): Promise<ThrowawayEmbedded> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'verity-embedded-'));
  const removeDataDir = () => rmSync(dataDir, { recursive: true, force: true });
  try {
    await copyGloveCache(options.gloveCacheFrom, dataDir);
    const config = loadConfig({
      PORT: '0',
      SANDBOX_PORT: '0',
      LOG_LEVEL: 'silent',
      ...settings,
      DATA_DIR: dataDir,
    });
    const running = await startEmbedded(config, createLogger({ level: config.LOG_LEVEL }));
    try {
      await running.indexed;
    } catch (error) {
      await running.close();
      throw error;
    }
    return {
      running,
      dataDir,
      close: async () => {
        try {
          await running.close();
        } finally {
          removeDataDir();
        }
      },
    };
  } catch (error) {
    removeDataDir();
    throw error;
  }
}

/** Copies the word-vector cache of one data directory into another (building it there first when missing). */
export async function copyGloveCache(fromDataDir: string, toDataDir: string): Promise<void> {
  const shared = gloveCachePath(fromDataDir);
  if (!existsSync(shared)) await buildGloveCache({ outPath: shared });
  const target = gloveCachePath(toDataDir);
  mkdirSync(path.dirname(target), { recursive: true });
  copyFileSync(shared, target);
}
