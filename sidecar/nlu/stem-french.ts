/**
 * A light French stemmer for the intent classifier, over diacritic-folded words: the plural goes
 * first, then one common verb or noun ending, so "retours/retourné/retournez" share "retour(n)",
 * "remboursement/rembourser/remboursé" share "rembours". Like the English stemmer in `text.ts` it
 * only has to merge the forms customers write and be deterministic, not be linguistically exact.
 */

/** Longest first; each keeps a stem of at least `MIN_STEM` letters. */
const SUFFIXES = [
  'issement',
  'eraient',
  'atrice',
  'erions',
  'ement',
  'ation',
  'ateur',
  'eriez',
  'erons',
  'eront',
  'erais',
  'erait',
  'aient',
  'erez',
  'erai',
  'era',
  'iez',
  'ait',
  'ent',
  'ee',
  'ez',
  'er',
  'e',
];
const MIN_STEM = 3;
/** "-ent" is also the end of nouns and adverbs ("client", "argent"): only off a longer stem. */
const MIN_STEM_ENT = 4;

export function stemFrench(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let w = word;
  // Plural -s/-x ("retours", "prix" stays: too short once stripped).
  if (/[sx]$/.test(w) && !w.endsWith('ss') && w.length > 4) w = w.slice(0, -1);
  for (const suffix of SUFFIXES) {
    const min = suffix === 'ent' ? MIN_STEM_ENT : MIN_STEM;
    if (w.endsWith(suffix) && w.length - suffix.length >= min) return w.slice(0, -suffix.length);
  }
  return w;
}
