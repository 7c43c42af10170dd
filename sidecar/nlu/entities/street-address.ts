import { extractPostcodes } from './postcode.js';

/**
 * Words that make "88 Lake Ave" a street address rather than "88 pairs of socks" (English and French;
 * abbreviations with or without their dot).
 */
const STREET_WORDS = [
  'street',
  'st',
  'avenue',
  'ave',
  'av',
  'road',
  'rd',
  'boulevard',
  'blvd',
  'bd',
  'lane',
  'ln',
  'drive',
  'dr',
  'way',
  'court',
  'ct',
  'place',
  'pl',
  'terrace',
  'parkway',
  'pkwy',
  'highway',
  'hwy',
  'circle',
  'cir',
  'square',
  'sq',
  'rue',
  'chemin',
  'allée',
  'allee',
  'impasse',
  'route',
  'quai',
  'cours',
  'passage',
];

/**
 * A house number, up to five words, a street word, then the rest of the clause (city, state, postcode):
 * "88 Lake Ave, Austin TX 78703", "12 rue de la Paix, 75002 Paris".
 */
const ADDRESS = new RegExp(
  String.raw`(?<![\w$€£#.,])\d{1,5}[a-z]?,?\s+(?:bis\s+|ter\s+)?(?:[\p{L}'’.-]+\s+){0,5}?(?:${STREET_WORDS.join('|')})\b\.?[^.!?;\n]*`,
  'iu',
);

/**
 * The street address a message gives, as written ("I moved, new address is 1420 E Pine St, Seattle, WA
 * 98122" → "1420 E Pine St, Seattle, WA 98122"), or undefined. Kept in the customer's words: it goes to a
 * person, who reads it, never to code that acts on its parts.
 */
export function findStreetAddress(text: string): string | undefined {
  const found = ADDRESS.exec(text)?.[0]
    // "…, Austin TX 78703 please", "… 97209 instead": a trailing courtesy word, conjunction or "instead"
    // is not part of it.
    .replace(
      /(?:\s+(?:please|pls|thanks|thank you|merci|svp|s'il vous plaît|and|et|instead|à la place|plutôt))+\s*$/iu,
      '',
    )
    .replace(/[\s,]+$/u, '');
  return found && found.length >= 5 ? found : undefined;
}

/**
 * `address` with its postcode replaced by `postcode` ("the zip is 78704, not 78703"), or the postcode
 * added when the address had none.
 */
export function withPostcode(address: string, postcode: string): string {
  const old = extractPostcodes(address, { expectingVerification: true }).at(-1);
  if (old === undefined) return `${address}, ${postcode}`;
  const at = address.lastIndexOf(old);
  return `${address.slice(0, at)}${postcode}${address.slice(at + old.length)}`;
}
