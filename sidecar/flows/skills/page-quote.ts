import { lexicalTerms } from '../../../common/catalog/text-tokenizer.js';
import { emptyTurnFacts } from '../../verifier/turn-facts.js';
import { verify } from '../../verifier/verify.js';
import { termsOverlap } from './term-overlap.js';

const QUOTE_MAX = 280;

/**
 * Words that say which policy a question is about or how it is asked, not the detail it asks for: after
 * these are removed, "what does the warranty not cover?" leaves "cover", which the configured values
 * do not answer and the warranty page does.
 */
const NOT_A_DETAIL = new Set(
  lexicalTerms(
    'what which how does do is are can could would will you your our the a an not any about tell me please there come comes get got take find know want need buy bought give make send if cheaper elsewhere policy policies store shop item items product products order orders return returns returning refund refunds warranty guarantee shipping ship delivery deliver exchange exchanges price prices match fee fees cost free long much many days quel quelle quels quelles comment est sont pouvez vous votre vos nos les des une pas politique conditions boutique article articles produit produits commande retour retours remboursement garantie livraison echange prix frais gratuit combien jours',
  ),
);

/**
 * Whether a page paragraph answers a detail of the question the configured values do not: some word of
 * the question beyond its topic and the products or categories it names appears in the paragraph. Pure.
 */
export function answersDetail(question: string, paragraph: string, names: readonly string[] = []): boolean {
  const named = new Set(names.flatMap((n) => lexicalTerms(n)));
  const details = lexicalTerms(question).filter((t) => t.length > 2 && !NOT_A_DETAIL.has(t) && !named.has(t));
  return details.length > 0 && termsOverlap(details, lexicalTerms(paragraph));
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
