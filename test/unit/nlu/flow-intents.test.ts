import { describe, expect, it } from 'vitest';
import { analyse } from '../../../sidecar/nlu/understand.js';
import { buildFixtureModel } from './support.js';

/** The intents the flows start on (#13), told apart from the questions about the same terms. */
describe('flow intents', () => {
  const model = buildFixtureModel();
  const intentOf = (text: string): string => analyse(model, text).intent;

  it.each([
    ['please change the delivery address on order 000000045', 'change_address'],
    ['wrong address on my order, it should be 4 Elm Road', 'change_address'],
    ['can you send my parcel to my office instead', 'change_address'],
    ["j'ai déménagé, il faut changer l'adresse de livraison de ma commande", 'change_address'],
    ['how do I change my email address', 'account_help'],
    ['I want to swap the hoodie for an XL', 'exchange'],
    ['these boots are too big, can you exchange them for a 9', 'exchange'],
    ['je voudrais échanger la robe contre une taille 38', 'exchange'],
    ['Can I exchange the Raptor X15 Gaming Laptop for a different one?', 'policy_question'],
    ["C'est possible de faire un échange contre une autre taille ?", 'policy_question'],
    ['I bought it on Monday and now the price dropped, refund me the difference', 'price_match'],
    ["j'ai acheté la tente et elle a baissé, remboursez-moi la différence", 'price_match'],
    ['I would like to request a price match on my order', 'price_match'],
    ['Do you price match?', 'policy_question'],
    ["Vous vous alignez sur les prix d'Amazon ?", 'policy_question'],
    ['can I get a promo code', 'coupon_request'],
    ['vous auriez un code promo ?', 'coupon_request'],
    ['after all this I expect a goodwill gesture', 'coupon_request'],
    ['the coupon code does not work at checkout', 'price_promotion'],
    ['is the Raptor X15 on sale?', 'price_promotion'],
  ])('%j → %s', (text, intent) => {
    expect(intentOf(text)).toBe(intent);
  });
});
