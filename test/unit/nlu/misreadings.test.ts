import { beforeAll, describe, expect, it } from 'vitest';
import { analyse, buildNluModel, dictionaries, type NluModel } from '../../../sidecar/nlu/understand.js';
import type { Intent } from '../../../sidecar/nlu/types.js';
import { buildFixtureModel, FIXED_NOW, loadCatalogFixture, loadUtterances } from './support.js';

const model = buildFixtureModel();

describe('a request word typed in a hurry is still that request, not a search', () => {
  // As the sidecar builds it: with the dictionaries, so the speller takes the training set's own typos
  // ("refnd pls") for typos.
  const { products, attributes } = loadCatalogFixture();
  let spelled: NluModel;
  // Loading the dictionaries takes a few seconds, many more when the other suites load the machine.
  beforeAll(async () => {
    const d = await dictionaries();
    spelled = buildNluModel({
      examples: loadUtterances(),
      lexicon: products,
      attributes,
      now: () => FIXED_NOW,
      ...d,
    });
  }, 180_000);
  it.each([
    ['i want a refnd', 'refund_request'],
    ['i want a refudn', 'refund_request'],
    ['i need a refund', 'refund_request'],
    ['i want to cancle my order', 'cancel_order'],
    ['je veux un rembourssement', 'refund_request'],
  ] as const)('%j → %s', (text, intent) => {
    expect(analyse(spelled, text).intent).toBe<Intent>(intent);
  });
});

describe('a change of mind followed by a new request: the request is read', () => {
  it.each([
    ['actualy nvm, do u have tents', 'product_search'],
    ['actually never mind, do you have tents', 'product_search'],
    ['forget it. do you sell sleeping bags', 'product_search'],
    ['laisse tomber, vous avez des tentes', 'product_search'],
    // The word that turns to the new request is no part of it; one catalog word is a request.
    ['hmm no actually headphones', 'product_search'],
    ['nah, actually show me headphones', 'product_search'],
  ] as const)('%j → %s, the drop still flagged', (text, intent) => {
    const u = analyse(model, text);
    expect(u.intent).toBe<Intent>(intent);
    expect(u.flags.changeOfMind).toBe(true);
  });

  it.each([
    'never mind',
    'nvm, I will keep it',
    'forget it, I’ll keep the earbuds',
    'laisse tomber, merci',
    'nah, fine',
    'no actually, i will keep it',
  ])('%j stays a deny', (text) => {
    expect(analyse(model, text).intent).toBe<Intent>('deny');
  });
});

describe('thanks or a greeting of several words before a request: the request wins', () => {
  it.each([
    ['ok merci, et la livraison c combien', 'policy_question'],
    ['merci, et la livraison c’est combien ?', 'policy_question'],
    ['ok thanks, and how much is shipping', 'policy_question'],
    ['hi there thanks, where is my order 000000123', 'order_status'],
  ] as const)('%j → %s', (text, intent) => {
    expect(analyse(model, text).intent).toBe<Intent>(intent);
  });
});

describe('delivered on paper, not received: an order-status claim', () => {
  it.each([
    'it says delivered but i dont have it',
    'tracking shows delivered yet nothing here',
    'marqué livré mais j’ai rien reçu',
    'le suivi dit livré mais pas de colis',
  ])('%j → order_status, not_received', (text) => {
    const u = analyse(model, text);
    expect(u.intent).toBe<Intent>('order_status');
    expect(u.entities.claimReason).toBe('not_received');
  });
});

describe('French verbs that collide with requests', () => {
  it.each([
    ['ça s’arrête quand les soldes ?', 'price_promotion'],
    ['les promos finissent quand ?', 'price_promotion'],
    ['when does the sale end?', 'price_promotion'],
    ['c’est du coton ?', 'product_question'],
    ['c’est en cuir véritable ?', 'product_question'],
    ['is it real leather?', 'product_question'],
  ] as const)('%j → %s', (text, intent) => {
    expect(analyse(model, text).intent).toBe<Intent>(intent);
  });
});

describe('emoji that answer as words do', () => {
  it.each([
    ['👍', 'affirm'],
    ['👍🏽', 'affirm'],
    ['👌 !', 'affirm'],
    ['👎', 'deny'],
    ['🙏', 'thanks'],
    ['❤️', 'thanks'],
  ] as const)('%j → %s', (text, intent) => {
    expect(analyse(model, text).intent).toBe<Intent>(intent);
  });

  it('leaves other emoji without a reading', () => {
    expect(analyse(model, '🤷').confidence).toBeLessThan(0.5);
  });
});
