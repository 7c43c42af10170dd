import type { AuthorizationResult } from './authorization/authorization-result.js';
import type { OutboxState } from './outbox/action-outbox.js';

function money(amount: number, currency: string): string {
  return `${amount.toFixed(2)} ${currency}`;
}

/**
 * The customer-visible sentence for an outcome, filled only from the decision and the outbox state —
 * the approved template the reply layer sends (and the audit trail records) for actions.
 */
export function outcomeText(decision: AuthorizationResult, state: OutboxState, orderNumber: string): string {
  switch (decision.verdict) {
    case 'deny':
      return `I can't do that for order ${orderNumber}: ${decision.reasons.join(' ')}`;
    // Why a request goes to a person or needs evidence (the automatic-approval limit, a risk signal) stays
    // in the audit trail: telling the customer the threshold that fired teaches how to stay under it.
    case 'needs_evidence':
      return `To go ahead with order ${orderNumber} I need a photo of the problem. Reply here once you have one, and I'll take it from there.`;
    case 'human_review':
      return `I've passed order ${orderNumber} to a colleague who will get back to you.`;
    case 'approve':
      break;
  }
  if (state === 'failed')
    return `The store could not complete this for order ${orderNumber}; a colleague will take it from here.`;
  if (state !== 'done') return `Your request for order ${orderNumber} is approved and being processed.`;
  switch (decision.action) {
    case 'refund':
      return `Your refund of ${money(decision.approvedAmount, decision.currency)} for order ${orderNumber} has been issued.`;
    case 'return':
      return `Your return for order ${orderNumber} is registered; ${money(decision.approvedAmount, decision.currency)} will be refunded once the items arrive.`;
    case 'cancel':
      return `Order ${orderNumber} has been cancelled.`;
    case 'coupon':
      return `Here is your coupon for next time: ${decision.coupon?.code ?? ''}.`;
  }
}
