/**
 * Signals of internal text that leaked from an ERP/PIM into a storefront description: SKU-like codes,
 * revision marks, assembly and sync markers, "do not publish" notes. A shopper should never read them,
 * and they pull embeddings towards nonsense.
 */
const JARGON_PATTERNS: ReadonlyArray<{ name: string; pattern: RegExp }> = [
  { name: 'code', pattern: /\b[A-Z]{2,}(?:-[A-Z0-9]+)*-\d{2,}[A-Z0-9-]*\b/g },
  { name: 'revision', pattern: /\b[Rr]ev\.?\s+[A-Z0-9]\b/g },
  { name: 'assembly', pattern: /\bASSY\b/g },
  { name: 'system', pattern: /\b(?:PIM|ERP)(?:-[A-Z]+)?\b/g },
  {
    name: 'internal-note',
    pattern: /\b(?:do not publish|internal use only|not for publication|see ticket)\b/gi,
  },
  { name: 'batch', pattern: /\bbatch\s+\d{3,}\b/gi },
  { name: 'qa', pattern: /\bQA\s+(?:hold|check|pass|fail)\w*\b/gi },
];

/**
 * The jargon tokens found in one paragraph. Tokens that also occur in `ownWords` (the product's name
 * and SKU, e.g. a model code `X15`) are the product's public identity, not jargon.
 */
export function findJargon(paragraph: string, ownWords: readonly string[] = []): string[] {
  const own = new Set(ownWords.map((w) => w.toLowerCase()));
  const found: string[] = [];
  for (const { pattern } of JARGON_PATTERNS) {
    for (const match of paragraph.matchAll(pattern)) {
      const token = match[0];
      if (!own.has(token.toLowerCase())) found.push(token);
    }
  }
  return [...new Set(found)];
}
