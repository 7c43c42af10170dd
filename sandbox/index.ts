import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../common/logger.js';
import { createSandboxApp } from './app.js';
import type { SandboxData } from './data/sandbox-data.js';
import { existsSync } from 'node:fs';
import { mkdir, open, rename } from 'node:fs/promises';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { dirname } from 'node:path';
import type { Fixture } from './data/fixture-schema.js';
import { DEFAULT_PRODUCT_COUNT, DEFAULT_SEED, generateFixture } from './data/generate-fixture.js';
import { loadFixtureFile } from './data/load-fixture.js';
import { parseFaultsEnv, type FaultKnobs, type FaultRuleInput } from './faults.js';
import type { NotifyTarget } from './notify.js';

export { createSandboxApp, type SandboxApp, type SandboxAppOptions } from './app.js';
export { generateFixture, type GenerateOptions } from './data/generate-fixture.js';
export { loadFixtureFile, parseFixture } from './data/load-fixture.js';
export type { Fixture } from './data/fixture-schema.js';
export type { SandboxData } from './data/sandbox-data.js';
export type { FaultKnobs, FaultRuleInput } from './faults.js';

export interface SandboxOptions {
  /** 0 = any free port. @default 0 */
  port?: number;
  /** @default "127.0.0.1" */
  host?: string;
  /** Load this fixture file instead of generating the demo store. */
  fixturePath?: string;
  /** Generator seed. @default 42 */
  seed?: number;
  /** Generated products (with configurable children and bundles). @default 1200 */
  productCount?: number;
  /** The generated store's clock. @default today 00:00 UTC */
  now?: Date;
  /** Admin/integration bearer token. @default a random token */
  adminToken?: string;
  /** Announce product saves, like the Verity module's change notifier. */
  notify?: NotifyTarget;
  /** Fault rules at start. @default parsed from `SANDBOX_FAULTS` */
  faults?: readonly FaultRuleInput[];
  logger?: Logger;
  /**
   * Keep the store's state in this file across restarts: loaded instead of `fixturePath` or the
   * generator when it exists, written (atomically) 200 ms after a change, at most every 30 s, and on close. Without
   * it a restart regenerates the store, and recorded refunds or cancellations no longer match it.
   */
  statePath?: string;
}

export interface RunningSandbox {
  /** Base URL, e.g. `http://127.0.0.1:41234` (REST under `/rest`, GraphQL at `/graphql`). */
  url: string;
  close(): Promise<void>;
  data: SandboxData;
  knobs: FaultKnobs;
  adminToken: string;
  /** Puts the store back in the state it started with (as `POST /__sandbox/reset` does). */
  reset(): Promise<void>;
  /**
   * Points the store's storefront URLs at a storefront that serves its pages (the embedded demo's):
   * `base_url`/`base_link_url` become `url/` for the default store view and `url/<code>/` for the others
   * (Magento's "Add Store Code to URLs"), media stays with the sandbox (`<sandbox>/media/`), as
   * `bin/magento config:set web/unsecure/base_url …` does on a developer's install. Product links in
   * replies then open the demo's product pages and pictures load from the sandbox.
   */
  useStorefront(url: string): void;
}

