import { NUMBER_WORDS_SOURCE } from '../../nlu/number-words.js';
import type { FactIndex } from '../fact-index.js';
import { globalCopy } from '../text/global-regex.js';
import type { Sentence } from '../text/sentences.js';
import type { ActionDecisionFact, ActionKind, OrderFact } from '../turn-facts.js';
import type { CheckedClaim } from '../verifier-types.js';
import { claimAt, matchAll } from './claim.js';

const ORDER_NUMBER =
  /\b(?:order|purchase|commande)\s+(?:number\s+|no\.?\s*|n°\s*|#\s*)?#?([A-Z0-9][A-Z0-9-]{3,})\b/gi;
const TRACKING_CONTEXT = /tracking|track|shipment number|waybill/i;
const TRACKING_TOKEN = /\b(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z]|\d{10,})[A-Z0-9]{10,34}\b/g;
const CARRIER =
  /\b(?:UPS|FedEx|USPS|DHL|Royal Mail|Canada Post|La Poste|Colissimo|DPD|GLS|Hermes|TNT|PostNL|Australia Post)\b/g;

type StatusClaim =
  | 'shipped'
  | 'delivered'
  | 'out_for_delivery'
  | 'canceled'
  | 'processing'
  | 'pending'
  | 'on_hold'
  | 'refunded'
  | 'complete';
const STATUS_PATTERNS: Array<[RegExp, StatusClaim]> = [
  [
    /\b(?:has|have|was|were|is|are)(?: now| already| just)?(?: been)? (?:shipped|dispatched|sent out)\b|\b(?:is|are) (?:on (?:its|their) way|in transit)\b/gi,
    'shipped',
  ],
  [/\b(?:has|have|was|were|is|are)(?: now| already)?(?: been)? delivered\b/gi, 'delivered'],
  [/\b(?:is|are) out for delivery\b/gi, 'out_for_delivery'],
  [/\b(?:has|have|was|were|is|are)(?: now| already)?(?: been)? cancel+ed\b/gi, 'canceled'],
  [/\b(?:is|are) (?:being processed|being prepared|processing|being packed)\b/gi, 'processing'],
  [/\b(?:is|are) (?:pending|awaiting payment)\b/gi, 'pending'],
  [/\b(?:is|are) on hold\b/gi, 'on_hold'],
  [/\b(?:has|have|was|were)(?: been)? refunded\b/gi, 'refunded'],
  [/\b(?:is|are) complete(?:d)?\b|\bhas been completed\b/gi, 'complete'],
];

function supportsStatus(
  order: OrderFact,
  claim: StatusClaim,
  actions: readonly ActionDecisionFact[],
): boolean {
  const label = (order.statusLabel ?? '').toLowerCase();
  const shipped = order.shippedAt !== undefined || ['complete', 'shipped'].includes(order.status);
  switch (claim) {
    case 'shipped':
      return shipped && order.status !== 'canceled';
    case 'delivered':
      return order.deliveredAt !== undefined || label.includes('delivered');
    case 'out_for_delivery':
      return label.includes('out for delivery');
    case 'canceled':
      return order.status === 'canceled' || executed(actions, 'cancellation');
    case 'processing':
      return ['processing', 'pending'].includes(order.status);
    case 'pending':
      return ['pending', 'pending_payment'].includes(order.status);
    case 'on_hold':
      return order.status === 'holded';
    case 'refunded':
      return order.status === 'closed' || label.includes('refunded') || executed(actions, 'refund');
    case 'complete':
      return ['complete', 'closed'].includes(order.status);
  }
}

/** An action the engine executed this turn changes the order before Magento's status catches up. */
function executed(actions: readonly ActionDecisionFact[], kind: ActionKind): boolean {
  return actions.some((a) => a.kind === kind && a.outcome === 'approved' && a.executed);
}

const ORDER_SUBJECT = /\b(?:order|package|parcel|shipment|it|items?|they|delivery)\b/i;
/** "shipped within 2 days", "delivered in three days": a schedule, not a status report. */
const SCHEDULE_AFTER = new RegExp(String.raw`^\s*(?:within|in \d|in (?:${NUMBER_WORDS_SOURCE})\b)`, 'i');

/** Order numbers, status, tracking numbers and carriers must be the customer's order facts. */
export function checkOrders(sentence: Sentence, index: FactIndex): CheckedClaim[] {
  const orders = index.facts.orders;
  const out: CheckedClaim[] = [];
  const orderSpans: Array<[number, number]> = [];
  for (const m of matchAll(sentence, ORDER_NUMBER)) {
    const number = m[1] ?? '';
    if (!/\d/.test(number)) continue;
    orderSpans.push([m.index, m.index + m[0].length]);
    const ok = orders.some((o) => o.number.replace(/^#/, '') === number.replace(/^#/, ''));
    out.push(
      claimAt(
        sentence,
        m.index,
        m[0].length,
        'order_number',
        number,
        ok
          ? undefined
          : {
              code: 'unsupported_order_number',
              message: `Order "${number}" is not the customer's order in the facts.`,
            },
      ),
    );
  }
  if (TRACKING_CONTEXT.test(sentence.text) || /\b1Z[0-9A-Z]{16}\b/i.test(sentence.text)) {
    for (const m of matchAll(sentence, globalCopy(TRACKING_TOKEN, 'gi'))) {
      if (orderSpans.some(([s, e]) => m.index >= s && m.index < e)) continue;
      const ok = orders.some((o) => o.trackingNumbers.some((t) => t.toUpperCase() === m[0].toUpperCase()));
      out.push(
        claimAt(
          sentence,
          m.index,
          m[0].length,
          'tracking',
          m[0],
          ok
            ? undefined
            : {
                code: 'unsupported_tracking_number',
                message: `Tracking number "${m[0]}" is not on the customer's order.`,
              },
        ),
      );
    }
  }
  for (const m of matchAll(sentence, globalCopy(CARRIER, 'gi'))) {
    const ok = orders.some((o) => (o.carrier ?? '').toLowerCase().includes(m[0].toLowerCase()));
    out.push(
      claimAt(
        sentence,
        m.index,
        m[0].length,
        'carrier',
        m[0],
        ok
          ? undefined
          : {
              code: 'unsupported_carrier',
              message: `The carrier "${m[0]}" is not on the customer's order.`,
            },
      ),
    );
  }
  if (ORDER_SUBJECT.test(sentence.text)) {
    for (const [pattern, status] of STATUS_PATTERNS) {
      for (const m of matchAll(sentence, pattern)) {
        // Policy sentences ("items are delivered in 3–5 days") describe, they do not report a status.
        const before = sentence.text.slice(0, m.index);
        const after = sentence.text.slice(m.index + m[0].length);
        if (/\b(?:usually|typically|normally|generally|once|when|after|if|until|before)\b/i.test(before))
          continue;
        if (SCHEDULE_AFTER.test(after)) continue;
        const ok = orders.some((o) => supportsStatus(o, status, index.facts.actions));
        out.push(
          claimAt(
            sentence,
            m.index,
            m[0].length,
            'order_status',
            status,
            ok
              ? undefined
              : {
                  code: 'unsupported_order_status',
                  message: `"${m[0].trim()}" is not the status of the customer's order.`,
                },
          ),
        );
      }
    }
  }
  return out;
}
