import { describe, expect, it } from 'vitest';
import { recommendationReply, type RecommendedProduct } from '../../../sidecar/replies/recommendation.js';
import { lintReply } from '../../../sidecar/replies/reply-lint.js';

const gifts: RecommendedProduct[] = [
  {
    name: 'Trail Jacket',
    price: '$129.00',
    matched: ['waterproof'],
    withinBudget: true,
    rating: 4.6,
    reviewCount: 12,
  },
  { name: 'Camp Mug', price: '$19.00', matched: [], withinBudget: true, rating: 4.9, reviewCount: 2 },
  { name: 'Gift Card', price: '$50.00', matched: [], withinBudget: false, rating: null, reviewCount: 0 },
];

describe('recommendations say why each product fits', () => {
  it('gives the shopper’s own words, the budget and a well-founded rating as reasons', () => {
    expect(recommendationReply(gifts, '', 'en')).toBe(
      [
        'Here are a few ideas that fit:',
        '1. Trail Jacket, $129.00: described as waterproof, within your budget and rated 4.6 out of 5 by customers',
        '2. Camp Mug, $19.00: within your budget',
        '3. Gift Card, $50.00',
      ].join('\n'),
    );
    expect(recommendationReply(gifts.slice(0, 1), '', 'fr')).toBe(
      'Voici quelques idées qui conviennent :\n1. Trail Jacket, $129.00 : décrit comme waterproof, dans votre budget et noté 4,6 sur 5 par les clients',
    );
    expect(lintReply(recommendationReply(gifts, '', 'en'), 'en')).toEqual([]);
  });
});
