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

describe('questions about the world in other shapes are out of scope', () => {
  it.each([
    "what's the longest river in the world",
    'quelle est la plus haute montagne du monde ?',
    'make up a name for my dog',
    'trouve-moi un nom pour mon chien',
    'book me a table for two tonight',
    'réserve moi un billet de train pour lyon',
    'how do i cure a cold',
    'comment soigner une grippe',
    'comment enlever un virus de mon ordi ?',
    'do aliens exist',
  ])('%j → out_of_scope', (text) => {
    expect(analyse(model, text).intent).toBe('out_of_scope');
  });
});

describe('world questions framed with shop words are out of scope', () => {
  it.each([
    'whats the difference between a hare and a rabbit',
    'quelle est la différence entre un phoque et une otarie',
    'best time of year to visit norway?',
    'quel est le meilleur moyen de réviser le bac',
    'good sushi places near the station?',
    'order us a cab to the train station',
    'commande-moi des sushis pour ce soir',
    'how would you say good night in italian',
    'comment on dit bonne nuit en portugais',
    'emergency number in spain?',
    'le numéro du samu c’est lequel',
    'how long should i boil pasta',
  ])('%j → out_of_scope', (text) => {
    expect(analyse(model, text).intent).toBe('out_of_scope');
  });

  it.each([
    "what's the difference between the XM5 and the Bose",
    "what's the best tent for 4 people",
    'order me the blue rain jacket',
    'misspelt: were is my oder',
    'anule ma comande',
  ])('%j stays in scope', (text) => {
    expect(analyse(model, text.replace(/^misspelt: /, '')).intent).not.toBe('out_of_scope');
  });
});

describe('keywords, asked', () => {
  it.each(['des lunettes de soleil pour enfant ?', 'kids rain boots?', 't-shirt mérinos noir taille M'])(
    '%j → product_search',
    (text) => {
      expect(analyse(model, text).intent).toBe('product_search');
    },
  );

  it.each(['trail runner ou city runner ?', 'warranty?', 'à plus', 'comment cuire du riz ?'])(
    '%j is no search',
    (text) => {
      expect(analyse(model, text).intent).not.toBe('product_search');
    },
  );

  it('a question about a property of a named thing is no search', () => {
    expect(analyse(model, 'la frontale est rechargeable ?').intent).not.toBe('product_search');
  });
});

describe('a claim told without "my"', () => {
  it.each(['the zipper came apart on day one', 'la fermeture éclair a lâché dès le premier jour'])(
    '%j → return_request',
    (text) => {
      expect(analyse(model, text).intent).toBe('return_request');
    },
  );
});
