import { signPayload, SIGNATURE_HEADER } from '../common/http/sign-payload.js';
import type { Logger } from '../common/logger.js';

/** Where product saves are announced, like the Verity Magento module's change notifier. */
export interface NotifyTarget {
  url: string;
  secret: string;
}

/** Posts `{ skus, event: "product_save" }` after each product save; failures are logged, never thrown. */
export class ProductNotifier {
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly target: NotifyTarget,
    private readonly logger: Logger,
  ) {}

  productSaved(skus: readonly string[]): void {
    const body = JSON.stringify({ skus, event: 'product_save' });
    const send = fetch(this.target.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [SIGNATURE_HEADER]: signPayload(body, this.target.secret),
      },
      body,
      signal: AbortSignal.timeout(5000),
    })
      .then((res) => {
        if (!res.ok) this.logger.warn({ status: res.status, skus }, 'change notification rejected');
      })
      .catch((error: unknown) => this.logger.warn({ err: error, skus }, 'change notification failed'));
    this.pending.add(send);
    void send.finally(() => this.pending.delete(send));
  }

  /** Waits for notifications in flight (on shutdown). */
  async drain(): Promise<void> {
    await Promise.all([...this.pending]);
  }
}
