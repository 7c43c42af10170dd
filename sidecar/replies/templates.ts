import { SHOPPER_TEMPLATES } from './shopper-templates.js';
/**
 * Approved reply templates: data with named `{slots}`. A slot is filled only with a value a handler
 * returned from a deterministic source (Magento, the policy engine, the action engine), already
 * formatted for the locale. Adding a locale = adding a column here.
 */
import { FLOW_TEMPLATES } from './flow-templates.js';

export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];

type TemplateTable = Record<string, Record<Locale, string>>;

export const TEMPLATES = {
  // The flows' questions, confirmations and outcomes (sidecar/flows) live in their own table.
  ...FLOW_TEMPLATES,
  // Shopper words for Magento's codes (order states, carriers, shipping methods, citation titles) and
  // the words flows put inside other templates. A key defined again below would replace one: a test forbids it.
  ...SHOPPER_TEMPLATES,
  greeting: {
    en: 'Hi! Welcome to {store}. I can help you find a product, check on an order, or answer questions about returns, shipping and warranty. You can ask for a person at any time.',
    fr: 'Bonjour et bienvenue chez {store} ! Je peux vous aider à trouver un produit, suivre une commande ou répondre à vos questions sur les retours, la livraison et la garantie. Vous pouvez demander à parler à quelqu’un à tout moment.',
  },
  thanks: {
    en: "You're welcome! Is there anything else I can help with?",
    fr: 'Avec plaisir ! Puis-je vous aider pour autre chose ?',
  },
  goodbye: { en: 'Thanks for chatting. Have a great day!', fr: 'Merci pour cet échange. Bonne journée !' },
  affirm_nothing_pending: {
    en: 'Great. What would you like to do next?',
    fr: 'Parfait. Que souhaitez-vous faire ensuite ?',
  },
  not_understood: {
    en: "Sorry, I didn't quite get that. I can help with products, orders, returns and store policies, or connect you with a person.",
    fr: 'Désolé, je n’ai pas bien compris. Je peux vous aider pour les produits, les commandes, les retours et les conditions du magasin, ou vous mettre en relation avec une personne.',
  },
  out_of_scope: {
    en: 'I can only help with this store: products, orders, returns, shipping and warranty. Is there something along those lines I can do for you?',
    fr: 'Je ne peux vous aider que pour ce magasin : produits, commandes, retours, livraison et garantie. Puis-je faire quelque chose dans ce domaine ?',
  },
  safety_refusal: {
    en: "I can't help with that request, but I'm happy to help with products, orders or store policies.",
    fr: 'Je ne peux pas donner suite à cette demande, mais je peux vous aider pour les produits, les commandes ou les conditions du magasin.',
  },
  account_help: {
    en: "For account questions (password, address, email), use 'My Account' after signing in, or 'Forgot your password?' on the sign-in page. If that doesn't solve it, I can connect you with a person.",
    fr: 'Pour votre compte (mot de passe, adresse, e-mail), utilisez « Mon compte » une fois connecté, ou « Mot de passe oublié ? » sur la page de connexion. Sinon, je peux vous mettre en relation avec une personne.',
  },
  product_description_quote: {
    en: 'The description of {name} says: "{quote}"',
    fr: 'La description de {name} indique : « {quote} »',
  },
  cart_help: {
    en: "I can't add items to a cart or place orders myself. On a product's page, choose its options and click 'Add to Cart'; the cart at the top of the page takes you to checkout. If something goes wrong there, I can connect you with a person.",
    fr: 'Je ne peux pas ajouter d’articles au panier ni passer commande moi-même. Sur la page du produit, choisissez ses options et cliquez sur « Ajouter au panier » ; le panier, en haut de la page, mène au paiement. En cas de problème, je peux vous mettre en relation avec une personne.',
  },
  cart_help_product: {
    en: "I can't add items to a cart or place orders myself, but {name} is one click away: open its page below, choose its options and click 'Add to Cart'; the cart at the top of the page takes you to checkout.",
    fr: 'Je ne peux pas ajouter d’articles au panier ni passer commande moi-même, mais {name} est à portée de clic : ouvrez sa page ci-dessous, choisissez ses options et cliquez sur « Ajouter au panier » ; le panier, en haut de la page, mène au paiement.',
  },
  search_results: {
    // "matching your search" agrees with one product and with several ("Here is one product that match").
    en: 'Here {count_phrase} matching your search{constraints}:\n{list}',
    fr: 'Voici {count_phrase} correspondant à votre recherche{constraints} :\n{list}',
  },
  search_results_unmet: {
    en: 'None of these is described as {unmet}; they are the closest I found{constraints}:\n{list}',
    fr: 'Aucun de ces produits n’est décrit comme « {unmet} » ; ce sont les plus proches que j’ai trouvés{constraints} :\n{list}',
  },
  search_more_results: {
    en: 'More products that match{constraints}:\n{list}',
    fr: 'D’autres produits correspondants{constraints} :\n{list}',
  },
  search_no_more: {
    en: "That's everything I found for that{constraints}. Could you describe it another way? I can also connect you with a person.",
    fr: 'C’est tout ce que j’ai trouvé{constraints}. Pouvez-vous le décrire autrement ? Je peux aussi vous mettre en relation avec une personne.',
  },
  // A refinement ("cheaper", "in blue", "show me more") that finds nothing more of the kind searched
  // for says so instead of showing other products. {kind} is the shopper's word for it ("boots").
  search_kind_only_one: {
    en: 'That\'s the only product I found for "{kind}"{constraints}. I can also connect you with a person.',
    fr: 'C’est le seul produit que j’ai trouvé pour « {kind} »{constraints}. Je peux aussi vous mettre en relation avec une personne.',
  },
  search_kind_no_more: {
    en: 'Those are all the products I found for "{kind}"{constraints}. I can also connect you with a person.',
    fr: 'Ce sont tous les produits que j’ai trouvés pour « {kind} »{constraints}. Je peux aussi vous mettre en relation avec une personne.',
  },
  search_kind_none_cheaper: {
    en: 'I found nothing cheaper for "{kind}"{constraints}. I can also connect you with a person.',
    fr: 'Je n’ai rien trouvé de moins cher pour « {kind} »{constraints}. Je peux aussi vous mettre en relation avec une personne.',
  },
  search_kind_none: {
    en: 'I found nothing for "{kind}"{constraints}. Could you describe it another way? I can also connect you with a person.',
    fr: 'Je n’ai rien trouvé pour « {kind} »{constraints}. Pouvez-vous le décrire autrement ? Je peux aussi vous mettre en relation avec une personne.',
  },
  // A search for a kind of product no product of the store is, by its words or their meaning
  // ("beanies"): said so, with the store's top categories when known, instead of unrelated products.
  search_not_carried: {
    en: 'I couldn\'t find "{kind}" in this store. Could you describe it another way? I can also connect you with a person.',
    fr: 'Je n’ai pas trouvé « {kind} » dans ce magasin. Pouvez-vous le décrire autrement ? Je peux aussi vous mettre en relation avec une personne.',
  },
  search_not_carried_categories: {
    en: 'I couldn\'t find "{kind}" in this store. It carries {categories}. Would you like to look at one of those? I can also connect you with a person.',
    fr: 'Je n’ai pas trouvé « {kind} » dans ce magasin. Il propose : {categories}. Voulez-vous regarder l’une de ces catégories ? Je peux aussi vous mettre en relation avec une personne.',
  },
  // A search's constraints after "matching your search": " (within your budget, Color: Blue)".
  search_constraints: { en: ' ({list})', fr: ' ({list})' },
  constraint_cheaper: { en: 'cheaper than the ones before', fr: 'moins chers que les précédents' },
  search_none: {
    en: "I couldn't find products matching that{constraints}. Could you describe it another way? I can also connect you with a person.",
    fr: 'Je n’ai pas trouvé de produit correspondant{constraints}. Pouvez-vous le décrire autrement ? Je peux aussi vous mettre en relation avec une personne.',
  },
  product_line: { en: '{n}. {name}: {price}, {stock}', fr: '{n}. {name} : {price}, {stock}' },
  need_product: {
    en: "Which product do you mean? Tell me its name, or describe it and I'll look for it.",
    fr: 'De quel produit parlez-vous ? Donnez-moi son nom, ou décrivez-le et je le recherche.',
  },
  // "Trail Laptop 14 — Battery life: 9 hours.": one colon, the fact's own (not "Trail Laptop 14: Battery life: 9").
  product_facts: { en: '{name} — {facts}.', fr: '{name} — {facts}.' },
  product_no_fact: {
    // {topic} is the shopper's own words ('heavy rain', 'pocket'), quoted: not always a noun phrase.
    en: 'The product details for {name} don\'t mention "{topic}". I can connect you with a person who can check.',
    fr: 'La fiche de {name} ne dit rien sur « {topic} ». Je peux vous mettre en relation avec une personne qui pourra vérifier.',
  },
  product_reviews: {
    en: 'Customers rate it {rating} out of 5 across {count} reviews.',
    fr: 'Les clients lui donnent en moyenne {rating} sur 5, d’après {count} avis.',
  },
  product_reviews_named: {
    en: '{name}: customers rate it {rating} out of 5 across {count} reviews.',
    fr: '{name} : les clients lui donnent en moyenne {rating} sur 5, d’après {count} avis.',
  },
  product_no_reviews: {
    en: '{name} has no customer reviews yet.',
    fr: '{name} n’a pas encore d’avis clients.',
  },
  product_review_single: {
    en: 'One customer has reviewed it so far, giving it {rating} out of 5.',
    fr: 'Un client l’a évalué pour l’instant : {rating} sur 5.',
  },
  product_review_quote: { en: 'A reviewer wrote: "{quote}"', fr: 'Un client a écrit : « {quote} »' },
  product_review_quote_named: {
    en: 'A reviewer of {name} wrote: "{quote}"',
    fr: 'Un client a écrit à propos de {name} : « {quote} »',
  },
  assistant_identity: {
    en: "I'm the store's automated assistant, not a person. I can help with products, orders, returns and store policies, and bring in someone from our team whenever you like.",
    fr: 'Je suis l’assistant automatique de la boutique, pas une personne. Je peux vous aider pour les produits, les commandes, les retours et les conditions de la boutique, et vous mettre en relation avec quelqu’un de l’équipe quand vous le souhaitez.',
  },
  product_summary: { en: '{name} costs {price} and is {stock}.', fr: '{name} coûte {price} et est {stock}.' },
  compare_intro: {
    en: 'Here is how they compare, with prices and stock checked just now:\n{table}',
    fr: 'Voici la comparaison, avec les prix et le stock vérifiés à l’instant :\n{table}',
  },
  compare_need_two: {
    en: 'Which products should I compare? Name two or three, or search first and say "compare the first two".',
    fr: 'Quels produits dois-je comparer ? Citez-en deux ou trois, ou faites une recherche puis dites « compare les deux premiers ».',
  },
  availability: {
    en: '{name} costs {price} and is {stock}{qty}.',
    fr: '{name} coûte {price} et est {stock}{qty}.',
  },
  availability_few_left: {
    en: ' (only {count} left)',
    fr: ' (plus que {count})',
  },
  variant_in_stock: {
    en: '{name} is in stock in {wanted}.',
    fr: '{name} est en stock en {wanted}.',
  },
  variant_in_stock_options: {
    en: '{name} is in stock in {wanted} ({options}).',
    fr: '{name} est en stock en {wanted} ({options}).',
  },
  variant_sold_out: {
    en: '{name} in {wanted} is sold out right now.',
    fr: '{name} en {wanted} : plus en stock pour le moment.',
  },
  variant_sold_out_alternatives: {
    en: '{name} in {wanted} is sold out right now; it is in stock in {alternatives}.',
    fr: '{name} en {wanted} : plus en stock pour le moment ; en stock en {alternatives}.',
  },
  variant_not_offered: {
    en: "{name} doesn't come in {wanted}; it comes in {offered}.",
    fr: '{name} n’existe pas en {wanted} ; disponible en {offered}.',
  },
  price_special: {
    en: '{name} is on sale: {price} instead of {regular_price}.',
    fr: '{name} est en promotion : {price} au lieu de {regular_price}.',
  },
  price_regular: {
    en: "{name} costs {price}. I don't see a promotion on it right now.",
    fr: '{name} coûte {price}. Je ne vois pas de promotion en ce moment.',
  },
  order_need_number: {
    en: "Which order is it about? Please give me the order number: you'll find it in your confirmation email.",
    fr: 'De quelle commande s’agit-il ? Donnez-moi le numéro de commande : il figure dans l’e-mail de confirmation.',
  },
  order_guest_verify: {
    en: 'To protect your privacy, please give me the email address used for that order and the billing last name or postcode.',
    fr: 'Pour protéger vos données, indiquez l’adresse e-mail utilisée pour cette commande et le nom de famille ou le code postal de facturation.',
  },
  order_verification_failed: {
    en: "I couldn't verify those details. Please check the order number, the email address and the last name or postcode, and try again.",
    fr: 'Je n’ai pas pu vérifier ces informations. Vérifiez le numéro de commande, l’adresse e-mail et le nom ou le code postal, puis réessayez.',
  },
  order_not_in_account: {
    en: "I couldn't find that order number in your account. Please check it; I can also connect you with a person.",
    fr: 'Je ne trouve pas ce numéro de commande dans votre compte. Vérifiez-le ; je peux aussi vous mettre en relation avec une personne.',
  },
  order_status: {
    en: 'Order {number}, placed on {date}, is {status}. Total: {total}.',
    fr: 'La commande {number}, passée le {date}, est {status}. Total : {total}.',
  },
  order_tracking: {
    en: 'It shipped on {shipped} with {carrier}, tracking number {tracking}.',
    fr: 'Elle a été expédiée le {shipped} par {carrier}, numéro de suivi {tracking}.',
  },
  order_list: { en: 'Your recent orders:\n{list}', fr: 'Vos commandes récentes :\n{list}' },
  order_list_line: {
    en: '• {number} ({date}): {status}, {total}',
    fr: '• {number} ({date}) : {status}, {total}',
  },
  order_items: { en: 'It holds: {items}.', fr: 'Elle contient : {items}.' },
  order_list_matching: {
    en: 'Your orders that fit:\n{list}',
    fr: 'Vos commandes qui correspondent :\n{list}',
  },
  order_list_matching_line: {
    en: '• {number} ({date}): {items}. {status}, {total}',
    fr: '• {number} ({date}) : {items}. {status}, {total}',
  },
  order_list_none_fit: {
    en: "I couldn't find an order of yours that fits that.",
    fr: 'Je ne trouve aucune de vos commandes qui corresponde.',
  },
  order_list_older: { en: 'Your earlier orders:\n{list}', fr: 'Vos commandes précédentes :\n{list}' },
  order_list_more_hint: {
    en: 'There are {count} older ones: ask for more orders to see them.',
    fr: 'Il y en a {count} plus anciennes : demandez d’autres commandes pour les voir.',
  },
  order_list_no_more: {
    en: 'Those were all of your orders.',
    fr: 'Ce sont toutes vos commandes.',
  },
  chip_more_orders: { en: 'Show more orders', fr: 'Voir d’autres commandes' },
  order_list_empty: {
    en: "I don't see any orders in your account.",
    fr: 'Je ne vois aucune commande dans votre compte.',
  },
  order_list_guest: {
    en: 'Please sign in to see your orders, or give me an order number and I will verify it with you.',
    fr: 'Connectez-vous pour voir vos commandes, ou donnez-moi un numéro de commande et je le vérifierai avec vous.',
  },
  too_many_attempts: {
    en: 'Too many verification attempts. Please wait a few minutes, or ask for a person.',
    fr: 'Trop de tentatives de vérification. Patientez quelques minutes ou demandez à parler à une personne.',
  },
  policy_intro: { en: 'For {applies_to}:', fr: 'Pour {applies_to} :' },
  policy_return_window: {
    en: 'returns are accepted within {days} days of delivery',
    fr: 'les retours sont acceptés dans les {days} jours suivant la livraison',
  },
  policy_final_sale: {
    en: 'this is final sale, so it cannot be returned',
    fr: 'il s’agit d’une vente définitive, sans retour possible',
  },
  policy_return_fee: { en: 'return shipping costs {fee}', fr: 'le retour coûte {fee}' },
  policy_return_fee_free: { en: 'return shipping is free', fr: 'le retour est gratuit' },
  policy_restocking: {
    en: 'a {percent}% restocking fee applies',
    fr: 'des frais de remise en stock de {percent} % s’appliquent',
  },
  policy_exchange: { en: 'exchanges are {allowed}', fr: 'les échanges sont {allowed}' },
  policy_warranty: { en: 'the warranty is {months} months', fr: 'la garantie est de {months} mois' },
  policy_no_warranty: {
    en: 'there is no store warranty beyond the legal minimum',
    fr: 'il n’y a pas de garantie magasin au-delà du minimum légal',
  },
  policy_price_match: { en: 'we match prices{exclusions}', fr: 'nous alignons nos prix{exclusions}' },
  policy_no_price_match: {
    en: "we don't offer price matching",
    fr: 'nous ne pratiquons pas l’alignement de prix',
  },
  policy_free_shipping: {
    en: 'shipping is free on orders from {threshold}',
    fr: 'la livraison est gratuite dès {threshold} de commande',
  },
  policy_no_free_shipping: { en: 'shipping is not free', fr: 'la livraison n’est pas gratuite' },
  policy_delivery: {
    en: 'delivery takes {ranges} business days after dispatch',
    fr: 'la livraison prend {ranges} jours ouvrés après expédition',
  },
  policy_which_product: {
    en: 'It depends on the product. Which product or category is it about?',
    fr: 'Cela dépend du produit. De quel produit ou de quelle catégorie s’agit-il ?',
  },
  // The page is named in the citation, not in the text: a page title ("Price Match") is not a claim.
  // Verbatim from the merchant's page, attributed; the page is named in the citation.
  policy_page_quote: {
    en: 'From our policy page: "{quote}"',
    fr: 'Extrait de nos conditions : « {quote} »',
  },
  policy_more: {
    en: 'The full policy is linked in the sources below.',
    fr: 'Les conditions complètes sont en lien dans les sources ci-dessous.',
  },
  unverified_handoff: {
    en: "I can't confirm that from the store's own information, so I won't guess.",
    fr: 'Je ne peux pas le confirmer à partir des informations du magasin, je préfère ne pas deviner.',
  },
  policy_none: {
    en: "I don't have the store's rule for that, so I won't guess.",
    fr: 'Je n’ai pas la règle du magasin pour cela, je préfère ne pas deviner.',
  },
  // Said after whatever the turn said before (an acknowledgement, "I won't guess", a flow's outcome), or
  // alone: it announces the handoff once, so the text before it must not announce it too.
  handoff: {
    en: "A person from our support team will take it from here (reference {ticket}). They will see everything we discussed, so you won't have to repeat yourself.{contact}",
    fr: 'Une personne de notre équipe prend le relais (référence {ticket}). Elle verra tout notre échange : vous n’aurez pas à vous répéter.{contact}',
  },
  handoff_contact: {
    en: ' You can also reach them at {contact}.',
    fr: ' Vous pouvez aussi la joindre à {contact}.',
  },
  complaint_ack: {
    en: "I'm sorry about this experience.",
    fr: 'Je suis désolé pour cette expérience.',
  },
  legal_ack: {
    en: 'Privacy and data requests are handled by our team.',
    fr: 'Les demandes relatives aux données personnelles sont traitées par notre équipe.',
  },
  b2b_ack: {
    en: 'Business and bulk quotes are prepared by our sales team.',
    fr: 'Les devis professionnels et en volume sont préparés par notre équipe commerciale.',
  },
  action_need_order: {
    en: 'Which order is it about? Please give me the order number.',
    fr: 'De quelle commande s’agit-il ? Donnez-moi le numéro de commande.',
  },
  action_result: { en: '{text}', fr: '{text}' },
  // A person from the store, in the customer's widget (the inbox). {name}: the operator's display name.
  agent_label: { en: '{name}, from our team', fr: '{name}, de notre équipe' },
  agent_joined: {
    en: "Hello, I'm {name} from the store's team. I've read our conversation and I'm here to help.",
    fr: 'Bonjour, je suis {name}, de l’équipe du magasin. J’ai lu notre échange et je suis là pour vous aider.',
  },
  agent_handed_back: {
    en: 'The assistant is back with you. Ask for a person again at any time.',
    fr: 'L’assistant reprend la conversation. Vous pouvez redemander une personne à tout moment.',
  },
  agent_resolved: {
    en: 'Our team has closed this request. Write here again if you need anything else.',
    fr: 'Notre équipe a clos cette demande. Écrivez-nous ici si vous avez besoin d’autre chose.',
  },
  // A handoff outside the store view's business hours (sidecar/escalation/after-hours.ts): when the team
  // opens next, from Stores › Configuration › Verity › Handoff › Business hours; {zone}: its time zone.
  after_hours_notice: {
    en: 'Our team is not available right now. A person will answer {opens} ({zone} time), here in this chat.{contact}',
    fr: 'Notre équipe n’est pas disponible pour le moment. Une personne vous répondra {opens} (heure {zone}), ici dans cette conversation.{contact}',
  },
  after_hours_today: { en: 'today from {time}', fr: 'aujourd’hui à partir de {time}' },
  after_hours_tomorrow: { en: 'tomorrow from {time}', fr: 'demain à partir de {time}' },
  after_hours_day: { en: 'on {day} from {time}', fr: '{day} à partir de {time}' },
  // Co-pilot drafts: an answer an agent starts from, built from the handing-off turn's facts.
  copilot_opening: {
    en: 'Thank you for waiting.',
    fr: 'Merci de votre patience.',
  },
  copilot_approve: {
    en: 'Your {action} request for order {number} is approved.',
    fr: 'Votre demande de {action} pour la commande {number} est acceptée.',
  },
  copilot_deny: {
    en: "I've looked at your {action} request for order {number}, and I'm sorry, but our policy does not allow it.",
    fr: 'J’ai examiné votre demande de {action} pour la commande {number} et, désolé, nos conditions ne le permettent pas.',
  },
  copilot_review: {
    en: "I'm reviewing your {action} request for order {number} myself and will get back to you.",
    fr: 'Je traite moi-même votre demande de {action} pour la commande {number} et je reviens vers vous.',
  },
  copilot_evidence: {
    en: 'To go ahead with your {action} request for order {number}, please send a photo of the problem here.',
    fr: 'Pour donner suite à votre demande de {action} pour la commande {number}, envoyez-nous ici une photo du problème.',
  },
  copilot_action_refund: { en: 'refund', fr: 'remboursement' },
  copilot_action_return: { en: 'return', fr: 'retour' },
  copilot_action_cancel: { en: 'cancellation', fr: 'annulation' },
  copilot_action_coupon: { en: 'coupon', fr: 'bon de réduction' },
  copilot_policy: { en: 'Our policy: {clauses}.', fr: 'Nos conditions : {clauses}.' },
  copilot_closing: {
    en: 'Is there anything else I can help with?',
    fr: 'Puis-je vous aider pour autre chose ?',
  },
  order_needs_sign_in: {
    en: 'That order was placed from a customer account, so I can only show it after you sign in to that account.',
    fr: 'Cette commande a été passée depuis un compte client : je ne peux l’afficher qu’une fois connecté à ce compte.',
  },
  too_many_requests: {
    en: "You've sent several requests in a short time, so I'll pause here for a few minutes. A person can help you right away if you ask.",
    fr: 'Vous avez envoyé plusieurs demandes en peu de temps, je fais donc une pause de quelques minutes. Une personne peut vous aider tout de suite si vous le demandez.',
  },
  store_unavailable: {
    en: "I'm sorry, the store's system is not answering right now, so I can't check that. Your message is saved. Would you like me to pass this to a person?",
    fr: 'Désolé, le système du magasin ne répond pas pour le moment, je ne peux donc pas vérifier cela. Votre message est enregistré. Voulez-vous que je transmette votre demande à une personne ?',
  },
} as const satisfies TemplateTable;

export type TemplateKey = keyof typeof TEMPLATES;

/** The `{slot}` names of a template string, read by the type checker from the template itself. */
type SlotsOf<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | SlotsOf<Rest>
  : never;

/** The slots a template needs (every locale has the same ones; a test checks it). */
export type TemplateSlots<K extends TemplateKey> = SlotsOf<(typeof TEMPLATES)[K]['en']>;

/** Templates that take no slots (fixed replies). */
export type SlotlessTemplateKey = {
  [K in TemplateKey]: [TemplateSlots<K>] extends [never] ? K : never;
}[TemplateKey];