/** Starts the sandbox store on a port and resolves once it is listening. */
export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const saved = options.statePath !== undefined && existsSync(options.statePath);
  const fixture = saved
    ? await loadFixtureFile(options.statePath!)
    : options.fixturePath
      ? await loadFixtureFile(options.fixturePath)
      : generateFixture({
          seed: options.seed ?? DEFAULT_SEED,
          productCount: options.productCount ?? DEFAULT_PRODUCT_COUNT,
          now: options.now,
        });
  const state = options.statePath ? new StateFile(options.statePath, () => sandbox.data.fixture) : undefined;
  // The generator is deterministic, so regenerating with the start's seed and clock is the initial state.
  const fixturePath = options.fixturePath;
  const initialState = fixturePath
    ? () => loadFixtureFile(fixturePath)
    : () =>
        generateFixture({
          seed: options.seed ?? DEFAULT_SEED,
          productCount: options.productCount ?? DEFAULT_PRODUCT_COUNT,
          now: new Date(fixture.now),
        });
  // The storefront the store's URLs point at (useStorefront), set again after a reset.
  let storefrontUrls: (() => void) | undefined;
  const sandbox = createSandboxApp({
    afterReset: () => storefrontUrls?.(),
    fixture,
    initialState,
    adminToken: options.adminToken,
    notify: options.notify,
    faults: options.faults ?? parseFaultsEnv(process.env.SANDBOX_FAULTS),
    logger: options.logger,
    ...(state ? { onChange: () => state.changed() } : {}),
  });
  if (state && !saved) await state.flush();
  const host = options.host ?? '127.0.0.1';
  const server = await new Promise<Server>((resolve, reject) => {
    const s = sandbox.app.listen(options.port ?? 0, host, (error?: Error) =>
      error ? reject(error) : resolve(s),
    );
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    data: sandbox.data,
    knobs: sandbox.knobs,
    adminToken: sandbox.adminToken,
    reset: sandbox.reset,
    useStorefront: (storefront: string) => {
      const root = storefront.replace(/\/$/, '');
      const media = `http://${host.includes(':') ? `[${host}]` : host}:${port}/media/`;
      storefrontUrls = () => {
        for (const config of sandbox.data.fixture.store_configs) {
          const base = config.code === 'default' ? `${root}/` : `${root}/${config.code}/`;
          Object.assign(config, {
            base_url: base,
            base_link_url: base,
            secure_base_url: base,
            secure_base_link_url: base,
            base_media_url: media,
            secure_base_media_url: media,
          });
        }
      };
      storefrontUrls();
    },
    close: async () => {
      for (const res of sandbox.knobs.held) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
      await sandbox.notifier?.drain();
      await state?.flush();
    },
  };
}

/** A change is written this long after it (a burst of changes, one write). */
const STATE_QUIET_MS = 200;
/**
 * ...and no sooner than this after the previous write: each write serialises the whole store (a second
 * of CPU at 20,000 products, most of it turning the JSON into bytes) on the thread that also serves the
 * chat in `npm start`, and a product saved every two seconds would otherwise write it every two seconds.
 */
const STATE_MIN_INTERVAL_MS = 30_000;

/**
 * The store's state on disk: written to a temporary file and renamed, so a crash never leaves half a
 * file; at most every 30 s while changes keep coming (a crash loses at most that), and on close.
 */
class StateFile {
  private timer: NodeJS.Timeout | undefined;
  private lastWrite = Number.NEGATIVE_INFINITY;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly path: string,
    private readonly fixture: () => Fixture,
  ) {}

  changed(): void {
    // A write already scheduled serialises the store when it runs, so it takes this change too.
    if (this.timer) return;
    const wait = Math.max(STATE_QUIET_MS, this.lastWrite + STATE_MIN_INTERVAL_MS - Date.now());
    this.timer = setTimeout(() => void this.flush(), wait);
  }

  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.lastWrite = Date.now();
    this.writing = this.writing.then(async () => {
      await mkdir(dirname(this.path), { recursive: true });
      const temporary = `${this.path}.${process.pid}.tmp`;
      await writeJsonInChunks(temporary, this.fixture());
      await rename(temporary, this.path);
    });
    return this.writing;
  }
}

/** Array elements serialised per slice of the state file's write. */
const STATE_CHUNK = 500;

/**
 * `JSON.stringify(value)` written to `file` a slice at a time: each top-level array's elements 500 at
 * once, the event loop served between slices. In one piece, the write held the thread for a second or
 * more at 20,000 products (2.5 s in a profile of product saves on a loaded machine) every 30 s while
 * products were saved, and every chat turn and index job waited for it. An element changed while the
 * file is written may be written before or after its change; the change schedules the next write.
 */
async function writeJsonInChunks(file: string, value: object): Promise<void> {
  const handle = await open(file, 'w');
  try {
    let first = true;
    await handle.write('{');
    for (const [key, field] of Object.entries(value)) {
      // Keys JSON.stringify leaves out.
      if (field === undefined || typeof field === 'function' || typeof field === 'symbol') continue;
      await handle.write(`${first ? '' : ','}${JSON.stringify(key)}:`);
      first = false;
      if (!Array.isArray(field)) {
        await handle.write(JSON.stringify(field));
        continue;
      }
      await handle.write('[');
      for (let i = 0; i < field.length; i += STATE_CHUNK) {
        const slice = (field as unknown[])
          .slice(i, i + STATE_CHUNK)
          .map((item) => JSON.stringify(item) ?? 'null');
        await handle.write(`${i === 0 ? '' : ','}${slice.join(',')}`);
        await nextTurn();
      }
      await handle.write(']');
    }
    await handle.write('}');
  } finally {
    await handle.close();
  }
}
