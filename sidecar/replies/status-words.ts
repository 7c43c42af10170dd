import type { Locale } from './templates.js';

/**
 * The words a `{status}` slot is said with. Callers pass Magento's status code or the English label the
 * order tools make of it (sidecar/tools/order-access.ts: "being processed", "closed (refunded)"); `render`
 * says it in the reply's language, so "La commande … est complete" cannot happen. English keeps the
 * words the verifier reads ("is complete", "is canceled", "is on hold"), minus brackets. A status the
 * merchant created, and English without brackets, are said as given. Replies built with `orderStatusReply` do not need this.
 */
const WORDS: Record<string, Record<Locale, string>> = {
  new: { en: 'not yet processed', fr: 'en attente de traitement' },
  pending: { en: 'not yet processed', fr: 'en attente de traitement' },
  pending_payment: { en: 'waiting for payment', fr: 'en attente de paiement' },
  processing: { en: 'being processed', fr: 'en cours de préparation' },
  holded: { en: 'on hold', fr: 'en attente' },
  payment_review: { en: 'being reviewed', fr: 'en cours de vérification' },
  fraud: { en: 'being reviewed', fr: 'en cours de vérification' },
  complete: { en: 'complete', fr: 'expédiée' },
  closed: { en: 'refunded', fr: 'remboursée' },
  canceled: { en: 'canceled', fr: 'annulée' },
};

/** order-access.ts's English labels, back to their codes. */
const FROM_LABEL: Record<string, string> = {
  'pending (not yet processed)': 'pending',
  'waiting for payment': 'pending_payment',
  'being processed': 'processing',
  'on hold': 'holded',
  'in payment review': 'payment_review',
  'under review': 'fraud',
  'closed (refunded)': 'closed',
  cancelled: 'canceled',
};

export function statusWords(value: string, locale: Locale): string {
  // English is said as given ("is Complete" from Magento's label), but for an aside in brackets.
  if (locale === 'en' && !value.includes('(')) return value;
  const key = value.trim().toLowerCase();
  const code = FROM_LABEL[key] ?? key.replace(/ /g, '_');
  return WORDS[code]?.[locale] ?? value;
}
