import { describe, expect, it } from 'vitest';
import { answerComparison, type ComparedItem } from '../../../sidecar/flows/skills/comparison-answer.js';
import { lintReply } from '../../../sidecar/replies/reply-lint.js';
import { emptyTurnFacts } from '../../../sidecar/verifier/turn-facts.js';
import { verify } from '../../../sidecar/verifier/verify.js';

const names = ['Kestrel Nova G16 Gaming Laptop', 'Raptor X15 Gaming Laptop'];
const laptops: ComparedItem[] = [
  {
    name: names[0]!,
    price: 1449,
    currency: 'USD',
    rating: 4.5,
    reviewCount: 12,
    attributes: { battery_life_hours: ['9'], screen_size: ['16"'], warranty: ['2 years'] },
  },
  {
    name: names[1]!,
    price: 1299,
    currency: 'USD',
    rating: 3.8,
    reviewCount: 4,
    attributes: { battery_life_hours: ['6'], screen_size: ['15.6"'], warranty: ['2 years'] },
  },
];
const en = new Map([
  ['battery_life_hours', 'Battery Life (hours)'],
  ['screen_size', 'Screen Size'],
  ['warranty', 'Warranty'],
]);
const fr = new Map([
  ['battery_life_hours', 'Autonomie (heures)'],
  ['screen_size', 'Taille d’écran'],
  ['warranty', 'Garantie'],
]);

describe('a comparison question answered on its own values', () => {
  const facts = {
    ...emptyTurnFacts(),
    products: laptops.map((p, i) => ({
      sku: `SKU-${i}`,
      name: p.name,
      price: p.price,
      currency: 'USD',
      stockStatus: 'in_stock' as const,
      qty: null,
      attributes: Object.fromEntries(Object.entries(p.attributes).map(([k, v]) => [k, v.join(', ')])),
      rating: p.rating,
      reviewCount: p.reviewCount,
    })),
  };
  const checked = (text: string, locale: 'en' | 'fr') => {
    expect(
      verify(text, facts, { locale: locale === 'fr' ? 'fr-FR' : 'en-US', currency: 'USD' }).violations,
    ).toEqual([]);
    expect(lintReply(text, locale)).toEqual([]);
    return text;
  };

  it('says the winner and both values, from the attributes and the live prices', () => {
    const battery = answerComparison(laptops, { concept: 'battery', direction: 'more' }, en, 'en');
    expect(checked(battery.text, 'en')).toBe(
      'Kestrel Nova G16 Gaming Laptop lasts longer: 9 hours, against 6 hours for Raptor X15 Gaming Laptop.',
    );
    expect(battery.notListed).toBe(false);
    expect(
      checked(answerComparison(laptops, { concept: 'price', direction: 'less' }, en, 'en').text, 'en'),
    ).toBe(
      'Raptor X15 Gaming Laptop is cheaper: $1,299.00, against $1,449.00 for Kestrel Nova G16 Gaming Laptop.',
    );
    expect(
      checked(answerComparison(laptops, { concept: 'screen', direction: 'more' }, en, 'en').text, 'en'),
    ).toBe(
      'Kestrel Nova G16 Gaming Laptop has the bigger screen: 16", against 15.6" for Raptor X15 Gaming Laptop.',
    );
  });

  it('compares the live ratings, and says when a product has no reviews to compare', () => {
    expect(
      checked(answerComparison(laptops, { concept: 'rating', direction: 'more' }, en, 'en').text, 'en'),
    ).toBe(
      'Kestrel Nova G16 Gaming Laptop is rated higher: 4.5 out of 5 (12 reviews), against 3.8 out of 5 (4 reviews) for Raptor X15 Gaming Laptop.',
    );
    expect(
      checked(answerComparison(laptops, { concept: 'rating', direction: 'more' }, fr, 'fr').text, 'fr'),
    ).toBe(
      'Kestrel Nova G16 Gaming Laptop est mieux noté : 4,5 sur 5 (12 avis), contre 3,8 sur 5 (4 avis) pour Raptor X15 Gaming Laptop.',
    );
    const unrated = [laptops[0]!, { ...laptops[1]!, rating: null, reviewCount: 0 }];
    const answer = answerComparison(unrated, { concept: 'rating', direction: 'more' }, en, 'en');
    expect(answer.text).toBe(
      "Raptor X15 Gaming Laptop has no customer reviews yet, so I can't compare their ratings.",
    );
    expect(answer.notListed).toBe(false);
  });

  it('in French, with the store view’s labels', () => {
    expect(
      checked(answerComparison(laptops, { concept: 'battery', direction: 'more' }, fr, 'fr').text, 'fr'),
    ).toBe(
      'Kestrel Nova G16 Gaming Laptop tient plus longtemps : 9 heures, contre 6 heures pour Raptor X15 Gaming Laptop.',
    );
    expect(answerComparison(laptops, { concept: 'price', direction: 'less' }, fr, 'fr').text).toMatch(
      /^Raptor X15 Gaming Laptop coûte moins cher : 1\s299,00\s\$US, contre 1\s449,00\s\$US pour Kestrel/u,
    );
  });

  it('says the store does not list a value it does not have, and offers a person', () => {
    const weight = answerComparison(laptops, { concept: 'weight', direction: 'less' }, en, 'en');
    expect(checked(weight.text, 'en')).toBe(
      "The weight isn't listed for Kestrel Nova G16 Gaming Laptop and Raptor X15 Gaming Laptop. I can connect you with a person who can check it.",
    );
    expect(weight.notListed).toBe(true);
    expect(
      checked(answerComparison(laptops, { concept: 'weight', direction: 'less' }, fr, 'fr').text, 'fr'),
    ).toBe(
      'Les fiches de Kestrel Nova G16 Gaming Laptop et Raptor X15 Gaming Laptop n’indiquent pas le poids. Je peux vous mettre en relation avec une personne qui pourra vérifier.',
    );
  });

  it('a tie is a tie; values in different units or words are each said, with no winner', () => {
    expect(
      checked(answerComparison(laptops, { concept: 'warranty', direction: 'more' }, en, 'en').text, 'en'),
    ).toBe('They have the same warranty: 2 years.');
    const mixed = [laptops[0]!, { ...laptops[1]!, attributes: { warranty: ['6 months'] } }];
    expect(answerComparison(mixed, { concept: 'warranty', direction: 'more' }, en, 'en').text).toBe(
      'Here is the warranty of each: 2 years for Kestrel Nova G16 Gaming Laptop and 6 months for Raptor X15 Gaming Laptop.',
    );
  });

  it('of three, the superlative, and no winner when two share the best', () => {
    const three = [...laptops, { ...laptops[0]!, name: 'Voltra Vortex 14', price: 1499 }];
    expect(answerComparison(three, { concept: 'price', direction: 'less' }, en, 'en').text).toBe(
      'Raptor X15 Gaming Laptop is the cheapest: $1,299.00, against $1,449.00 for Kestrel Nova G16 Gaming Laptop and $1,499.00 for Voltra Vortex 14.',
    );
    expect(answerComparison(three, { concept: 'battery', direction: 'more' }, en, 'en').text).toMatch(
      /^Here is the battery life of each: 9 hours for Kestrel/,
    );
  });
});
