import { describe, expect, it } from 'vitest';
import { extractBudget } from '../../../sidecar/nlu/entities/budget.js';

function budget(text: string): Record<string, unknown> | undefined {
  const b = extractBudget(text);
  if (!b) return undefined;
  const { raw: _raw, ...rest } = b;
  return rest;
}

describe('extractBudget', () => {
  it.each([
    ['gaming laptop under $1500', { max: 1500, currency: 'USD' }],
    ['less than 50 euros', { max: 50, currency: 'EUR' }],
    ['between 100 and 200', { min: 100, max: 200 }],
    ['between 100 and 200 dollars', { min: 100, max: 200, currency: 'USD' }],
    ['£30-£60 please', { min: 30, max: 60, currency: 'GBP' }],
    ['from 150 to 250 €', { min: 150, max: 250, currency: 'EUR' }],
    ['around 300', { min: 300, max: 300, approximate: true }],
    ['about $1,200', { min: 1200, max: 1200, currency: 'USD', approximate: true }],
    ['over 500 bucks', { min: 500, currency: 'USD' }],
    ['at least €80', { min: 80, currency: 'EUR' }],
    ['my budget is 120', { max: 120 }],
    ['a 2k budget', { max: 2000 }],
    ['no more than 49.99', { max: 49.99 }],
    ['cheap earbuds under 30 quid', { max: 30, currency: 'GBP' }],
    ['up to 1.500 EUR', { max: 1500, currency: 'EUR' }],
    ['un portable à moins de 1500 €', { max: 1500, currency: 'EUR' }],
    ['entre 50 et 100 euros', { min: 50, max: 100, currency: 'EUR' }],
    ["jusqu'à 80 €", { max: 80, currency: 'EUR' }],
    ['autour de 300 euros', { min: 300, max: 300, currency: 'EUR', approximate: true }],
    ['à partir de 200 €', { min: 200, currency: 'EUR' }],
    ['60 euros maximum', { max: 60, currency: 'EUR' }],
    // As a chat box writes them: « 40e », « balles ».
    ['genre 40e max', { max: 40, currency: 'EUR' }],
    ['moins de 25e', { max: 25, currency: 'EUR' }],
    ['max 200 balles', { max: 200 }],
  ])('reads %j', (text, expected) => {
    expect(budget(text)).toEqual(expected);
  });

  it.each([
    ['cheap yoga mats', 'cheap'],
    ['something affordable', 'cheap'],
    ['on a tight budget', 'cheap'],
    ['a mid-range phone', 'mid'],
    ['high-end headphones', 'premium'],
    ['premium leather', 'premium'],
    ['un tapis de yoga pas cher', 'cheap'],
    ['un casque bon marché', 'cheap'],
    ['une enceinte milieu de gamme', 'mid'],
    ['un sac haut de gamme', 'premium'],
    ['a tent not too pricey', 'cheap'],
    ['headphones, nothing too expensive', 'cheap'],
    ["a jacket that won't break the bank", 'cheap'],
    ['something reasonably priced', 'cheap'],
    ['une tente pas trop chère', 'cheap'],
    ['un sac pas trop onéreux', 'cheap'],
    ['une lampe pas hors de prix', 'cheap'],
    ['des chaussures sans me ruiner', 'cheap'],
    ['une veste à prix raisonnable', 'cheap'],
  ])('reads %j as qualitative', (text, level) => {
    expect(budget(text)).toEqual({ qualitative: level });
  });

  it.each([
    'I was charged $50 twice',
    'the price is $50',
    'the 13 inch and 15 inch laptop',
    'under 2 kg please',
    'within 30 days',
    'over 15 inch screen',
    'a tent for 4 people',
    'the cheaper one',
    'i have 3 kids',
    'livré en moins de 3 jours',
    'une tente pour 4 personnes',
    "j'ai été débité de 50 € deux fois",
    'is that a good price?',
    'it was expensive',
  ])('finds no budget in %j', (text) => {
    expect(extractBudget(text)).toBeUndefined();
  });
});
