import { lexicalTerms } from '../../../common/language/analyzer.js';
import type { Language } from '../../../common/language/language.js';
import { stem } from '../../../common/language/stemmer.js';
import { emptyTurnFacts } from '../../verifier/turn-facts.js';
import { verify } from '../../verifier/verify.js';
import { termsOverlap } from './term-overlap.js';

const QUOTE_MAX = 280;

/**
 * Whether a page paragraph answers a detail of the question the configured values do not: some of the
 * question's detail words (the NLU's `policy.details`), other than the products or categories it names,
 * appear in the paragraph, matched by stem in the store view's `language`. Pure.
 */
export function answersDetail(
  details: readonly string[],
  paragraph: string,
  names: readonly string[],
  language: Language,
): boolean {
  const named = new Set(names.flatMap((n) => lexicalTerms(n, language)));
  const asked = details.map((w) => stem(w, language)).filter((t) => !named.has(t));
  return asked.length > 0 && termsOverlap(asked, lexicalTerms(paragraph, language));
}

/** The paragraph cut at a sentence end within {@link QUOTE_MAX} characters (or a word, with "…"). */
export function clipQuote(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= QUOTE_MAX) return clean;
  const head = clean.slice(0, QUOTE_MAX);
  const sentenceEnd = Math.max(head.lastIndexOf('. '), head.lastIndexOf('? '), head.lastIndexOf('! '));
  if (sentenceEnd > QUOTE_MAX / 3) return head.slice(0, sentenceEnd + 1);
  return `${head.slice(0, head.lastIndexOf(' ')).trimEnd()}…`;
}

/**
 * A page paragraph may be quoted verbatim when it states nothing the verifier checks — no duration,
 * amount, percentage, date, stock or authorization. Figures come from the policy engine, never from page
 * prose, which can be stale or about another store or category ("laptops: 24 months"). Pure.
 */
export function quotable(quote: string, options: Parameters<typeof verify>[2]): boolean {
  return verify(quote, emptyTurnFacts(), options).claims.length === 0;
}
