import { describe, expect, it } from 'vitest';
import { demoCatalog } from '../../../evals/nlu/demo-catalog.js';
import { analyse, buildNluModel } from '../../../sidecar/nlu/understand.js';
import type { Intent } from '../../../sidecar/nlu/types.js';
import { FIXED_NOW, loadUtterances } from './support.js';

// The demo catalog: laptops, headphones, tents, jackets… so that a life matter asked with the words of a
// store that sells computers ("un ordi pour mon boulot") is checked against a real vocabulary.
const { lexicon, categories } = demoCatalog();
const model = buildNluModel({ examples: loadUtterances(), lexicon, categories, now: () => FIXED_NOW });
const intentOf = (text: string): Intent => analyse(model, text).intent;

describe('matters of life no shop handles are out of scope, in both languages', () => {
  it.each([
    // health
    'quel médicament pour le mal de tête',
    'is ibuprofen ok with a beer',
    // work
    'je cherche du boulot comme serveur',
    'are you guys hiring drivers',
    // housing
    'je cherche un appart à lyon',
    'any 2 bedroom flats for rent near the river?',
    // money, with shop words
    'c’est quoi le retour sur investissement du bitcoin',
    'tesla stock price today',
    'le prix de l’essence va baisser ?',
    // sport
    'le psg a gagné hier soir ?',
    'did the lakers win last night',
    // travel
    'c’est combien un billet pour new york',
    // paperwork
    'ça coûte combien un permis de conduire',
    'i need a divorce lawyer',
    // school
    'solve 3x + 5 = 20',
    // other companies' services, with shop words
    'la livraison de pizza c’est jusqu’à quelle heure chez domino’s',
    'does dominos deliver pizza after midnight',
    'j’ai oublié le mot de passe de mon compte insta',
    'my amazon package is late',
    // home, leisure, personal
    'comment réparer une fuite sous l’évier',
    'c’est où la pharmacie la plus proche',
    'mon copain m’a quitté hier',
    'where’s the nearest gas station',
    'recommend me a good book',
    'my girlfriend broke up with me',
  ])('%j', (text) => {
    expect(intentOf(text)).toBe<Intent>('out_of_scope');
  });
});

describe('the same words about the shop’s goods or orders stay in scope', () => {
  it.each([
    ['une veste chaude pour mes vacances au japon', ['product_search', 'recommendation']],
    ['un ordi pour mon boulot à la banque?', ['product_search', 'recommendation']],
    ['a laptop for working from home', ['product_search', 'recommendation']],
    ['headphones for the gym', ['product_search', 'recommendation']],
    ['ma commande va arriver avant noël ?', ['order_status', 'policy_question']],
    ['l’enceinte marche avec un iphone ?', ['product_question']],
  ] as const)('%j', (text, intents) => {
    expect(intents).toContain(intentOf(text));
  });
});
