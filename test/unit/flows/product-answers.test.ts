import { describe, expect, it } from 'vitest';
import { reviewSentence } from '../../../sidecar/flows/skills/answer-product-question.js';

describe('product answers', () => {
  it("say the rating in the shopper's decimals", () => {
    expect(reviewSentence(4.1, 5, 'en')).toMatch(/4\.1 out of 5/);
    expect(reviewSentence(4.1, 5, 'fr')).toMatch(/4,1 sur 5/);
    expect(reviewSentence(4, 2, 'fr')).toMatch(/4,0 sur 5/);
  });
});
