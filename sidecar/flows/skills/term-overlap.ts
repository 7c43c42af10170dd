/**
 * Whether any question term meets any text term, allowing one to be the other's prefix when the shorter
 * has four letters or more ("cover" ~ "covered", "batter" ~ "battery"): the tokenizer only strips plurals.
 */
export function termsOverlap(question: readonly string[], text: readonly string[]): boolean {
  return question.some((t) =>
    text.some(
      (term) =>
        term === t || (t.length >= 4 && term.startsWith(t)) || (term.length >= 4 && t.startsWith(term)),
    ),
  );
}
