/**
 * The words a shopper reads for things Magento names with codes: order states, carriers, shipping
 * methods, citation titles. Part of the one template table (`TEMPLATES`); same slot rules. The codes
 * themselves (`complete`, `flatrate`, `ups`) never reach a reply: sidecar/replies/order-status.ts and
 * policy-clauses.ts turn them into these.
 */
export const SHOPPER_TEMPLATES = {
  // Where is my order, in shopper terms. The verifier reads the English status phrases
  // ("has shipped", "was delivered", "has been cancelled", "is on hold") against Magento's records.
  order_state_not_shipped: {
    en: "Order {number}, placed on {date}, hasn't shipped yet: we're preparing it. Total: {total}.",
    fr: 'La commande {number}, passée le {date}, n’est pas encore expédiée : nous la préparons. Total : {total}.',
  },
  order_state_awaiting_payment: {
    en: "Order {number}, placed on {date}, hasn't shipped yet: we're still waiting for the payment. Total: {total}.",
    fr: 'La commande {number}, passée le {date}, n’est pas encore expédiée : nous attendons encore le paiement. Total : {total}.',
  },
  order_state_in_review: {
    en: "Order {number}, placed on {date}, hasn't shipped yet: our team is reviewing it before it goes out. Total: {total}.",
    fr: 'La commande {number}, passée le {date}, n’est pas encore expédiée : notre équipe la vérifie avant l’envoi. Total : {total}.',
  },
  order_state_on_hold: {
    en: "Order {number}, placed on {date}, is on hold, so it hasn't shipped yet. Total: {total}.",
    fr: 'La commande {number}, passée le {date}, est en attente : elle n’est pas encore expédiée. Total : {total}.',
  },
  order_state_shipped: {
    en: 'Order {number}, placed on {date}, has shipped. Total: {total}.',
    fr: 'La commande {number}, passée le {date}, a été expédiée. Total : {total}.',
  },
  order_state_delivered: {
    en: 'Order {number}, placed on {date}, was delivered on {delivered}. Total: {total}.',
    fr: 'La commande {number}, passée le {date}, a été livrée le {delivered}. Total : {total}.',
  },
  order_state_canceled: {
    en: "Order {number}, placed on {date}, has been cancelled, so it won't ship. Total: {total}.",
    fr: 'La commande {number}, passée le {date}, a été annulée : elle ne sera pas expédiée. Total : {total}.',
  },
  order_state_refunded: {
    en: 'Order {number}, placed on {date}, has been refunded. Total: {total}.',
    fr: 'La commande {number}, passée le {date}, a été remboursée. Total : {total}.',
  },
  // A status the store added itself: its label, as the merchant wrote it in Magento.
  order_state_other: {
    en: 'Order {number}, placed on {date}, has the status “{status}”. Total: {total}.',
    fr: 'La commande {number}, passée le {date}, a le statut « {status} ». Total : {total}.',
  },
  order_shipped_with: {
    en: 'It went out on {shipped} with {carrier}, tracking number {tracking}.',
    fr: 'Elle est partie le {shipped} avec {carrier}, numéro de suivi {tracking}.',
  },
  order_shipped_on: {
    en: 'It went out on {shipped}.',
    fr: 'Elle est partie le {shipped}.',
  },
  order_track_link: {
    en: 'You can follow the parcel here: {url}',
    fr: 'Vous pouvez suivre le colis ici : {url}',
  },
  carrier_generic: { en: 'the carrier', fr: 'le transporteur' },
  // Short labels for order cards and lists (the widget shows them beside the number).
  order_label_not_shipped: { en: 'Not shipped yet', fr: 'Pas encore expédiée' },
  order_label_awaiting_payment: { en: 'Awaiting payment', fr: 'En attente de paiement' },
  order_label_in_review: { en: 'Being reviewed', fr: 'En cours de vérification' },
  order_label_on_hold: { en: 'On hold', fr: 'En attente' },
  order_label_shipped: { en: 'Shipped', fr: 'Expédiée' },
  order_label_delivered: { en: 'Delivered', fr: 'Livrée' },
  order_label_canceled: { en: 'Cancelled', fr: 'Annulée' },
  order_label_refunded: { en: 'Refunded', fr: 'Remboursée' },
  // Shipping methods, for delivery times (Magento's codes: flatrate, tablerate, freeshipping…).
  ship_method_standard: { en: 'standard shipping', fr: 'livraison standard' },
  ship_method_express: { en: 'express shipping', fr: 'livraison express' },
  ship_method_free: { en: 'free shipping', fr: 'livraison gratuite' },
  ship_method_pickup: { en: 'store pickup', fr: 'retrait en magasin' },
  ship_method_carrier: { en: '{carrier}', fr: '{carrier}' },
  delivery_range: { en: '{days} business days', fr: '{days} jours ouvrés' },
  delivery_range_method: { en: '{days} business days with {method}', fr: '{days} jours ouvrés en {method}' },
  policy_delivery_methods: {
    en: 'once dispatched, delivery takes {ranges}',
    fr: 'après expédition, comptez {ranges}',
  },
  policy_exchange_allowed: { en: 'exchanges are possible', fr: 'les échanges sont possibles' },
  policy_exchange_not_allowed: { en: 'exchanges are not possible', fr: 'les échanges sont impossibles' },
  policy_price_match_except: {
    en: 'we match prices, except {exclusions}',
    fr: 'nous alignons nos prix, sauf {exclusions}',
  },
  // Citations, titled for people: "Store policy", "Order 000000086". The policy rule answers warranty and
  // price-match questions too, so its title names no one topic ("Returns and shipping policy" under a warranty answer).
  citation_policy: { en: 'Store policy', fr: 'Conditions du magasin' },
  citation_policy_for: {
    en: 'Store policy: {subject}',
    fr: 'Conditions du magasin : {subject}',
  },
  citation_order: { en: 'Order {number}', fr: 'Commande {number}' },
  citation_tracking: { en: 'Parcel tracking {tracking}', fr: 'Suivi du colis {tracking}' },
  citation_product: { en: '{name}', fr: '{name}' },
  all_products: { en: 'all products', fr: 'tous les produits' },
  // A product fact, in words: "battery life: 11 hours", "weight: 1.2 kg".
  fact_value: { en: '{label}: {value}', fr: '{label} : {value}' },
  fact_value_unit: { en: '{label}: {value} {unit}', fr: '{label} : {value} {unit}' },
  // Words the flows put inside other templates' slots (stock, prices, counts, table headers).
  stock_in: { en: 'in stock', fr: 'en stock' },
  stock_out: { en: 'out of stock', fr: 'en rupture de stock' },
  stock_low: { en: ', with only {qty} left', fr: ', plus que {qty} en stock' },
  price_was: { en: '{price}, down from {regular_price}', fr: '{price} au lieu de {regular_price}' },
  count_one_product: { en: 'is one product', fr: 'un produit' },
  count_products: { en: 'are {count} products', fr: '{count} produits' },
  constraint_budget: { en: 'within your budget', fr: 'dans votre budget' },
  constraints_list: { en: ', {list}', fr: ', {list}' },
  table_product: { en: 'Product', fr: 'Produit' },
  table_price: { en: 'Price', fr: 'Prix' },
  table_stock: { en: 'Stock', fr: 'Stock' },
  table_rating: { en: 'Rating', fr: 'Note' },
  // Answer first, then the detail: "The Vortex 14 lasts longest: 11 hours."
  // A comparison question that names one thing ("which has the better battery?"): the winner, its value,
  // the others' values. {phrase} is one of the compare_<concept>_<direction> phrases below.
  compare_answer: {
    en: '{name} {phrase}: {value}, against {others}.',
    fr: '{name} {phrase} : {value}, contre {others}.',
  },
  compare_answer_other: { en: '{value} for {name}', fr: '{value} pour {name}' },
  compare_answer_same: {
    en: 'They have the same {noun}: {value}.',
    fr: 'Ils sont à égalité sur {noun} : {value}.',
  },
  compare_answer_values: {
    en: 'Here is the {noun} of each: {values}.',
    fr: 'Voici {noun} de chacun : {values}.',
  },
  compare_answer_not_listed: {
    en: "The {noun} isn't listed for {names}. I can connect you with a person who can check it.",
    fr: 'Les fiches de {names} n’indiquent pas {noun}. Je peux vous mettre en relation avec une personne qui pourra vérifier.',
  },
  compare_noun_price: { en: 'price', fr: 'le prix' },
  compare_noun_weight: { en: 'weight', fr: 'le poids' },
  compare_noun_battery: { en: 'battery life', fr: 'l’autonomie' },
  compare_noun_screen: { en: 'screen size', fr: 'la taille d’écran' },
  compare_noun_capacity: { en: 'capacity', fr: 'la capacité' },
  compare_noun_warranty: { en: 'warranty', fr: 'la garantie' },
  compare_noun_rating: { en: 'rating', fr: 'la note des clients' },
  compare_rating_value: { en: '{rating} out of 5 ({count} reviews)', fr: '{rating} sur 5 ({count} avis)' },
  compare_rating_value_one: { en: '{rating} out of 5 (one review)', fr: '{rating} sur 5 (un avis)' },
  compare_answer_no_reviews: {
    en: "{names} has no customer reviews yet, so I can't compare their ratings.",
    fr: '{names} n’a pas encore d’avis clients : je ne peux pas comparer leurs notes.',
  },
  // "{name} {phrase}": of two products (comparative), of three (superlative).
  compare_price_less: { en: 'is cheaper', fr: 'coûte moins cher' },
  compare_price_less_most: { en: 'is the cheapest', fr: 'coûte le moins cher' },
  compare_price_more: { en: 'is more expensive', fr: 'coûte plus cher' },
  compare_price_more_most: { en: 'is the most expensive', fr: 'coûte le plus cher' },
  compare_weight_less: { en: 'is lighter', fr: 'pèse moins lourd' },
  compare_weight_less_most: { en: 'is the lightest', fr: 'pèse le moins lourd' },
  compare_weight_more: { en: 'is heavier', fr: 'pèse plus lourd' },
  compare_weight_more_most: { en: 'is the heaviest', fr: 'pèse le plus lourd' },
  compare_battery_more: { en: 'lasts longer', fr: 'tient plus longtemps' },
  compare_battery_more_most: { en: 'lasts longest', fr: 'tient le plus longtemps' },
  compare_battery_less: { en: 'runs out sooner', fr: 'tient moins longtemps' },
  compare_battery_less_most: { en: 'runs out soonest', fr: 'tient le moins longtemps' },
  compare_screen_more: { en: 'has the bigger screen', fr: 'a le plus grand écran' },
  compare_screen_more_most: { en: 'has the biggest screen', fr: 'a le plus grand écran' },
  compare_screen_less: { en: 'has the smaller screen', fr: 'a le plus petit écran' },
  compare_screen_less_most: { en: 'has the smallest screen', fr: 'a le plus petit écran' },
  compare_capacity_more: { en: 'holds more', fr: 'a la plus grande capacité' },
  compare_capacity_more_most: { en: 'holds the most', fr: 'a la plus grande capacité' },
  compare_capacity_less: { en: 'holds less', fr: 'a la plus petite capacité' },
  compare_capacity_less_most: { en: 'holds the least', fr: 'a la plus petite capacité' },
  compare_warranty_more: { en: 'has the longer warranty', fr: 'a la garantie la plus longue' },
  compare_warranty_more_most: { en: 'has the longest warranty', fr: 'a la garantie la plus longue' },
  compare_warranty_less: { en: 'has the shorter warranty', fr: 'a la garantie la plus courte' },
  compare_warranty_less_most: { en: 'has the shortest warranty', fr: 'a la garantie la plus courte' },
  compare_rating_more: { en: 'is rated higher', fr: 'est mieux noté' },
  compare_rating_more_most: { en: 'is rated highest', fr: 'est le mieux noté' },
  compare_rating_less: { en: 'is rated lower', fr: 'est moins bien noté' },
  compare_rating_less_most: { en: 'is rated lowest', fr: 'est le moins bien noté' },
  // Out of stock: what else there is, and when it is back when the store says so.
  // Recommendations: why each product fits what the shopper asked for.
  recommend_reason_category: { en: 'from our {category} range', fr: 'de notre rayon {category}' },
  // Lists in a sentence: "a, b and c", "a or b".
  list_and: { en: '{rest} and {last}', fr: '{rest} et {last}' },
  list_or: { en: '{rest} or {last}', fr: '{rest} ou {last}' },
  // Quick replies (chips): the shopper's words, offered as buttons ("Talk to a human" is the flows' talk_to_human).
  chip_return_item: { en: 'I want to return an item', fr: 'Je veux retourner un article' },
  chip_find_product: { en: 'Find a product', fr: 'Trouver un produit' },
  chip_where_is_order: { en: 'Where is my order?', fr: 'Où est ma commande ?' },
  chip_return_policy: { en: 'Return policy', fr: 'Conditions de retour' },
  chip_compare_first_two: { en: 'Compare the first two', fr: 'Comparer les deux premiers' },
  chip_warranty: { en: "What's the warranty?", fr: 'Quelle est la garantie ?' },
} as const;
