import { foldDiacritics } from '../text.js';
import type { AccountTopic } from '../types.js';

/**
 * What a question about using the shop's website is about, when it is the cart or the checkout: "add it
 * to my cart", "how do I check out?", "can you order it for me?", "ajoute-le au panier". The assistant
 * neither fills a cart nor places orders, so these get the way to do it themselves. Buying words count
 * only with what was shown ("buy it", "the first one") — "I want to buy a tent" is a search. English,
 * then French over diacritic-folded text.
 */
const CART =
  /\b(?:(?:add|put|place|throw|stick|pop)\w* (?:\S+ ){0,4}(?:in|into|to) (?:my |the |your |a )?(?:shopping )?(?:cart|basket|trolley|bag)|(?:my|the|your|shopping) (?:cart|basket|trolley)|check ?out|checking out|place (?:an|my|the|this) order|(?:order|buy|purchase|get) (?:it|this|that|them|these|those|the (?:first|second|third|last|cheaper|cheapest) (?:one|ones)?)(?: for me)?(?: online| now)?$|(?:can|could) you (?:order|buy|purchase) (?:it|this|that|them|one|the \S+(?: \S+)?) for me|(?:mon|le|votre|au|du|dans (?:le|mon)) panier|ajout\w* (?:\S+ ){0,4}(?:au|dans (?:le|mon)) panier|passer (?:la |une |ma )?commande|valider (?:la|ma|mon) (?:commande|panier)|(?:commander|acheter) (?:le|la|les|ca|celui-ci|celle-ci|ceux-ci|celui-la|le premier|la premiere)(?: pour moi)?$|(?:(?:pouvez|peux|pourriez)[- ](?:vous|tu)|(?:vous|tu) (?:pouvez|peux|pourriez)) (?:me (?:le |la |les |l')?|m'(?:en )?|(?:le |la |les |l')?(?=\S+ (?:\S+ ){0,3}pour moi))(?:commander|acheter))\b/;

export function extractAccountTopic(normalized: string): AccountTopic | undefined {
  const folded = foldDiacritics(normalized).replace(/[\s?!.]+$/u, '');
  return CART.test(folded) ? 'cart' : undefined;
}
