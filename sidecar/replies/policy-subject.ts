import { joinClauses, render } from './render.js';
import type { Locale } from './templates.js';

/**
 * What a policy answer is about, as a shopper says it: the products or category asked about, with the
 * rule's category when it differs ("Raptor X15 Gaming Laptop (Laptops)", "Jackets"), else "all
 * products". Never the store view, website or channel the rule was resolved in: those are Magento's
 * scopes, not the shopper's words ("For Jackets, Default Store View: …" was the reply).
 */
export function policySubject(
  subjects: readonly string[],
  category: string | undefined,
  locale: Locale,
): string {
  if (subjects.length === 0) return category ?? render('all_products', locale);
  const asked = joinClauses(subjects, locale);
  return category && !subjects.includes(category) ? `${asked} (${category})` : asked;
}

/** The policy citation's title: "Store policy: Jackets", or the whole store's. */
export function policyCitationTitle(
  subjects: readonly string[],
  category: string | undefined,
  locale: Locale,
): string {
  const subject = subjects.length > 0 ? joinClauses(subjects, locale) : category;
  return subject ? render('citation_policy_for', locale, { subject }) : render('citation_policy', locale);
}
