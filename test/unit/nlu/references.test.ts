import { describe, expect, it } from 'vitest';
import { extractReferences } from '../../../sidecar/nlu/entities/references.js';
import type { ShownProduct } from '../../../sidecar/nlu/types.js';

const shown: ShownProduct[] = [
  { sku: 'A', name: 'Alpha Laptop', price: 1299 },
  { sku: 'B', name: 'Beta Laptop', price: 999 },
  { sku: 'C', name: 'Gamma Laptop', price: 1499 },
];
const skus = (text: string, focus?: ShownProduct): string[][] =>
  extractReferences(text.toLowerCase(), shown, focus).map((r) => r.resolved.map((p) => p.sku));

describe('extractReferences', () => {
  it.each([
    ['and the second one?', [['B']]],
    ['tell me about the first', [['A']]],
    ['the 3rd option', [['C']]],
    ['what about the last one', [['C']]],
    ['number 2 please', [['B']]],
    ['the cheaper one', [['B']]],
    ['the cheapest', [['B']]],
    ['the more expensive one', [['C']]],
    ['compare both', [['A', 'B', 'C']]],
    ['all three', [['A', 'B', 'C']]],
    ['compare them', [['A', 'B', 'C']]],
    ['la première elle a quelle autonomie ?', [['A']]],
    ['et la 2e elle pèse combien ?', [['B']]],
    ['the first one, is it waterproof?', [['A']]],
    ['et le 2e ?', [['B']]],
    ['le dernier modèle', [['C']]],
    ['la moins chère', [['B']]],
    ['le plus cher il fait combien ?', [['C']]],
    ['compare les deux', [['A', 'B', 'C']]],
    ['le numéro 3', [['C']]],
  ])('resolves %j', (text, expected) => {
    expect(skus(text)).toEqual(expected);
  });

  it('resolves a pronoun to the focus product', () => {
    expect(skus("how's the battery on it?", shown[0])).toEqual([['A']]);
    const [r] = extractReferences('does that one come in red', shown, shown[2]);
    expect(r).toMatchObject({ kind: 'pronoun', raw: 'that one' });
  });

  it.each([
    ['do you have this in a medium?', [['C']]],
    ['does this come in blue', [['C']]],
    ['will that fit a 15 inch laptop', [['C']]],
    ['is this jacket warm', []],
    ['do you have something like this?', []],
  ])('reads "this"/"that" before a preposition or verb as the focus product: %j', (text, expected) => {
    expect(skus(text, shown[2])).toEqual(expected);
  });

  it('resolves a French pronoun to the focus product, not an impersonal « il »', () => {
    expect(skus('elle est étanche ?', shown[1])).toEqual([['B']]);
    expect(skus('celle-ci existe en bleu ?', shown[0])).toEqual([['A']]);
    expect(skus('il faut combien de temps', shown[0])).toEqual([]);
  });

  it('reads a French object pronoun before the verb of an order request as taking items up', () => {
    const read = (text: string) => extractReferences(text).map((r) => [r.kind, r.raw]);
    expect(read('je peux les retourner ?')).toEqual([['all', 'les']]);
    expect(read('je voudrais le rendre')).toEqual([['pronoun', 'le']]);
    expect(read("l'échanger contre une taille M")).toEqual([['pronoun', "l'"]]);
    expect(read('je veux retourner les écouteurs')).toEqual([]);
  });

  it('leaves a pronoun unresolved when several products were shown and none is in focus', () => {
    const refs = extractReferences('is it waterproof', shown);
    expect(refs).toHaveLength(1);
    expect(refs[0]?.resolved).toEqual([]);
  });

  it('keeps references with an empty resolution when nothing was shown', () => {
    expect(extractReferences('the second one', []).map((r) => [r.kind, r.index, r.resolved])).toEqual([
      ['ordinal', 1, []],
    ]);
  });

  it('does not resolve "the cheaper one" without prices', () => {
    const unpriced = shown.map(({ sku, name }) => ({ sku, name }));
    expect(extractReferences('the cheaper one', unpriced)[0]?.resolved).toEqual([]);
  });

  it.each([
    'what did i buy last month',
    'my last order',
    'is this your first time',
    'any discount for my first order',
    'that jacket is nice',
    'i think this shop is great',
    'la première fois que je commande',
    'ma dernière commande',
    'la semaine dernière',
    'il y a une garantie ?',
  ])('finds no list reference in %j', (text) => {
    expect(extractReferences(text, shown).filter((r) => r.kind !== 'pronoun')).toEqual([]);
    expect(extractReferences(text, shown).filter((r) => r.raw === 'this' || r.raw === 'that')).toEqual([]);
  });
});
