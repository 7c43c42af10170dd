import { describe, expect, it } from 'vitest';
import { Speller } from '../../../sidecar/nlu/features.js';
import { spellingVocabulary } from '../../../sidecar/nlu/intent-classifier.js';

const examples = [
  { text: 'retrun this please', intent: 'return_request' as const },
  { text: 'how do these stack up', intent: 'comparison' as const },
  ...Array.from({ length: 6 }, (_, i) => ({
    text: `I want to return item ${i}`,
    intent: 'return_request' as const,
  })),
  ...Array.from({ length: 6 }, (_, i) => ({ text: `is it in stock ${i}`, intent: 'availability' as const })),
];
const english = new Set(['this', 'please', 'how', 'these', 'stack', 'up', 'want', 'return', 'item', 'stock']);

describe('spellingVocabulary', () => {
  it("leaves out the training set's own typos, not the language's rare words", () => {
    const vocabulary = spellingVocabulary(examples, (w) => english.has(w));
    expect(vocabulary.has('retrun')).toBe(false);
    expect(vocabulary.has('return')).toBe(true);
    expect(vocabulary.has('stack')).toBe(true);
  });

  it('takes no word for a typo without a dictionary', () => {
    expect(spellingVocabulary(examples).has('retrun')).toBe(true);
  });
});

describe('Speller with a dictionary', () => {
  it('corrects a typo but never a word of the language into another', () => {
    const speller = new Speller(['shipping', 'policy', 'return'], (w) => ['skipping'].includes(w));
    expect(speller.correct('polcy')).toBe('policy');
    expect(speller.correct('skipping')).toBe('skipping');
  });
});

describe('Speller with a French dictionary', () => {
  const french = new Set(['reste', 'resiste', 'commande', 'remboursement', 'livraison']);
  const speller = new Speller(
    ['commande', 'remboursement', 'livraison', 'reste'],
    (w) => w === 'tracking',
    (w) => french.has(w),
  );

  it('corrects a French typo no dictionary knows', () => {
    expect(speller.correct('comande', 'fr')).toBe('commande');
    expect(speller.correct('remboursment', 'fr')).toBe('remboursement');
    expect(speller.correct('livraion', 'fr')).toBe('livraison');
  });

  it('never turns a French word into another, nor an English word a French message borrows', () => {
    expect(speller.correct('resiste', 'fr')).toBe('resiste');
    expect(speller.correct('tracking', 'fr')).toBe('tracking');
  });

  it('leaves French words as typed without a French dictionary', () => {
    expect(new Speller(['commande']).correct('comande', 'fr')).toBe('comande');
  });
});
