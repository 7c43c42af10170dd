import { describe, expect, it } from 'vitest';
import { analyse } from '../../../sidecar/nlu/understand.js';
import { buildFixtureModel } from './support.js';

const model = buildFixtureModel();

describe('keywords alone are a search, in any store', () => {
  it.each([
    'sweatpants',
    'bras and tanks',
    'waterproof headlamp',
    'pantalon de jogging',
    'skateboard wheels',
  ])('%j → product_search', (text) => {
    expect(analyse(model, text).intent).toBe('product_search');
  });

  it.each(['urgent', 'lol', 'seriously', 'newsletter', 'sure', 'thanks', 'zzkq wpxv blorf', 'refund status'])(
    '%j is no search',
    (text) => {
      expect(analyse(model, text).intent).not.toBe('product_search');
    },
  );
});

describe('topics no shop handles are out of scope, whatever catalog words they use', () => {
  it.each([
    'how much storage does my iphone have',
    'my tablet bought on amazon will not charge, what now',
    "what's the weather like tomorrow in leeds",
    'quel temps fera-t-il ce week-end ?',
    'traduis merci en espagnol',
    'recommend me a good film for tonight',
    'combien font 7 fois 8 ?',
  ])('%j → out_of_scope', (text) => {
    const u = analyse(model, text);
    expect(u.intent).toBe('out_of_scope');
    expect(u.outOfScope).toBe('off_topic');
  });

  it.each([
    'the weather ruined my parcel, i want a refund',
    'quel temps de livraison pour Lyon ?',
    'taille 10-12 ans',
    'will you match a lower price from another shop?',
    'how do i reset my password',
  ])('%j stays in scope', (text) => {
    expect(analyse(model, text).intent).not.toBe('out_of_scope');
  });
});
