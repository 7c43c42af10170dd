/**
 * Questions about the store's terms — returns and their cost, restocking, warranty, price match,
 * shipping cost and time, exchanges — in English and French, told apart from requests to act on the
 * customer's own order ("I want to return my order", "je veux renvoyer mon colis"). The patterns read
 * lower-cased, diacritic-folded text ("délai" → "delai"), so accents are optional.
 */

const any = (...alternatives: string[]): RegExp => new RegExp(`\\b(?:${alternatives.join('|')})\\b`);

/** Only the store's terms are asked about here, whatever else the message says. */
const TERMS = any(
  // English
  'polic(?:y|ies)',
  'warrant(?:y|ies|eed)',
  'guarantee[ds]?',
  'restocking',
  'restock(?:ing)? fees?',
  'final sale',
  'return (?:window|period|deadline|time ?frame|time limit|shipping|label fees?)',
  '(?:free|paid) (?:shipping|delivery|returns?|exchanges?)',
  '(?:returns?|exchanges?|refunds?) (?:are |is )?(?:allowed|possible|accepted|free)',
  '(?:returnable|refundable|exchangeable)',
  '(?:be|get) (?:returned|exchanged|refunded|swapped)',
  // French
  'politique',
  "conditions? (?:de |d'|generales )?(?:retours?|echanges?|remboursements?|livraisons?|ventes?|garantie)",
  'garanti(?:e|es|s)?',
  "frais (?:de |d')?(?:retours?|ports?|livraisons?|renvois?|expeditions?|envois?|remise en stock|restockage|reapprovisionnement)",
  'remise en stock',
  "delais? (?:de |d')?(?:retours?|retractation|livraisons?|expeditions?|echanges?|renvois?|remboursements?)",
  '(?:retours?|livraisons?|echanges?|renvois?|expeditions?|ports?) (?:est |sont |est-il |est-elle |sont-ils )?(?:gratuite?s?|payante?s?|offerte?s?|possibles?|autorisee?s?|acceptee?s?)',
  'vente (?:finale|definitive|ferme)',
  '(?:retournable|remboursable|echangeable|reprise?)s?',
);

/** Price matching: "price match", "match Amazon's price", "alignement de prix", "vous vous alignez". */
const PRICE_MATCH = any(
  'price[- ]?match\\w*',
  'match\\w* (?:\\S+ ){0,3}prices?',
  '(?:beat|honou?r) (?:\\S+ ){0,3}prices?',
  'cheaper (?:elsewhere|somewhere else|online|at \\w+|on \\w+)[^.?!]*\\b(?:match|beat|honou?r)',
  'alignement (?:de |des |sur les )?prix',
  '(?:vous )?(?:vous )?aligne[rz]? (?:sur|vos|les|votre|nos)',
  'vous vous alignez',
  "s'aligne\\w*",
  '(?:egale[rz]?|egalisez) (?:\\S+ ){0,3}prix',
  'moins cher ailleurs[^.?!]*\\b(?:aligne\\w*|rembours\\w*|egale\\w*)',
);

/**
 * How a policy is asked about without naming it: the cost or time of returning, shipping or
 * exchanging, and "can I return…" about goods in general. These also fit questions about one's own
 * order ("how long will my order take to arrive"), so they count only when no own order is named.
 */
