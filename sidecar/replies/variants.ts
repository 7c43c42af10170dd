import type { Locale, TemplateKey } from './templates.js';

/**
 * Approved alternative wordings of templates a conversation may say more than once, so a repeat does not
 * read as a loop. Same slots as the template (a test checks it), same meaning, nothing added: a variant
 * is chosen deterministically per conversation (the first use says the template itself, the second
 * the first variant, and so on: sidecar/replies/render.ts), never at random.
 */
export const VARIANTS: Partial<Record<TemplateKey, Record<Locale, readonly string[]>>> = {
  thanks: {
    en: ['Glad I could help! Anything else?', 'My pleasure. Is there something else I can do for you?'],
    fr: ['Ravi d’avoir pu vous aider ! Autre chose ?', 'Avec plaisir. Puis-je faire autre chose pour vous ?'],
  },
  goodbye: {
    en: ['Goodbye, and thanks for visiting!', 'Take care, and come back any time.'],
    fr: ['Au revoir, et merci de votre visite !', 'Bonne continuation, à bientôt.'],
  },
  affirm_nothing_pending: {
    en: ['Sure. What can I help you with?', 'Of course. What would you like to look at?'],
    fr: ['Bien sûr. Que puis-je faire pour vous ?', 'D’accord. Que souhaitez-vous regarder ?'],
  },
  not_understood: {
    en: [
      "I'm not sure I follow. Could you say it another way? For example: a product you're looking for, an order number, or a question about returns.",
      'Sorry, I still didn’t catch that. I can look up products and orders and answer questions about returns, shipping and warranty, or I can connect you with a person.',
    ],
    fr: [
      'Je ne suis pas sûr de comprendre. Pouvez-vous le dire autrement ? Par exemple : un produit que vous cherchez, un numéro de commande ou une question sur les retours.',
      'Désolé, je n’ai toujours pas compris. Je peux rechercher des produits et des commandes, répondre sur les retours, la livraison et la garantie, ou vous mettre en relation avec une personne.',
    ],
  },
  out_of_scope: {
    en: [
      "That's outside what I can help with here. I can help with this store's products, your orders, returns, shipping and warranty.",
    ],
    fr: [
      'Cela sort de ce que je peux faire ici. Je peux vous aider pour les produits du magasin, vos commandes, les retours, la livraison et la garantie.',
    ],
  },
  safety_refusal: {
    en: ["That's not something I can help with. I can help with products, orders or store policies."],
    fr: [
      'Je ne peux pas vous aider sur ce point. Je peux vous aider pour les produits, les commandes ou les conditions du magasin.',
    ],
  },
  need_product: {
    en: [
      'Which product is it about? Its name is enough, or I can search for it with you.',
      "I'm not sure which product you mean. Could you tell me its name?",
    ],
    fr: [
      'De quel produit s’agit-il ? Son nom suffit, ou je peux le rechercher avec vous.',
      'Je ne sais pas de quel produit vous parlez. Pouvez-vous me donner son nom ?',
    ],
  },
  order_need_number: {
    en: [
      'Could you give me the order number? You can find it in the order confirmation email.',
      "I just need the order number to look it up. It's in the email we sent when you ordered.",
    ],
    fr: [
      'Pouvez-vous me donner le numéro de commande ? Il figure dans l’e-mail de confirmation de commande.',
      'Il me faut juste le numéro de commande pour la retrouver. Il figure dans l’e-mail reçu lors de votre commande.',
    ],
  },
  search_none: {
    en: [
      "Nothing in the catalog matches that{constraints}. Could you try other words, or tell me what it's for? A person can help too.",
    ],
    fr: [
      'Rien dans le catalogue ne correspond{constraints}. Pouvez-vous essayer d’autres mots, ou me dire à quoi il doit servir ? Une personne peut aussi vous aider.',
    ],
  },
  policy_which_product: {
    en: ['The answer depends on what it is. Which product or kind of product do you have in mind?'],
    fr: ['La réponse dépend de l’article. À quel produit ou quel type de produit pensez-vous ?'],
  },
  compare_need_two: {
    en: ['Which ones should I put side by side? Give me two or three product names.'],
    fr: ['Lesquels dois-je mettre côte à côte ? Donnez-moi deux ou trois noms de produits.'],
  },
  order_guest_verify: {
    en: [
      'Before I share order details, I need to check it is yours: what email address was used for the order, and the billing last name or postcode?',
    ],
    fr: [
      'Avant de vous donner le détail de la commande, je dois vérifier qu’elle est bien la vôtre : quelle adresse e-mail a servi pour la commande, et quel est le nom ou le code postal de facturation ?',
    ],
  },
  order_verification_failed: {
    en: [
      "I still couldn't verify those details. Please check the order number, the email address and the billing last name or postcode.",
    ],
    fr: [
      'Je n’ai toujours pas pu vérifier ces informations. Vérifiez le numéro de commande, l’adresse e-mail et le nom ou le code postal de facturation.',
    ],
  },
  action_need_order: {
    en: ['Could you give me the order number it concerns?'],
    fr: ['Pouvez-vous me donner le numéro de la commande concernée ?'],
  },
  policy_more: {
    en: ['You can read the whole policy from the sources below.'],
    fr: ['Vous pouvez lire les conditions complètes depuis les sources ci-dessous.'],
  },
  unverified_handoff: {
    en: ["I'd rather not guess on this one, as I can't confirm it from the store's information."],
    fr: [
      'Je préfère ne pas avancer de réponse : je ne peux pas la confirmer à partir des informations du magasin.',
    ],
  },
  store_unavailable: {
    en: [
      "Sorry, the store's system is still not answering, so I can't check that yet. Your message is saved. Shall I pass this to a person?",
    ],
    fr: [
      'Désolé, le système du magasin ne répond toujours pas, je ne peux donc pas encore vérifier. Votre message est enregistré. Voulez-vous que je transmette à une personne ?',
    ],
  },
  account_help: {
    en: [
      "Account details (password, address, email) are managed in 'My Account' once you're signed in; 'Forgot your password?' on the sign-in page resets a password. A person can help if that doesn't work.",
    ],
    fr: [
      'Les informations de compte (mot de passe, adresse, e-mail) se gèrent dans « Mon compte » une fois connecté ; « Mot de passe oublié ? » sur la page de connexion réinitialise le mot de passe. Une personne peut vous aider si cela ne fonctionne pas.',
    ],
  },
  complaint_ack: {
    en: ["I'm really sorry this happened."],
    fr: ['Je suis vraiment désolé que cela se soit produit.'],
  },
};
