import { describe, expect, it } from 'vitest';
import {
  GROUP_SOURCE,
  NUMBER_SOURCE,
  NUMBER_WORDS_SOURCE,
  parseNumber,
} from '../../../sidecar/nlu/number-words.js';

const whole = (source: string) => new RegExp(`^(?:${source})$`, 'i');

describe('parseNumber: English and French words', () => {
  it.each([
    ['zero', 0],
    ['one', 1],
    ['a', 1],
    ['an', 1],
    ['single', 1],
    ['seven', 7],
    ['twelve', 12],
    ['thirteen', 13],
    ['nineteen', 19],
    ['thirty', 30],
    ['twenty-four', 24],
    ['twenty four', 24],
    ['ninety-nine', 99],
    ['hundred', 100],
    ['a hundred', 100],
    ['one hundred and twenty', 120],
    ['two hundred fifty', 250],
    ['a dozen', 12],
    ['two dozen', 24],
    ['a couple', 2],
    ['a pair', 2],
    ['Thirty', 30],
    // French
    ['zéro', 0],
    ['un', 1],
    ['une', 1],
    ['six', 6],
    ['seize', 16],
    ['dix-sept', 17],
    ['vingt', 20],
    ['vingt et un', 21],
    ['vingt-et-un', 21],
    ['vingt-quatre', 24],
    ['trente', 30],
    ['quarante-cinq', 45],
    ['soixante', 60],
    ['soixante-dix', 70],
    ['soixante et onze', 71],
    ['quatre-vingts', 80],
    ['quatre vingt', 80],
    ['quatre-vingt-dix', 90],
    ['quatre-vingt-dix-neuf', 99],
    ['septante', 70],
    ['nonante', 90],
    ['cent', 100],
    ['cent vingt', 120],
    ['deux cents', 200],
    ['trois cent quatre-vingt-dix', 390],
    ['une douzaine', 12],
    ['une paire', 2],
    ['une dizaine', 10],
    ['une centaine', 100],
  ])('%s → %d', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });
});

describe('parseNumber: digits', () => {
  it.each([
    ['30', false, 30],
    ['2.5', false, 2.5],
    ['1,299.00', false, 1299],
    ['1.299,00', true, 1299],
    ['4,50', true, 4.5],
    ['1.299', false, 1.299],
    ['1.299', true, 1299],
  ] as const)('%s (decimal comma %s) → %d', (text, decimalComma, value) => {
    expect(parseNumber(text, decimalComma)).toBe(value);
  });

  it('is null for words that are not a number', () => {
    expect(parseNumber('few')).toBeNull();
    expect(parseNumber('twenty apples')).toBeNull();
    expect(parseNumber('')).toBeNull();
  });
});

describe('number regex sources', () => {
  it.each([
    'thirty',
    'twenty-four',
    'one hundred and twenty',
    'trente',
    'vingt et un',
    'quatre-vingt-dix',
    'deux cents',
  ])('words match %j whole', (text) => {
    expect(whole(NUMBER_WORDS_SOURCE).test(text)).toBe(true);
    expect(whole(NUMBER_SOURCE).test(text)).toBe(true);
  });

  it('joins with "and" only after hundred, and "et" only before un/une/onze', () => {
    const first = (text: string) => new RegExp(NUMBER_WORDS_SOURCE, 'i').exec(text)?.[0];
    expect(first('between two and three days')).toBe('two');
    expect(first('trente et quarante')).toBe('trente');
    expect(first('a hundred and fifty units')).toBe('hundred and fifty');
  });

  it('does not read a number inside a longer word', () => {
    expect(new RegExp(`\\b(?:${NUMBER_WORDS_SOURCE})`, 'i').exec('the sixth day')).toBeNull();
    expect(new RegExp(`\\b(?:${NUMBER_WORDS_SOURCE})`, 'i').exec('someone')).toBeNull();
  });

  it('takes group words only after an article', () => {
    expect(whole(GROUP_SOURCE).test('a dozen')).toBe(true);
    expect(whole(GROUP_SOURCE).test('une douzaine')).toBe(true);
    expect(whole(GROUP_SOURCE).test('une centaine')).toBe(true);
    expect(whole(NUMBER_WORDS_SOURCE).test('centaine')).toBe(false);
    expect(whole(NUMBER_WORDS_SOURCE).test('couple')).toBe(false);
    expect(whole(NUMBER_SOURCE).test('an')).toBe(true);
    expect(whole(NUMBER_SOURCE).test('2.5')).toBe(true);
  });
});
