import { describe, expect, it } from 'vitest';
import { policyTarget, policyTopicsIn, readPolicyQuestion } from '../../../sidecar/nlu/policy-questions.js';
import { foldDiacritics, normalize } from '../../../sidecar/nlu/text.js';
import { analyse } from '../../../sidecar/nlu/understand.js';
import { buildFixtureModel } from './support.js';

const folded = (text: string): string => foldDiacritics(normalize(text));
const model = buildFixtureModel();

/**
 * What a question about the store's terms asks, as the NLU reads it for the policy answer: the topics it
 * names, the thing it is about, and its detail words — in English and French, typos included.
 */
describe('policy topics', () => {
  it.each([
    ['What warranty comes with it?', ['warranty']],
    ['Do you price match?', ['price_match']],
    ['How long does delivery take, and is shipping free?', ['shipping']],
    ['Are exchanges allowed?', ['exchange']],
    ['Are there any fees if I return it?', ['fees', 'returns']],
    ['Puis-je faire un échange pour le Raptor ?', ['exchange']],
    ['Le retour est-il gratuit ?', ['fees', 'returns']],
    ['Combien de temps dure la garantie ?', ['warranty']],
    ["Combien coûte le retour d'un ordinateur portable ?", ['fees', 'returns']],
    ['Combien coute le retour ?', ['fees', 'returns']],
    ['Le casque est garanti combien de temps ?', ['warranty']],
    ["Vous vous alignez sur les prix d'Amazon ?", ['price_match']],
    ['do you match amazon prices on laptops', ['price_match']],
    ['Would you honour a lower price from another store?', ['price_match']],
    ["Quels sont vos délais d'expédition ?", ['shipping']],
    ["Un ordinateur portable, c'est livré en combien de temps ?", ['shipping']],
    ['Could I trade it for a different length?', ['exchange']],
    ['Il y a des frais si je rends un article ?', ['fees', 'returns']],
    ['Who pays for return postage?', ['shipping', 'fees', 'returns']],
    ['If it dies after a year, am I still covered?', ['warranty']],
    ['la livraison est offerte ?', ['shipping']],
    ['je peux changer de taille ?', ['exchange']],
    ['c quoi les frais de port', ['fees']],
    ['vous remboursez sous combien de jours', ['returns']],
  ])('%j → %j', (text, topics) => {
    expect(policyTopicsIn(folded(text))).toEqual(topics);
  });

  it('names none when the message names no part of the terms', () => {
    expect(policyTopicsIn(folded('what about this one?'))).toEqual([]);
    expect(policyTopicsIn(folded('et pour celui-ci ?'))).toEqual([]);
  });

  it('does not read a topic inside another word', () => {
    expect(policyTopicsIn(folded('the shipment of a workshop swapmeet'))).toEqual(['shipping']);
  });

  it('reads misspelt topic words as the speller corrects them', () => {
    const topics = (text: string) => analyse(model, text).entities.policy?.topics;
    expect(topics('whats ur retrn polcy')).toEqual(['returns']);
    expect(topics('how long is the warrenty on headphones?')).toEqual(['warranty']);
    expect(topics('is shiping free?')).toEqual(['shipping']);
    expect(topics('la garanttie dure combien de temps ?')).toEqual(['warranty']);
    expect(topics('combien coute la livraisson ?')).toEqual(['shipping', 'fees']);
  });
});

describe('the thing a policy question is about', () => {
  it.each([
    // The noun phrase, up to three words: the store's search reads it ("ordis portables" finds laptops).
    ['Quelle est la politique de retour pour les ordinateurs portables ?', 'ordinateurs portables'],
    ['What is the return policy for widgets?', 'widgets'],
    ['Do you price match on garden furniture?', 'garden furniture'],
    ['Combien de temps dure la garantie des ordinateurs portables ?', 'ordinateurs portables'],
    ['Y a-t-il des frais de retour pour les ordinateurs portables ?', 'ordinateurs portables'],
    ['warranty for the raptr x15?', 'raptr'],
    ['garantie sur les vélos ?', 'velos'],
    ["c'est quoi la garantie sur les ordis portables ?", 'ordis portables'],
  ])('%j → %j', (text, target) => {
    expect(policyTarget(folded(text))).toBe(target);
  });

  it.each([
    'What is your return policy?',
    'What is the return window for my order?',
    'Is shipping free for orders over 50?',
    'Quelle est la politique de retour ?',
    'Can I return it?',
    'Quels sont les délais de livraison ?',
    'Y a-t-il des frais de retour ?',
    'Combien de temps ai-je pour renvoyer un achat ?',
    'Is there a fee for sending things back?',
    "c'est combien pour renvoyer mes articles ?",
  ])('%j names nothing specific', (text) => {
    expect(policyTarget(folded(text))).toBeUndefined();
  });
});

describe('the detail a policy question asks', () => {
  it('keeps the words beyond the topic and the way it is asked', () => {
    expect(readPolicyQuestion(folded('what does the warranty not cover?')).details).toEqual(['cover']);
    expect(readPolicyQuestion(folded('do you ship internationally?')).details).toEqual(['internationally']);
    expect(readPolicyQuestion(folded('Quelle est la politique de retour ?')).details).toEqual([]);
    expect(readPolicyQuestion(folded('la garantie couvre les chutes ?')).details).toEqual([
      'couvre',
      'chutes',
    ]);
  });

  it('is read on every message, for the flows that answer from the terms', () => {
    const u = analyse(model, 'What is the return policy for widgets?');
    expect(u.entities.policy).toEqual({ topics: ['returns'], target: 'widgets', details: ['widgets'] });
  });
});
