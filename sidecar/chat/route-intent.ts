import type { Intent } from '../nlu/types.js';
import type { ChatDeps } from '../flows/flow-deps.js';
import { answerPolicyQuestion } from '../flows/skills/answer-policy-question.js';
import { answerProductQuestion } from '../flows/skills/answer-product-question.js';
import { checkAvailability } from '../flows/skills/check-availability.js';
import { compareProducts } from '../flows/skills/compare-products.js';
import { getOrderStatus, listOrders } from '../flows/skills/order-lookup.js';
import { outcome } from '../flows/skills/outcome.js';
import { requestOrderAction } from '../flows/skills/request-order-action.js';
import { searchProducts } from '../flows/skills/search-products.js';
import { fixedReply, greet, handOff } from '../flows/skills/small-talk.js';
import type { SkillOutcome, Turn } from '../flows/turn.js';
import { render } from '../replies/render.js';

/** Intents that always win over a pending slot: the customer changed the subject or wants a person. */
const TOPIC_SWITCHES = new Set<Intent>(['human_agent', 'complaint', 'legal_privacy', 'b2b_quote', 'goodbye']);

/**
 * The intent the turn is really about: a bare answer to a question the assistant asked ("000000123",
 * "jane@example.com, Smith") continues the request that asked for it.
 */
export function effectiveIntent(turn: Turn): Intent {
  const { intent, entities } = turn.understanding;
  const { awaiting, pendingIntent } = turn.state;
  if (!awaiting || !pendingIntent || TOPIC_SWITCHES.has(intent)) return intent;
  const fillsOrderSlot =
    (awaiting === 'order_number' || awaiting === 'verification') &&
    (entities.orderNumbers.length > 0 ||
      entities.emails.length > 0 ||
      entities.lastName !== undefined ||
      entities.postcodes.length > 0);
  const fillsProductSlot =
    awaiting === 'product' &&
    (entities.products.length > 0 || entities.references.some((r) => r.resolved.length > 0));
  return fillsOrderSlot || fillsProductSlot || intent === 'guest_verification'
    ? (pendingIntent as Intent)
    : intent;
}

/** One deterministic handler per intent; the switch is exhaustive so a new intent cannot go unhandled. */
export async function routeIntent(intent: Intent, turn: Turn, deps: ChatDeps): Promise<SkillOutcome> {
  switch (intent) {
    case 'product_search':
    case 'recommendation':
      return searchProducts(turn, deps);
    case 'product_question':
      return answerProductQuestion(turn, deps);
    case 'comparison':
      return compareProducts(turn, deps);
    case 'availability':
      return checkAvailability(turn, deps, 'stock');
    case 'price_promotion':
      return checkAvailability(turn, deps, 'price');
    case 'order_status':
      return getOrderStatus(turn, deps);
    case 'order_list':
      return listOrders(turn, deps);
    case 'return_request':
      return requestOrderAction(turn, deps, 'return');
    case 'refund_request':
      return requestOrderAction(turn, deps, 'refund');
    case 'cancel_order':
      return requestOrderAction(turn, deps, 'cancellation');
    // Until their flows land (#13), exchanges and price matches get the terms that apply to them.
    case 'policy_question':
    case 'exchange':
    case 'price_match':
      return answerPolicyQuestion(turn, deps);
    // A person changes an order's address until a flow can.
    case 'change_address':
      return handOff(turn, 'action_needs_review');
    // As "any discount codes?" was answered before it had an intent of its own.
    case 'coupon_request':
      return checkAvailability(turn, deps, 'price');
    case 'account_help':
      return fixedReply(turn, 'account_help');
    case 'human_agent':
      return handOff(turn, 'customer_asked');
    case 'complaint':
      return handOff(turn, 'complaint');
    case 'legal_privacy':
      return handOff(turn, 'legal_privacy');
    case 'b2b_quote':
      return handOff(turn, 'b2b_quote');
    case 'greeting':
      return greet(turn);
    case 'thanks':
      return fixedReply(turn, 'thanks');
    case 'goodbye':
      return fixedReply(turn, 'goodbye');
    case 'affirm':
    case 'deny':
      return fixedReply(turn, 'affirm_nothing_pending');
    case 'guest_verification':
      return outcome(render('order_need_number', turn.store.locale), {
        state: { awaiting: 'order_number', pendingIntent: 'order_status' },
      });
    case 'out_of_scope':
      return fixedReply(turn, 'out_of_scope');
    default:
      return assertNever(intent);
  }
}

function assertNever(value: never): never {
  throw new Error(`Unhandled intent: ${String(value)}`);
}
