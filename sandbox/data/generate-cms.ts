import type { CmsPage } from './fixture-schema.js';
import { FR_STORE_ID } from './generate-stores.js';
import { magentoDate } from './random.js';

interface PageText {
  identifier: string;
  title: string;
  content: string;
}

/** Policy prose consistent with the `verity/policy/rules` rows of generate-config.ts; all store views. */
const PAGES: readonly PageText[] = [
  {
    identifier: 'returns',
    title: 'Returns & Refunds',
    content: `<h2>Returns &amp; Refunds</h2>
<p>Changed your mind? In the United States you can return most items within <strong>30 days</strong> of delivery for a full refund. Return shipping is free.</p>
<ul>
<li><strong>Laptops:</strong> 15-day return window; opened laptops carry a <strong>15% restocking fee</strong>.</li>
<li><strong>Clearance items</strong> are final sale and cannot be returned or exchanged.</li>
<li>Items bought from <strong>marketplace sellers</strong> can be returned within 14 days; a return shipping fee of $7.95 applies.</li>
</ul>
<p><strong>Europe:</strong> orders from our Europe store can be returned within <strong>60 days</strong> (laptops: 30 days, 10% restocking fee when opened).</p>
<p>Refunds go back to the original payment method within 5–10 business days after we receive the item. Exchanges are available for a different size or colour.</p>`,
  },
  {
    identifier: 'shipping',
    title: 'Shipping & Delivery',
    content: `<h2>Shipping &amp; Delivery</h2>
<p>Standard shipping (flat rate) takes <strong>3–5 business days</strong>; Express takes <strong>1–2 business days</strong>.</p>
<p>Standard shipping is <strong>free on orders of $50 or more</strong>; otherwise it costs $5.99. Express costs $19.99.</p>
<p>Europe: standard 4–7 business days, express 2–3 business days, free standard shipping from €60 (otherwise €6.95).</p>
<p>You receive a tracking number by e-mail as soon as your parcel leaves our warehouse.</p>`,
  },
  {
    identifier: 'warranty',
    title: 'Warranty',
    content: `<h2>Warranty</h2>
<p>Every product comes with at least a <strong>12-month</strong> limited warranty against manufacturing defects. Laptops are covered for <strong>24 months</strong>, and every order from our Europe store has the 24-month legal guarantee.</p>
<p>To make a claim, contact support with your order number and a photo of the defect. Damage caused by accidents or misuse is not covered.</p>`,
  },
  {
    identifier: 'price-match',
    title: 'Price Match Promise',
    content: `<h2>Price Match Promise</h2>
<p>Found it cheaper? In our US store we match the price of identical, in-stock items sold by major US retailers, up to 14 days after your purchase.</p>
<p>Exclusions: <strong>clearance</strong> items and offers from <strong>marketplace sellers</strong>. Our Europe store does not offer price matching.</p>`,
  },
  {
    identifier: 'privacy',
    title: 'Privacy Policy',
    content: `<h2>Privacy Policy</h2>
<p>We collect the data needed to process your orders (name, addresses, e-mail, order history) and keep it for as long as the law requires. Our support assistant sees only the orders of the customer who is signed in.</p>
<p>You can ask for a copy of your data or its deletion at any time by writing to privacy@shop.example.com.</p>`,
  },
  {
    identifier: 'faq',
    title: 'Frequently Asked Questions',
    content: `<h2>FAQ</h2>
<h3>Can I change my order?</h3><p>Orders can be changed or canceled until they are invoiced — usually within an hour of ordering.</p>
<h3>Where is my order?</h3><p>Sign in and open <em>My Orders</em>, or use the tracking link in your shipping e-mail.</p>
<h3>Do you ship internationally?</h3><p>We ship to the United States and, from our Europe store, to the European Union.</p>`,
  },
];

/**
 * The French store view's own pages (Europe website values only), under the same identifiers: Magento
 * serves a store view's page before the all-store-views page of the same identifier.
 */
