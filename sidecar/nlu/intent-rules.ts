import { asksAboutPolicy, asksAboutPriceMatch } from './policy-questions.js';
import { foldDiacritics } from './text.js';
import type { Entities, Intent } from './types.js';

export interface RuleHit {
  intent: Intent;
  /** Floor for the confidence: rules are written for the unambiguous. */
  confidence: number;
  rule: string;
}

// The patterns below read lower-cased, diacritic-folded text ("à" → "a"), so French accents are optional.
const HUMAN =
  /\b(?:human(?: being)?|(?:real|actual|live) (?:person|human|agent|chat)|(?:an?|the|live|support|sales|customer service) (?:agent|representative|rep|operator)|^agent$|^operator|representative|(?:speak|talk|chat) (?:to|with) (?:someone|somebody|a person|a manager|a supervisor|your (?:manager|supervisor|staff|team)|staff)|escalate (?:this|it|me)|(?:a|your) supervisor|transfer me|put me through|connect me (?:to|with) (?:a |an )?(?:customer service|support|someone|human|agent|person)|someone (?:call|phone) me|phone number for (?:customer service|support)|(?:parler|discuter|echanger) (?:a|au|avec) (?:un |une |le |la |quelqu'un|quelqu un)?(?:conseill\w+|humain|personne|agent|operat\w+|responsable|service client|vrai\w*|quelqu'un)|(?:un|une) (?:vrai|vraie|etre) (?:humain|personne)|(?:une )?personne reelle|mettez-moi en (?:relation|contact)|(?:passez|transferez)-moi (?:un|une|a|au|le|la|quelqu'un)|(?:rappelez|appelez)-moi|^conseiller$)\b/;
const LEGAL =
  /\b(?:gdpr|ccpa|personal (?:data|information|info)|my (?:data|personal)|privacy|right to be forgotten|data protection|erase my|delete my (?:data|account|information|info)|lawyer|attorney|solicitor|sue|suing|legal action|court|data sharing|rgpd|cnil|donnees (?:personnelles|que vous)|mes (?:donnees|informations personnelles)|vie privee|confidentialite|droit a l'oubli|suppression de (?:mon compte|mes donnees)|supprim\w+ (?:mon compte|mes donnees|toutes mes)|effac\w+ (?:mes|toutes mes)|avocat|poursuivre en justice|en justice|tribunal|porter plainte|mise en demeure|protection des donnees)\b/;
const B2B =
  /\b(?:wholesale|bulk (?:order|pricing|discount|buy)|quotation|(?:a|formal) quote|quote (?:for|request)|net ?30|net ?60|trade account|b2b|resell|reseller|procurement|volume discount|corporate (?:gifting|order|account)|purchase order|devis|prix de gros|(?:achat|acheter|vente|commander|commande) en (?:gros|grande quantite)|grossiste|revendeur|compte pro(?:fessionnel)?|bons? de commande|remise (?:sur|en) (?:volume|quantite)|tarifs? (?:pro|professionnels?|degressifs?)|commande groupee|proposition commerciale)\b/;
const REFUND_RETURN_CANCEL =
  /\b(?:refund\w*|return\w*|retrun|cancel\w*|cancle|send (?:it|them|this) back|money back|rembours\w*|retour\w*|renvo\w*|rendre|annul\w*)\b/;
const WHERE_STATUS =
  /\b(?:where|status|track\w*|arriv\w*|ship(?:ped|ping)?|dispatch\w*|deliver\w*|out for delivery|carrier|when|ou|statut|suivi|suivre|expedi\w*|livr\w*|envoye\w*|quand|transporteur)\b/;

/** The customer has the item (or was meant to): what separates "it arrived broken" from "does it break?". */
const HAS_THE_ITEM =
  /\b(?:my|mine|i (?:got|received|bought|ordered)|arrived|came|delivered|showed up|mon|ma|mes|recu\w*|arrive\w*|livre\w*|achete\w*|commande\w*)\b/;
/** Things that "don't work" without being an item the store sold: account, site and payment trouble. */
const NOT_AN_ITEM =
  /\b(?:link|password|site|website|web ?page|page|app|code|coupon|voucher|checkout|account|log ?in|sign ?in|payment|card|lien|mot de passe|compte|appli\w*|connexion|paiement|carte|code promo)\b/;
/** Item problems that are a claim to handle, not a question: broken, faulty, not what was ordered. */
const ITEM_CLAIMS: ReadonlySet<string> = new Set(['damaged', 'defective', 'wrong_item']);

/** Words allowed around verification details in a message that does nothing else. */
const VERIFICATION_FILLER = new Set(
  (
    "my the a an is it it's its and email e-mail mail address order number no nr id last name surname family billing zip zipcode code post postcode postal here you go are is: ok okay sure yes of on for with also plus i am and, its i'm " +
    "mon ma mes le la les de du est c'est voici voilà commande numéro numero n nom famille courriel adresse code postal et oui"
  ).split(' '),
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
 * an item that arrived broken, faulty or wrong, and business quotes. First hit wins; the classifier still supplies the alternatives.
 */
export function applyIntentRules(normalized: string, entities: Entities): RuleHit | undefined {
  // Emoji, punctuation or nothing: no request to classify, and nothing to be confident about.
  if (!/[\p{L}\p{N}]/u.test(normalized)) return { intent: 'out_of_scope', confidence: 0, rule: 'no_words' };
  if (isVerificationOnly(normalized, entities)) {
    return { intent: 'guest_verification', confidence: 0.95, rule: 'verification_details_only' };
  }
  const folded = foldDiacritics(normalized);
  if (HUMAN.test(folded)) return { intent: 'human_agent', confidence: 0.95, rule: 'asks_for_human' };
  if (LEGAL.test(folded)) return { intent: 'legal_privacy', confidence: 0.9, rule: 'legal_or_privacy_words' };
  if (entities.orderNumbers.length > 0 && WHERE_STATUS.test(folded) && !REFUND_RETURN_CANCEL.test(folded)) {
    return { intent: 'order_status', confidence: 0.9, rule: 'order_number_with_status_word' };
  }
  if (asksAboutPriceMatch(folded))
    return { intent: 'policy_question', confidence: 0.9, rule: 'price_match_policy' };
  if (entities.orderNumbers.length === 0 && asksAboutPolicy(folded)) {
    return { intent: 'policy_question', confidence: 0.9, rule: 'policy_terms_without_order' };
  }
  // "My package arrived damaged" is a claim to start, not an order-status lookup; said in anger it goes to
  // a person. Messages that already name refund/return/cancel are left to the classifier to tell apart.
  if (
    entities.claimReason !== undefined &&
    ITEM_CLAIMS.has(entities.claimReason) &&
    (entities.claimReason === 'defective' || HAS_THE_ITEM.test(folded)) &&
    !NOT_AN_ITEM.test(folded) &&
    !REFUND_RETURN_CANCEL.test(folded)
  ) {
    return entities.sentiment.polarity === 'negative'
      ? { intent: 'complaint', confidence: 0.85, rule: 'item_claim_in_anger' }
      : { intent: 'return_request', confidence: 0.85, rule: 'item_claim' };
  }
  if (
    B2B.test(folded) ||
    (entities.quantity !== undefined &&
      entities.quantity >= 50 &&
      /\b(?:price|pricing|quote|discount|cost|prix|tarifs?|devis)\b/.test(folded))
  ) {
    return { intent: 'b2b_quote', confidence: 0.9, rule: 'business_quote' };
  }
  return undefined;
}
