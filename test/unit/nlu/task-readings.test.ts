import { describe, expect, it } from 'vitest';
import { analyse } from '../../../sidecar/nlu/understand.js';
import { detectMessageLanguage } from '../../../sidecar/nlu/language-detection.js';
import { buildFixtureModel } from './support.js';

/** Readings the end-to-end task suite's conversations depend on (what `offline-commands.ts` turns into commands). */
const model = buildFixtureModel();
const afterSearch = { previousIntent: 'product_search' as const };

describe('a return asked about goods of a named order is that order’s return', () => {
  it.each([
    ['can I still return the earbuds from order 5?', 'order 5'],
    ['can i still return the earbuds from order 000000002?', undefined],
    ['je peux encore renvoyer le casque de la commande 12 ?', 'commande 12'],
  ])('%j → return_request with the order and the item', (text, reference) => {
    const u = analyse(model, text);
    expect(u.intent).toBe('return_request');
    if (reference) expect(u.entities.orderReferences.map((r) => r.raw)).toContain(reference);
    else expect(u.entities.orderNumbers).toHaveLength(1);
    expect(u.entities.itemMentions.length).toBeGreaterThan(0);
  });

  it('without an order it stays a question about the terms', () => {
    expect(analyse(model, 'can I return earbuds?').intent).toBe('policy_question');
  });
});

describe('asking to have this price matched is a price match; asking whether prices are matched is the policy', () => {
  it.each([
    'can you match that price?',
    'Amazon has it for $10 less, can you match?',
    'I saw the Raptor X15 for $1,199 at another store. Can you match that price?',
    "can you match amazon's price?",
    "c'est moins cher chez Decathlon, vous pouvez vous aligner ?",
  ])('%j → price_match', (text) => {
    expect(analyse(model, text).intent).toBe('price_match');
  });

  it.each([
    'do you price match?',
    'do you match amazon prices?',
    'Will you match a lower price from another shop?',
    'do you price match clearance stuff?',
    'vous vous alignez sur les prix des concurrents ?',
  ])('%j → policy_question', (text) => {
    expect(analyse(model, text).intent).toBe('policy_question');
  });
});

describe('more of what a search showed', () => {
  it.each([
    'show me more',
    'any others?',
    'more results please',
    'next page',
    'anything else?',
    "d'autres ?",
    "t'en as d'autres ?",
    "montre m'en plus",
    'encore',
  ])('%j after a search → product_search, a follow-up asking for more results', (text) => {
    const u = analyse(model, text, afterSearch);
    expect(u.intent).toBe('product_search');
    expect(u.flags.followUp).toBe(true);
    expect(u.flags.moreResults).toBe(true);
  });

  it.each(['show me more info about the tent', "that's all, thanks", 'more expensive than I thought'])(
    '%j asks for no more results',
    (text) => {
      expect(analyse(model, text, afterSearch).flags.moreResults).toBeUndefined();
    },
  );
});

describe('more orders, after an order list', () => {
  it.each([
    'show me more orders',
    'Show more orders',
    'any older orders?',
    "d'autres commandes ?",
    'mes commandes plus anciennes',
  ])('%j → the order list, asking for the next orders', (text) => {
    const u = analyse(model, text, { previousIntent: 'order_list' });
    expect(u.intent).toBe('order_list');
    expect(u.flags.moreResults).toBe(true);
  });

  it('"more orders" right after a search is still about orders, not the next products', () => {
    expect(analyse(model, 'show me more orders', afterSearch).intent).toBe('order_list');
  });

  it.each(['show me my orders', 'where are my orders'])('%j asks for no more orders', (text) => {
    expect(analyse(model, text).flags.moreResults).toBeUndefined();
  });
});

describe('cheaper, after a search, refines it with a budget', () => {
  it.each(['cheaper?', 'moins cher ?', 'plus abordable ?', 'un peu moins cher'])('%j', (text) => {
    const u = analyse(model, text, afterSearch);
    expect(u.entities.budget?.qualitative).toBe('cheap');
    expect(u.intent).toBe('product_search');
    expect(u.flags.followUp).toBe(true);
  });

  it('"moins cher ailleurs" is no budget', () => {
    expect(analyse(model, "je l'ai vu moins cher ailleurs").entities.budget).toBeUndefined();
  });
});

describe('product types typed alone are searches', () => {
  it.each(['power bank', 'power banks', 'ordis portables', 'ordi portable', 'men jackets', 'solo tent'])(
    '%j → product_search',
    (text) => {
      expect(analyse(model, text).intent).toBe('product_search');
    },
  );
});

describe('one stop word of another language does not make a message foreign', () => {
  it.each(['men jackets', 'solo tent', "montre m'en plus"])('%j is not another language', (text) => {
    expect(['en', 'fr', 'und']).toContain(detectMessageLanguage(text).code);
  });

  it.each([
    ['hola', 'es'],
    ['danke', 'de'],
    ['quiero un reembolso', 'es'],
    ['borren mis datos personales', 'es'],
    ['voglio il rimborso', 'it'],
  ])('%j → %s', (text, code) => {
    expect(detectMessageLanguage(text).code).toBe(code);
  });
});

describe('a story about an order, then one request to do something, is that request', () => {
  it.each([
    ['my order 000000002 arrived a week late, can you give me a discount?', 'coupon_request'],
    [
      'ma commande 3000000002 est arrivée avec une semaine de retard, vous pouvez me faire un geste commercial ?',
      'coupon_request',
    ],
  ])('%j → %s', (text, intent) => {
    expect(analyse(model, text).intent).toBe(intent);
  });

  it.each([
    ["La garantie de l'enceinte Sonique Boom, c'est combien ?", 'policy_question'],
    ["my laptop from another store won't turn on, what do i do", 'out_of_scope'],
  ])('a question clause about what came before does not decide: %j → %s', (text, intent) => {
    expect(analyse(model, text).intent).toBe(intent);
  });
});

describe('asking how long refunds take is the terms; asking for one is a refund request', () => {
  it.each([
    ['and how long do refunds take', 'policy_question'],
    ['combien de temps prend un remboursement ?', 'policy_question'],
    ['i want a refund for my headphones', 'refund_request'],
  ])('%j → %s', (text, intent) => {
    expect(analyse(model, text).intent).toBe(intent);
  });
});

describe('products that are not in stock are asked for in so many words', () => {
  it.each(['show me the sold-out ones too', 'even if out of stock', 'montrez aussi les articles épuisés'])(
    '%j → includeSoldOut',
    (text) => {
      expect(analyse(model, text).flags.includeSoldOut).toBe(true);
    },
  );

  it('a question about stock is not such an ask', () => {
    expect(analyse(model, 'is the tent in stock?').flags.includeSoldOut).toBeUndefined();
  });
});