const GENERAL = any(
  // English: cost of returning / shipping / exchanging.
  '(?:cost|costs|charge|charges|fee|fees|pay|price|much)\\b[^.?!]{0,25}\\b(?:to|for|on) (?:return\\w*|ship\\w*|send\\w* (?:\\S+ ){0,3}back|exchang\\w*|deliver\\w*|postage)',
  '(?:return|returns|shipping|delivery|exchange|exchanges|postage)\\b[^.?!]{0,15}\\b(?:cost|costs|fee|fees|charge|charges|free|price|prices|rate|rates|time|times|options?|methods?)',
  'how (?:long|many days|much time)\\b[^.?!]{0,30}\\b(?:to (?:return|send \\S+ back|exchange)|shipping|delivery|to (?:ship|deliver))',
  '(?:can|could|may) (?:i|we|one) (?:still )?(?:return|exchange|swap|send back)\\b(?! (?:it|them|this|that|these|those|my|mine)\\b)',
  'is it possible to (?:return|exchange|swap)',
  'do you (?:\\w+ ){0,2}(?:exchanges?|returns|refunds)\\b',
  'do you (?:ship|deliver)\\b',
  'do (?:i|we) (?:have to|need to) pay\\b',
  // French: "combien coûte le retour", "combien de temps pour renvoyer", "je peux renvoyer des…"
  // ("j'ai payé la livraison" is past: no question about terms).
  '(?:coute|coutent|payer|payant\\w*)\\b[^.?!]{0,25}\\b(?:retour\\w*|renvo\\w*|rendre|livr\\w*|expedi\\w*|envoi|port|echang\\w*)',
  "(?:cout|prix|tarif)s? (?:du |de la |de l'|des |d'un |d'une )?(?:retours?|livraisons?|renvois?|expeditions?|ports?|echanges?)",
  'combien de (?:temps|jours)\\b[^.?!]{0,30}\\b(?:retourn\\w*|renvoy\\w*|rendre|echang\\w*|livr\\w*|expedi\\w*)',
  '(?:livraisons?|expeditions?)\\b[^.?!]{0,15}\\b(?:prend|prennent|dure|met)\\b',
  "(?:je peux|puis-je|peut-on|on peut|est-ce qu'on peut|est-ce que je peux|est-il possible de|c'est possible de|possible de) (?:encore )?(?:retourner|renvoyer|rendre|echanger|faire (?:un |des )?(?:retours?|echanges?))\\b",
  '(?:faites|acceptez|proposez|prenez|reprenez)-vous (?:les |des )?(?:retours|echanges|remboursements)',
  'vous (?:faites|acceptez|proposez|prenez|reprenez|remboursez) (?:les |des )?(?:retours|echanges|remboursements)',
  '(?:reprenez|remboursez|livrez|expediez|envoyez)-vous',
  'vous (?:reprenez|remboursez)\\b',
  'vous (?:livrez|expediez|envoyez)\\b',
  "jusqu'(?:a|au) quand\\b[^.?!]{0,30}\\b(?:retourn\\w*|renvoy\\w*|rendre|echang\\w*)",
);

/** A customer's own order, parcel or refund: the general forms above then ask about it, not about terms. */
const OWN_ORDER = any(
  '(?:my|our) (?:order|orders|package|parcel|delivery|shipment|refund|purchase)',
  '(?:ma|mes|notre|nos) (?:commandes?|livraisons?|colis)',
  'mon (?:colis|remboursement|achat|paquet|envoi)',
);

/** Asking to act: "I want to return…", "je voudrais l'échanger". Then it is a request, not a question. */
const ACTION_REQUEST = any(
  "(?:i want|i wanna|i'd like|i would like|i need|i wish|help me|i am trying|i'm trying|let me)(?: to)? (?:\\S+ )?(?:return|exchange|swap|send (?:\\S+ )?back|refund|cancel|start a return)",
  "(?:je veux|je voudrais|j'aimerais|je souhaite|je souhaiterais|je dois|il faut que je|aidez-moi a|merci de|veuillez)(?: vous)?(?: l'| le | la | les | me | ma | mon | mes | )?(?:retourner|renvoyer|rendre|echanger|annuler|rembourser|faire rembourser|etre rembourse\\w*|faire un (?:retour|echange))",
);

/** Asks about a price-match policy. */
export function asksAboutPriceMatch(folded: string): boolean {
  return PRICE_MATCH.test(folded);
}

/** Asks what the store's terms are (not to act on an order). `folded`: lower-cased, diacritics dropped. */
export function asksAboutPolicy(folded: string): boolean {
  if (ACTION_REQUEST.test(folded)) return false;
  return TERMS.test(folded) || (GENERAL.test(folded) && !OWN_ORDER.test(folded));
}
