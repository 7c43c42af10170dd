/**
 * Characters that render as nothing (zero-width spaces/joiners, word joiner, BOM, soft hyphen), bidi
 * controls that reorder what a reader sees, and Unicode tag characters (U+E0000–U+E007F) that smuggle
 * ASCII invisibly.
 */
const INVISIBLE = /[\u00AD\u200B-\u200F\u2060-\u2064\uFEFF\u202A-\u202E\u2066-\u2069]|\uDB40[\uDC00-\uDC7F]/g;
/** The subset that has no business in a customer message (ZWJ/ZWNJ and RLM/LRM do occur in emoji and scripts). */
const SUSPICIOUS = /[\u200B\u2060-\u2064\u202A-\u202E\u2066-\u2069]|\uDB40[\uDC00-\uDC7F]|(?<!^)\uFEFF/g;

export interface NormalizedText {
  text: string;
  /** Invisible characters removed. */
  removed: number;
  /** Of those, characters used to hide or reorder text (zero-width space, tags, bidi overrides). */
  suspicious: number;
}

/** NFKC (folds full-width and styled letters to ASCII), invisible characters removed, whitespace collapsed. */
export function normalizeText(input: string): NormalizedText {
  const suspicious = input.match(SUSPICIOUS)?.length ?? 0;
  let removed = 0;
  const stripped = input.replace(INVISIBLE, () => {
    removed++;
    return '';
  });
  const text = stripped
    .normalize('NFKC')
    .replace(/[^\S\n]+/g, ' ')
    .trim();
  return { text, removed, suspicious };
}
