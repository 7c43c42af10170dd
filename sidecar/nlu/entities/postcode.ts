/**
 * Postcodes. Shapes that cannot be anything else (UK, Canada, Netherlands) are taken anywhere; bare
 * digit codes (US ZIP, DE/FR 5 digits) only after "zip"/"postcode" or when the engine asked for
 * verification details, since "10115" is just as likely a quantity or a price.
 */
const UK = /\b([A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})\b/g;
const CA = /\b([A-Z]\d[A-Z]\s?\d[A-Z]\d)\b/g;
const NL = /\b(\d{4}\s?[A-Z]{2})\b/g;
const INTRODUCED =
  /\b(?:zip ?code|post ?code|postal code|zip|plz)\s*(?:is\s*)?[:#]?\s*([A-Z\d][A-Z\d -]{2,8}[A-Z\d])\b/gi;
const DIGITS = /(?<![\w$€£#.,])(\d{5}(?:-\d{4})?)(?![\w.,]?\d)/g;

export function extractPostcodes(text: string, options: { expectingVerification?: boolean } = {}): string[] {
  const out = new Set<string>();
  // "the zip is 78704 not 78703": a word after digits is not part of the code (a Dutch code's letters are two).
  for (const m of text.matchAll(INTRODUCED))
    if (m[1])
      out.add(
        m[1]
          .replace(/^(\d[\d-]*)\s+[a-z]{3,}$/i, '$1')
          .toUpperCase()
          .trim(),
      );
  for (const re of [UK, CA]) for (const m of text.matchAll(re)) if (m[1]) out.add(m[1]);
  if (/\b(?:zip|post ?code|postal)\b/i.test(text) || options.expectingVerification) {
    for (const m of text.matchAll(NL)) if (m[1]) out.add(m[1]);
    for (const m of text.matchAll(DIGITS)) if (m[1]) out.add(m[1]);
  }
  // A code found by its keyword may also match a shape pattern with different spacing; keep one.
  const seen = new Set<string>();
  return [...out].filter((c) => {
    const key = c.replace(/\s/g, '');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
