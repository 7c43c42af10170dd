import { describe, expect, it } from 'vitest';
import { SpellingSuggester } from '../../../common/catalog/spelling-suggester.js';

const DICTIONARY = [
  'the',
  'toaster',
  'theater',
  'sleeping',
  'resistance',
  'bands',
  'bag',
  'toasted',
  'headphones',
];

describe('SpellingSuggester', () => {
  const speller = new SpellingSuggester(DICTIONARY);

  it('suggests the closest word, the more frequent one on a tie', () => {
    expect(speller.suggest('tosater')).toBe('toaster');
    expect(speller.suggest('resistence')).toBe('resistance');
    expect(speller.suggest('toastex')).toBe('toaster');
  });

  it('leaves known, short, numeric and far-off tokens alone', () => {
    expect(speller.suggest('toaster')).toBeUndefined();
    expect(speller.suggest('bga')).toBeUndefined();
    expect(speller.suggest('x15s')).toBeUndefined();
    expect(speller.suggest('sonique')).toBeUndefined();
    // Short words get one edit only; the first letter must match.
    expect(speller.suggest('bamdx')).toBeUndefined();
    expect(speller.suggest('oaster')).toBeUndefined();
  });

  it('appends suggestions to the query instead of replacing words', () => {
    expect(speller.expandQuery('Sleping bag')).toBe('Sleping bag sleeping');
    expect(speller.expandQuery('resistence bands, resistence')).toBe(
      'resistence bands, resistence resistance',
    );
    expect(speller.expandQuery('bag')).toBe('bag');
  });

  it('keeps only the most frequent words of a large dictionary', () => {
    const small = new SpellingSuggester(DICTIONARY, { maxWords: 3 });
    expect(small.suggest('tosater')).toBe('toaster');
    expect(small.suggest('sleping')).toBeUndefined();
  });
});

describe('SpellingSuggester from a store view’s vocabulary', () => {
  // Document counts of a clothing store's words: no "logging", "janet" or "hootie" to drift towards.
  const store = SpellingSuggester.fromFrequencies(
    new Map([
      ['leggings', 4],
      ['jacket', 30],
      ['watch', 9],
      ['hoodie', 20],
      ['hoodies', 3],
      ['veste', 12],
      ['legs', 40],
    ]),
  );

  it('corrects to the store’s own words', () => {
    expect(store.expandQuery('leggins')).toBe('leggins leggings');
    expect(store.expandQuery('jaket for women')).toBe('jaket for women jacket');
    expect(store.expandQuery('wacth')).toBe('wacth watch');
  });

  it('never corrects a word the store contains, and works in any language', () => {
    expect(store.expandQuery('hoodie')).toBe('hoodie');
    expect(store.expandQuery('vestte', 'fr')).toBe('vestte veste');
  });
});

describe('SpellingSuggester with the language lexicon', () => {
  const speller = new SpellingSuggester(['shoe', 'shoes', 'jacket', 'jackets', 'wipe']);
  const lexicon = { has: (word: string) => ['show', 'me', 'some', 'wife'].includes(word) };

  it('corrects typos, never real words the store does not use', () => {
    expect(speller.expandQuery('show me some jakets', 'en', lexicon)).toBe('show me some jakets jackets');
    expect(speller.expandQuery('gift for my wife', 'en', lexicon)).toBe('gift for my wife');
    // Without a lexicon a real word near a store word is "corrected" (the old behaviour).
    expect(speller.expandQuery('show me', 'en')).toBe('show me shoe');
  });
});
