/**
 * A billing last name offered for guest order verification. Only when introduced as a name: a
 * capitalised word elsewhere is far more often a product or a brand.
 */
const SURNAME =
  /\b(?:last ?name|surname|family name|nom de famille)\s*(?:is|=|:|-|est|c['’]est)?\s*([\p{L}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*)?)/iu;
const FULL_NAME =
  /\b(?:(?:(?:billing|full)\s+)?name\s+(?:on\s+the\s+(?:order|account|card)\s+)?(?:is|:)|nom\s+(?:complet\s+)?(?:(?:sur|de)\s+la\s+(?:commande|facture|carte)\s+|du\s+compte\s+)?(?:est|:|c['’]est))\s+([\p{Lu}][\p{L}'’-]+)\s+([\p{Lu}][\p{L}'’-]+)/u;

export function extractLastName(text: string): string | undefined {
  const surname = SURNAME.exec(text);
  if (surname?.[1]) {
    const stopAt = surname[1].split(/\s+/);
    // "last name is Smith and email ..." — the second word is only kept when it is capitalised.
    return stopAt.length > 1 && /^\p{Lu}/u.test(stopAt[1] ?? '') ? surname[1] : (stopAt[0] ?? surname[1]);
  }
  const full = FULL_NAME.exec(text);
  return full?.[2];
}
