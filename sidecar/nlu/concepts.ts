import { stem } from './text.js';

/**
 * Hand-written concept groups: words that mean the same thing for intent purposes. Each word in a
 * group also emits the group's feature, so "parcel" learned from one example helps "package" in
 * another. This is where the labeled set is small; extend it when the eval shows a confusion.
 */
const CONCEPTS: Readonly<Record<string, string>> = {
  greet: 'hi hello hey hiya howdy yo morning evening afternoon greetings heya sup',
  thank: 'thanks thank thx cheers appreciate appreciated ty grateful',
  bye: 'bye goodbye cya later farewell night ciao',
  yes: 'yes yeah yep ya yup sure ok okay correct absolutely confirmed confirm agree definitely',
  no: 'no nope nah never incorrect wrong not',
  order: 'order orders purchase purchases bought ordered buy',
  parcel: 'package parcel delivery shipment stuff courier',
  where: 'where track tracking status arrive arrived shipped dispatched eta come transit',
  refund: 'refund refunds refunded money reimburse reimbursement reimbursment charge charged overcharged',
  back: 'return returns returned retrun exchange swap back label',
  cancel: 'cancel cancle cancellation void stop',
  rule: 'policy policies shipping ship warranty window restocking payment paypal deliver international weekends fee free days',
  account: 'account password login log sign profile address locked verification unsubscribe card',
  human: 'human person agent representative someone somebody operator manager staff support service',
  angry:
    'worst terrible awful disappointed ridiculous unacceptable furious rude sucks joke useless scam disgusting pathetic hate horrible',
  legal: 'gdpr ccpa data privacy personal lawyer sue legal delete erase information',
  business:
    'wholesale bulk quote quotation business company office corporate trade resell invoice employees procurement units school volume',
  price:
    'price prices cost costs much discount discounts sale promo coupon coupons code deal deals expensive cheaper',
  stock: 'stock available availability restock sold carry left pick notify',
  compare: 'compare compair comparison difference vs versus better each both differ',
  recommend: 'recommend recomend suggest best gift present ideal choose pick ideas top',
  detail:
    'battery material weight heavy dimensions waterproof compatible resolution watts strap wash colours colors',
  search: 'looking show find search sell any got list carry',
  history: 'history previous past recent recently all everything',
  world: 'weather joke football capital homework movie cook bitcoin translate flight sentient',
};

const CONCEPT_OF = new Map<string, string>();
for (const [concept, list] of Object.entries(CONCEPTS)) {
  for (const w of list.split(' ')) {
    CONCEPT_OF.set(w, concept);
    CONCEPT_OF.set(stem(w), concept);
  }
}

/** The concept a word belongs to, if any. */
export function conceptOf(word: string): string | undefined {
  return CONCEPT_OF.get(word) ?? CONCEPT_OF.get(stem(word));
}
