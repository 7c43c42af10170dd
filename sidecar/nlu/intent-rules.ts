import type { Entities, Intent } from './types.js';

export interface RuleHit {
  intent: Intent;
  /** Floor for the confidence: rules are written for the unambiguous. */
  confidence: number;
  rule: string;
}

const HUMAN =
  /\b(?:human(?: being)?|(?:real|actual|live) (?:person|human|agent|chat)|(?:an?|the|live|support|sales|customer service) (?:agent|representative|rep|operator)|^agent$|^operator|representative|(?:speak|talk|chat) (?:to|with) (?:someone|somebody|a person|a manager|a supervisor|your (?:manager|supervisor|staff|team)|staff)|escalate (?:this|it|me)|(?:a|your) supervisor|parler à (?:un|une) (?:conseill\w+|humain|personne|agent)|transfer me|put me through|connect me (?:to|with) (?:a |an )?(?:customer service|support|someone|human|agent|person)|someone (?:call|phone) me|phone number for (?:customer service|support))\b/;
const LEGAL =
  /\b(?:gdpr|ccpa|personal (?:data|information|info)|my (?:data|personal)|privacy|right to be forgotten|data protection|erase my|delete my (?:data|account|information|info)|lawyer|attorney|solicitor|sue|suing|legal action|court|data sharing)\b/;
const B2B =
  /\b(?:wholesale|bulk (?:order|pricing|discount|buy)|quotation|(?:a|formal) quote|quote (?:for|request)|net ?30|net ?60|trade account|b2b|resell|reseller|procurement|volume discount|corporate (?:gifting|order|account)|purchase order)\b/;
const PRICE_MATCH =
  /\b(?:price[- ]?match\w*|match (?:the|a|their|that|this|your) price|match (?:a |the )?(?:lower|cheaper) price|alignement de prix)\b/;
/** Questions about what the policy allows, not requests to act on an order ("can I return it if…"). */
const POLICY_TERMS =
  /\b(?:(?:can|could|may) i (?:return|exchange|send (?:it|them|this) back|swap)|if i change my mind|exchanges? (?:allowed|possible|accepted)|warrant(?:y|ies)|guarantee|return (?:policy|window|period)|restocking|politique de retour|garantie|d[ée]lais? de livraison|frais de (?:retour|livraison|port)|retour (?:est-il |est )?gratuit|(?:un |l')?[ée]change|retourner|alignement de prix|combien de temps (?:prend|dure))\b/;
const REFUND_RETURN_CANCEL =
  /\b(?:refund\w*|return\w*|retrun|cancel\w*|cancle|send (?:it|them|this) back|money back)\b/;
const WHERE_STATUS =
  /\b(?:where|status|track\w*|arriv\w*|ship(?:ped|ping)?|dispatch\w*|deliver\w*|out for delivery|carrier|when)\b/;

/** Words allowed around verification details in a message that does nothing else. */
const VERIFICATION_FILLER = new Set(
  "my the a an is it it's its and email e-mail mail address order number no nr id last name surname family billing zip zipcode code post postcode postal here you go are is: ok okay sure yes of on for with also plus i am and, its i'm".split(
    ' ',
  ),
);

/** True when the message only carries order number / email / last name / postcode. */
export function isVerificationOnly(normalized: string, entities: Entities): boolean {
  const details =
    entities.orderNumbers.length +
    entities.emails.length +
    entities.postcodes.length +
    (entities.lastName ? 1 : 0);
  if (details === 0) return false;
  let rest = normalized;
  for (const e of entities.emails) rest = rest.split(e).join(' ');
  for (const o of entities.orderNumbers) rest = rest.split(o.value).join(' ');
  for (const p of entities.postcodes) rest = rest.split(p.toLowerCase()).join(' ');
  if (entities.lastName) rest = rest.split(entities.lastName.toLowerCase()).join(' ');
  const leftover = rest.split(/[^\p{L}\p{N}'-]+/u).filter((w) => w !== '' && !VERIFICATION_FILLER.has(w));
  return leftover.length === 0;
}

/**
 * Deterministic rules for what a classifier should never get wrong: a message without words, asking for a human, legal and
 * privacy words, a bare set of verification details, a known order number with "where/status",
 * and business quotes. First hit wins; the classifier still supplies the alternatives.
 */
export function applyIntentRules(normalized: string, entities: Entities): RuleHit | undefined {
  // Emoji, punctuation or nothing: no request to classify, and nothing to be confident about.
  if (!/[\p{L}\p{N}]/u.test(normalized)) return { intent: 'out_of_scope', confidence: 0, rule: 'no_words' };
  if (isVerificationOnly(normalized, entities)) {
    return { intent: 'guest_verification', confidence: 0.95, rule: 'verification_details_only' };
  }
  if (HUMAN.test(normalized)) return { intent: 'human_agent', confidence: 0.95, rule: 'asks_for_human' };
  if (LEGAL.test(normalized))
    return { intent: 'legal_privacy', confidence: 0.9, rule: 'legal_or_privacy_words' };
  if (
    entities.orderNumbers.length > 0 &&
    WHERE_STATUS.test(normalized) &&
    !REFUND_RETURN_CANCEL.test(normalized)
  ) {
    return { intent: 'order_status', confidence: 0.9, rule: 'order_number_with_status_word' };
  }
  if (PRICE_MATCH.test(normalized))
    return { intent: 'policy_question', confidence: 0.9, rule: 'price_match_policy' };
  if (entities.orderNumbers.length === 0 && POLICY_TERMS.test(normalized)) {
    return { intent: 'policy_question', confidence: 0.9, rule: 'policy_terms_without_order' };
  }
  if (
    B2B.test(normalized) ||
    (entities.quantity !== undefined &&
      entities.quantity >= 50 &&
      /\b(?:price|pricing|quote|discount|cost)\b/.test(normalized))
  ) {
    return { intent: 'b2b_quote', confidence: 0.9, rule: 'business_quote' };
  }
  return undefined;
}
