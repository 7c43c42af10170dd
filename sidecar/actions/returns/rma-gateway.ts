import { MagentoNotFoundError } from '../../../common/errors.js';
import type { MagentoWriteResult } from '../../../common/magento/magento-client.js';
import type { MagentoRestTransport } from '../../../common/magento/rest-transport.js';

export interface RmaItemRequest {
  orderItemId: number;
  qty: number;
  /** Free text shown to the merchant (the claim reason). */
  reason: string;
}

/** Adobe Commerce returns (Magento_Rma). Absent on Magento Open Source: `isAvailable` says which. */
export interface RmaGateway {
  /** Probes `GET /V1/returns` once per store view: a 404 route means the module is not installed. */
  isAvailable(store: string): Promise<boolean>;
  /** Ids of the RMAs already filed for an order. */
  listReturnIds(store: string, orderId: number): Promise<number[]>;
  /** `POST /V1/returns` → the new RMA's entity id. */
  createReturn(
    store: string,
    request: {
      orderId: number;
      orderNumber: string;
      customerId: number | null;
      items: RmaItemRequest[];
      comment: string;
    },
  ): Promise<MagentoWriteResult<number>>;
}

function orderFilter(orderId: number): URLSearchParams {
  return new URLSearchParams({
    'searchCriteria[filter_groups][0][filters][0][field]': 'order_id',
    'searchCriteria[filter_groups][0][filters][0][value]': String(orderId),
    'searchCriteria[filter_groups][0][filters][0][condition_type]': 'eq',
  });
}

/**
 * RMA over Magento REST (Adobe Commerce's `Magento\Rma\Api\RmaRepositoryInterface`). Written from the
 * Adobe Commerce service contract; not exercised against a real Adobe Commerce here (the sandbox is
 * Open Source-shaped, so detection answers "not available" and the fallback path runs).
 */
export function createRestRmaGateway(rest: MagentoRestTransport): RmaGateway {
  const known = new Map<string, boolean>();
  return {
    async isAvailable(store) {
      const cached = known.get(store);
      if (cached !== undefined) return cached;
      let available: boolean;
      try {
        await rest.get(store, '/returns', {
          query: new URLSearchParams({ 'searchCriteria[pageSize]': '1' }),
        });
        available = true;
      } catch (error) {
        if (!(error instanceof MagentoNotFoundError)) throw error;
        available = false;
      }
      known.set(store, available);
      return available;
    },
    async listReturnIds(store, orderId) {
      const body = (await rest.get(store, '/returns', { query: orderFilter(orderId) })) as {
        items?: Array<{ entity_id?: unknown }>;
      };
      return (body.items ?? []).flatMap((i) => (typeof i.entity_id === 'number' ? [i.entity_id] : []));
    },
    async createReturn(store, request) {
      const rmaDataObject = {
        order_id: request.orderId,
        order_increment_id: request.orderNumber,
        customer_id: request.customerId,
        status: 'pending',
        items: request.items.map((i) => ({
          order_item_id: i.orderItemId,
          qty_requested: i.qty,
          reason: i.reason,
          status: 'pending',
        })),
        comments: [{ comment: request.comment, is_visible_for_customer: false }],
      };
      const result = await rest.send('POST', store, '/returns', { rmaDataObject });
      if (!result.ok)
        return { ok: false, violations: [{ code: 'magento_rejected', message: result.rejection.message }] };
      const id = (result.body as { entity_id?: unknown } | null)?.entity_id;
      if (typeof id !== 'number')
        return {
          ok: false,
          violations: [{ code: 'magento_rejected', message: 'Magento returned no RMA id.' }],
        };
      return { ok: true, value: id };
    },
  };
}
