import { outsideDeadline } from '../common/magento/request-deadline.js';
import type { Embedder } from '../common/embedding/embedder.js';
import type { Logger } from '../common/logger.js';
import type { MagentoClient } from '../common/magento/magento-client.js';
import type { Nlu, NluContext, Understanding } from './nlu/index.js';
import { adminProductNames, buildStoreNlu } from './nlu-setup.js';

const REFRESH_MS = 10 * 60_000;

/**
 * One NLU per store view (product names and attribute labels differ per store), built on first use
 * and rebuilt in the background every few minutes so new products become nameable without a restart.
 */
export class StoreNluRegistry {
  private readonly entries = new Map<string, { nlu: Promise<Nlu>; builtAt: number }>();
  /** The admin-scope names every store view's matcher also knows: read once per refresh, not per store. */
  private adminNames: { names: Promise<ReadonlyMap<string, string>>; readAt: number } | undefined;

  constructor(
    private readonly deps: {
      magento: MagentoClient;
      embedder?: Embedder;
      logger: Logger;
      now?: () => number;
    },
  ) {}

  async understand(store: string, text: string, context: NluContext): Promise<Understanding> {
    return (await this.get(store)).understand(text, context);
  }

  /** Forces a rebuild (after a reindex). */
  invalidate(store?: string): void {
    this.adminNames = undefined;
    if (store) this.entries.delete(store);
    else this.entries.clear();
  }

  private get(store: string): Promise<Nlu> {
    const now = (this.deps.now ?? Date.now)();
    const entry = this.entries.get(store);
    if (entry && now - entry.builtAt < REFRESH_MS) return entry.nlu;
    const nlu = outsideDeadline(() =>
      buildStoreNlu({ ...this.deps, store, adminNames: this.sharedAdminNames(now) }),
    );
    // Until the rebuild is done, keep answering with the previous model; a failed build is retried next turn.
    const next = { nlu, builtAt: now };
    if (!entry) this.entries.set(store, next);
    nlu.then(
      () => this.entries.set(store, next),
      (error: unknown) => {
        this.deps.logger.error({ err: error, store }, 'NLU build failed');
        if (this.entries.get(store) === next) this.entries.delete(store);
      },
    );
    return entry ? entry.nlu : nlu;
  }

  private sharedAdminNames(now: number): Promise<ReadonlyMap<string, string>> {
    if (this.adminNames && now - this.adminNames.readAt < REFRESH_MS) return this.adminNames.names;
    const names = outsideDeadline(() => adminProductNames(this.deps.magento));
    const read = { names, readAt: now };
    this.adminNames = read;
    // A failed read is not kept: the next build reads again.
    names.catch(() => {
      if (this.adminNames === read) this.adminNames = undefined;
    });
    return names;
  }
}
