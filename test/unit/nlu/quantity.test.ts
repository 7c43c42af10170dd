import { describe, expect, it } from 'vitest';
import { extractQuantity } from '../../../sidecar/nlu/entities/quantity.js';

describe('extractQuantity', () => {
  it.each([
    ['can I get a quote for 200 units', 200],
    ['I need 3 of the aero backpacks', 3],
    ['we need 500 t-shirts with our logo', 500],
    ['qty: 4', 4],
    ['quantity 12', 12],
    ['x2 please', 2],
    ['2x of the red ones', 2],
    ['I want to buy two jackets', 2],
    ['order a dozen mugs', 12],
    ['corporate gifting for 100 employees', 100],
    ['quote request for 30 office chairs', 30],
    ['do you have 20 of these available', 20],
    ['five pairs of socks', 5],
    ['a discount on 40 monitors', 40],
    ['I need twenty-four units', 24],
    ['we want to buy thirteen chairs', 13],
    ['qty: one hundred and twenty', 120],
    ['order a couple of them', 2],
    ['a pair of the red ones', 2],
    // French
    ['je voudrais un devis pour 200 unités', 200],
    ['je voudrais une douzaine de verres', 12],
    ["j'en voudrais trois", 3],
    ["il m'en faut 4", 4],
    ['deux paires de chaussettes', 2],
    ['quantité : 4', 4],
    ['on voudrait commander 50 ordinateurs', 50],
    ["j'ai besoin d'une douzaine de stylos", 12],
    ['je veux équiper les 80 salariés de ma société', 80],
    ['une offre pour 300 casques ?', 300],
    ['quel prix pour une centaine de pièces ?', 100],
    ['je prends vingt-quatre exemplaires', 24],
  ])('reads %j', (text, expected) => {
    expect(extractQuantity(text)).toBe(expected);
  });

  it.each([
    'I have 3 kids',
    'i ordered 10 minutes ago',
    'I want to buy a coffee maker',
    'order 000000123',
    'under $50',
    'size 10',
    'it arrived 3 days ago',
    'I need 2 days to decide',
    'a tent for 4 people',
    'I want a refund',
    "j'ai 3 enfants",
    'je veux un sac',
    'je voudrais retourner un article',
    "j'ai commandé il y a 5 minutes",
    'je peux commander 2 fois ?',
    'une tente pour 4 personnes',
    'taille 42',
    'moins de 50 €',
    'commande 000000123',
    "j'aimerais renvoyer les deux t-shirts",
  ])('finds none in %j', (text) => {
    expect(extractQuantity(text)).toBeUndefined();
  });
});
