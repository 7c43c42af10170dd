import { MagentoNotFoundError } from '../../common/errors.js';
import type { MagentoClient } from '../../common/magento/magento-client.js';
import type { MagentoOrder, MagentoShipment } from '../../common/magento/shapes/order.js';
import type { OrderFact } from '../verifier/turn-facts.js';

/** An order the requester is allowed to see, with its shipments. */
export interface AccessibleOrder {
  order: MagentoOrder;
  shipments: MagentoShipment[];
}

/** What a guest's proof of ownership opened: the order, or why not. */
export type GuestAccess =
  { ok: true; order: AccessibleOrder } | { ok: false; reason: 'no_match' | 'account_order' };

export interface GuestProof {
  number: string;
  email: string;
  lastName?: string;
  postcode?: string;
}

/**
 * The only way the conversation engine reads an order: by a signed-in customer's id, or by a guest's
 * proof of ownership. A wrong combination and an unknown order look the same to the caller (null),
 * so a guest cannot probe which order numbers exist.
 */
export class OrderAccess {
  constructor(private readonly magento: MagentoClient) {}

  async forCustomer(store: string, customerId: string, number: string): Promise<AccessibleOrder | null> {
    const order = await this.byNumber(store, number);
    if (!order || String(order.customer_id ?? '') !== customerId || order.customer_is_guest === 1)
      return null;
    return this.withShipments(store, order);
  }

  async listForCustomer(store: string, customerId: string, limit = 5): Promise<MagentoOrder[]> {
    const id = Number(customerId);
    if (!Number.isInteger(id)) return [];
    const page = await this.magento.searchOrders(store, { customerId: id, pageSize: limit });
    // Magento already filters by customer; checking again keeps a mis-scoped search from leaking.
    return page.items.filter((order) => String(order.customer_id ?? '') === customerId);
  }

  /**
   * A guest's proof covers guest orders only, as Magento's own `guestOrder` query does: an order placed
   * from an account needs that account's sign-in, whoever knows its e-mail and last name. That is said
   * (`account_order`) only once the proof matched, so it tells a stranger nothing.
   */
  async forGuest(store: string, proof: GuestProof): Promise<GuestAccess> {
    if (!proof.lastName && !proof.postcode) return { ok: false, reason: 'no_match' };
    const order = await this.byNumber(store, proof.number);
    if (!order || !matchesProof(order, proof)) return { ok: false, reason: 'no_match' };
    if (order.customer_is_guest !== 1 || order.customer_id != null)
      return { ok: false, reason: 'account_order' };
    return { ok: true, order: await this.withShipments(store, order) };
  }

  private async byNumber(store: string, number: string): Promise<MagentoOrder | null> {
    try {
      return await this.magento.getOrderByIncrementId(store, number);
    } catch (error) {
      if (error instanceof MagentoNotFoundError) return null;
      throw error;
    }
  }

  private async withShipments(store: string, order: MagentoOrder): Promise<AccessibleOrder> {
    const shipments = await this.magento.listShipments(store, order.entity_id);
    return { order, shipments: shipments.items };
  }
}

function matchesProof(order: MagentoOrder, proof: GuestProof): boolean {
  const same = (a: string | null | undefined, b: string | undefined) =>
    a != null && b !== undefined && a.trim().toLowerCase() === b.trim().toLowerCase();
  const postcode = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, '').toUpperCase();
  if (!same(order.customer_email, proof.email)) return false;
  const billing = order.billing_address;
  const lastNameOk =
    proof.lastName !== undefined &&
    (same(billing?.lastname, proof.lastName) || same(order.customer_lastname, proof.lastName));
  const postcodeOk =
    proof.postcode !== undefined &&
    postcode(billing?.postcode) !== '' &&
    postcode(billing?.postcode) === postcode(proof.postcode);
  return lastNameOk || postcodeOk;
}

/** The facts of an order a reply may state, from Magento's own records. */
export function orderFact({ order, shipments }: AccessibleOrder): OrderFact {
  const tracks = shipments.flatMap((s) => s.tracks ?? []);
  const carrier =
    tracks.find((t) => t.title ?? t.carrier_code)?.title ?? tracks[0]?.carrier_code ?? undefined;
  const shippedAt = shipments
    .map((s) => s.created_at)
    .filter((d): d is string => typeof d === 'string')
    .sort()[0];
  return {
    number: order.increment_id,
    status: order.status ?? order.state ?? 'unknown',
    statusLabel: statusLabel(order.status ?? order.state ?? 'unknown'),
    createdAt: toIso(order.created_at ?? new Date(0).toISOString()),
    ...(shippedAt ? { shippedAt: toIso(shippedAt) } : {}),
    grandTotal: order.grand_total ?? 0,
    subtotal: order.subtotal ?? 0,
    shippingAmount: order.shipping_amount ?? 0,
    currency: order.order_currency_code ?? order.base_currency_code ?? 'USD',
    ...(carrier ? { carrier } : {}),
    trackingNumbers: tracks.map((t) => t.track_number).filter((n): n is string => !!n),
    items: (order.items ?? [])
      .filter((item) => item.parent_item_id === undefined)
      .map((item) => ({
        sku: item.sku ?? '',
        name: item.name ?? item.sku ?? '',
        qty: item.qty_ordered ?? 0,
        price: item.price ?? 0,
      })),
  };
}

const STATUS_LABELS: Record<string, string> = {
  pending: 'pending (not yet processed)',
  pending_payment: 'waiting for payment',
  processing: 'being processed',
  holded: 'on hold',
  payment_review: 'in payment review',
  complete: 'complete',
  closed: 'closed (refunded)',
  canceled: 'canceled',
  fraud: 'under review',
};

/** Customer-facing words for Magento's order status codes. */
export function statusLabel(status: string): string {
  return STATUS_LABELS[status] ?? status.replace(/_/g, ' ');
}

/** Magento writes `2026-11-02 10:15:00` in UTC; make it ISO 8601. */
function toIso(magentoDate: string): string {
  return magentoDate.includes('T') ? magentoDate : `${magentoDate.replace(' ', 'T')}Z`;
}
