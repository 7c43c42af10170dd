import { describe, expect, it } from 'vitest';
import { kindSynonymStems, kindSynonyms } from '../../../common/language/kind-synonyms.js';
import { isTalkWord } from '../../../common/language/stopwords.js';

describe('kindSynonyms', () => {
  it('gives the shop’s words for a shopper’s word, by its stem', () => {
    expect(kindSynonyms('coat', 'en')).toContain('jacket');
    expect(kindSynonyms('coats', 'en')).toContain('parka');
    expect(kindSynonyms('manteau', 'fr')).toEqual(expect.arrayContaining(['veste', 'doudoune']));
    expect(kindSynonyms('manteaux', 'fr')).toContain('veste');
  });

  it('is empty for a word without any, another language, or none', () => {
    expect(kindSynonyms('jacket', 'en')).toEqual([]);
    expect(kindSynonyms('manteau', 'en')).toEqual([]);
    expect(kindSynonyms('coat', undefined)).toEqual([]);
  });

  it('gives the stems a product named by the shop’s word has', () => {
    expect(kindSynonymStems('coat', 'en')).toContain('jacket');
    expect(kindSynonymStems('manteau', 'fr')).toContain('vest');
    expect(kindSynonymStems('jacket', 'en')).toEqual([]);
  });
});

describe('isTalkWord', () => {
  it('tells talk around a purchase from a product’s property', () => {
    for (const word of ['hoping', 'help', 'bought', 'months', 'covered', 'reviews', 'guy'])
      expect(isTalkWord(word, 'en')).toBe(true);
    for (const word of ['waterproof', 'warm', 'wireless', 'gooseneck'])
      expect(isTalkWord(word, 'en')).toBe(false);
    expect(isTalkWord('commande', 'fr')).toBe(true);
    expect(isTalkWord('chaud', 'fr')).toBe(false);
    expect(isTalkWord('help', undefined)).toBe(false);
  });
});
