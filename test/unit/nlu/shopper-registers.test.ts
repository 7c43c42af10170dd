import { describe, expect, it } from 'vitest';
import { analyse } from '../../../sidecar/nlu/understand.js';
import { words } from '../../../sidecar/nlu/text.js';
import type { Intent } from '../../../sidecar/nlu/types.js';
import { buildFixtureModel } from './support.js';

const model = buildFixtureModel();

describe('French as text messages write it', () => {
  it.each([
    ['ya des gants de velo ?', ['il', 'y', 'a', 'des', 'gants', 'de', 'velo']],
    ['c ou mon colis', ['c', 'est', 'ou', 'mon', 'colis']],
    ['g commande une tente', ['j', 'ai', 'commande', 'une', 'tente']],
    ['vs pouvez me rappeler', ['vous', 'pouvez', 'me', 'rappeler']],
    ['jme suis trompe', ['je', 'me', 'suis', 'trompe']],
    ['jpense que oui', ['je', 'pense', 'que', 'oui']],
  ])('%j reads as %j', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it.each([
    ['merciii', ['merci']],
    ['heyyy', ['hey']],
    ['xxxl', ['xxxl']],
    ['www', ['www']],
  ])('reads the drawn-out %j as %j', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it.each([
    ['see ya', ['see', 'ya']],
    ['raptor vs kestrel', ['raptor', 'vs', 'kestrel']],
    ['500 g of coffee', ['500', 'g', 'of', 'coffee']],
    ['send me the jpeg', ['send', 'me', 'the', 'jpeg']],
  ])('leaves English %j as it is', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });
});

describe('registers shoppers use', () => {
  it.each<[string, Intent]>([
    // Asking whether the store has something, the way messages are typed.
    ['ya des sacs de couchage pour enfant ?', 'product_search'],
    ["t'as des gourdes en inox", 'product_search'],
    ['vs avez des casques velo ?', 'product_search'],
    ['got any camp chairs', 'product_search'],
    // Keywords with manners, and a participle that describes the thing.
    ['une glaciere electrique svp', 'product_search'],
    ['padded cycling shorts for men', 'product_search'],
    // A property of a product, not its price nor a search.
    ['la gourde fait combien de litres ?', 'product_question'],
    ['le duvet pese combien', 'product_question'],
    ['la poele est en quoi ?', 'product_question'],
    ['le mug passe au micro-ondes ?', 'product_question'],
    ['what is the cutting board made of', 'product_question'],
    // What to choose.
    ['quelle tente pour un bivouac en montagne ?', 'recommendation'],
    ['which headlamp for night running', 'recommendation'],
    ['je sais pas quoi prendre comme casque', 'recommendation'],
    // One thing in a size or colour.
    ['vous avez la polaire en XL ?', 'availability'],
    ['do you have the hiking boot in 44', 'availability'],
    // Two things first, then which.
    ['trail runner or approach shoe, which is better for scrambling?', 'comparison'],
    // Yes, thanks, and stopping an order.
    ["d'accord", 'affirm'],
    ["ok c'est bon", 'affirm'],
    ['merci pour votre aide !', 'thanks'],
    ["n'expediez pas ma commande svp", 'cancel_order'],
    // Businesses.
    ['vous avez des tarifs pour les associations ?', 'b2b_quote'],
    ['on voudrait 60 gourdes pour notre club', 'b2b_quote'],
    // A competitor's lower price.
    ['c 15 € de moins sur un autre site, vous faites pareil ?', 'price_match'],
  ])('%j → %s', (text, intent) => {
    expect(analyse(model, text).intent).toBe(intent);
  });

  it.each([
    'how tall is mount everest',
    'recommend a good series on netflix',
    'mon iphone est bloque, comment le debloquer',
  ])('%j stays out of scope', (text) => {
    expect(analyse(model, text).intent).toBe('out_of_scope');
  });

  it('"non c bon pas besoin" is still a no, though "c" stands for two words', () => {
    expect(analyse(model, 'non c bon pas besoin').intent).toBe('deny');
  });
});

describe('what one asks about the products on screen', () => {
  it.each(["what's the difference between the two", 'quelle est la difference entre les deux ?'])(
    '%j is a comparison, not a question about the world',
    (text) => {
      expect(analyse(model, text).intent).toBe('comparison');
    },
  );

  it.each<[string, Intent]>([
    ['need a sleeping pad for car camping', 'product_search'],
    ['je cherche un rechaud pas trop cher', 'product_search'],
    ["t'aurais une frontale pour le trail", 'product_search'],
  ])('%j → %s', (text, intent) => {
    expect(analyse(model, text).intent).toBe(intent);
  });
});

describe('greetings, thanks and goodbyes as typed are no search', () => {
  it.each<[string, Intent]>([
    ['ouiii', 'affirm'],
    ['nonnn', 'deny'],
    ['hiii', 'greeting'],
    ['a bientot', 'goodbye'],
  ])('%j → %s', (text, intent) => {
    expect(analyse(model, text).intent).toBe(intent);
  });
});

describe('life matters no shop handles are out of scope', () => {
  it.each([
    'comment ouvrir un compte en banque',
    'how do i open a bank account',
    'un billet de train pour lille ca coute combien',
    'ma voiture fait un drole de bruit',
    'are you guys hiring',
    'tu parles allemand ?',
  ])('%j → out_of_scope', (text) => {
    expect(analyse(model, text).intent).toBe('out_of_scope');
  });

  it.each<[string, Intent]>([
    ['how do i open an account', 'account_help'],
    ['hydration bladder 3l', 'product_search'],
  ])('%j stays %s', (text, intent) => {
    expect(analyse(model, text).intent).toBe(intent);
  });
});
