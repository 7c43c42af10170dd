/**
 * The flows' words (sidecar/flows): questions a flow asks, confirmations with their exact consequence,
 * outcomes and refusals. Refusals are worded from the action engine's decision codes, never from its
 * rule sentences. Part of the one template table (`TEMPLATES`); same slot rules.
 */
export const FLOW_TEMPLATES = {
  order_pick: {
    en: 'Which order do you mean?\n{list}',
    fr: 'De quelle commande parlez-vous ?\n{list}',
  },
  order_pick_line: {
    en: '{number}, placed on {date} ({items}), {status}',
    fr: '{number}, passée le {date} ({items}), {status}',
  },
  order_no_match: {
    en: "I couldn't find an order of yours that fits that. Which order is it? You can give me its number.",
    fr: 'Je ne trouve aucune de vos commandes qui corresponde. De quelle commande s’agit-il ? Vous pouvez me donner son numéro.',
  },
  ask_items: {
    en: 'Which items from order {number} is it about?\n{list}',
    fr: 'Quels articles de la commande {number} sont concernés ?\n{list}',
  },
  items_already_refunded: {
    en: 'Already refunded, so nothing is left to ask for: {items}.',
    fr: 'Déjà remboursé, il ne reste donc rien à demander : {items}.',
  },
  item_line: { en: '- {name} (×{qty})', fr: '- {name} (×{qty})' },
  items_none_left: {
    en: 'Every item of order {number} has already been refunded or returned, so nothing is left to {verb}.',
    fr: 'Tous les articles de la commande {number} ont déjà été remboursés ou retournés : il ne reste rien à {verb}.',
  },
  confirm_return: {
    en: 'To confirm: return {items} from order {number}. You would get {amount} back once the items arrive{fee}. Shall I go ahead?',
    fr: 'Pour confirmer : retour de {items} de la commande {number}. Vous seriez remboursé de {amount} à réception des articles{fee}. Je lance la demande ?',
  },
  confirm_fee: {
    en: ' (after a {fee} restocking fee)',
    fr: ' (après des frais de remise en stock de {fee})',
  },
  confirm_refund: {
    en: 'To confirm: refund {amount} for {items} from order {number}, to the original payment method. Shall I go ahead?',
    fr: 'Pour confirmer : remboursement de {amount} pour {items} de la commande {number}, sur le moyen de paiement d’origine. Je lance le remboursement ?',
  },
  confirm_cancel: {
    en: 'To confirm: cancel order {number} ({items}, {amount}). A cancelled order cannot be restored. Shall I go ahead?',
    fr: 'Pour confirmer : annulation de la commande {number} ({items}, {amount}). Une commande annulée ne peut pas être rétablie. Je l’annule ?',
  },
  done_refund: {
    en: 'Done: {amount} is refunded for {items} from order {number} (reference {reference}). It goes back to the original payment method.',
    fr: 'C’est fait : {amount} remboursés pour {items} de la commande {number} (référence {reference}), sur le moyen de paiement d’origine.',
  },
  done_return: {
    en: 'Your return of {items} from order {number} is registered (reference {reference}). You will get {amount} back once the items arrive.',
    fr: 'Votre retour de {items} de la commande {number} est enregistré (référence {reference}). Vous serez remboursé de {amount} à réception des articles.',
  },
  handoff_withdrawn: {
    en: "All right. I've noted on your request for our team (reference {ticket}) that you no longer want it. Is there anything else I can help with?",
    fr: 'D’accord. J’ai indiqué sur votre demande à notre équipe (référence {ticket}) que vous n’en voulez plus. Puis-je vous aider pour autre chose ?',
  },
  refund_with_return: {
    en: 'Your return of {items} from order {number} is already registered (reference {reference}), so there is nothing new to request: the {amount} refund comes with it, to the original payment method, once the items arrive back.',
    fr: 'Votre retour de {items} de la commande {number} est déjà enregistré (référence {reference}) : il n’y a rien de nouveau à demander, le remboursement de {amount} suit ce retour, sur le moyen de paiement d’origine, à réception des articles.',
  },
  refund_timing_page: {
    en: 'How long a refund takes after that is on the returns page linked below.',
    fr: 'Le délai de remboursement après réception est indiqué sur la page des retours en lien ci-dessous.',
  },
  done_cancel: {
    en: 'Order {number} is cancelled.',
    fr: 'La commande {number} est annulée.',
  },
  done_coupon: {
    en: "I'm sorry about that. Here is a coupon for your next order: {code}.",
    fr: 'Toutes nos excuses. Voici un code de réduction pour votre prochaine commande : {code}.',
  },
  action_processing: {
    en: 'Your request for order {number} is accepted and being processed.',
    fr: 'Votre demande pour la commande {number} est acceptée et en cours de traitement.',
  },
  action_failed: {
    en: "The store couldn't complete this for order {number}, so a colleague will take it from here.",
    fr: 'Le magasin n’a pas pu finaliser cela pour la commande {number} : un collègue prend le relais.',
  },
  action_review: {
    en: "I've passed your request for order {number} to a colleague, who will get back to you.",
    fr: 'J’ai transmis votre demande pour la commande {number} à un collègue, qui reviendra vers vous.',
  },
  action_needs_evidence: {
    en: 'To go ahead with {items} from order {number}, I need a photo of the problem. Please attach one here, and I will take it from there.',
    fr: 'Pour traiter {items} de la commande {number}, il me faut une photo du problème. Joignez-la ici et je m’en occupe.',
  },
  already_refunded: {
    en: 'That refund was already issued for order {number} (reference {reference}). There is nothing more to do.',
    fr: 'Ce remboursement a déjà été effectué pour la commande {number} (référence {reference}). Il n’y a rien d’autre à faire.',
  },
  already_returned: {
    en: 'That return is already registered for order {number} (reference {reference}).',
    fr: 'Ce retour est déjà enregistré pour la commande {number} (référence {reference}).',
  },
  already_cancelled: {
    en: 'Order {number} is already cancelled.',
    fr: 'La commande {number} est déjà annulée.',
  },
  refusal_intro: {
    en: "I can't do that for order {number}.",
    fr: 'Je ne peux pas faire cela pour la commande {number}.',
  },
  refusal_window: {
    en: 'The {days}-day return window for {items} has passed.',
    fr: 'Le délai de retour de {days} jours pour {items} est dépassé.',
  },
  review_fee: {
    en: 'A {percent}% restocking fee applies to {items}.',
    fr: 'Des frais de remise en stock de {percent} % s’appliquent à {items}.',
  },
  refund_not_shipped: {
    en: "Order {number} hasn't shipped yet, so there is nothing delivered to refund. If you no longer want it, the order can be cancelled instead.",
    fr: 'La commande {number} n’est pas encore expédiée : rien n’a été livré à rembourser. Si vous n’en voulez plus, la commande peut être annulée à la place.',
  },
  refusal_final_sale: {
    en: '{items} was sold as final sale, which cannot be returned or refunded.',
    fr: '{items} a été vendu en vente finale, sans retour ni remboursement possible.',
  },
  refusal_shipped: {
    en: 'It has already shipped, so it can no longer be cancelled. Once it arrives, you can return it.',
    fr: 'Elle est déjà expédiée et ne peut plus être annulée. Une fois reçue, vous pourrez la retourner.',
  },
  refusal_not_shipped: {
    en: "It hasn't shipped yet, so there is nothing to return or refund for it yet.",
    fr: 'Elle n’est pas encore expédiée : il n’y a encore rien à retourner ou à rembourser.',
  },
  refusal_closed: {
    en: 'It is already cancelled or fully refunded, so nothing is left to refund.',
    fr: 'Elle est déjà annulée ou entièrement remboursée : il ne reste rien à rembourser.',
  },
  status_refunded: {
    en: 'Order {number} has already been refunded: {amount} in all, so there is nothing more to request.',
    fr: 'La commande {number} a déjà été remboursée : {amount} au total. Il n’y a rien de plus à demander.',
  },
  refusal_refunded: {
    en: 'It has already been refunded: {amount} in all.',
    fr: 'Elle a déjà été remboursée : {amount} au total.',
  },
  refusal_quantity: {
    en: 'Those items have already been refunded or returned.',
    fr: 'Ces articles ont déjà été remboursés ou retournés.',
  },
  refusal_on_hold: {
    en: 'It is on hold, so I cannot change it here.',
    fr: 'Elle est en attente : je ne peux pas la modifier ici.',
  },
  refusal_return_first: {
    en: 'For {items}, the refund comes with a return: ask me to return it and I will set that up.',
    fr: 'Pour {items}, le remboursement passe par un retour : demandez-moi de le retourner et je m’en occupe.',
  },
  refusal_coupon: {
    en: 'I have no coupon I may offer for this.',
    fr: 'Je n’ai pas de code de réduction que je puisse proposer pour cela.',
  },
  refusal_policy: {
    en: "The store's policy does not allow it for {items}.",
    fr: 'Les conditions du magasin ne le permettent pas pour {items}.',
  },
  refusal_offer_person: {
    en: 'If you think this is wrong, I can connect you with a person.',
    fr: 'Si vous pensez que c’est une erreur, je peux vous mettre en relation avec une personne.',
  },
  damage_not_shipped: {
    en: "Order {number} hasn't shipped yet, so nothing has reached you to be damaged. If you no longer want it, the order can be cancelled instead.",
    fr: 'La commande {number} n’est pas encore expédiée : rien ne vous est parvenu endommagé. Si vous n’en voulez plus, la commande peut être annulée à la place.',
  },
  deny_ack: {
    en: "All right, I haven't done anything: nothing has changed. Anything else I can help with?",
    fr: 'Très bien, je n’ai rien fait : rien n’a changé. Puis-je vous aider pour autre chose ?',
  },
  cancel_flow_ack: {
    en: "No problem, I've dropped that. Anything else I can help with?",
    fr: 'Pas de souci, j’abandonne cette demande. Puis-je vous aider pour autre chose ?',
  },
  // A "no" or "forget it" when nothing is under way or waiting for an answer (not "Great", which a yes gets).
  deny_nothing_pending: {
    en: 'All right. Is there anything else I can help with?',
    fr: 'D’accord. Puis-je vous aider pour autre chose ?',
  },
  clarify: {
    en: 'Just to be sure, do you want to {options}?',
    fr: 'Pour être sûr : vous voulez {options} ?',
  },
  unsupported_language: {
    en: 'Sorry, I can only chat in English here. I can connect you with a person if that helps.',
    fr: 'Désolé, je ne peux discuter qu’en français ici. Je peux vous mettre en relation avec une personne si besoin.',
  },
  ask_address: {
    en: 'What is the new delivery address, with its postcode?',
    fr: 'Quelle est la nouvelle adresse de livraison, avec son code postal ?',
  },
  confirm_address: {
    en: 'To confirm: the new delivery address for order {number} is "{address}". Is that right? A colleague will then update it, if the order hasn’t shipped yet.',
    fr: 'Pour confirmer : la nouvelle adresse de livraison de la commande {number} est « {address} ». Est-ce bien cela ? Un collègue la mettra ensuite à jour, si la commande n’est pas encore expédiée.',
  },
  order_guest_verify_rest: {
    en: 'Thanks. Now the billing last name or postcode for that order, please.',
    fr: 'Merci. Il me faut encore le nom de famille ou le code postal de facturation de cette commande.',
  },
  ask_coupon_reason: {
    en: 'I can offer a goodwill code when something went wrong with an order, such as a late, damaged or wrong delivery. What happened with yours?',
    fr: 'Je peux proposer un code de réduction quand une commande a posé problème : livraison en retard, article abîmé ou erroné. Que s’est-il passé avec la vôtre ?',
  },
  ask_variant: {
    en: 'Which size or colour would you like instead?',
    fr: 'Quelle taille ou quelle couleur souhaitez-vous à la place ?',
  },
  ask_competitor: {
    en: 'Where did you see the lower price, and what was it?',
    fr: 'Où avez-vous vu ce prix plus bas, et quel était-il ?',
  },
  address_handoff: {
    en: "I can't change a delivery address myself, so I've passed the new address for order {number} to a colleague, who will update it if the order hasn't shipped yet.",
    fr: 'Je ne peux pas modifier une adresse de livraison moi-même : j’ai transmis la nouvelle adresse pour la commande {number} à un collègue, qui la mettra à jour si la commande n’est pas encore expédiée.',
  },
  address_shipped: {
    en: 'Order {number} has already shipped, so its address can no longer be changed here. A colleague can check with the carrier.',
    fr: 'La commande {number} est déjà expédiée : son adresse ne peut plus être modifiée ici. Un collègue peut voir avec le transporteur.',
  },
  // The order has not shipped: nothing can be swapped yet, but a colleague can still change the order.
  exchange_handoff_not_shipped: {
    en: "Order {number} hasn't shipped yet, so there is nothing to exchange yet. I have passed your request for {items}, with what you would like instead, to a colleague, who can change the order before it ships.",
    fr: 'La commande {number} n’est pas encore expédiée : il n’y a encore rien à échanger. J’ai transmis votre demande pour {items}, avec ce que vous souhaitez à la place, à un collègue, qui peut modifier la commande avant son expédition.',
  },
  exchange_handoff: {
    en: 'I have passed your exchange of {items} from order {number}, with what you would like instead, to a colleague, who will arrange it.',
    fr: 'J’ai transmis votre demande d’échange de {items} de la commande {number}, avec ce que vous souhaitez à la place, à un collègue, qui s’en occupera.',
  },
  price_match_handoff: {
    en: 'I have passed your price-match request, with where you saw the lower price, to a colleague, who will check it and get back to you.',
    fr: 'J’ai transmis votre demande d’alignement de prix, avec l’endroit où vous avez vu ce prix, à un collègue, qui la vérifiera et reviendra vers vous.',
  },
  // After terms that say the store does not match prices: no word that would offer it.
  price_match_handoff_declined: {
    en: 'A colleague will still look at your request, with where you saw the lower price, and get back to you.',
    fr: 'Un collègue examinera tout de même votre demande, avec l’endroit où vous avez vu ce prix, et reviendra vers vous.',
  },
  action_limit_reached: {
    en: "I've handled as many requests as I can in one chat, so I'm passing this to a colleague.",
    fr: 'J’ai traité autant de demandes que possible dans une même conversation : je transmets à un collègue.',
  },
  flow_return_items: { en: 'return something', fr: 'retourner un article' },
  flow_refund: { en: 'get a refund', fr: 'être remboursé' },
  flow_cancel_order: { en: 'cancel an order', fr: 'annuler une commande' },
  flow_order_status: { en: 'check an order', fr: 'suivre une commande' },
  flow_find_products: { en: 'find a product', fr: 'trouver un produit' },
  flow_policy_question: { en: 'ask about our policies', fr: 'connaître nos conditions' },
  flow_exchange_item: { en: 'exchange an item', fr: 'échanger un article' },
  flow_other: { en: 'something else', fr: 'autre chose' },
  or: { en: ' or ', fr: ' ou ' },
  yes: { en: 'Yes', fr: 'Oui' },
  no: { en: 'No', fr: 'Non' },
  talk_to_human: { en: 'Talk to a human', fr: 'Parler à une personne' },
  verb_refund: { en: 'refund', fr: 'rembourser' },
  verb_return: { en: 'return', fr: 'retourner' },
} as const;
