import { describe, expect, it } from 'vitest';
import { analyse } from '../../../sidecar/nlu/understand.js';
import { asksAboutPolicy, asksAboutPriceMatch } from '../../../sidecar/nlu/policy-questions.js';
import { foldDiacritics, normalize } from '../../../sidecar/nlu/text.js';
import { buildFixtureModel } from './support.js';

const folded = (text: string): string => foldDiacritics(normalize(text));

describe('policy questions', () => {
  it.each([
    'how much does it cost to return a laptop?',
    'what does it cost to ship a tent back to you',
    'is there a restocking fee on headphones',
    'are returns free?',
    'how long do I get to send shoes back',
    'how long do I have to send back a laptop?',
    'can I exchange a jacket for another size?',
    'do you do exchanges on sale items',
    'how long does standard shipping take',
    'is express delivery free over $100',
    'what warranty do the earbuds have',
    'can clearance items be returned?',
    'if I buy something from the clearance section can I return it?',
    "si j'achète un article soldé, je peux le retourner ?",
    'Quel est le délai de retour pour le Ruban LED Lumio Glow ?',
    'Je peux renvoyer des chaussures ?',
    'Est-ce que la livraison est gratuite ?',
    "Combien coûte le retour d'un ordinateur portable ?",
    'Puis-je échanger un article en déstockage ?',
    'les frais de port sont de combien pour la belgique',
    'la garantie c est combien de temps',
    'vous reprenez les articles soldes ?',
    "jusqu'a quand on peut rendre un article",
    'Are there any fees if I return the Kestrel Nova G16?',
    'Is swapping jackets for another colour allowed?',
    "Can I send the Kestrel Nova G16 back if it's not what I expected?",
    'If the charger dies after a year, am I still covered?',
    'How long until an express order reaches me?',
    'Les produits du déstockage, on peut les retourner ?',
    'Si le Raptor Titan 17 ne me plaît pas, je peux l’échanger ?',
    'Je peux rapporter en magasin des écouteurs achetés sur le site ?',
    'Une veste peut être retournée pendant combien de temps ?',
    'Le renvoi de la batterie externe Voltra PowerCube est-il à ma charge ?',
  ])('reads %j as a question about the terms', (text) => {
    expect(asksAboutPolicy(folded(text))).toBe(true);
  });

  it.each([
    'I want to return my order',
    "i'd like to exchange the jacket for a bigger size",
    'how long will my order take to arrive',
    'how much is shipping on my order',
    'can i return it, it is too small',
    'je veux retourner ma commande',
    'je voudrais l’échanger contre une taille au-dessus',
    'combien de temps pour recevoir mon remboursement ?',
    "j'ai payé la livraison express et c'est arrivé en retard",
    'quand est-ce que ma livraison arrive',
    'how much for the second one',
    'whats the cost',
    'i want to send the blender back, it is faulty',
    'je peux le renvoyer ? il est arrivé cassé',
    'how long until my order arrives',
  ])('does not read %j as a question about the terms', (text) => {
    expect(asksAboutPolicy(folded(text))).toBe(false);
  });

  it.each([
    'do you match amazon prices on laptops',
    "will you match Amazon's price?",
    'do you price match',
    'if I find it cheaper online will you beat it?',
    "Proposez-vous l'alignement de prix ?",
    'si je trouve moins cher ailleurs, vous vous alignez ?',
    'vous égalez les prix des concurrents ?',
    'I saw it for less at Best Buy. Will you match that?',
    'Vous garantissez le prix le plus bas ?',
    'do you have a lowest price guarantee',
  ])('reads %j as a price-match question', (text) => {
    expect(asksAboutPriceMatch(folded(text))).toBe(true);
  });

  it.each(['does the colour match the photo', 'stop my order, found it cheaper elsewhere'])(
    'does not read %j as a price-match question',
    (text) => {
      expect(asksAboutPriceMatch(folded(text))).toBe(false);
    },
  );

  describe('through the NLU', () => {
    const model = buildFixtureModel();

    it.each([
      ['how much does it cost to return a laptop?', 'policy_question'],
      ['do you match amazon prices on laptops', 'policy_question'],
      ['Quel est le délai de retour pour le Ruban LED Lumio Glow ?', 'policy_question'],
      ['Je peux renvoyer des chaussures ?', 'policy_question'],
      ['Est-ce que la livraison est gratuite ?', 'policy_question'],
      ["Combien coûte le retour d'un ordinateur portable ?", 'policy_question'],
      ['Puis-je échanger un article en déstockage ?', 'policy_question'],
      ['I want to return my order', 'return_request'],
      ['je veux retourner ma commande', 'return_request'],
      ['i want a refund', 'refund_request'],
      ['je veux être remboursé', 'refund_request'],
      ['annulez ma commande', 'cancel_order'],
      ['where is my order 000000123?', 'order_status'],
      ['où est ma commande 000000123 ?', 'order_status'],
      ['je veux parler à un conseiller', 'human_agent'],
      ['supprimez mes données personnelles', 'legal_privacy'],
      ['je voudrais un devis pour 200 unités', 'b2b_quote'],
    ])('reads %j as %s', (text, intent) => {
      expect(analyse(model, text).intent).toBe(intent);
    });

    it('reads French verification details as verification details', () => {
      const u = analyse(model, 'commande 000000234, email marie.dupont@example.com');
      expect(u.intent).toBe('guest_verification');
      expect(u.flags.source).toBe('rule');
    });
  });
});
