import { describe, expect, it } from 'vitest';
import { lexicalTerms, stem, tokenize } from '../../../common/catalog/text-tokenizer.js';

describe('text tokenizer', () => {
  it('splits punctuation, folds case and diacritics, keeps numbers and prices', () => {
    expect(tokenize("Café T-Shirt, kid's size — $1,299.99 (50% off)")).toEqual([
      'cafe',
      't',
      'shirt',
      'kid',
      'size',
      '1299.99',
      '50',
      'off',
    ]);
  });

  it('stems simple plurals without mangling short words or numbers', () => {
    expect(['bags', 'batteries', 'boxes', 'glasses', 'dress', 'bus', 'gas', '100s'].map(stem)).toEqual([
      'bag',
      'battery',
      'box',
      'glass',
      'dress',
      'bus',
      'gas',
      '100s',
    ]);
  });

  it('drops stopwords for lexical terms', () => {
    expect(lexicalTerms('I need a gift for my teenager with headphones')).toEqual([
      'gift',
      'teenager',
      'headphone',
    ]);
  });
});