const FRENCH_PAGES: readonly PageText[] = [
  {
    identifier: 'returns',
    title: 'Retours et remboursements',
    content: `<h2>Retours et remboursements</h2>
<p>Vous avez changé d’avis ? Vous pouvez retourner la plupart des articles dans les <strong>60 jours</strong> suivant la livraison pour un remboursement complet. Le retour est gratuit.</p>
<ul>
<li><strong>Ordinateurs portables :</strong> 30 jours ; des <strong>frais de remise en stock de 10 %</strong> s’appliquent aux ordinateurs ouverts.</li>
<li>Les articles en <strong>déstockage</strong> sont en vente définitive : ni retour ni échange.</li>
<li>Les articles achetés auprès de <strong>vendeurs partenaires</strong> (marketplace) peuvent être retournés sous 14 jours ; des frais de retour de 7,95 € s’appliquent.</li>
</ul>
<p>Le remboursement est effectué sur le moyen de paiement d’origine sous 5 à 10 jours ouvrés après réception de l’article. Les échanges sont possibles pour une autre taille ou une autre couleur.</p>`,
  },
  {
    identifier: 'shipping',
    title: 'Livraison',
    content: `<h2>Livraison</h2>
<p>La livraison standard prend <strong>4 à 7 jours ouvrés</strong>, la livraison express <strong>2 à 3 jours ouvrés</strong>.</p>
<p>La livraison standard est <strong>gratuite dès 60 € d’achat</strong> ; sinon elle coûte 6,95 €.</p>
<p>Vous recevez un numéro de suivi par e-mail dès que votre colis quitte notre entrepôt.</p>`,
  },
  {
    identifier: 'warranty',
    title: 'Garantie',
    content: `<h2>Garantie</h2>
<p>Toutes les commandes de notre boutique Europe bénéficient de la <strong>garantie légale de 24 mois</strong> contre les défauts de fabrication.</p>
<p>Pour faire jouer la garantie, contactez le service client avec votre numéro de commande et une photo du défaut. Les dommages dus à un accident ou à une mauvaise utilisation ne sont pas couverts.</p>`,
  },
  {
    identifier: 'price-match',
    title: 'Alignement de prix',
    content: `<h2>Alignement de prix</h2>
<p>Notre boutique Europe ne pratique pas l’alignement de prix.</p>`,
  },
  {
    identifier: 'privacy',
    title: 'Politique de confidentialité',
    content: `<h2>Politique de confidentialité</h2>
<p>Nous collectons les données nécessaires au traitement de vos commandes (nom, adresses, e-mail, historique de commandes) et les conservons aussi longtemps que la loi l’exige. Notre assistant ne voit que les commandes du client connecté.</p>
<p>Vous pouvez demander une copie de vos données ou leur suppression à tout moment en écrivant à privacy@shop.example.com.</p>`,
  },
  {
    identifier: 'faq',
    title: 'Questions fréquentes',
    content: `<h2>FAQ</h2>
<h3>Puis-je modifier ma commande ?</h3><p>Une commande peut être modifiée ou annulée tant qu’elle n’est pas facturée, en général dans l’heure qui suit.</p>
<h3>Où est ma commande ?</h3><p>Connectez-vous et ouvrez <em>Mes commandes</em>, ou suivez le lien de suivi de l’e-mail d’expédition.</p>
<h3>Livrez-vous à l’international ?</h3><p>Notre boutique Europe livre dans toute l’Union européenne.</p>`,
  },
];

export function generateCmsPages(now: Date): CmsPage[] {
  const created = magentoDate(new Date(now.getTime() - 365 * 86_400_000));
  const updated = magentoDate(new Date(now.getTime() - 30 * 86_400_000));
  const page = (p: PageText, id: number, storeIds: number[]): CmsPage => ({
    id,
    identifier: p.identifier,
    title: p.title,
    page_layout: '1column',
    meta_title: p.title,
    meta_keywords: '',
    meta_description: '',
    content_heading: p.title,
    content: p.content,
    creation_time: created,
    update_time: updated,
    sort_order: '0',
    active: true,
    store_id: storeIds,
  });
  return [
    ...PAGES.map((p, i) => page(p, i + 10, [0])),
    ...FRENCH_PAGES.map((p, i) => page(p, i + 30, [FR_STORE_ID])),
  ];
}
