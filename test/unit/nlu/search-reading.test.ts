import { describe, expect, it } from 'vitest';
import { analyse } from '../../../sidecar/nlu/understand.js';
import { buildFixtureModel } from './support.js';

/**
 * What a search or a product question needs of the customer's words, read once by the NLU: the query
 * (the words less the filters), whom the products are for, and the words a product question asks about.
 */
const model = buildFixtureModel();
const read = (text: string, storeLanguage?: 'en' | 'fr') =>
  analyse(model, text, storeLanguage ? { storeLanguage } : {});

describe('the search query', () => {
  it.each([
    ['womens running shoes size 8', 'womens running shoes'],
    ['red jackets under $50', 'jackets'],
    ['wool socks size: M', 'socks'],
    ['chaussures bleues moins de 200 €', 'chaussures bleues'],
    ['veste taille M pour femme', 'veste pour femme'],
    ['tents', 'tents'],
    ['rain jakets', 'rain jakets'],
  ])('%j → %j', (text, query) => {
    expect(read(text).searchQuery).toBe(query);
  });

  it('is the whole message when the filters are all it says', () => {
    expect(read('blue?').searchQuery).toBe('blue?');
    expect(read('under $50').searchQuery).toBe('under $50');
  });
});

describe('whom products are for', () => {
  it.each([
    ['for women?', 'en', ['women']],
    ['jakets for womens', 'en', ['women']],
    ["ladies' rain jacket", 'en', ['women']],
    ['a gift for my husband', 'en', ['men']],
    ['something for her', 'en', ['women']],
    ['kids rain boots', 'en', ['kids']],
    ['pour femme ?', 'fr', ['women']],
    ['un cadeau pour mon mari', 'fr', ['men']],
    ['un truc pour lui', 'fr', ['men']],
    ['des bottes pour enfants', 'fr', ['kids']],
    ['veste bébé', 'fr', ['baby']],
  ] as const)('%j (%s store) → %j', (text, store, audiences) => {
    expect(read(text, store).entities.audiences).toEqual(audiences);
  });

  it('reads the message in its own language in the other store view too', () => {
    expect(read('des bottes pour femme', 'en').entities.audiences).toEqual(['women']);
    expect(read('rain jackets for men', 'fr').entities.audiences).toEqual(['men']);
  });

  it('takes no pronoun that is not after "for", « pour »', () => {
    expect(read('elle est étanche ?', 'fr').entities.audiences).toEqual([]);
    expect(read('can you show her the boots', 'en').entities.audiences).toEqual([]);
    expect(read('hiking boots', 'en').entities.audiences).toEqual([]);
  });
});

describe('what a product question asks about', () => {
  it.each([
    ['how long does the battery last?', 'en', ['battery', 'last']],
    ['is it waterproof?', 'en', ['waterproof']],
    ['whats the warranty on it', 'en', ['warranty']],
    ["quelle est l'autonomie de la batterie ?", 'fr', ['autonomie', 'batterie']],
    ['elle est étanche ?', 'fr', ['etanche']],
    ['combien pèse la tente ?', 'fr', ['pese', 'tente']],
    ['ca passe au lave-vaisselle ?', 'fr', ['passe', 'lave', 'vaisselle', 'lavevaisselle']],
    // A detail asked without its name is named as stores label it.
    ["what's it made of?", 'en', ['material']],
    ['what fabric is the jacket', 'en', ['material', 'jacket']],
    ['how old do you have to be for it', 'en', ['age']],
    ['does it connect to my phone', 'en', ['connectivity', 'phone']],
    ['elle est en quoi ?', 'fr', ['matiere']],
    ['elle est en quoi la premiere ?', 'fr', ['matiere']],
    ['c fait en quel tissu', 'fr', ['matiere']],
    ["c'est pour quel âge ?", 'fr', ['age']],
  ] as const)('%j (%s) → %j', (text, store, topic) => {
    expect(read(text, store).entities.topicWords).toEqual(topic);
  });
});
