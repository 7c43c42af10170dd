import { createHash } from 'node:crypto';

/** Passages shorter than this are ordinary phrases ("Machine washable."), not pasted boilerplate. @default 80 */
export const MIN_SHARED_PASSAGE_CHARS = 80;
/** A passage found in at least this many products is supplier boilerplate. @default 3 */
export const MIN_SHARED_PASSAGE_PRODUCTS = 3;

/** Fingerprint of a passage, insensitive to case, punctuation and spacing. */
export function passageFingerprint(passage: string): string {
  const canonical = passage
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return createHash('sha1').update(canonical).digest('hex').slice(0, 16);
}

export interface SharedPassage {
  fingerprint: string;
  /** The passage as first seen, for the quality report. */
  sample: string;
  /** Products whose text contains it. */
  keys: string[];
}

/**
 * Long passages that several products share verbatim: supplier copy pasted across unrelated products.
 * Kept out of the embedded text, they stop unrelated products from looking alike.
 */
export function findSharedPassages(
  products: ReadonlyArray<{ key: string; paragraphs: readonly string[] }>,
  options: { minChars?: number; minProducts?: number } = {},
): Map<string, SharedPassage> {
  const minChars = options.minChars ?? MIN_SHARED_PASSAGE_CHARS;
  const minProducts = options.minProducts ?? MIN_SHARED_PASSAGE_PRODUCTS;
  const seen = new Map<string, SharedPassage>();
  for (const { key, paragraphs } of products) {
    for (const paragraph of paragraphs) {
      if (paragraph.length < minChars) continue;
      const fingerprint = passageFingerprint(paragraph);
      const entry = seen.get(fingerprint) ?? { fingerprint, sample: paragraph, keys: [] };
      if (!entry.keys.includes(key)) entry.keys.push(key);
      seen.set(fingerprint, entry);
    }
  }
  return new Map([...seen].filter(([, entry]) => entry.keys.length >= minProducts));
}
