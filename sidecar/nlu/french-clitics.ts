/** Elided articles and pronouns glued to the next word: "l'échange", "d'un", "qu'il", "j'ai", "s'il". */
const ELISION = /^(l|d|j|qu|n|s|c|m|t|jusqu|lorsqu|puisqu)'(?=\p{L})/u;
/** Pronouns hyphenated after an inverted verb: "puis-je", "pouvez-vous", "est-ce", "y a-t-il", "dites-moi". */
const INVERTED_PRONOUNS = new Set(
  'je tu il elle on nous vous ils elles ce moi toi le la les lui leur y en t'.split(' '),
);

/**
 * French clitics split off their word, so "l'échange" and "un échange", "puis-je" and "je peux"
 * share their words. Hyphenated words without a pronoun ("t-shirt", "e-mail") stay whole.
 */
export function splitClitics(word: string): string[] {
  const elided = ELISION.exec(word);
  if (elided) return [elided[1] ?? '', ...splitClitics(word.slice(elided[0].length))];
  const parts = word.split('-');
  if (parts.length > 1 && parts.slice(1).some((p) => INVERTED_PRONOUNS.has(p))) {
    // The euphonic "t" of "a-t-il" is no word.
    return parts.filter((p) => p !== '' && p !== 't');
  }
  return [word];
}
