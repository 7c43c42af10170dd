import type { OrderFact } from '../verifier/turn-facts.js';
import { formatDate, formatMoney, render } from './render.js';
import type { Locale } from './templates.js';

/**
 * An order's state as a shopper thinks of it: has it left, has it arrived, is it stuck. Read from
 * Magento's status code and its shipments, never from a label, so every locale says the same thing.
 */
export type ShopperOrderState =
  | 'not_shipped'
  | 'awaiting_payment'
  | 'in_review'
  | 'on_hold'
  | 'shipped'
  | 'delivered'
  | 'canceled'
  | 'refunded'
  | 'other';

type StateFacts = Pick<OrderFact, 'status'> & Partial<Pick<OrderFact, 'shippedAt' | 'deliveredAt'>>;

/** Magento's order status codes (sales_order_status) and the shopper state each means before shipping. */
const NOT_SHIPPED_STATES: Record<string, ShopperOrderState> = {
  new: 'not_shipped',
  pending: 'not_shipped',
  processing: 'not_shipped',
  pending_payment: 'awaiting_payment',
  payment_review: 'in_review',
  fraud: 'in_review',
  suspected_fraud: 'in_review',
  holded: 'on_hold',
};

export function shopperOrderState(order: StateFacts): ShopperOrderState {
  const status = order.status.toLowerCase();
  if (status === 'canceled' || status === 'cancelled') return 'canceled';
  if (status === 'closed') return 'refunded';
  if (order.deliveredAt !== undefined) return 'delivered';
  if (order.shippedAt !== undefined || status === 'complete' || status === 'shipped') return 'shipped';
  return NOT_SHIPPED_STATES[status] ?? 'other';
}

/** The short label an order card or list shows ("Shipped", "Pas encore expédiée"). */
export function orderStatusLabel(order: StateFacts, locale: Locale): string {
  const state = shopperOrderState(order);
  // A status the merchant created: Magento's code, made readable; the merchant's own word for it.
  if (state === 'other') return order.status.replace(/_/g, ' ');
  return render(`order_label_${state}`, locale);
}

/** Carriers Magento ships with, by carrier code and by the title Magento stores on a track. */
const CARRIERS: Record<string, { name: string; track: (n: string) => string }> = {
  ups: { name: 'UPS', track: (n) => `https://www.ups.com/track?tracknum=${n}` },
  usps: { name: 'USPS', track: (n) => `https://tools.usps.com/go/TrackConfirmAction?tLabels=${n}` },
  fedex: { name: 'FedEx', track: (n) => `https://www.fedex.com/fedextrack/?trknbr=${n}` },
  dhl: {
    name: 'DHL',
    track: (n) => `https://www.dhl.com/global-en/home/tracking/tracking-express.html?tracking-id=${n}`,
  },
};
const CARRIER_TITLES: Record<string, string> = {
  'united parcel service': 'ups',
  'united states postal service': 'usps',
  'federal express': 'fedex',
  'fedex express': 'fedex',
  'dhl express': 'dhl',
};

function carrierCode(carrier: string | undefined): string | undefined {
  if (!carrier) return undefined;
  const key = carrier.trim().toLowerCase();
  return CARRIERS[key] ? key : CARRIER_TITLES[key];
}

/** A carrier as the shopper knows it: Magento's title ("United Parcel Service"), a code made a name ("ups" → "UPS"), else "the carrier". */
export function carrierName(carrier: string | undefined, locale: Locale): string {
  if (!carrier) return render('carrier_generic', locale);
  const trimmed = carrier.trim();
  if (CARRIERS[trimmed.toLowerCase()]) return CARRIERS[trimmed.toLowerCase()]!.name;
  // A bare code (`custom`, `flatrate`, `my_carrier`) is not a name; a title has a capital or a space.
  if (/^[a-z0-9_]+$/.test(trimmed)) return render('carrier_generic', locale);
  return trimmed;
}

/** The carrier's public tracking page for a parcel, when the carrier is one Magento ships with. */
export function trackingUrl(carrier: string | undefined, trackingNumber: string): string | undefined {
  const code = carrierCode(carrier);
  if (!code || !/^[A-Za-z0-9-]{4,40}$/.test(trackingNumber)) return undefined;
  return CARRIERS[code]!.track(encodeURIComponent(trackingNumber));
}

/**
 * The verifier reads a carrier's name in a tracking link (`www.ups.com`) as a carrier claim and holds it
 * to the order's carrier as Magento stores it: until it tells links from prose (requested of its owner),
 * the link goes in the text only when the stored carrier contains that name ("ups", "UPS Ground").
 */
function linkNamesCarrier(carrier: string | undefined): boolean {
  const code = carrierCode(carrier);
  return code !== undefined && carrier!.toLowerCase().includes(code);
}

/**
 * "Where is my order?" answered the way a person would: the state first (not shipped yet / has shipped /
 * was delivered / cancelled), then when and how it left, then where to follow it. Every value comes
 * from the order fact, which the verifier checks the reply against.
 */
export function orderStatusReply(order: OrderFact, locale: Locale): string {
  const state = shopperOrderState(order);
  const base = {
    number: order.number,
    date: formatDate(order.createdAt, locale),
    total: formatMoney(order.grandTotal, order.currency, locale),
  };
  const sentences: string[] = [];
  if (state === 'delivered')
    sentences.push(
      render('order_state_delivered', locale, { ...base, delivered: formatDate(order.deliveredAt!, locale) }),
    );
  else if (state === 'other')
    sentences.push(render('order_state_other', locale, { ...base, status: order.status.replace(/_/g, ' ') }));
  else sentences.push(render(`order_state_${state}`, locale, base));

  if ((state === 'shipped' || state === 'delivered') && order.shippedAt) {
    const tracking = order.trackingNumbers;
    sentences.push(
      tracking.length > 0
        ? render('order_shipped_with', locale, {
            shipped: formatDate(order.shippedAt, locale),
            carrier: carrierName(order.carrier, locale),
            tracking: tracking.join(', '),
          })
        : render('order_shipped_on', locale, { shipped: formatDate(order.shippedAt, locale) }),
    );
    const url = state === 'shipped' && tracking[0] ? trackingUrl(order.carrier, tracking[0]) : undefined;
    if (url && linkNamesCarrier(order.carrier)) sentences.push(render('order_track_link', locale, { url }));
  }
  return sentences.join(' ');
}
