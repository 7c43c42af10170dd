import { describe, expect, it } from 'vitest';
import { createAttributeMatcher } from '../../../sidecar/nlu/entities/attributes.js';

const matcher = createAttributeMatcher({
  color: [
    { value: 'black', label: 'Black' },
    { value: 'red', label: 'Red' },
    { value: 'blue', label: 'Blue', synonyms: ['navy', 'dark blue'] },
    { value: 'grey', label: 'Grey', synonyms: ['gray'] },
  ],
  size: [
    // Sizes in words ("medium", "extra large") come from the matcher's language packs.
    { value: 'S', label: 'S' },
    { value: 'M', label: 'M' },
    { value: 'XL', label: 'XL' },
    { value: 'L', label: 'L' },
    { value: '10', label: '10' },
  ],
  material: [{ value: 'leather', label: 'Leather' }],
});

const pairs = (text: string): string[] => matcher.extract(text).map((a) => `${a.code}=${a.value}`);

describe('attribute matcher', () => {
  it.each([
    ['red running shoes in size 10', ['color=red', 'size=10']],
    ['the blue one in medium', ['color=blue', 'size=M']],
    ['Navy hoodie, XL', ['color=blue', 'size=XL']],
    ['dark blue leather wallet', ['color=blue', 'material=leather']],
    ['size M please', ['size=M']],
    ['any left in extra large?', ['size=XL']],
    ['GRAY jacket', ['color=grey']],
    ['is the first one available in large?', ['size=L']],
    ['do u have it in a large', ['size=L']],
    ['black in x-large', ['color=black', 'size=XL']],
    ['size: large', ['size=L']],
    ['je la veux en L', ['size=L']],
    ['dispo en M ?', ['size=M']],
    ['size:M', ['size=M']],
  ])('finds %j', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });

  it.each([
    'I have 10 kids',
    'm going home',
    'is this in stock',
    'reduced price',
    'bluetooth speaker',
    'a blackout blind',
    'a large tent',
    'small backpack for hiking',
    'delivered in 10 days',
    'is it in stock',
  ])('finds nothing in %j', (text) => {
    expect(pairs(text)).toEqual([]);
  });

  it('prefers the longer phrase and reports its span', () => {
    const [a] = matcher.extract('a dark blue one');
    expect(a).toMatchObject({
      code: 'color',
      value: 'blue',
      label: 'Blue',
      raw: 'dark blue',
      start: 2,
      end: 11,
    });
  });

  it('matches nothing with an empty vocabulary', () => {
    expect(createAttributeMatcher({}).extract('red shoes')).toEqual([]);
  });
});
